#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the hicolor PNGs from the scalable icon. Run after editing the SVG and commit the
# PNGs with it: the build and the package use the committed files.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/hicolor"
command -v rsvg-convert >/dev/null || { echo "rsvg-convert is missing (apt-get install librsvg2-bin)" >&2; exit 1; }
app_id=io.maestro.Desktop
for size in 16 32 48 64 128 256 512; do
    mkdir -p "${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" "scalable/apps/$app_id.svg" -o "${size}x${size}/apps/$app_id.png"
done
