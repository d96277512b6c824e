#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and starts Maestro Desktop.
# Until the desktop window lands, it starts the demo cluster (maestro-sim) and
# tells you how to point kubectl at it.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
maestro_install_packages
maestro_build "$MAESTRO_ROOT/build" RelWithDebInfo

kubeconfig="$MAESTRO_ROOT/build/demo-kubeconfig"
maestro_log "Starting the demo cluster (maestro-sim --scenario shared-master)"
cat >&2 <<EOT
When it prints "listening on", point kubectl at it from another terminal:
    export KUBECONFIG=$kubeconfig
    kubectl get nodes -o wide
    kubectl get events -A
Stop it with Ctrl+C.
EOT
exec "$MAESTRO_ROOT/build/bin/maestro-sim" --scenario shared-master --tls \
    --kubeconfig-out "$kubeconfig" "$@"
