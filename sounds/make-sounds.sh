#!/bin/sh
# Regenerates the dashboard's alert sounds with SoX (apt-get install sox). Deterministic: no noise,
# no dither, so the committed files are byte-for-byte reproducible.
set -eu
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tone() { # file seconds waveform frequency gain
    sox -D -n -r 44100 -c 1 -b 16 "$tmp/$1" synth "$2" "$3" "$4" fade 0.005 "$2" 0.04 vol "$5"
}
silence() { sox -D -n -r 44100 -c 1 -b 16 "$tmp/$1" trim 0 "$2"; }

# New order: a soft two-tone chime (A5 then E6), 0.35 s, peak 0.5.
tone o1.wav 0.15 sine 880 0.5
tone o2.wav 0.20 sine 1320 0.5
sox -D "$tmp/o1.wav" "$tmp/o2.wav" new-order.wav

# Waiter call (urgent): a louder triple square-wave beep, 0.48 s, gain 0.7. The dashboard repeats
# it until someone acknowledges the call.
tone c1.wav 0.12 square 1000 0.7
tone c2.wav 0.12 square 1300 0.7
silence gap.wav 0.06
sox -D "$tmp/c1.wav" "$tmp/gap.wav" "$tmp/c1.wav" "$tmp/gap.wav" "$tmp/c2.wav" waiter-call.wav

# Kitchen screen, new order (issue 9): a loud descending three-note triangle "bell" (G6, D6, G5),
# 0.66 s, gain 0.8: distinct from the waiter's chime and heard over extraction fans.
tone k1.wav 0.18 triangle 1568 0.8
tone k2.wav 0.18 triangle 1175 0.8
tone k3.wav 0.30 triangle 784 0.8
sox -D "$tmp/k1.wav" "$tmp/k2.wav" "$tmp/k3.wav" kitchen-new-order.wav
