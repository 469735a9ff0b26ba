#!/usr/bin/env bash
# Builds the Debian package of a configured and built Dorfplatz tree with cpack into a temporary
# directory, then checks its contents (dpkg-deb -c), its control fields (dpkg-deb -f) and its
# conffiles. Run by CTest as packaging_deb; by hand:
#   tests/packaging/check_deb.sh build/release [cpack] [source dir]
# The small helper functions below are called through check(), which shellcheck cannot follow.
# shellcheck disable=SC2317
set -euo pipefail

usage="usage: check_deb.sh BINARY_DIR [CPACK] [SOURCE_DIR]"
binary_dir=$(cd "${1:?$usage}" && pwd)
cpack=${2:-cpack}
source_dir=$(cd "${3:-$(dirname "${BASH_SOURCE[0]}")/../..}" && pwd)

passed=0
failed=0
pass() { printf 'ok     %s\n' "$1"; passed=$((passed + 1)); }
fail() { printf 'FAILED %s\n' "$1"; failed=$((failed + 1)); }
check() { # check DESCRIPTION COMMAND...
    local what=$1
    shift
    if "$@"; then pass "$what"; else fail "$what"; fi
}
have() { command -v "$1" >/dev/null; }
finish() {
    printf '%d passed, %d failed\n' "$passed" "$failed"
    if ((failed > 0)); then exit 1; fi
    exit 0
}

work=$(mktemp -d "${TMPDIR:-/tmp}/dorfplatz-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT

# --- Preconditions -------------------------------------------------------------------------------
check "build tree has CPackConfig.cmake" test -f "$binary_dir/CPackConfig.cmake"
check "dorfplatz is built ($binary_dir/app/dorfplatz)" test -x "$binary_dir/app/dorfplatz"
for tool in "$cpack" dpkg-deb dpkg-shlibdeps file readelf; do
    check "tool available: $tool" have "$tool"
done
if ((failed > 0)); then finish; fi

# --- Build the package ---------------------------------------------------------------------------
if "$cpack" -G DEB --config "$binary_dir/CPackConfig.cmake" -B "$work" >"$work/cpack.log" 2>&1; then
    pass "cpack -G DEB"
else
    fail "cpack -G DEB (output follows)"
    cat "$work/cpack.log"
    find "$work" -path '*_CPack_Packages*' -name '*.log' \
        -exec sh -c 'echo "--- $1"; cat "$1"' _ {} \;
    finish
fi
shopt -s nullglob
debs=("$work"/*.deb)
shopt -u nullglob
if ((${#debs[@]} != 1)); then
    fail "exactly one .deb was made (found ${#debs[@]})"
    finish
fi
deb=${debs[0]}
pass "package file: $(basename "$deb")"

# --- Contents ------------------------------------------------------------------------------------
dpkg-deb -c "$deb" >"$work/contents.txt"
# Column 6 is the path (symbolic links add "-> target" after it).
awk '{ print $6 }' "$work/contents.txt" | sed 's|/$||' | sort >"$work/paths.txt"
has_path() { grep -qxF "$1" "$work/paths.txt"; }
lacks_path() { ! grep -qxF "$1" "$work/paths.txt"; }

expected=(
    ./usr/bin/dorfplatz
    ./usr/bin/dorfplatz-sync
    ./usr/lib/dorfplatz/libdorfplatz_webcalls.so
    ./etc/dorfplatz/kiosk.json
    ./etc/dorfplatz/tiles.json
    ./etc/dorfplatz/streams.json
    ./etc/dorfplatz/feeds.json
    ./etc/dorfplatz/contacts.json
    ./etc/dorfplatz/feeds/kusel.ics
    ./etc/dorfplatz/media/hausradio.ogg
    ./etc/dorfplatz/media/LICENSE
    ./usr/lib/systemd/user/dorfplatz.service
    ./usr/lib/systemd/user/dorfplatz-sync.service
    ./usr/lib/systemd/user/dorfplatz-sync.timer
    ./usr/share/applications/de.dorfplatz.Kiosk.desktop
    ./usr/share/metainfo/de.dorfplatz.Kiosk.metainfo.xml
    ./usr/share/icons/hicolor/scalable/apps/de.dorfplatz.Kiosk.svg
    ./usr/share/doc/dorfplatz/configuration.md
    ./usr/share/doc/dorfplatz/icons-LICENSE
)
# Every picture of the demo configuration (LICENSE included), README.md left out.
pictures=()
while IFS= read -r picture; do
    pictures+=("./etc/dorfplatz/pictures/${picture#./}")
done < <(cd "$source_dir/kiosk-config/demo/pictures" && find . -type f ! -name README.md | sort)
check "demo configuration has pictures (${#pictures[@]} files)" test "${#pictures[@]}" -gt 0
check "demo pictures include LICENSE" has_path ./etc/dorfplatz/pictures/LICENSE
for path in "${expected[@]}" "${pictures[@]}"; do
    check "contains $path" has_path "$path"
done
check "leaves out kiosk-config/demo/README.md" lacks_path ./etc/dorfplatz/README.md
check "leaves out the media recipe make-media.sh" lacks_path ./etc/dorfplatz/media/make-media.sh
check "contains no build or test files" lacks_path ./usr/bin/bench_barewindow
check "/usr/bin/dorfplatz is executable" \
    grep -qE '^-rwxr-xr-x .* \./usr/bin/dorfplatz$' "$work/contents.txt"
# WebEngine is loaded by the first call (libdorfplatz_webcalls.so), never at start-up.
dpkg-deb -x "$deb" "$work/root"
links_webengine() { readelf -d "$1" | grep -q 'NEEDED.*WebEngine'; }
lacks_webengine() { ! links_webengine "$1"; }
check "/usr/bin/dorfplatz does not link Qt WebEngine" lacks_webengine "$work/root/usr/bin/dorfplatz"
check "the calls module links Qt WebEngine" \
    links_webengine "$work/root/usr/lib/dorfplatz/libdorfplatz_webcalls.so"

# --- Control fields ------------------------------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
depends=$(field Depends)
printf '       Depends: %s\n' "$depends"
depends_on() { [[ ", $depends," =~ ,\ $1[\ ,] ]]; }
check "Package is dorfplatz" test "$(field Package)" = dorfplatz
check "Version is set ($(field Version))" test -n "$(field Version)"
check "Architecture is $(dpkg --print-architecture)" \
    test "$(field Architecture)" = "$(dpkg --print-architecture)"
check "Section is misc" test "$(field Section)" = misc
check "Maintainer is the Dorfplatz developers" \
    test "$(field Maintainer)" = "Dorfplatz developers <dorfplatz@example.invalid>"
for package in libqt6widgets6 libqt6core6 qt6-qpa-plugins libqt6sql6-sqlite libqt6svg6 \
    fonts-dejavu-core libvlc5 vlc-plugin-base vlc-plugin-video-output libqt6multimedia6 \
    gstreamer1.0-plugins-good gstreamer1.0-libav libsoup2.4-1 libical3 \
    libqt6webenginecore6 libqt6webenginewidgets6 libqt6webchannel6 libqt6webenginecore6-bin; do
    check "Depends on $package" depends_on "$package"
done

# --- Conffiles -----------------------------------------------------------------------------------
if dpkg-deb -I "$deb" conffiles >"$work/conffiles" 2>/dev/null; then
    pass "control archive has conffiles"
else
    fail "control archive has conffiles"
    : >"$work/conffiles"
fi
for conffile in /etc/dorfplatz/kiosk.json /etc/dorfplatz/tiles.json /etc/dorfplatz/streams.json \
    /etc/dorfplatz/feeds.json /etc/dorfplatz/feeds/kusel.ics /etc/dorfplatz/contacts.json; do
    check "conffiles lists $conffile" grep -qxF "$conffile" "$work/conffiles"
done
while IFS= read -r conffile; do
    [[ -n "$conffile" ]] || continue
    check "conffile $conffile is in the package" has_path ".$conffile"
done <"$work/conffiles"
while IFS= read -r path; do
    check "file under /etc is a conffile: ${path#.}" grep -qxF "${path#.}" "$work/conffiles"
done < <(grep -E '^-' "$work/contents.txt" | awk '{ print $6 }' | grep '^\./etc/')

finish
