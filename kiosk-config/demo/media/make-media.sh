#!/usr/bin/env bash
# How the demo's media were made (CC0, by the Dorfplatz authors): synthesised by ffmpeg, no
# recordings. Run it again only to change them; the files are committed small so the demo plays
# offline on a fresh machine without ffmpeg.
set -euo pipefail
cd "$(dirname "$0")"
ff() { ffmpeg -hide_banner -loglevel error -nostdin -y "$@"; }

# A soft tune: notes of a C major pentatonic scale, each with a gentle attack and decay.
notes=(261.63 293.66 329.63 392.00 440.00 392.00 329.63 293.66 261.63 329.63 392.00 523.25
    440.00 392.00 329.63 261.63)
expr=""
for i in "${!notes[@]}"; do
    f=${notes[$i]}
    expr+="+0.25*between(t,$((i * 3))/2,$((i * 3 + 3))/2)*sin(2*PI*$f*t)*min(1,(t-$((i * 3))/2)*8)*exp(-1.6*(t-$((i * 3))/2))"
    expr+="+0.08*between(t,$((i * 3))/2,$((i * 3 + 3))/2)*sin(4*PI*$f*t)*exp(-2.5*(t-$((i * 3))/2))"
done
ff -f lavfi -i "aevalsrc=exprs='${expr:1}':s=22050:d=24" -ac 1 -c:a libvorbis -q:a 0 \
    -metadata title="Hausradio – Demo-Melodie" -metadata artist="Dorfplatz" hausradio.ogg

# An organ-like chord progression for the church service demo.
chords=("130.81 164.81 196.00" "174.61 220.00 261.63" "196.00 246.94 293.66" "130.81 164.81 196.00")
expr=""
for i in "${!chords[@]}"; do
    for f in ${chords[$i]}; do
        expr+="+0.12*between(t,$((i * 5)),$((i * 5 + 5)))*(sin(2*PI*$f*t)+0.5*sin(4*PI*$f*t)+0.25*sin(6*PI*$f*t))*min(1,(t-$((i * 5)))*2)*min(1,($((i * 5 + 5))-t)*2)"
    done
done
ff -f lavfi -i "aevalsrc=exprs='${expr:1}':s=22050:d=20" -ac 1 -c:a libvorbis -q:a 0 \
    -metadata title="Orgelklang – Demo" -metadata artist="Dorfplatz" orgel.ogg

# A calm picture for the concert demo: a slow Mandelbrot zoom with the tune underneath.
ff -f lavfi -i "mandelbrot=size=320x180:rate=12:end_scale=0.3:end_pts=24" -i hausradio.ogg \
    -t 24 -c:v libvpx -b:v 80k -crf 30 -c:a copy -metadata title="Konzert – Demo-Film" \
    konzert.webm
