#!/usr/bin/env python3
# Mean colours of images for train_demo.py: Pillow when installed, else PNG, PPM and baseline JPEG read here.
"""Reads the mean RGB colour of PNG (8-bit), PPM (P6) and baseline JPEG images with the standard
library only; a JPEG's is taken from each 8x8 block's DC coefficient (the block's mean), so its
AC coefficients are skipped, never transformed: a 320x240 image takes about 10 ms.
Raises DemoImageError (with the exit code train_demo.py leaves with) for what it cannot read."""

import math
import os
import struct
import zlib

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".ppm")


class DemoImageError(Exception):
    """What stopped the run, in a user's words, with the exit code to leave with."""

    def __init__(self, message, code):
        super().__init__(message)
        self.code = code


Failure = DemoImageError  # the name train_demo.py raises and catches


def mean_rgb_png(data, path):
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", data[16:29])
    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}.get(colour)
    if depth != 8 or channels is None or interlace:
        raise Failure(f"{path}: only 8-bit, non-interlaced PNG images can be read without Pillow; "
                      "install Pillow (python3-pil) or convert the image", 3)
    palette, idat, pos = None, bytearray(), 8
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"PLTE":
            palette = [tuple(body[i:i + 3]) for i in range(0, len(body), 3)]
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            break
        pos += 12 + length
    raw = zlib.decompress(bytes(idat))
    stride = width * channels
    previous = bytearray(stride)
    sums = [0, 0, 0]
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        unfilter(kind, line, previous, channels)
        add_pixels(line, channels, palette, sums)
        previous = line
    pixels = max(1, width * height)
    return [s / pixels for s in sums]


def unfilter(kind, line, previous, bpp):
    if kind == 1:
        for i in range(bpp, len(line)):
            line[i] = (line[i] + line[i - bpp]) & 255
    elif kind == 2:
        for i in range(len(line)):
            line[i] = (line[i] + previous[i]) & 255
    elif kind == 3:
        for i in range(len(line)):
            left = line[i - bpp] if i >= bpp else 0
            line[i] = (line[i] + ((left + previous[i]) >> 1)) & 255
    elif kind == 4:
        for i in range(len(line)):
            a = line[i - bpp] if i >= bpp else 0
            b, c = previous[i], previous[i - bpp] if i >= bpp else 0
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255


def add_pixels(line, channels, palette, sums):
    if palette is not None:
        for index in line:
            r, g, b = palette[index]
            sums[0] += r
            sums[1] += g
            sums[2] += b
    elif channels >= 3:
        for c in range(3):
            sums[c] += sum(line[c::channels])
    else:
        grey = sum(line[0::channels])
        for c in range(3):
            sums[c] += grey


def mean_rgb_ppm(data, path):
    fields, pos = [], 2
    while len(fields) < 3:
        while data[pos:pos + 1].isspace():
            pos += 1
        if data[pos:pos + 1] == b"#":
            pos = data.index(b"\n", pos)
            continue
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(int(data[pos:end]))
        pos = end
    width, height, maxval = fields
    if maxval != 255:
        raise Failure(f"{path}: only 8-bit PPM images can be read", 3)
    pixels = data[pos + 1:pos + 1 + width * height * 3]
    count = max(1, width * height)
    return [sum(pixels[c::3]) / count for c in range(3)]


def huffman_table(counts, symbols):
    """A 65536-entry table: the next 16 bits of the stream -> symbol << 5 | code length."""
    table = [0] * 65536
    code, k = 0, 0
    for length in range(1, 17):
        for _ in range(counts[length - 1]):
            span = 1 << (16 - length)
            table[code * span:(code + 1) * span] = [symbols[k] << 5 | length] * span
            code += 1
            k += 1
        code <<= 1
    return table


def jpeg_segments(data, path):
    """Quantisation DC values, Huffman tables, frame, restart interval and scans with their data."""
    quant, tables, frame, restart, scans, adobe_rgb = {}, {}, None, 0, [], False
    pos = 2
    while pos < len(data):
        while data[pos] == 0xFF and data[pos + 1] == 0xFF:
            pos += 1
        marker = data[pos + 1]
        if marker == 0xD9:
            break
        length = struct.unpack(">H", data[pos + 2:pos + 4])[0]
        body = data[pos + 4:pos + 2 + length]
        pos += 2 + length
        if marker == 0xDB:
            i = 0
            while i < len(body):
                precision, ident = body[i] >> 4, body[i] & 15
                quant[ident] = struct.unpack(">H", body[i + 1:i + 3])[0] if precision else body[i + 1]
                i += 1 + (128 if precision else 64)
        elif marker == 0xC4:
            i = 0
            while i < len(body):
                kind, ident = body[i] >> 4, body[i] & 15
                counts = list(body[i + 1:i + 17])
                total = sum(counts)
                tables[(kind, ident)] = huffman_table(counts, list(body[i + 17:i + 17 + total]))
                i += 17 + total
        elif marker in (0xC0, 0xC1):
            height, width, n = struct.unpack(">HHB", body[1:6])
            components = [(body[6 + 3 * c], body[7 + 3 * c] >> 4, body[7 + 3 * c] & 15, body[8 + 3 * c])
                          for c in range(n)]
            frame = (width, height, components)
        elif 0xC2 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            raise Failure(f"{path}: a progressive or arithmetic-coded JPEG can be read only with Pillow; "
                          "install Pillow (python3-pil)", 3)
        elif marker == 0xDD:
            restart = struct.unpack(">H", body[:2])[0]
        elif marker == 0xEE and body[:5] == b"Adobe" and len(body) >= 12:
            adobe_rgb = body[11] == 0
        elif marker == 0xDA:
            selectors = [(body[1 + 2 * c], body[2 + 2 * c] >> 4, body[2 + 2 * c] & 15) for c in range(body[0])]
            end = pos
            while not (data[end] == 0xFF and data[end + 1] not in (0x00,) and not 0xD0 <= data[end + 1] <= 0xD7):
                end += 1
            scans.append((selectors, data[pos:end]))
            pos = end
    if frame is None or not scans:
        raise Failure(f"{path}: not a baseline JPEG image (no frame or no scan)", 3)
    return quant, tables, frame, restart, scans, adobe_rgb


def mean_rgb_jpeg(data, path):
    """The mean colour from each 8x8 block's DC coefficient (its mean, times 8): AC coefficients are
    skipped, never transformed."""
    quant, tables, (width, height, components), restart, scans, adobe_rgb = jpeg_segments(data, path)
    hmax = max(c[1] for c in components)
    vmax = max(c[2] for c in components)
    sums = {c[0]: [0, 0] for c in components}  # component id -> [sum of DC, blocks]
    for selectors, coded in scans:
        decode_scan(selectors, coded, components, tables, restart, width, height, hmax, vmax, sums)
    means = []
    for ident, _, _, tq in components:
        total, blocks = sums[ident]
        means.append(total * quant.get(tq, 1) / max(1, blocks) / 8.0 + 128.0)
    if len(means) == 1:
        return [means[0]] * 3
    if adobe_rgb:
        return means[:3]
    y, cb, cr = means[:3]
    return [y + 1.402 * (cr - 128), y - 0.344136 * (cb - 128) - 0.714136 * (cr - 128), y + 1.772 * (cb - 128)]


def decode_scan(selectors, coded, components, tables, restart, width, height, hmax, vmax, sums):
    layout = {c[0]: c for c in components}
    if len(selectors) == 1:
        _, h, v, _ = layout[selectors[0][0]]
        across = math.ceil(math.ceil(width * h / hmax) / 8)
        down = math.ceil(math.ceil(height * v / vmax) / 8)
        plan = [(selectors[0][0], 1, selectors[0][1], selectors[0][2])]
    else:
        across, down = math.ceil(width / (8 * hmax)), math.ceil(height / (8 * vmax))
        plan = [(ident, layout[ident][1] * layout[ident][2], td, ta) for ident, td, ta in selectors]
    # Restart markers split the data into intervals, each starting byte-aligned with predictions of 0.
    pieces, start = [], 0
    for i in range(len(coded) - 1):
        if coded[i] == 0xFF and 0xD0 <= coded[i + 1] <= 0xD7:
            pieces.append(coded[start:i])
            start = i + 2
    pieces.append(coded[start:])
    units = across * down
    per_piece = restart if restart else units
    done = 0
    for piece in pieces:
        count = min(per_piece, units - done)
        if count <= 0:
            break
        decode_interval(piece.replace(b"\xff\x00", b"\xff") + b"\0\0\0\0", count, plan, tables, sums)
        done += count


def decode_interval(d, units, plan, tables, sums):
    p = 0
    for ident, blocks, td, ta in plan:
        sums[ident][1] += units * blocks
    predictions = {ident: 0 for ident, _, _, _ in plan}
    coders = [(ident, blocks, tables[(0, td)], tables[(1, ta)]) for ident, blocks, td, ta in plan]
    for _ in range(units):
        for ident, blocks, dc_table, ac_table in coders:
            for _ in range(blocks):
                i = p >> 3
                entry = dc_table[((d[i] << 16 | d[i + 1] << 8 | d[i + 2]) >> (8 - (p & 7))) & 0xFFFF]
                p += entry & 31
                size = entry >> 5
                diff = 0
                if size:
                    i = p >> 3
                    bits = ((d[i] << 16 | d[i + 1] << 8 | d[i + 2]) >> (8 - (p & 7))) & 0xFFFF
                    diff = bits >> (16 - size)
                    if diff < 1 << (size - 1):
                        diff -= (1 << size) - 1
                    p += size
                predictions[ident] += diff
                sums[ident][0] += predictions[ident]
                k = 1
                while k < 64:
                    i = p >> 3
                    entry = ac_table[((d[i] << 16 | d[i + 1] << 8 | d[i + 2]) >> (8 - (p & 7))) & 0xFFFF]
                    symbol = entry >> 5
                    p += (entry & 31) + (symbol & 15)
                    if symbol & 15:
                        k += (symbol >> 4) + 1
                    elif symbol == 0xF0:
                        k += 16
                    else:
                        break


def mean_rgb(path, use_pillow):
    if use_pillow:
        from PIL import Image, ImageStat
        with Image.open(path) as image:
            return ImageStat.Stat(image.convert("RGB")).mean
    with open(path, "rb") as file:
        data = file.read()
    try:
        if data[:8] == b"\x89PNG\r\n\x1a\n":
            return mean_rgb_png(data, path)
        if data[:2] == b"\xff\xd8":
            return mean_rgb_jpeg(data, path)
        if data[:2] == b"P6":
            return mean_rgb_ppm(data, path)
    except (IndexError, KeyError, ValueError, struct.error, zlib.error) as error:
        raise Failure(f"{path}: the image is damaged or in a form this script cannot read ({error})", 3)
    raise Failure(f"{path}: not a PNG, JPEG or PPM image", 3)


def find_images(root):
    if not os.path.isdir(root):
        raise Failure(f"the data folder {root} does not exist; give a folder of images or an exported "
                      "dataset version (atelier dataset export ... --version V)", 2)
    found = []
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = sorted(s for s in subfolders if not s.startswith("."))
        found += [os.path.join(folder, f) for f in sorted(files) if f.lower().endswith(IMAGE_SUFFIXES)]
    if not found:
        raise Failure(f"no images (.jpg, .png, .ppm) in {root}", 2)
    return found


def choose_decoder(wanted):
    if wanted == "builtin":
        return False
    try:
        import PIL.Image  # noqa: F401
        return True
    except ImportError:
        if wanted == "pillow":
            raise Failure("--decoder pillow: Pillow is not installed (python3-pil)", 2)
        return False
