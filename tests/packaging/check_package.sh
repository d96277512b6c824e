#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks of the desktop integration and the Debian package, one per ctest test:
#   check_package.sh desktop-file FILE
#   check_package.sh metainfo FILE
#   check_package.sh build BUILD_DIR WORK_DIR CPACK      (fixture: .deb in WORK_DIR, unpacked in WORK_DIR/root)
#   check_package.sh control WORK_DIR VERSION
#   check_package.sh tree WORK_DIR APP_ID
#   check_package.sh lintian WORK_DIR
#   check_package.sh version WORK_DIR VERSION
#   check_package.sh report WORK_DIR
#   check_package.sh cleanup WORK_DIR
# A tool that is missing fails the check: a skipped validation would pass without checking.
set -euo pipefail

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

need() {
    local tool="$1" package="$2"
    command -v "$tool" >/dev/null || fail "$tool is missing (Debian package $package)"
}

# The one .deb the build step left in WORK_DIR.
deb_of() {
    local debs=("$1"/maestro-desktop_*.deb)
    [ -f "${debs[0]}" ] || fail "no maestro-desktop_*.deb in $1 (did packaging/deb_build pass?)"
    [ ${#debs[@]} -eq 1 ] || fail "more than one .deb in $1: ${debs[*]}"
    echo "${debs[0]}"
}

# A field of the package's control file, on one line.
control_field() {
    dpkg-deb -f "$1" "$2" | tr '\n' ' '
}

# Runs an unpacked binary with a home and XDG folders of its own, so no check reads or
# writes the user's settings, history or keyring.
run_unpacked() {
    local work="$1"
    shift
    local home="$work/home"
    mkdir -p "$home/config" "$home/data" "$home/cache" "$home/runtime"
    chmod 700 "$home/runtime"
    env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 \
        XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
        XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/runtime" \
        QT_QPA_PLATFORM=offscreen "$@"
}

check_desktop_file() {
    need desktop-file-validate desktop-file-utils
    local file="$1" out
    # desktop-file-validate exits 0 on hints; a hint still means the file could be better.
    out=$(desktop-file-validate "$file" 2>&1) || fail "desktop-file-validate: $out"
    [ -z "$out" ] || fail "desktop-file-validate has remarks: $out"
    echo "desktop-file-validate: $file is valid"
}

check_metainfo() {
    need appstreamcli appstream
    # --no-net: the URLs are not fetched, so the check does not depend on the network.
    appstreamcli validate --no-net --explain "$1" || fail "appstreamcli validate rejects $1"
}

build_package() {
    local build="$1" work="$2" cpack="$3"
    need dpkg-deb dpkg
    need dpkg-shlibdeps dpkg-dev
    [ -f "$build/CPackConfig.cmake" ] || fail "no CPackConfig.cmake in $build"
    rm -rf "$work"
    mkdir -p "$work"
    "$cpack" --config "$build/CPackConfig.cmake" -G DEB -B "$work" \
        || fail "cpack could not build the .deb"
    local deb
    deb=$(deb_of "$work")
    dpkg -x "$deb" "$work/root" || fail "dpkg -x $deb"
    echo "built and unpacked $deb ($(stat -c %s "$deb") bytes)"
}

# The package names of a relation field (Depends, Recommends), one a line, alternatives
# included, versions left out.
relation_names() {
    tr ',|' '\n\n' <<<"$1" | sed -E 's/\(.*\)//; s/:[a-z0-9]+$//; s/^ +//; s/ +$//' | grep -v '^$'
}

# The package of the library file that BINARY loads for LIBRARY (a NEEDED name), as the
# dynamic loader resolves it; dpkg knows it by /usr/lib or /lib, whichever it shipped.
library_package() {
    local binary="$1" library="$2" path candidate
    path=$(ldd "$binary" | awk -v lib="$library" '$1 == lib && $2 == "=>" { print $3 }')
    [ -n "$path" ] || path=$(ldd "$binary" | awk -v lib="$library" '$1 ~ "/"lib"$" { print $1 }')
    [ -n "$path" ] || return 0
    for candidate in "$path" "/usr$path" "${path#/usr}"; do
        dpkg -S "$candidate" 2>/dev/null | grep -v '^diversion' | head -1 | cut -d: -f1 \
            && return 0
    done
}

check_control() {
    local work="$1" version="$2" deb
    need dpkg-deb dpkg
    need readelf binutils
    deb=$(deb_of "$work")
    dpkg-deb -I "$deb"
    [ "$(control_field "$deb" Package)" = "maestro-desktop " ] || fail "Package is not maestro-desktop"
    [ "$(control_field "$deb" Version)" = "$version " ] || fail "Version is not $version"
    [ "$(control_field "$deb" Section)" = "admin " ] || fail "Section is not admin"
    [ "$(control_field "$deb" Architecture)" = "$(dpkg --print-architecture) " ] \
        || fail "Architecture is not this machine's"
    local depends recommends depends_names recommends_names
    depends=$(control_field "$deb" Depends)
    recommends=$(control_field "$deb" Recommends)
    depends_names=$(relation_names "$depends")
    recommends_names=$(relation_names "$recommends")
    # What the app is built on (found by dpkg-shlibdeps) and the SQLite driver it loads.
    local package
    for package in libqt6core6 libqt6gui6 libqt6widgets6 libqt6charts6 libqt6network6 \
        libqt6sql6 libqt6sql6-sqlite libqt6keychain1 libyaml-cpp0.7 libssl3 libc6 libstdc++6; do
        grep -qxF "$package" <<<"$depends_names" || fail "Depends lacks $package: $depends"
    done
    for package in gnome-keyring kwalletmanager qt6-translations-l10n libsecret-1-0; do
        grep -qxF "$package" <<<"$recommends_names" \
            || fail "Recommends lacks $package: $recommends"
    done
    # Whatever the packaged binaries link must come from a package in Depends, so a library
    # linked later cannot be forgotten.
    local binary library owner
    for binary in "$work/root"/usr/bin/*; do
        for library in $(readelf -d "$binary" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
            owner=$(library_package "$binary" "$library")
            [ -n "$owner" ] || fail "no installed package owns $library, which ${binary##*/} needs"
            grep -qxF "$owner" <<<"$depends_names" \
                || fail "${binary##*/} needs $library from $owner, which Depends lacks: $depends"
        done
    done
    # Every dependency must be a real package of this distribution: all are installed here.
    for package in $depends_names; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
            || fail "Depends names $package, which is not an installed package here"
    done
    echo "Depends: $depends"
    echo "Recommends: $recommends"
}

# Width and height of a PNG from its IHDR chunk.
png_size() {
    od -An -tu1 -j16 -N8 "$1" | awk '{ printf "%dx%d", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8 }'
}

check_tree() {
    local work="$1" app_id="$2" deb root
    need dpkg-deb dpkg
    need readelf binutils
    deb=$(deb_of "$work")
    root="$work/root"
    # Everything lives under /usr; nothing may point back into the build tree.
    dpkg-deb -c "$deb"
    if dpkg-deb -c "$deb" | awk '{ print $6 }' | grep -Ev '^\./(usr/.*)?$'; then
        fail "files outside /usr"
    fi
    local f
    for f in usr/bin/maestro usr/bin/maestro-sim; do
        [ -x "$root/$f" ] || fail "/$f is missing or not executable"
        if readelf -d "$root/$f" | grep -Eq 'RPATH|RUNPATH'; then
            fail "/$f has an RPATH/RUNPATH: $(readelf -d "$root/$f" | grep -E 'RPATH|RUNPATH')"
        fi
        if readelf -S "$root/$f" | grep -q '\.debug_info'; then
            fail "/$f is not stripped"
        fi
    done
    local desktop="$root/usr/share/applications/$app_id.desktop"
    local metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
    [ -f "$desktop" ] || fail "no /usr/share/applications/$app_id.desktop"
    [ -f "$metainfo" ] || fail "no /usr/share/metainfo/$app_id.metainfo.xml"
    grep -qx "Icon=$app_id" "$desktop" || fail "the desktop file's Icon is not $app_id"
    local exec
    exec=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
    [ -x "$root/usr/bin/$exec" ] || fail "the desktop file runs $exec, which is not in /usr/bin"
    grep -q "<id>$app_id</id>" "$metainfo" || fail "the metainfo's id is not $app_id"
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" \
        || fail "the metainfo does not launch $app_id.desktop"
    local size
    for size in 16 32 48 64 128 256 512; do
        f="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
        [ -f "$f" ] || fail "no icon ${size}x${size}"
        [ "$(png_size "$f")" = "${size}x${size}" ] \
            || fail "icon ${size}x${size} is $(png_size "$f")"
    done
    f="$root/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    [ -f "$f" ] || fail "no scalable icon"
    grep -q '<svg' "$f" || fail "the scalable icon is not an SVG"
    [ -f "$root/usr/share/doc/maestro-desktop/copyright" ] || fail "no copyright file"
    [ -f "$root/usr/share/doc/maestro-desktop/README.md" ] || fail "no README"
    [ -f "$root/usr/share/doc/maestro-desktop/changelog.gz" ] || fail "no changelog.gz"
    for f in maestro maestro-sim; do
        gzip -t "$root/usr/share/man/man1/$f.1.gz" 2>/dev/null || fail "no manual page of $f"
    done
    echo "installed tree is complete"
}

# Debian's own checks of a binary package (policy, permissions, compression, ...).
check_lintian() {
    local deb
    need lintian lintian
    deb=$(deb_of "$1")
    lintian --fail-on error,warning --tag-display-limit 0 "$deb" \
        || fail "lintian has errors or warnings for $deb"
    echo "lintian: no errors or warnings"
}

check_version() {
    local work="$1" version="$2" out qt
    need dpkg-query dpkg
    out=$(run_unpacked "$work" "$work/root/usr/bin/maestro" --version) \
        || fail "maestro --version exited with $?"
    echo "$out"
    # The Qt it runs on is the system's libqt6core6 (upstream part of the Debian version).
    qt=$(dpkg-query -W -f='${Version}' libqt6core6 | sed -E 's/^[0-9]+://; s/[+-].*$//')
    [ "$out" = "Maestro Desktop $version (Qt $qt)" ] \
        || fail "expected \"Maestro Desktop $version (Qt $qt)\", got \"$out\""
}

check_report() {
    local work="$1" out code=0
    out=$(run_unpacked "$work" timeout 60 "$work/root/usr/bin/maestro" --report --demo \
        shared-master --watch 3 --lang en) || code=$?
    echo "$out"
    echo "exit code $code"
    # 0, 1 and 2 are the advisor's verdicts; 3 (cannot connect) means the in-process demo
    # did not come up, and anything else is a crash or the timeout.
    [ "$code" -le 2 ] || fail "maestro --report --demo exited with $code"
    grep -Eq '^Cluster .+ at https://' <<<"$out" || fail "no cluster line in the report"
    grep -Eq '^Advisor: (High availability|Reduced availability|Needs attention)$' <<<"$out" \
        || fail "no advisor verdict in the report"
}

command="${1:-}"
shift || true
case "$command" in
desktop-file) check_desktop_file "$@" ;;
metainfo) check_metainfo "$@" ;;
build) build_package "$@" ;;
control) check_control "$@" ;;
tree) check_tree "$@" ;;
lintian) check_lintian "$@" ;;
version) check_version "$@" ;;
report) check_report "$@" ;;
cleanup) rm -rf "$1" ;;
*) fail "unknown check '$command'" ;;
esac
