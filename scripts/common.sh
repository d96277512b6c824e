#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared set-up for run.sh, test.sh and bench.sh: install what is missing,
# configure and build. Sourced, not run.
set -euo pipefail

MAESTRO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export MAESTRO_ROOT

# Debian 12 / Ubuntu package names of everything the build and the tests use.
MAESTRO_PACKAGES=(
    cmake ninja-build g++ ccache pkg-config clang-format
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libgl-dev
    libqt6opengl6-dev dpkg-dev file desktop-file-utils appstream lintian
    qtkeychain-qt6-dev libyaml-cpp-dev libssl-dev libsimdjson-dev
    xvfb xauth x11-utils imagemagick dbus dbus-x11 gnome-keyring
    curl ca-certificates python3 python3-yaml python3-kubernetes
)

maestro_log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

maestro_install_packages() {
    local missing=()
    for p in "${MAESTRO_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Need root or sudo to install: ${missing[*]}" >&2; exit 1; }
        sudo="sudo"
    fi
    maestro_log "Installing ${missing[*]}"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
}

# ccache hits across clones of the repository (CI builds a fresh clone each time):
# hash paths relative to the checkout, not the absolute directory.
export CCACHE_BASEDIR="$MAESTRO_ROOT"
export CCACHE_NOHASHDIR=1
export CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-5G}"

# maestro_build BUILD_DIR BUILD_TYPE [extra cmake args...]
maestro_build() {
    local dir="$1" type="$2"
    shift 2
    local launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    if [ ! -f "$dir/build.ninja" ]; then
        maestro_log "Configuring $dir ($type)"
        cmake -S "$MAESTRO_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" \
            "${launcher[@]}" "$@" >/dev/null
    fi
    maestro_log "Building $dir"
    cmake --build "$dir" -- -j"$(nproc)"
}
