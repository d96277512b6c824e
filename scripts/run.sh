#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and starts Maestro Desktop. Without a
# kubeconfig it opens the simulated demo cluster. Arguments go to the app
# (for example: --demo undersized-master, or --kubeconfig FILE --context NAME).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
maestro_install_packages
maestro_build "$MAESTRO_ROOT/build" RelWithDebInfo
exec "$MAESTRO_ROOT/build/bin/maestro" "$@"
