#!/usr/bin/env bash
# Tap-to-sound benchmark: how long a resident waits for sound after tapping a radio tile, with the
# kiosk's libVLC and Qt Multimedia players, side by side with VLC itself (cvlc, from exec) on the
# same URLs in the same run. Not a test: it takes minutes, and its numbers are for people.
#
#   tests/benchmark/taptosound.sh [bench_taptosound options]
#   ./dorfplatz.sh benchmark                  (start-up benchmark, then this one; builds first)
#   ./dorfplatz.sh benchmark taptosound [options]
#   cmake --build build/release --target benchmark_taptosound
#
# Options (passed to bench_taptosound; --help lists them):
#   --runs N                 runs per cell (default 10)
#   --players LIST           subset of cvlc,vlc,vlc-afile,qt
#   --streams LIST           subset of icecast-mp3,hls
#   --vlc-arg=ARGUMENT       an extra libVLC argument for the kiosk (repeatable), to try e.g.
#                            --vlc-arg=--network-caching=300 against cvlc's defaults
#   --serve-only             only start the two servers and print their URLs (try players by hand)
# Env: BENCH_TAPTOSOUND_BIN (default build/release/tests/benchmark/bench_taptosound),
#      JSON_OUT (a file that receives the per-cell JSON lines).
# Needs icecast2, ffmpeg and cvlc (packages icecast2 ffmpeg vlc-bin: ./dorfplatz.sh deps).
#
# bench_taptosound starts a real icecast2 fed by ffmpeg (MP3, 64 kbit/s, burst-on-connect) and a
# VOD HLS stream (AAC, 1 s segments) served by a child process, all on 127.0.0.1, and then, runs
# interleaved:
#   kiosk libVLC        KioskShell on the offscreen platform with a generated configuration; libVLC
#                       (--aout=adummy) is created after the first paint as the kiosk does; a
#                       QTest::mouseClick on the tile is the tap; measured to the session's phase
#                       Playing (MediaPlayer::started: "started")
#   kiosk libVLC afile  the same, with libVLC writing its samples into a FIFO: "first audio" is the
#                       first byte there ("started" is measured too)
#   kiosk Qt Multimedia player "qt"; Qt shows no samples, so "started" (time advancing) only
#   cvlc (exec)         cvlc (as nobody when run as root) with the same FIFO output: from exec to
#                       the first byte
#   server              TCP connect to the server's first answer byte, and to the first byte of
#                       the body (the stream itself): no player can sound before that
# and prints median, min, max and the first run (which loads libVLC's modules) per cell, with
# ratio = median / cvlc's median. "json {...}" lines follow for tooling. The machine is shared
# (two cores; other builds and tests run): the figures are noisy, compare within one run.
# libVLC reports its playing time every 250 ms (on HLS per segment), so time advancing would lag
# its first audio by 0.25 to 1 s; VlcPlayer reports "started" at the Buffering 100 % event, which
# comes with the first audio. First audio is what the resident hears.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
die() {
    printf 'taptosound.sh: %s\n' "$*" >&2
    exit 1
}

bench=${BENCH_TAPTOSOUND_BIN:-$root/build/release/tests/benchmark/bench_taptosound}
[[ -x "$bench" ]] ||
    die "no benchmark at $bench (./dorfplatz.sh build, or set BENCH_TAPTOSOUND_BIN)"
for tool in icecast2 ffmpeg; do
    command -v "$tool" >/dev/null || die "$tool is missing (./dorfplatz.sh deps)"
done
if ! command -v cvlc >/dev/null; then
    printf 'taptosound.sh: no cvlc (package vlc-bin): the comparison column stays empty\n' >&2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/dorfplatz-taptosound.XXXXXX")
trap 'rm -rf "$work"' EXIT

export LANG=${LANG:-C.UTF-8}
# The kiosk's window needs no display; the measured path (tap, player, sound) is the same.
export QT_QPA_PLATFORM=offscreen
unset WAYLAND_DISPLAY

status=0
# stderr (libVLC, GStreamer and ALSA complaining about the missing sound card) goes to a log that
# is shown only when the benchmark fails.
"$bench" "$@" 2>"$work/stderr.log" | tee "$work/stdout.txt" || status=$?
if [[ -n "${JSON_OUT:-}" ]]; then
    sed -n 's/^json //p' "$work/stdout.txt" >"$JSON_OUT"
fi
if ((status != 0)); then
    printf '\ntaptosound.sh: bench_taptosound exited with %s; the end of its stderr:\n' "$status" >&2
    tail -n 40 "$work/stderr.log" | sed 's/^/    /' >&2
    if ((status == 139)); then
        # Seen here about once in ten whole runs: a segfault in a GStreamer souphttpsrc thread
        # (libsoup3, g_input_stream_close) while Qt Multimedia stops a stream.
        printf 'A crash: if it is in GStreamer (souphttpsrc), run again, or leave Qt out with
' >&2
        printf '  --players cvlc,vlc,vlc-afile
' >&2
    fi
fi
exit "$status"
