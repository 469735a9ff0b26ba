#!/usr/bin/env bash
# Runs the package's postinst and postrm for real, but on copies: in a private mount namespace
# (unshare --mount, so nothing is seen outside it), a copy of /etc is mounted over /etc and an
# empty folder over /var/lib. There postinst must create the system user dorfplatz, the data folder
# /var/lib/dorfplatz (0700 dorfplatz:dorfplatz) and give /etc/dorfplatz/contacts.json to
# root:dorfplatz 0640; a second run (an upgrade) must change nothing; postrm purge must remove the
# data folder. Called by check_deb.sh as root:
#   unshare --mount --propagation private bash run_maintainer_scripts.sh ROOT CONTROL WORK
# ROOT is the extracted package, CONTROL its control archive, WORK an empty scratch folder.
# Prints "ok"/"FAILED" lines like check_deb.sh; exits 1 when a check failed.
# shellcheck disable=SC2317
set -euo pipefail

root=${1:?root}
control=${2:?control}
work=${3:?work}

failed=0
pass() { printf 'ok     %s\n' "$1"; }
fail() { printf 'FAILED %s\n' "$1"; failed=1; }
check() { # check DESCRIPTION COMMAND...
    local what=$1
    shift
    if "$@"; then pass "$what"; else fail "$what"; fi
}

# Refuse to touch the real system: the mounts below must be private to this namespace.
if [[ "$(readlink /proc/self/ns/mnt)" == "$(readlink /proc/1/ns/mnt)" ]]; then
    printf 'FAILED not in a private mount namespace: refusing to run the maintainer scripts\n'
    exit 1
fi

cp -a /etc "$work/etc"
mount --bind "$work/etc" /etc
mkdir -p "$work/var-lib/dpkg"
cp -a /var/lib/dpkg/statoverride "$work/var-lib/dpkg/"
mount --bind "$work/var-lib" /var/lib
if getent passwd dorfplatz >/dev/null; then
    userdel dorfplatz 2>/dev/null || true # a kiosk machine that has the package installed
fi
mkdir -p /etc/dorfplatz
install -m 0640 "$root/etc/dorfplatz/contacts.json" /etc/dorfplatz/contacts.json

owner_mode() { stat -c '%U:%G %a' "$1"; }
known() { getent "$1" dorfplatz >/dev/null; }
expect_state() { # after WHAT
    check "$1: user dorfplatz exists" known passwd
    local entry
    entry=$(getent passwd dorfplatz || true)
    check "$1: its home is /var/lib/dorfplatz" \
        test "$(cut -d: -f6 <<<"$entry")" = /var/lib/dorfplatz
    check "$1: it is a system user (uid below 1000)" test "$(cut -d: -f3 <<<"$entry")" -lt 1000
    check "$1: it cannot log in" test "$(cut -d: -f7 <<<"$entry")" = /usr/sbin/nologin
    check "$1: group dorfplatz exists" known group
    check "$1: /var/lib/dorfplatz is dorfplatz:dorfplatz 700" \
        test "$(owner_mode /var/lib/dorfplatz)" = "dorfplatz:dorfplatz 700"
    check "$1: contacts.json is root:dorfplatz 640" \
        test "$(owner_mode /etc/dorfplatz/contacts.json)" = "root:dorfplatz 640"
}

if sh "$control/postinst" configure >"$work/postinst.log" 2>&1; then
    pass "postinst configure (first installation)"
else
    fail "postinst configure (output follows)"
    cat "$work/postinst.log"
fi
expect_state "after installation"
# The kiosk writes its data; an upgrade must keep it and the modes.
install -o dorfplatz -g dorfplatz -m 0600 /dev/null /var/lib/dorfplatz/app.db
if sh "$control/postinst" configure 0.1.0-1 >"$work/postinst2.log" 2>&1; then
    pass "postinst configure 0.1.0-1 (upgrade)"
else
    fail "postinst configure 0.1.0-1 (output follows)"
    cat "$work/postinst2.log"
fi
expect_state "after an upgrade"
check "an upgrade keeps the kiosk's data" test -f /var/lib/dorfplatz/app.db
check "postrm remove keeps the data" sh "$control/postrm" remove
check "… /var/lib/dorfplatz is still there" test -d /var/lib/dorfplatz
check "postrm purge" sh "$control/postrm" purge
check "purge removes /var/lib/dorfplatz" test ! -e /var/lib/dorfplatz

exit "$failed"
