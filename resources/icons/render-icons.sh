#!/bin/sh
# Renders the PNG sizes of the Tableside icon from tableside.svg (the source of truth); the PNGs
# are committed, so building never needs this. Needs rsvg-convert (apt-get install librsvg2-bin).
set -eu
cd "$(dirname "$0")"
mkdir -p png
for size in 16 22 24 32 48 64 128 256; do
    rsvg-convert --width "$size" --height "$size" tableside.svg --output "png/tableside-$size.png"
done
