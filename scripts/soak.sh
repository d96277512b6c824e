#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# scripts/soak.sh [--minutes N] [--no-build]
#
# The watch soak test (tests/core/tst_WatchSoak) for 30 minutes (--minutes), instead of
# the two the normal suite runs: the backend watches a churning maestro-sim under every
# fault it injects; at the end every store must equal the server's state and the
# client's memory must have stayed flat. Prints the figures (events applied, faults
# injected by kind, divergence, memory trend). Exits with the test's status.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

MINUTES=30
BUILD=1
while [ $# -gt 0 ]; do
    case "$1" in
        --minutes) MINUTES="${2:?--minutes wants a number}"; shift ;;
        --no-build) BUILD=0 ;;
        -h|--help) sed -n '3,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "soak.sh: unknown argument $1" >&2; exit 64 ;;
    esac
    shift
done
[[ "$MINUTES" =~ ^[1-9][0-9]*$ ]] || { echo "soak.sh: --minutes wants a positive number" >&2; exit 64; }

BUILD_DIR="$MAESTRO_ROOT/build"
if [ "$BUILD" = 1 ]; then
    maestro_install_packages
    maestro_build "$BUILD_DIR" RelWithDebInfo
fi
TEST="$BUILD_DIR/tests/tst_WatchSoak"
[ -x "$TEST" ] || { echo "soak.sh: $TEST is missing (build first)" >&2; exit 1; }
[ -x "$BUILD_DIR/bin/maestro-sim" ] || { echo "soak.sh: maestro-sim is missing (build first)" >&2; exit 1; }

maestro_log "Soaking the watches for $MINUTES minutes"
# The figures are the test's QINFO lines; the client's own logging would drown them.
# Qt Test's limit per test function is the soak's length and ten minutes for the rest.
MAESTRO_SOAK_SECONDS=$((MINUTES * 60)) QTEST_FUNCTION_TIMEOUT=$(((MINUTES * 60 + 600) * 1000)) \
    QT_QPA_PLATFORM=offscreen \
    QT_LOGGING_RULES="maestro.*=false" "$TEST"
