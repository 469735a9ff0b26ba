#!/usr/bin/env bash
# Screenshots of every kiosk screen in several variants, made under private Xvfb servers (one per
# resolution), so the screens can be looked at without a display.
#
#   tests/tools/screenshots.sh [OUTPUT_DIR]      (default: build/screenshots)
#
# Env: DORFPLATZ_BIN  the kiosk (default build/release/app/dorfplatz; ./dorfplatz.sh build makes it)
#
# Every variant gets a sub-directory with one PNG per screen (the kiosk's --screenshot-dir):
#   1920x1080-standard        the demo configuration
#   1920x1080-high-contrast   the demo in the high-contrast theme
#   1280x800-standard         a small screen
#   1080x1920-standard        a portrait screen
#   1024x600-text-100 … -200  a 10-inch panel at text scale 100, 125, 150 and 200 %
#   1920x1080-text-200        text scale 200 %
#   1920x1080-notice          a broken tiles.json, last good configuration from an earlier run:
#                             the kiosk uses that one and shows notice.png
#   1920x1080-no-config       no usable configuration and an empty data dir: no-config.png
# Variants are copies of kiosk-config/demo edited with sed.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=SCRIPTDIR/../../dorfplatz.sh
source "$root/dorfplatz.sh" # start_xvfb, stop_xvfb
die() {
    printf 'screenshots.sh: %s\n' "$*" >&2
    exit 1
}

out=${1:-$root/build/screenshots}
mkdir -p "$out"
out=$(cd "$out" && pwd)
kiosk=${DORFPLATZ_BIN:-$root/build/release/app/dorfplatz}
# The demo's calendar is in Kusel's time; show it as a kiosk there would (CI machines run in UTC).
export TZ=${TZ:-Europe/Berlin}
[[ -x "$kiosk" ]] || die "no kiosk at $kiosk (./dorfplatz.sh build, or set DORFPLATZ_BIN)"

work=$(mktemp -d "${TMPDIR:-/tmp}/dorfplatz-screenshots.XXXXXX")
cleanup() {
    stop_xvfb
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

export LANG=${LANG:-C.UTF-8}
export QT_QPA_PLATFORM=xcb
# The screenshots need no sound (and this machine may have no sound card): libVLC plays into
# its dummy output.
export DORFPLATZ_VLC_ARGS=${DORFPLATZ_VLC_ARGS:---aout=adummy}
# "Vorlesen" shows only where speech can be heard; here it is written to a file, so the button is
# on the screenshots as on a kiosk with a sound card.
export DORFPLATZ_SPEECH_TO_FILE=${DORFPLATZ_SPEECH_TO_FILE:-$work/speech.wav}
unset WAYLAND_DISPLAY

# set_json FILE KEY JSON_VALUE: sets the first "KEY" of FILE to JSON_VALUE (a string in quotes or a
# number); adds it at the start of the top-level object when FILE has no such key.
set_json() {
    local file=$1 key=$2 value=$3
    local old_value='("[^"]*"|[-0-9.]+|true|false|null)'
    if grep -q "\"$key\"[[:space:]]*:" "$file"; then
        sed -i -E "0,/(\"$key\"[[:space:]]*:[[:space:]]*)$old_value/s//\\1$value/" "$file"
    else
        sed -i "0,/{/s//{ \"$key\": $value,/" "$file"
    fi
    grep -q "\"$key\"[[:space:]]*:[[:space:]]*$value" "$file" || die "could not set $key in $file"
}

# new_config NAME: sets $config to a fresh copy of the demo configuration.
new_config() {
    config=$work/config-$1
    cp -a "$root/kiosk-config/demo" "$config"
}

# run_kiosk SCREENSHOT_DIR CONFIG_DIR DATA_DIR LOG: one run of the kiosk on the current Xvfb.
run_kiosk() {
    mkdir -p "$1" "$3"
    timeout 120 "$kiosk" --config "$2" --data "$3" --screenshot-dir "$1" >"$4" 2>&1
}

failures=0
# shoot NAME CONFIG_DIR DATA_DIR EXPECTED_PNG...: screenshots into $out/NAME, checked.
shoot() {
    local name=$1 config_dir=$2 data=$3
    shift 3
    local dir=$out/$name log=$work/$name.log first=$1 png missing=()
    rm -rf "$dir"
    printf '%-26s' "$name"
    if ! run_kiosk "$dir" "$config_dir" "$data" "$log"; then
        printf 'FAILED (the kiosk exited with an error), its output:\n'
        sed 's/^/    /' "$log"
        failures=$((failures + 1))
        return 0
    fi
    for png in "$@"; do
        [[ -s "$dir/$png" ]] || missing+=("$png")
    done
    if ((${#missing[@]} > 0)); then
        printf 'FAILED (missing: %s), the kiosk said:\n' "${missing[*]}"
        sed 's/^/    /' "$log"
        failures=$((failures + 1))
        return 0
    fi
    local size=""
    if command -v identify >/dev/null 2>&1; then
        size=", $first is $(identify -format '%wx%h' "$dir/$first" 2>/dev/null || echo '?')"
    fi
    printf 'PNG files: %s%s\n' "$(find "$dir" -maxdepth 1 -name '*.png' | wc -l)" "$size"
}

screens=(home.png stream-radio.png stream-video.png contacts.png call.png call-failed.png call-other-camera-off.png call-lobby.png
    call-camera-problem.png ring.png ring-countdown.png home-missed-call.png events.png schedule.png
    home-session-banner.png schedule-with-sessions.png session-countdown.png
    session-announcement.png staff-accounts.png staff-pin.png staff-first-start.png staff-home.png
    staff-today.png staff-week.png staff-session.png staff-session-text.png
    staff-session-content.png staff-session-clash.png staff-occurrence.png staff-start-now.png
    staff-sync.png staff-audit.png staff-documents.png staff-usage.png guide-home.png
    guide-home-problems.png guide-tiles.png guide-tile.png guide-tile-label.png
    guide-tile-target.png guide-tile-picture.png
    guide-stations.png guide-station.png guide-station-address.png guide-station-logo.png
    guide-finder-search.png guide-contacts.png guide-contact.png guide-calendars.png
    guide-calendar.png guide-backup.png guide-appearance.png guide-versions.png guide-preview.png)

echo "Screenshots from $kiosk"

# --- 1920x1080 -----------------------------------------------------------------------------------
start_xvfb 1920x1080x24 "$work/Xvfb-1920x1080.log"

new_config standard
set_json "$config/kiosk.json" theme '"standard"'
shoot 1920x1080-standard "$config" "$work/data-standard" "${screens[@]}"

new_config high-contrast
set_json "$config/kiosk.json" theme '"high-contrast"'
shoot 1920x1080-high-contrast "$config" "$work/data-high-contrast" "${screens[@]}"

new_config text-200
set_json "$config/kiosk.json" theme '"standard"'
set_json "$config/kiosk.json" textScale 200
shoot 1920x1080-text-200 "$config" "$work/data-text-200" "${screens[@]}"

# A run on the good demo stores the last good configuration in the data dir; then tiles.json breaks.
new_config notice
run_kiosk "$work/seed" "$config" "$work/data-notice" "$work/seed.log" ||
    die "the run on the demo configuration failed: $(cat "$work/seed.log")"
sed -i '1s/^/this is not JSON /' "$config/tiles.json"
shoot 1920x1080-notice "$config" "$work/data-notice" notice.png home.png

mkdir -p "$work/config-empty"
shoot 1920x1080-no-config "$work/config-empty" "$work/data-no-config" no-config.png
stop_xvfb

# --- 1280x800 ------------------------------------------------------------------------------------
start_xvfb 1280x800x24 "$work/Xvfb-1280x800.log"
new_config small
set_json "$config/kiosk.json" theme '"standard"'
shoot 1280x800-standard "$config" "$work/data-small" "${screens[@]}"
stop_xvfb

# --- 1024x600 (a common 10-inch panel) at every text size ---------------------------------------
start_xvfb 1024x600x24 "$work/Xvfb-1024x600.log"
for scale in 100 125 150 200; do
    new_config "ten-inch-$scale"
    set_json "$config/kiosk.json" theme '"standard"'
    set_json "$config/kiosk.json" textScale "$scale"
    shoot "1024x600-text-$scale" "$config" "$work/data-ten-inch-$scale" "${screens[@]}"
done
stop_xvfb

# --- 1080x1920 (portrait) ------------------------------------------------------------------------
start_xvfb 1080x1920x24 "$work/Xvfb-1080x1920.log"
new_config portrait
set_json "$config/kiosk.json" theme '"standard"'
shoot 1080x1920-standard "$config" "$work/data-portrait" "${screens[@]}"
stop_xvfb

echo
echo "The pictures are in $out:"
(cd "$out" && find . -mindepth 2 -maxdepth 2 -name '*.png' | sed 's|^\./|  |' | sort)
if ((failures > 0)); then
    die "$failures variant(s) failed"
fi
