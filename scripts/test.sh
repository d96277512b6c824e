#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and runs the whole test suite against the
# real components: a Secret Service keyring (gnome-keyring in its own D-Bus
# session) and an X server (Xvfb) for the X11 tests.
#
#   scripts/test.sh              the normal suite (build/)
#   scripts/test.sh --sanitize   the same suite under ASan + UBSan (build-sanitize/)
#   scripts/test.sh -- ARGS      extra arguments for ctest (for example -R sim)
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

build_dir="$MAESTRO_ROOT/build"
sanitize=0
ctest_args=()
while [ $# -gt 0 ]; do
    case "$1" in
    --sanitize)
        sanitize=1
        build_dir="$MAESTRO_SANITIZE_BUILD_DIR"
        MAESTRO_PACKAGES+=("${MAESTRO_SANITIZE_PACKAGES[@]}")
        shift ;;
    --) shift; ctest_args+=("$@"); break ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
done

maestro_install_packages

maestro_log "Checking formatting (.clang-format)"
mapfile -t sources < <(cd "$MAESTRO_ROOT" && git ls-files '*.cpp' '*.h' 2>/dev/null || true)
if [ ${#sources[@]} -gt 0 ]; then
    (cd "$MAESTRO_ROOT" && clang-format --dry-run --Werror "${sources[@]}")
fi

if [ "$sanitize" = 1 ]; then
    maestro_build_sanitize
else
    maestro_build "$build_dir" RelWithDebInfo
fi

export QT_QPA_PLATFORM=offscreen
export MAESTRO_TEST_ARTIFACTS="$build_dir/test-artifacts"
mkdir -p "$MAESTRO_TEST_ARTIFACTS"

# An X server of our own for the tests that need a real one. It picks a free display
# itself and writes its number once it accepts clients: a number chosen here could be
# taken, and a test starting before the server is up would find no display.
display_file="$(mktemp)"
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$display_file" \
    >"$MAESTRO_TEST_ARTIFACTS/xvfb.log" 2>&1 &
xvfb_pid=$!
keyring_home=""
cleanup() {
    kill "$xvfb_pid" 2>/dev/null || true
    rm -f "$display_file"
    [ -z "$keyring_home" ] || rm -rf "$keyring_home"
}
trap cleanup EXIT
for _ in $(seq 1 300); do
    [ -s "$display_file" ] && break
    kill -0 "$xvfb_pid" 2>/dev/null || break
    sleep 0.1
done
display_number="$(tr -dc 0-9 <"$display_file")"
if [ -z "$display_number" ]; then
    echo "test.sh: Xvfb did not start; its output:" >&2
    cat "$MAESTRO_TEST_ARTIFACTS/xvfb.log" >&2
    exit 1
fi
export MAESTRO_TEST_X11_DISPLAY=":$display_number"
if [ "$sanitize" = 1 ]; then
    # Unoptimised code under ASan runs several times slower: the tests that wait for
    # something to be computed or painted give it this many times their usual time
    # (tests/TestTimeScale.h). What they check stays the same.
    export MAESTRO_TEST_TIME_SCALE="${MAESTRO_TEST_TIME_SCALE:-4}"
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    export LSAN_OPTIONS="suppressions=$MAESTRO_ROOT/tests/lsan.supp"
fi

# A private keyring home so the tests never touch the user's own keyring.
keyring_home="$(mktemp -d)"

maestro_log "Running the test suite (ctest)"
cd "$build_dir"
HOME="$keyring_home" XDG_DATA_HOME="$keyring_home/data" XDG_CONFIG_HOME="$keyring_home/config" \
XDG_CACHE_HOME="$keyring_home/cache" XDG_RUNTIME_DIR="$keyring_home/run" \
dbus-run-session -- bash -c '
    mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
    eval "$(printf "test-keyring" | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL
    ctest --output-on-failure --timeout 900 -j"$(nproc)" "$@"
' ctest-in-keyring "${ctest_args[@]}"
