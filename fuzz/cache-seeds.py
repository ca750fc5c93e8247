#!/usr/bin/env python3
"""Seeds for the ld_cache fuzz target, made from the host's ld.so.cache.

    fuzz/cache-seeds.py /etc/ld.so.cache OUTDIR

Writes: the cache itself, and its first 64 entries as a cache; a new-format cache of a few of its entries plus
glibc-hwcaps entries (x86-64-v2/v3, with the extension section) and legacy
hwcap entries (x86_64, haswell platform) for libc.so.6; the same entries
in the old format alone and in the old format followed by the new one
(what ldconfig wrote before glibc 2.32); a cache with its endianness
flag saying big-endian; and truncations of each. Only the layout of
sysdeps/generic/dl-cache.h is assumed (little-endian x86-64).
"""
import os
import struct
import sys

NEW_MAGIC = b"glibc-ld.so.cache1.1"
OLD_MAGIC = b"ld.so-1.7.0"
FLAGS = 0x0303
EXT_MAGIC = 0xEAA42174


def read_new(data):
    """(name, path, hwcap) of every entry of a new-format cache."""
    assert data.startswith(NEW_MAGIC), "not a new-format cache"
    (nlibs,) = struct.unpack_from("<I", data, 20)
    out = []
    for i in range(nlibs):
        flags, key, value, _os, hwcap = struct.unpack_from("<iIIIQ", data, 48 + 24 * i)
        name = data[key:data.index(b"\0", key)]
        path = data[value:data.index(b"\0", value)]
        out.append((flags, name, path, hwcap))
    return out


class Strings:
    def __init__(self):
        self.blob = bytearray()
        self.at = {}

    def add(self, s):
        if s not in self.at:
            self.at[s] = len(self.blob)
            self.blob += s + b"\0"
        return self.at[s]


def new_format(entries, hwcaps_names=(), endian=2):
    """A new-format cache (string offsets from the file's start)."""
    head = 48 + 24 * len(entries)
    st = Strings()
    for n in hwcaps_names:
        st.add(n)
    recs = [(f, st.add(n), st.add(p), h) for f, n, p, h in entries]
    body = bytearray()
    for f, k, v, h in recs:
        body += struct.pack("<iIIIQ", f, head + k, head + v, 0, h)
    strings = bytes(st.blob)
    ext = b""
    ext_off = 0
    if hwcaps_names:
        end = head + len(strings)
        ext_off = (end + 3) & ~3
        section_off = ext_off + 8 + 16
        section = b"".join(struct.pack("<I", head + st.at[n]) for n in hwcaps_names)
        ext = b"\0" * (ext_off - end) + struct.pack("<II", EXT_MAGIC, 1) + struct.pack("<IIII", 1, 0, section_off, len(section)) + section
    header = NEW_MAGIC + struct.pack("<IIB3xI12x", len(entries), len(strings), endian, ext_off)
    return header + bytes(body) + strings + ext


def old_format(entries, with_new=False):
    """An old-format cache (string offsets from the end of its table),
    optionally with a new-format one after the table (offsets from it)."""
    plain = [e for e in entries if e[3] == 0]
    st = Strings()
    recs = [(f, st.add(n), st.add(p)) for f, n, p, _ in plain]
    table = OLD_MAGIC + b"\0" + struct.pack("<I", len(plain))
    table += b"".join(struct.pack("<iII", f, k, v) for f, k, v in recs)
    if not with_new:
        return table + bytes(st.blob)
    pad = b"\0" * (((len(table) + 7) & ~7) - len(table))
    # In this layout the strings follow the new table and both tables'
    # offsets count from the new header.
    new_head = 48 + 24 * len(entries)
    st2 = Strings()
    recs2 = [(f, st2.add(n), st2.add(p), h) for f, n, p, h in entries]
    new = NEW_MAGIC + struct.pack("<IIB3xI12x", len(entries), len(st2.blob), 2, 0)
    new += b"".join(struct.pack("<iIIIQ", f, new_head + k, new_head + v, 0, h) for f, k, v, h in recs2)
    new += bytes(st2.blob)
    return table + pad + new


def main():
    src, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    real = open(src, "rb").read()
    seeds = {"host": real}
    try:
        entries = read_new(real)
    except (AssertionError, ValueError, struct.error):
        entries = []
    # A few entries, in the cache's own (sorted) order, always libc.so.6.
    step = max(1, len(entries) // 10)
    few = [e for i, e in enumerate(entries) if i % step == 0 or e[1] in (b"libc.so.6", b"libm.so.6")]
    if not few:
        few = [(FLAGS, b"libc.so.6", b"/lib/x86_64-linux-gnu/libc.so.6", 0)]
    hw = []
    for f, n, p, h in few:
        if n == b"libc.so.6":
            d = p.rsplit(b"/", 1)[0]
            # glibc-hwcaps entries first (bit 62, ISA level at bit 32: the
            # index of its GNU_PROPERTY_X86_ISA_1 bit, 2 for v3, 1 for v2;
            # index into the section), then legacy ones, then the plain one.
            hw.append((FLAGS, n, d + b"/glibc-hwcaps/x86-64-v3/" + n, (1 << 62) | (2 << 32) | 0))
            hw.append((FLAGS, n, d + b"/glibc-hwcaps/x86-64-v2/" + n, (1 << 62) | (1 << 32) | 1))
            hw.append((FLAGS, n, d + b"/haswell/x86_64/" + n, (1 << 50) | (1 << 1)))
            hw.append((FLAGS, n, d + b"/x86_64/" + n, 1 << 1))
            hw.append((0x0300, n, d + b"/libc5/" + n, 0))
        hw.append((f, n, p, h))
    seeds["new-hwcaps"] = new_format(hw, [b"x86-64-v3", b"x86-64-v2"])
    seeds["new-plain"] = new_format(few)
    seeds["old-only"] = old_format(few)
    seeds["old-then-new"] = old_format(hw, with_new=True)
    seeds["big-endian-flag"] = new_format(few, endian=3)
    for name in ["new-hwcaps", "old-only", "old-then-new"]:
        data = seeds[name]
        seeds[name + "-cut-half"] = data[: len(data) // 2]
        seeds[name + "-cut-header"] = data[:60]
    seeds["host-cut"] = real[: min(len(real), 4096)]
    # The host's cache is tens of KiB, more than the fuzzer's inputs may
    # be (make fuzz-smoke replays it whole): a copy of its first entries
    # and strings in the same layout.
    if entries:
        seeds["host-first-64"] = new_format(entries[:64])
    for name, data in seeds.items():
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
