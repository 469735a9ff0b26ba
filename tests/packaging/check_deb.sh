#!/usr/bin/env bash
# Builds the Debian package of a configured and built Dorfplatz tree with cpack into a temporary
# directory, then checks its contents (dpkg-deb -c) and their modes, its control fields
# (dpkg-deb -f), its conffiles and maintainer scripts, the systemd units (systemd-analyze verify and
# security, the hardening lines), the manual pages (every option of --help, no groff warning), and
# runs lintian, which must report no error and no warning. Run by CTest as packaging_deb; by hand:
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
for tool in "$cpack" dpkg-deb dpkg-shlibdeps file readelf lintian systemd-analyze man node; do
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
    ./usr/lib/dorfplatz/dorfplatz-call
    ./etc/dorfplatz/kiosk.json
    ./etc/dorfplatz/tiles.json
    ./etc/dorfplatz/streams.json
    ./etc/dorfplatz/feeds.json
    ./etc/dorfplatz/contacts.json
    ./etc/dorfplatz/feeds/kusel.ics
    ./etc/dorfplatz/media/hausradio.ogg
    ./etc/dorfplatz/media/LICENSE
    ./usr/lib/systemd/system/dorfplatz-session.service
    ./usr/lib/systemd/system/dorfplatz-sync.service
    ./usr/lib/systemd/system/dorfplatz-sync.timer
    ./etc/pam.d/dorfplatz-session
    ./usr/share/polkit-1/rules.d/50-dorfplatz.rules
    ./usr/share/doc/dorfplatz/copyright
    ./usr/share/doc/dorfplatz/changelog.Debian.gz
    ./usr/share/man/man1/dorfplatz.1.gz
    ./usr/share/man/man1/dorfplatz-sync.1.gz
    ./usr/share/lintian/overrides/dorfplatz
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
check "the desktop session's user unit is gone" \
    lacks_path ./usr/lib/systemd/user/dorfplatz.service

# --- Owners and modes ----------------------------------------------------------------------------
# "MODE OWNER/GROUP PATH" a line, from dpkg-deb -c.
awk '{ print $1, $2, $6 }' "$work/contents.txt" >"$work/modes.txt"
has_mode() { grep -qxF -- "$1 root/root $2" "$work/modes.txt"; }
for path in ./usr/bin/dorfplatz ./usr/bin/dorfplatz-sync; do
    check "$path is -rwxr-xr-x root/root" has_mode -rwxr-xr-x "$path"
done
# contacts.json is 0644 in the package, as lintian wants; postinst makes it 0640 root:dorfplatz
# (run_maintainer_scripts.sh checks that).
for path in ./etc/dorfplatz/contacts.json ./usr/lib/systemd/system/dorfplatz-session.service \
    ./usr/lib/systemd/system/dorfplatz-sync.service ./usr/lib/systemd/system/dorfplatz-sync.timer \
    ./etc/pam.d/dorfplatz-session ./etc/dorfplatz/kiosk.json ./usr/share/doc/dorfplatz/copyright \
    ./usr/share/man/man1/dorfplatz.1.gz ./usr/share/polkit-1/rules.d/50-dorfplatz.rules; do
    check "$path is -rw-r--r-- root/root" has_mode -rw-r--r-- "$path"
done
no_writable_by_others() { ! awk '$1 ~ /^.{8}w/' "$work/modes.txt" | grep -q .; }
check "no file or folder is writable by others" no_writable_by_others
# WebEngine is loaded by the first call (libdorfplatz_webcalls.so), never at start-up.
dpkg-deb -x "$deb" "$work/root"
links_webengine() { readelf -d "$1" | grep -q 'NEEDED.*WebEngine'; }
lacks_webengine() { ! links_webengine "$1"; }
check "/usr/bin/dorfplatz does not link Qt WebEngine" lacks_webengine "$work/root/usr/bin/dorfplatz"
check "the calls module links Qt WebEngine" \
    links_webengine "$work/root/usr/lib/dorfplatz/libdorfplatz_webcalls.so"
# On X11 calls run in a program of their own, ended after a quiet period (all its memory back).
check "the call program links Qt WebEngine" \
    links_webengine "$work/root/usr/lib/dorfplatz/dorfplatz-call"

# --- systemd units -------------------------------------------------------------------------------
units=$work/root/usr/lib/systemd/system
# Each unit with its continued lines ("\" at the end) joined, as systemd reads it.
mkdir "$work/units"
for unit in dorfplatz-session.service dorfplatz-sync.service dorfplatz-sync.timer; do
    sed -e ':a' -e '/\\$/{N;s/[[:space:]]*\\\n[[:space:]]*/ /;ba' -e '}' "$units/$unit" \
        >"$work/units/$unit"
done
session=$work/units/dorfplatz-session.service
sync_unit=$work/units/dorfplatz-sync.service
has_line() { grep -qxF "$2" "$1"; }
for line in Type=notify NotifyAccess=all WatchdogSec=30s Restart=always StartLimitIntervalSec=0 \
    User=dorfplatz PAMName=dorfplatz-session TTYPath=/dev/tty7 ProtectHome=yes \
    "RestrictAddressFamilies=AF_UNIX AF_NETLINK AF_INET AF_INET6" MemoryMax=1536M \
    "RestrictNamespaces=user pid net" Alias=display-manager.service \
    "ExecStart=/usr/bin/env XDG_RUNTIME_DIR=/run/dorfplatz /usr/bin/cage -d --$(
    ) /usr/bin/env -u WATCHDOG_PID /usr/bin/dorfplatz --config /etc/dorfplatz$(
    ) --data /var/lib/dorfplatz"; do
    check "dorfplatz-session.service: $line" has_line "$session" "$line"
done
for line in Type=oneshot User=dorfplatz "RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX" \
    MemoryMax=512M RestrictNamespaces=yes MemoryDenyWriteExecute=yes PrivateDevices=yes \
    "ExecStart=/usr/bin/dorfplatz-sync --config /etc/dorfplatz --data /var/lib/dorfplatz"; do
    check "dorfplatz-sync.service: $line" has_line "$sync_unit" "$line"
done
for unit in "$session" "$sync_unit"; do
    for line in NoNewPrivileges=yes ProtectSystem=strict ReadWritePaths=/var/lib/dorfplatz \
        PrivateTmp=yes ProtectHome=yes LogLevelMax=info UMask=0077 CapabilityBoundingSet=; do
        check "$(basename "$unit"): $line" has_line "$unit" "$line"
    done
done
# The Chromium sandbox of the calls needs user namespaces: the session must not forbid them.
lacks_private_users() { ! grep -qE '^PrivateUsers=(yes|true|1|self|identity)' "$1"; }
check "dorfplatz-session.service keeps user namespaces (no PrivateUsers=)" \
    lacks_private_users "$session"
check "dorfplatz-sync.timer runs at 03:00" \
    has_line "$work/units/dorfplatz-sync.timer" "OnCalendar=*-*-* 03:00:00"

# systemd-analyze verify reads the units as systemd would and complains about every unknown key or
# bad value; it also wants the programs of ExecStart=, so it reads a copy that names the extracted
# ones (cage is a dependency of the package, not part of it: /usr/bin/true stands in for it when
# it is not installed).
mkdir "$work/verify"
cage_path=$(command -v cage || echo /usr/bin/true)
for unit in dorfplatz-session.service dorfplatz-sync.service dorfplatz-sync.timer; do
    sed -e "s|/usr/bin/dorfplatz|$work/root/usr/bin/dorfplatz|g" \
        -e "s|/usr/bin/cage|$cage_path|g" "$units/$unit" >"$work/verify/$unit"
done
if (cd "$work/verify" && systemd-analyze verify --man=no ./dorfplatz-session.service \
    ./dorfplatz-sync.service ./dorfplatz-sync.timer) >"$work/verify.log" 2>&1 &&
    [[ ! -s "$work/verify.log" ]]; then
    pass "systemd-analyze verify: no complaint"
else
    fail "systemd-analyze verify (output follows)"
    cat "$work/verify.log"
fi
# The exposure score (0 safe … 10 unsafe) of each service; a unit without hardening scores 9.6.
exposure() { # exposure UNIT MAX
    local score
    score=$(cd "$work/verify" && systemd-analyze security --offline=true "./$1" 2>/dev/null |
        sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\).*/\1/p')
    printf '       exposure of %s: %s\n' "$1" "${score:-unknown}"
    [[ -n "$score" ]] && awk -v s="$score" -v max="$2" 'BEGIN { exit !(s <= max) }'
}
check "dorfplatz-session.service exposure at most 3.5" exposure dorfplatz-session.service 3.5
check "dorfplatz-sync.service exposure at most 2.0" exposure dorfplatz-sync.service 2.0

# --- Manual pages --------------------------------------------------------------------------------
# Every option that --help of the built program prints is in its manual page, and groff has
# nothing to say about the page (lintian runs the same check).
options_of() { # the long options of PROGRAM --help, one a line
    QT_QPA_PLATFORM=offscreen "$1" --help 2>/dev/null | grep -oE '^ +(-[a-z], )?--[a-z][a-z-]*' |
        grep -oE -- '--[a-z-]+' | sort -u
}
man_text() { MANWIDTH=120 man -E ascii -l "$1" 2>/dev/null | col -b; }
man_warnings() { # groff's warnings for PAGE (empty when there are none)
    LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$1" \
        >/dev/null 2>"$work/man-warnings.txt"
    cat "$work/man-warnings.txt"
}
for program in dorfplatz dorfplatz-sync; do
    page=$work/root/usr/share/man/man1/$program.1.gz
    mapfile -t options < <(options_of "$binary_dir/app/$program")
    check "$program --help lists options (${#options[@]})" test "${#options[@]}" -ge 3
    man_text "$page" >"$work/$program.man.txt"
    for option in "${options[@]}"; do
        # An entry of OPTIONS (indented by 7), not only a mention in the synopsis.
        check "$program(1) describes $option" \
            grep -qE -- "^ {7}(-[a-zA-Z], )?$option( |\$)" "$work/$program.man.txt"
    done
    warnings=$(man_warnings "$page")
    if [[ -z "$warnings" ]]; then pass "$program(1): no groff warning"; else
        fail "$program(1): groff warnings: $warnings"
    fi
done

# --- Maintainer scripts --------------------------------------------------------------------------
dpkg-deb -e "$deb" "$work/control"
check "postinst is in the package" test -x "$work/control/postinst"
check "postrm is in the package" test -x "$work/control/postrm"
no_ldconfig() { ! grep -qs ldconfig "$work/control/postinst" "$work/control/postrm" \
    "$work/control/triggers"; }
check "maintainer scripts do not call ldconfig" no_ldconfig
# Run them for real on copies of /etc and /var/lib in a private mount namespace (needs root, as
# the tests have; run_maintainer_scripts.sh says what it checks).
if ((EUID == 0)) && unshare --mount --propagation private true 2>/dev/null; then
    mkdir "$work/scripts"
    if unshare --mount --propagation private \
        bash "$source_dir/tests/packaging/run_maintainer_scripts.sh" \
        "$work/root" "$work/control" "$work/scripts" >"$work/scripts.log" 2>&1; then
        count=$(grep -c '^ok' "$work/scripts.log")
        pass "postinst and postrm on a copy of the system ($count checks)"
    else
        fail "postinst and postrm on a copy of the system (output follows)"
        cat "$work/scripts.log"
    fi
else
    fail "postinst and postrm: need root and unshare --mount to run them on a copy of the system"
fi
check "postinst passes sh -n" sh -n "$work/control/postinst"
check "postrm passes sh -n" sh -n "$work/control/postrm"

# --- Copyright and changelog ---------------------------------------------------------------------
copyright=$work/root/usr/share/doc/dorfplatz/copyright
check "copyright is machine-readable (DEP-5)" grep -qxF \
    "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/" "$copyright"
check "copyright: the program is GPL-3+" grep -qxF "License: GPL-3+" "$copyright"
changelog_version=$(zcat "$work/root/usr/share/doc/dorfplatz/changelog.Debian.gz" |
    sed -n '1s/^dorfplatz (\([^)]*\)).*/\1/p')
check "changelog.Debian.gz is for version $(dpkg-deb -f "$deb" Version)" \
    test "$changelog_version" = "$(dpkg-deb -f "$deb" Version)"

# --- lintian -------------------------------------------------------------------------------------
# No error (E:) and no warning (W:); notes (I:) and pedantic remarks are allowed.
lintian "$deb" >"$work/lintian.log" 2>&1 || true
if grep -qE '^[EW]: ' "$work/lintian.log"; then
    fail "lintian: errors or warnings (output follows)"
    cat "$work/lintian.log"
else
    pass "lintian: no error, no warning"
fi

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
    libqt6webenginecore6 libqt6webenginewidgets6 libqt6webchannel6 libqt6webenginecore6-bin \
    cage xwayland libpam-systemd adduser libespeak-ng1; do
    check "Depends on $package" depends_on "$package"
done

recommends=$(field Recommends)
for package in udisks2 polkitd pipewire-pulse wireplumber; do
    check "Recommends $package" grep -qE "(^|, )$package(,|$)" <<<"$recommends"
done

# --- polkit rule ---------------------------------------------------------------------------------
# The rule is JavaScript that polkitd runs; here node runs it against a stand-in polkit object
# (polkitd itself needs a system bus and root). It must allow the kiosk user to mount a stick, and
# nothing else: not other users, not other udisks2 actions.
polkit_answer() { # polkit_answer USER ACTION
    node -e '
        const rules = [];
        const polkit = { Result: { YES: "yes", NO: "no", NOT_HANDLED: null },
                         addRule: (rule) => rules.push(rule) };
        eval(require("fs").readFileSync(process.argv[1], "utf8"));
        const answers = rules.map((rule) => rule({ id: process.argv[3] }, { user: process.argv[2] }));
        console.log(answers.find((a) => a !== null && a !== undefined) || "not-handled");
    ' "$work/root/usr/share/polkit-1/rules.d/50-dorfplatz.rules" "$1" "$2"
}
check "polkit: dorfplatz may mount a stick" \
    test "$(polkit_answer dorfplatz org.freedesktop.udisks2.filesystem-mount)" = yes
check "polkit: another user is left to the defaults" \
    test "$(polkit_answer guest org.freedesktop.udisks2.filesystem-mount)" = not-handled
for action in filesystem-mount-system filesystem-mount-other-seat modify-device power-off-drive \
    encrypted-unlock; do
    check "polkit: dorfplatz gets no $action" \
        test "$(polkit_answer dorfplatz "org.freedesktop.udisks2.$action")" = not-handled
done

# --- Conffiles -----------------------------------------------------------------------------------
if dpkg-deb -I "$deb" conffiles >"$work/conffiles" 2>/dev/null; then
    pass "control archive has conffiles"
else
    fail "control archive has conffiles"
    : >"$work/conffiles"
fi
for conffile in /etc/dorfplatz/kiosk.json /etc/dorfplatz/tiles.json /etc/dorfplatz/streams.json \
    /etc/dorfplatz/feeds.json /etc/dorfplatz/feeds/kusel.ics /etc/dorfplatz/contacts.json \
    /etc/pam.d/dorfplatz-session; do
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
