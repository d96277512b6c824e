#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets of tests/fuzz with clang (build-sanitize/) and runs each for a
# while. New crashes land in tests/fuzz/crashes/ (not committed): once the bug is fixed,
# copy the input into the target's corpus so the normal suite replays it for good.
#
#   scripts/fuzz.sh [--seconds N] [target...]    default: every target, 60 s each
#   MAESTRO_FUZZ_SECONDS=N scripts/fuzz.sh        the same as --seconds N
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

# libFuzzer ships with clang's runtime libraries, which Debian packages separately.
MAESTRO_PACKAGES+=("${MAESTRO_SANITIZE_PACKAGES[@]}")

all_targets=(fuzz_quantity fuzz_kubeconfig fuzz_objects fuzz_watch_framing fuzz_etcd_log
             fuzz_http_request)
# The longest input worth trying per target: around the size of the real thing, so the
# fuzzer spends its time on structure rather than on length.
declare -A max_len=(
    [fuzz_quantity]=300 [fuzz_kubeconfig]=8192 [fuzz_objects]=8192
    [fuzz_watch_framing]=16384 [fuzz_etcd_log]=4096 [fuzz_http_request]=8192
)

seconds="${MAESTRO_FUZZ_SECONDS:-60}"
targets=()
while [ $# -gt 0 ]; do
    case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    -h|--help) sed -n '3,8p' "$0"; exit 0 ;;
    fuzz_*) targets+=("$1"); shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
done
[ ${#targets[@]} -eq 0 ] && targets=("${all_targets[@]}")

maestro_install_packages

# The targets come from the sanitizer suite's build (common.sh): after
# `scripts/test.sh --sanitize` they are already built.
build_dir="$MAESTRO_SANITIZE_BUILD_DIR"
maestro_build_sanitize "${targets[@]}"

crashes="$MAESTRO_ROOT/tests/fuzz/crashes"
mkdir -p "$crashes"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS="suppressions=$MAESTRO_ROOT/tests/lsan.supp"
export QT_QPA_PLATFORM=offscreen

failed=()
summary=()
for target in "${targets[@]}"; do
    # The fuzzer adds what it learns to a working corpus in the build folder and only
    # reads the committed seeds, so a run never changes the repository.
    work="$build_dir/corpus/$target"
    mkdir -p "$work"
    log="$build_dir/fuzz-logs/$target.log"
    mkdir -p "$(dirname "$log")"
    maestro_log "Fuzzing $target for ${seconds}s"
    status=0
    "$build_dir/fuzz/$target" "$work" "$MAESTRO_ROOT/tests/fuzz/corpus/$target" \
        -max_len="${max_len[$target]}" -timeout=10 -rss_limit_mb=2048 \
        -max_total_time="$seconds" -print_final_stats=1 \
        -artifact_prefix="$crashes/$target-" </dev/null >"$log" 2>&1 || status=$?
    runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
    [ -n "$runs" ] || runs="$(sed -n 's/^#\([0-9]*\)[[:space:]]*DONE.*/\1/p' "$log" | tail -1)"
    if [ "$status" -ne 0 ]; then
        failed+=("$target")
        summary+=("$(printf '%-20s FAILED (exit %s) after %s executions, see %s' \
            "$target" "$status" "${runs:-?}" "${log#"$MAESTRO_ROOT"/}")")
        grep -E 'ERROR|SUMMARY|fuzz property|Test unit written' "$log" | head -8 >&2 || true
    else
        summary+=("$(printf '%-20s %12s executions in %ss' "$target" "${runs:-?}" "$seconds")")
    fi
done

maestro_log "Fuzzing summary"
printf '%s\n' "${summary[@]}"
[ ${#failed[@]} -eq 0 ]
