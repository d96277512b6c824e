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

# maestro_build BUILD_DIR BUILD_TYPE [extra cmake args...] [-- targets...]
maestro_build() {
    local dir="$1" type="$2"
    shift 2
    local cmake_args=() targets=()
    while [ $# -gt 0 ]; do
        if [ "$1" = -- ]; then
            shift
            targets=("$@")
            break
        fi
        cmake_args+=("$1")
        shift
    done
    local launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    if [ ! -f "$dir/build.ninja" ]; then
        maestro_log "Configuring $dir ($type)"
        cmake -S "$MAESTRO_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" \
            "${launcher[@]}" "${cmake_args[@]}" >/dev/null
    fi
    maestro_log "Building $dir${targets:+ (${targets[*]})}"
    if [ ${#targets[@]} -gt 0 ]; then
        cmake --build "$dir" --target "${targets[@]}" -- -j"$(nproc)"
    else
        cmake --build "$dir" -- -j"$(nproc)"
    fi
}

# One AddressSanitizer + UndefinedBehaviorSanitizer build, build-sanitize/, serves both
# the sanitizer suite (test.sh --sanitize) and the libFuzzer targets (fuzz.sh), so CI
# compiles the tree twice rather than three times. Why these choices (CPU seconds to
# compile app/kube/ClusterConnection.cpp and tests/ui/tst_Timeline.cpp, gcc 12 and
# clang 14):
# - clang: with the sanitizers at -O0 it needs half of gcc's time (7.5 and 6.8 s
#   against 15.0 and 13.0 s), and libFuzzer needs it anyway.
# - -O0: -O1 costs 2 to 3 times as much to compile (22.8 and 14.6 s); the tests that
#   measure time read MAESTRO_TEST_TIME_SCALE instead (tests/TestTimeScale.h).
# - line tables only (-g1): the sanitizers' reports keep file and line, and the objects
#   are half the size of gcc's -g ones (7.8 against 15.1 MB for ClusterConnection.o),
#   so the 50-odd test executables link sooner.
# - libFuzzer's coverage only in maestro_core, maestro_sim and the fuzz targets (see
#   CMakeLists.txt): it adds 30-40% to a compile (10.7 s for ClusterConnection.cpp).
# - Debug: Q_ASSERT stays on, for the tests and the fuzzers alike.
# - no benchmarks: they measure the optimised build (bench.sh), never this one.
MAESTRO_SANITIZE_PACKAGES=(clang libclang-rt-14-dev)
MAESTRO_SANITIZE_BUILD_DIR="$MAESTRO_ROOT/build-sanitize"
# maestro_build_sanitize [targets...]: builds everything, or only the targets named.
maestro_build_sanitize() {
    local targets=()
    [ $# -gt 0 ] && targets=(-- "$@")
    CC=clang CXX=clang++ maestro_build "$MAESTRO_SANITIZE_BUILD_DIR" Debug \
        -DMAESTRO_SANITIZE=ON -DMAESTRO_FUZZ=ON -DMAESTRO_BUILD_BENCH=OFF \
        -DCMAKE_CXX_FLAGS_DEBUG=-gline-tables-only "${targets[@]}"
}
