#!/usr/bin/env python3
"""Draws eng/icon.png, the packages' 128x128 icon: a white "B" on a deep-teal rounded square.

Pure standard library (zlib + struct), so it runs wherever Python 3 does; 4x4 supersampling smooths the edges.
Run it again after changing a colour or a shape: python3 eng/make-icon.py
"""
import math
import os
import struct
import zlib

SIZE = 128
SAMPLES = 4
BACKGROUND = (11, 92, 107)   # deep teal
FOREGROUND = (255, 255, 255)


def inside_rounded_square(x, y, radius=26.0, margin=2.0):
    lo, hi = margin, SIZE - margin
    cx = min(max(x, lo + radius), hi - radius)
    cy = min(max(y, lo + radius), hi - radius)
    return lo <= x <= hi and lo <= y <= hi and (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def inside_b(x, y):
    """A bold sans-serif B: a stem, and two bowls made of a bar, a half ring and a bar."""
    stroke, stem_left, top, bottom = 13.0, 34.0, 24.0, 104.0
    if stem_left <= x <= stem_left + stroke and top <= y <= bottom:
        return True
    for bowl_top, bowl_bottom, reach in ((top, 66.0, 82.0), (62.0, bottom, 90.0)):
        half = (bowl_bottom - bowl_top) / 2.0
        centre_y = bowl_top + half
        curve_x = reach - half  # the bars run right from the stem to here, then the bowl curves round
        on_bar = bowl_top <= y <= bowl_top + stroke or bowl_bottom - stroke <= y <= bowl_bottom
        if stem_left <= x <= curve_x and on_bar:
            return True
        if x >= curve_x and half - stroke <= math.hypot(x - curve_x, y - centre_y) <= half:
            return True
    return False


def pixel(px, py):
    coverage_bg = coverage_fg = 0
    for sy in range(SAMPLES):
        for sx in range(SAMPLES):
            x = px + (sx + 0.5) / SAMPLES
            y = py + (sy + 0.5) / SAMPLES
            if inside_rounded_square(x, y):
                coverage_bg += 1
                if inside_b(x, y):
                    coverage_fg += 1
    total = SAMPLES * SAMPLES
    alpha = coverage_bg / total
    if coverage_bg == 0:
        return (0, 0, 0, 0)
    mix = coverage_fg / coverage_bg
    rgb = tuple(round(b + (f - b) * mix) for b, f in zip(BACKGROUND, FOREGROUND))
    return rgb + (round(alpha * 255),)


def png(width, height, rows):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + bytes(channel for p in row for channel in p) for row in rows)
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    rows = [[pixel(x, y) for x in range(SIZE)] for y in range(SIZE)]
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "icon.png")
    with open(path, "wb") as f:
        f.write(png(SIZE, SIZE, rows))
    print(f"wrote {path}")
