#!/bin/sh
# Renders the PNG sizes of the Tableside icon from tableside.svg (the source of truth); the PNGs
# and the .ico are committed, so building never needs this. Needs rsvg-convert (apt-get install librsvg2-bin).
set -eu
cd "$(dirname "$0")"
mkdir -p png
for size in 16 22 24 32 48 64 128 256; do
    rsvg-convert --width "$size" --height "$size" tableside.svg --output "png/tableside-$size.png"
done

# Windows icon (installer, shortcuts): the PNGs packed into one .ico with PNG entries.
python3 - <<'PY'
import struct
sizes = [16, 24, 32, 48, 64, 128, 256]
images = [open(f"png/tableside-{s}.png", "rb").read() for s in sizes]
offset = 6 + 16 * len(sizes)
entries, data = b"", b""
for size, png in zip(sizes, images):
    entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(png),
                           offset + len(data))
    data += png
with open("tableside.ico", "wb") as ico:
    ico.write(struct.pack("<HHH", 0, 1, len(sizes)) + entries + data)
PY
