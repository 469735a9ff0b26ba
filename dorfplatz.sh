#!/usr/bin/env bash
# Dorfplatz developer tool (Debian 12 / Qt 6.4).
#
#   ./dorfplatz.sh demo [kiosk args...]   install packages, build Release, run the kiosk on the
#                                         demo configuration
#   ./dorfplatz.sh test [ctest args...]   install packages, build RelWithDebInfo into build/test,
#                                         run every test under a private Xvfb server
#   ./dorfplatz.sh build [release|test]   configure and build build/release (default) or build/test
#   ./dorfplatz.sh run [kiosk args...]    build release if needed and run the kiosk; installs no
#                                         packages (this is what a real touchscreen uses)
#   ./dorfplatz.sh package                build release, make the Debian package in build/release
#   ./dorfplatz.sh deps                   only install the Debian packages
#   ./dorfplatz.sh screenshots [dir]      every screen as PNG (tests/tools/screenshots.sh)
#   ./dorfplatz.sh benchmark [startup|taptosound|events|programme|staff|publish|calls|speech|soak]
#                                         start-up time, memory, idle CPU (startup.sh),
#                                         tap-to-sound beside cvlc (taptosound.sh), the events
#                                         sync and query (bench_events), the programme (bench_programme),
#                                         the staff screens (bench_staff), tap to own camera
#                                         picture in a call (bench_calls), or one of them
#
# With CI set in the environment, compiler warnings are errors (DORFPLATZ_WERROR=ON).
# The scripts under tests/ source this file for start_xvfb/stop_xvfb; sourcing runs no command.
set -euo pipefail

# Debian packages, in one place: a feature that needs another package adds it here.
BUILD_PACKAGES=(cmake g++ make qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev qt6-multimedia-dev qt6-webengine-dev qt6-webchannel-dev libgl-dev libvlc-dev
    libical-dev libsodium-dev libarchive-dev libqrencode-dev qt6-pdf-dev
    libespeak-ng-dev # libespeak-ng-dev: the read-aloud's German voice (EspeakEngine)
    libsqlite3-dev)  # the events screen's week read through SQLite's C API (SqliteStatement)
# libVLC needs vlc-plugin-video-output for X11 video; Qt Multimedia 6.4 plays through GStreamer
# and crashes in play() without these plugins (platform.md); libsoup 2 keeps GStreamer's HTTP
# source off libsoup 3, which crashed on stop (QtPlayer).
RUNTIME_PACKAGES=(libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins qt6-translations-l10n
    fonts-dejavu-core libqt6multimedia6 vlc-plugin-base vlc-plugin-video-output
    gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-plugins-bad
    gstreamer1.0-libav libsoup2.4-1 libical3 libsodium23 libarchive13 libqt6webenginecore6-bin
    libqrencode4 libqt6printsupport6 libqt6pdf6
    libespeak-ng1) # libespeak-ng1 brings espeak-ng-data with the German voice
# dpkg-shlibdeps, and the ELF check of CPack's DEB generator; lintian checks the package (errors
# and warnings fail ./dorfplatz.sh package and the packaging_deb test).
PACKAGING_PACKAGES=(dpkg-dev file lintian)
# icecast2 and ffmpeg are the stream servers of the player tests; vlc-bin is cvlc for the
# tap-to-sound benchmark. gdb: QtTest prints the stack of a crashed test with it. xdotool: the
# breakout suite (tests/breakout) and the player's hotkey test (tst_playerscreen) type and tap on
# the kiosk like a resident. dbus-daemon: the private bus of the USB mounter's test (tst_usbmounter);
# nodejs runs the package's polkit rule against a stand-in polkit (packaging_deb). poppler-utils
# (pdftotext, pdftoppm) and zbar-tools (zbarimg) read back the printed plans and invitations.
TEST_PACKAGES=(xvfb xauth x11-utils imagemagick ffmpeg icecast2 vlc-bin gdb xdotool dbus-daemon
    nodejs poppler-utils zbar-tools
    "${PACKAGING_PACKAGES[@]}")

DORFPLATZ_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
JOBS=2
RELEASE_DIR=$DORFPLATZ_ROOT/build/release
TEST_DIR=$DORFPLATZ_ROOT/build/test
KIOSK_BIN=$RELEASE_DIR/app/dorfplatz

die() {
    printf 'dorfplatz.sh: %s\n' "$*" >&2
    exit 1
}

# --- Debian packages -----------------------------------------------------------------------------

# Prints the packages among the arguments that are not installed.
missing_packages() {
    local package status
    for package in "$@"; do
        status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
        if [[ "$status" != *"install ok installed"* ]]; then
            printf '%s\n' "$package"
        fi
    done
}

# Installs the packages among the arguments that are missing: as root directly, otherwise through
# sudo. Runs apt-get only when something is missing, so it works offline once all is there.
ensure_packages() {
    local missing=()
    mapfile -t missing < <(missing_packages "$@")
    if ((${#missing[@]} == 0)); then
        return 0
    fi
    local as_root=()
    if ((EUID != 0)); then
        if ! command -v sudo >/dev/null 2>&1; then
            printf 'These Debian packages are missing:\n  %s\n' "${missing[*]}" >&2
            printf 'Install them as root, then run this again:\n' >&2
            printf '  apt-get install --no-install-recommends %s\n' "${missing[*]}" >&2
            exit 1
        fi
        as_root=(sudo)
    fi
    printf 'Installing missing Debian packages: %s\n' "${missing[*]}"
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y --no-install-recommends "${missing[@]}"
}

# --- CMake ---------------------------------------------------------------------------------------

configure() { # configure BUILD_DIR BUILD_TYPE
    local args=(-S "$DORFPLATZ_ROOT" -B "$1" -DCMAKE_BUILD_TYPE="$2")
    if [[ -v CI ]]; then
        args+=(-DDORFPLATZ_WERROR=ON)
    fi
    cmake "${args[@]}"
}

build() { # build BUILD_DIR [TARGET...]
    local dir=$1
    shift
    local args=(--build "$dir" -j"$JOBS")
    if (($# > 0)); then
        args+=(--target "$@")
    fi
    cmake "${args[@]}"
}

# --- Xvfb ----------------------------------------------------------------------------------------

XVFB_PID=""

# start_xvfb GEOMETRY [LOG]: starts "Xvfb :N -screen 0 GEOMETRY -nolisten tcp" on the first free
# display from :99 on and exports DISPLAY. The caller stops it with stop_xvfb (in an EXIT trap).
start_xvfb() {
    local geometry=$1 log=${2:-/dev/null} display attempt
    command -v Xvfb >/dev/null 2>&1 || die "Xvfb is missing (package xvfb)"
    command -v xdpyinfo >/dev/null 2>&1 || die "xdpyinfo is missing (package x11-utils)"
    for ((display = 99; display < 199; display++)); do
        if [[ -e /tmp/.X${display}-lock || -e /tmp/.X11-unix/X${display} ]]; then
            continue
        fi
        Xvfb ":$display" -screen 0 "$geometry" -nolisten tcp >>"$log" 2>&1 &
        XVFB_PID=$!
        for ((attempt = 0; attempt < 100; attempt++)); do
            if xdpyinfo -display ":$display" >/dev/null 2>&1; then
                export DISPLAY=":$display"
                return 0
            fi
            if ! kill -0 "$XVFB_PID" 2>/dev/null; then
                break # taken by someone else in the meantime: try the next number
            fi
            sleep 0.1
        done
        stop_xvfb
    done
    die "could not start Xvfb (log: $log)"
}

stop_xvfb() {
    if [[ -n "$XVFB_PID" ]]; then
        kill "$XVFB_PID" 2>/dev/null || true
        wait "$XVFB_PID" 2>/dev/null || true
        XVFB_PID=""
    fi
}

# Chromium, inside Qt WebEngine (video calls), refuses to start as root with its sandbox on. A
# kiosk PC runs Dorfplatz as an unprivileged user with the sandbox
# (packaging/dorfplatz-session.service); a developer trying the demo as root gets it without, and
# is told so.
allow_webengine_as_root() {
    if ((EUID == 0)) && [[ -z "${QTWEBENGINE_DISABLE_SANDBOX:-}" ]]; then
        printf 'dorfplatz.sh: running as root: video calls run without the Chromium sandbox\n' >&2
        export QTWEBENGINE_DISABLE_SANDBOX=1
    fi
}

# --- Subcommands ---------------------------------------------------------------------------------

cmd_deps() {
    ensure_packages "${BUILD_PACKAGES[@]}" "${RUNTIME_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
}

cmd_demo() {
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
        cat >&2 <<'EOF'
dorfplatz.sh demo: there is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so the
kiosk cannot be shown. To see every screen without a display, take screenshots under a virtual
X server instead:
    ./dorfplatz.sh screenshots        (builds, then runs tests/tools/screenshots.sh)
    tests/tools/screenshots.sh        (uses an existing build/release)
The pictures are written to build/screenshots/.
EOF
        exit 1
    fi
    ensure_packages "${BUILD_PACKAGES[@]}" "${RUNTIME_PACKAGES[@]}"
    configure "$RELEASE_DIR" Release
    build "$RELEASE_DIR" dorfplatz dorfplatz-sync
    local data_dir=${XDG_DATA_HOME:-$HOME/.local/share}/dorfplatz-demo
    mkdir -p "$data_dir"
    allow_webengine_as_root
    exec "$KIOSK_BIN" --config "$DORFPLATZ_ROOT/kiosk-config/demo" --data "$data_dir" "$@"
}

cmd_test() {
    cmd_deps
    configure "$TEST_DIR" RelWithDebInfo
    build "$TEST_DIR"
    # One X server for every test that needs X11; the others set QT_QPA_PLATFORM=offscreen.
    trap stop_xvfb EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    start_xvfb 1920x1080x24 "$TEST_DIR/Xvfb.log"
    unset WAYLAND_DISPLAY
    export QT_QPA_PLATFORM=xcb
    printf 'Running the tests with Xvfb on DISPLAY=%s\n' "$DISPLAY"
    run_tests "$TEST_DIR" "$@"
}

# run_tests BUILD_DIR [CTEST_ARGS...]: runs the tests of BUILD_DIR with ctest. A test that fails is
# run once more, alone, only to tell the developer whether it is flaky (passes then) or broken;
# either way the result is a failure (non-zero): a flaky test is never hidden. The output ends
# with the first run's own ctest summary ("NN% tests passed, N tests failed out of M" and the
# list of failed tests), which is what CI reads.
run_tests() {
    local dir=$1
    shift
    local first_log=$dir/ctest-first-run.log
    local failed_list=$dir/Testing/Temporary/LastTestsFailed.log
    local status=0
    rm -f "$failed_list" # ctest leaves the last run's list when every test passes
    ctest --test-dir "$dir" --output-on-failure -j"$JOBS" --timeout 600 "$@" |
        tee "$first_log" || status=$?
    if ((status == 0)); then
        return 0
    fi
    # The full output above is long; repeat what failed where it is read first, at the end.
    printf '\n=== What failed (from %s) ===\n' "$dir/Testing/Temporary/LastTest.log"
    grep -E -A3 '^(FAIL!|XPASS|QFATAL)' "$dir/Testing/Temporary/LastTest.log" | head -80 || true
    # A crash prints no FAIL! line: show where each crashed test was (its last test lines and,
    # with gdb installed, the stack that QtTest prints on a signal).
    awk '/^[0-9]+\/[0-9]+ Testing: /{name=$3; n=0; on=1; next}
         /^<end of output>/{on=0} /^Test Failed/{bad[name]=1}
         on && !/^(ALSA lib|AL lib)/{buf[name, n++ % 60]=$0; cnt[name]=n}
         END{for (t in bad) {print "--- last output lines of " t " ---"; c=cnt[t];
             for (i=(c>60?c-60:0); i<c; i++) print buf[t, i % 60]}}' \
        "$dir/Testing/Temporary/LastTest.log" | head -150 || true
    local first_failed=() flaky=() broken=() name
    if [[ -f "$failed_list" ]]; then # "NUMBER:NAME" a line
        mapfile -t first_failed < <(sed -n 's/^[0-9]*://p' "$failed_list")
    fi
    if ((${#first_failed[@]} > 0)); then
        # Players, X11 and GStreamer share two cores with everything else: each failed test runs
        # once more, alone, so the developer learns whether it fails by itself.
        printf '\n=== Running the failed tests once more, one at a time ===\n'
        for name in "${first_failed[@]}"; do
            if ctest --test-dir "$dir" --output-on-failure --timeout 600 \
                -R "^$(printf '%s' "$name" | sed 's/[][\.*^$+?(){}|]/\\&/g')\$"; then
                flaky+=("$name")
            else
                broken+=("$name")
            fi
        done
    fi
    printf '\n=== Result: the tests FAILED ===\n'
    for name in "${flaky[@]}"; do
        printf 'dorfplatz.sh: FLAKY: %s failed on the first run and passed when run again\n' "$name"
    done
    for name in "${broken[@]}"; do
        printf 'dorfplatz.sh: FAILED: %s failed on the first run and again when run alone\n' "$name"
    done
    if ((${#first_failed[@]} == 0)); then
        printf 'dorfplatz.sh: ctest failed (exit status %d) without naming a failed test\n' "$status"
    fi
    # Last, where CI reads it: the first run's own summary (the reruns printed theirs above).
    printf '\nctest summary of the first run:\n'
    sed -n '/^[0-9]*% tests passed, [0-9]* tests\{0,1\} failed out of [0-9]*/,$p' "$first_log"
    return "$status"
}

cmd_build() {
    case "${1:-release}" in
        release)
            configure "$RELEASE_DIR" Release
            build "$RELEASE_DIR"
            ;;
        test)
            configure "$TEST_DIR" RelWithDebInfo
            build "$TEST_DIR"
            ;;
        *) die "build: unknown build '$1' (release or test)" ;;
    esac
}

cmd_run() {
    if [[ ! -f "$RELEASE_DIR/CMakeCache.txt" ]]; then
        configure "$RELEASE_DIR" Release
    fi
    if ! build "$RELEASE_DIR" dorfplatz dorfplatz-sync; then
        [[ -x "$KIOSK_BIN" ]] || die "the kiosk could not be built"
        printf 'dorfplatz.sh: the build failed; starting the kiosk that was built before\n' >&2
    fi
    allow_webengine_as_root
    exec "$KIOSK_BIN" "$@"
}

cmd_package() {
    ensure_packages "${BUILD_PACKAGES[@]}" "${RUNTIME_PACKAGES[@]}" "${PACKAGING_PACKAGES[@]}"
    configure "$RELEASE_DIR" Release
    # Only what the package installs (app/CMakeLists.txt, app/ui/calls/web/CMakeLists.txt), not
    # the tests and benchmarks; cpack's install step then builds nothing more.
    cmake -DCMAKE_SKIP_INSTALL_ALL_DEPENDENCY=ON "$RELEASE_DIR" >/dev/null
    build "$RELEASE_DIR" dorfplatz dorfplatz-sync dorfplatz_webcalls dorfplatz-call
    local deb
    rm -f "$RELEASE_DIR"/dorfplatz_*.deb
    cpack -G DEB --config "$RELEASE_DIR/CPackConfig.cmake" -B "$RELEASE_DIR"
    deb=$(find "$RELEASE_DIR" -maxdepth 1 -name 'dorfplatz_*.deb' -print -quit)
    [[ -n "$deb" ]] || die "cpack made no package"
    # lintian's errors (E:) and warnings (W:) are bugs of the package and fail the command.
    printf 'lintian %s:\n' "$deb"
    local report
    report=$(lintian "$deb" 2>&1 || true)
    printf '%s\n' "${report:-  (nothing to report)}"
    if grep -qE '^[EW]: ' <<<"$report"; then
        die "lintian found errors or warnings in $deb"
    fi
    printf 'Package:\n  %s\n' "$deb"
}

cmd_screenshots() {
    cmd_deps
    configure "$RELEASE_DIR" Release
    build "$RELEASE_DIR" dorfplatz dorfplatz-sync
    allow_webengine_as_root
    exec bash "$DORFPLATZ_ROOT/tests/tools/screenshots.sh" "$@"
}

# benchmark [startup | taptosound [OPTIONS...] | events | programme | staff | publish | calls | speech | soak [OPTIONS...]]: every benchmark, or the one named;
# OPTIONS go to tests/benchmark/taptosound.sh (e.g. --runs 5).
cmd_benchmark() {
    local which=all
    # soak (about 30 minutes) runs only when asked for by name.
    if [[ "${1:-}" =~ ^(startup|taptosound|events|programme|staff|publish|calls|speech|soak)$ ]]; then
        which=$1
        shift
    fi
    cmd_deps
    configure "$RELEASE_DIR" Release
    build "$RELEASE_DIR" dorfplatz dorfplatz-sync bench_barewindow bench_taptosound bench_events \
        bench_programme bench_staff bench_publish bench_calls bench_speech bench_soak \
        dorfplatz_webcalls dorfplatz-call
    local failed=0
    if [[ "$which" == all || "$which" == startup ]]; then
        bash "$DORFPLATZ_ROOT/tests/benchmark/startup.sh" || failed=1
    fi
    if [[ "$which" == all || "$which" == taptosound ]]; then
        printf '\n'
        bash "$DORFPLATZ_ROOT/tests/benchmark/taptosound.sh" "$@" || failed=1
    fi
    if [[ "$which" == all || "$which" == events ]]; then
        printf '\n'
        "$RELEASE_DIR/tests/benchmark/bench_events" "$RELEASE_DIR/app/dorfplatz-sync" || failed=1
    fi
    if [[ "$which" == all || "$which" == programme ]]; then
        printf '\n'
        "$RELEASE_DIR/tests/benchmark/bench_programme" || failed=1
    fi
    if [[ "$which" == all || "$which" == staff ]]; then
        printf '\n'
        QT_QPA_PLATFORM=offscreen "$RELEASE_DIR/tests/benchmark/bench_staff" || failed=1
    fi
    if [[ "$which" == all || "$which" == publish ]]; then
        printf '\n'
        QT_QPA_PLATFORM=offscreen "$RELEASE_DIR/tests/benchmark/bench_publish" || failed=1
    fi
    if [[ "$which" == all || "$which" == calls ]]; then
        printf '\n'
        # WebEngine draws into a real window: a private Xvfb server, as for the tests.
        start_xvfb 1920x1080x24 "$RELEASE_DIR/Xvfb-calls.log"
        DORFPLATZ_MODULE_DIR=$RELEASE_DIR/lib/dorfplatz QT_QPA_PLATFORM=xcb \
            "$RELEASE_DIR/tests/benchmark/bench_calls" || failed=1
        stop_xvfb
    fi
    if [[ "$which" == all || "$which" == speech ]]; then
        printf '\n'
        # espeak-ng into a WAV file (no sound card needed): speak() to the first sound.
        QT_QPA_PLATFORM=offscreen "$RELEASE_DIR/tests/benchmark/bench_speech" || failed=1
    fi
    if [[ "$which" == soak ]]; then
        start_xvfb 1920x1080x24 "$RELEASE_DIR/Xvfb-soak.log"
        DORFPLATZ_MODULE_DIR=$RELEASE_DIR/lib/dorfplatz QT_QPA_PLATFORM=xcb \
            "$RELEASE_DIR/tests/benchmark/bench_soak" \
            --sync-program "$RELEASE_DIR/app/dorfplatz-sync" "$@" || failed=1
        stop_xvfb
    fi
    return "$failed"
}

usage() {
    sed -n '2,18s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
}

main() {
    local command=${1:-}
    if (($# > 0)); then
        shift
    fi
    cd "$DORFPLATZ_ROOT"
    case "$command" in
        demo) cmd_demo "$@" ;;
        test) cmd_test "$@" ;;
        build) cmd_build "$@" ;;
        run) cmd_run "$@" ;;
        package) cmd_package ;;
        deps) cmd_deps ;;
        screenshots) cmd_screenshots "$@" ;;
        benchmark) cmd_benchmark "$@" ;;
        help | -h | --help) usage ;;
        *)
            usage >&2
            exit 2
            ;;
    esac
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    main "$@"
fi
