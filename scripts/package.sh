#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package of Maestro Desktop: installs what is missing, builds in
# build-pkg/ without the tests, runs cpack and prints the path of the .deb.
#
#   scripts/package.sh                       # RelWithDebInfo, stripped in the package
#   MAESTRO_PACKAGE_BUILD_TYPE=Release scripts/package.sh
#
# RelWithDebInfo by default: the same -O2 code as the test build, so ccache reuses its
# objects; CPACK_STRIP_FILES leaves the debug information out of the package.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

# What packaging needs beyond the build: dpkg-shlibdeps computes the Depends, and the
# packaging tests validate the desktop file and the metainfo.
MAESTRO_PACKAGING_PACKAGES=(dpkg-dev file desktop-file-utils appstream lintian)
MAESTRO_PACKAGES+=("${MAESTRO_PACKAGING_PACKAGES[@]}")
maestro_install_packages

build_dir="$MAESTRO_ROOT/build-pkg"
build_type="${MAESTRO_PACKAGE_BUILD_TYPE:-RelWithDebInfo}"
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# Configure every time, so an existing build-pkg/ is switched to these options too.
maestro_log "Configuring $build_dir ($build_type)"
cmake -S "$MAESTRO_ROOT" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" \
    "${launcher[@]}" -DMAESTRO_BUILD_TESTS=OFF -DMAESTRO_BUILD_BENCH=OFF >/dev/null
maestro_build "$build_dir" "$build_type"

maestro_log "Packaging"
rm -f "$build_dir"/maestro-desktop_*.deb
(cd "$build_dir" && cpack -G DEB >/dev/null)
debs=("$build_dir"/maestro-desktop_*.deb)
[ -f "${debs[0]}" ] || { echo "cpack made no .deb" >&2; exit 1; }
dpkg-deb -f "${debs[0]}" Package Version Depends Recommends >&2
echo "${debs[0]}"
