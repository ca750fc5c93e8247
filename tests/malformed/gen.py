#!/usr/bin/env python3
"""Generates the malformed-input corpus (issue 5) from the good objects in
OUT/base (built by tests/malformed/Makefile).

    python3 gen.py OUT

Every case is a copy of a real object with one field patched (plain byte
patching with struct: no ELF library), or a file that is not an object at
all. Layout of what it writes:

    OUT/lib/CASE/libmal.so      the malformed library (plus a good
                                libmaldep.so): run ./base/mprog with
                                LD_LIBRARY_PATH=lib/CASE
    OUT/prog/CASE               the malformed program (a patched mprog),
                                run as `ld.so prog/CASE` with
                                LD_LIBRARY_PATH=base
    OUT/kern/CASE               a patched mprog.dryad (PT_INTERP = dryad),
                                started by the kernel: only for cases the
                                kernel itself accepts
    OUT/cases.txt               CASE KINDS (lib,prog,kern) one a line

tests/malformed.rs runs each under glibc's ld.so and under dryad.
"""

import os
import shutil
import stat
import struct
import sys

PT_NULL, PT_LOAD, PT_DYNAMIC, PT_INTERP, PT_NOTE, PT_PHDR, PT_TLS = 0, 1, 2, 3, 4, 6, 7
PT_GNU_EH_FRAME, PT_GNU_STACK, PT_GNU_RELRO, PT_GNU_PROPERTY = 0x6474E550, 0x6474E551, 0x6474E552, 0x6474E553
DT_NULL, DT_NEEDED, DT_PLTRELSZ, DT_HASH, DT_STRTAB, DT_SYMTAB, DT_RELA, DT_RELASZ = 0, 1, 2, 4, 5, 6, 7, 8
DT_STRSZ, DT_SONAME, DT_JMPREL, DT_INIT_ARRAY, DT_INIT_ARRAYSZ = 10, 14, 23, 25, 27
DT_GNU_HASH, DT_VERSYM, DT_VERDEF, DT_VERDEFNUM, DT_VERNEED, DT_VERNEEDNUM = (
    0x6FFFFEF5, 0x6FFFFFF0, 0x6FFFFFFC, 0x6FFFFFFD, 0x6FFFFFFE, 0x6FFFFFFF)
DT_GNU_PRELINKED = 0x6FFFFDF5  # ignored by every dynamic linker at load time
R_X86_64_GLOB_DAT, R_X86_64_JUMP_SLOT, R_X86_64_RELATIVE = 6, 7, 8

FAR = 0x10000000  # an address no test object reaches
DT_RELRSZ, DT_RELR = 35, 36


class Elf:
    """A mutable ELF64 little-endian image with just enough parsing to
    find the fields the corpus patches."""

    def __init__(self, data):
        self.b = bytearray(data)

    def u16(self, off, val=None):
        return self._field("<H", off, val)

    def u32(self, off, val=None):
        return self._field("<I", off, val)

    def u64(self, off, val=None):
        return self._field("<Q", off, val)

    def _field(self, fmt, off, val):
        if val is None:
            return struct.unpack_from(fmt, self.b, off)[0]
        struct.pack_into(fmt, self.b, off, val & ((1 << (8 * struct.calcsize(fmt))) - 1))
        return val

    # ELF header
    @property
    def phoff(self):
        return self.u64(32)

    @property
    def phnum(self):
        return self.u16(56)

    # Program headers: (index, file offset of the header, fields)
    PH = ["type", "flags", "offset", "vaddr", "paddr", "filesz", "memsz", "align"]

    def ph(self, i):
        off = self.phoff + 56 * i
        vals = struct.unpack_from("<IIQQQQQQ", self.b, off)
        return dict(zip(self.PH, vals), at=off, index=i)

    def phdrs(self, ptype=None):
        out = [self.ph(i) for i in range(self.phnum)]
        return [p for p in out if ptype is None or p["type"] == ptype]

    def set_ph(self, p, **kw):
        fields = dict((k, p[k]) for k in self.PH)
        fields.update(kw)
        struct.pack_into("<IIQQQQQQ", self.b, p["at"], *[fields[k] for k in self.PH])

    def off_of(self, vaddr):
        for p in self.phdrs(PT_LOAD):
            if p["vaddr"] <= vaddr < p["vaddr"] + p["filesz"]:
                return vaddr - p["vaddr"] + p["offset"]
        raise KeyError(hex(vaddr))

    # Dynamic section: list of (file offset of the entry, tag, value)
    def dyn(self):
        d = self.phdrs(PT_DYNAMIC)[0]
        out, at = [], d["offset"]
        while True:
            tag, val = struct.unpack_from("<qQ", self.b, at)
            out.append((at, tag, val))
            if tag == DT_NULL:
                return out
            at += 16

    def dyn_entry(self, tag, nth=0):
        hits = [e for e in self.dyn() if e[1] == tag]
        return hits[nth]

    def dyn_val(self, tag):
        return self.dyn_entry(tag)[2]

    def set_dyn(self, tag, val, nth=0, new_tag=None):
        at, _, _ = self.dyn_entry(tag, nth)
        struct.pack_into("<qQ", self.b, at, tag if new_tag is None else new_tag, val & (2**64 - 1))

    def strtab(self):
        return self.off_of(self.dyn_val(DT_STRTAB)), self.dyn_val(DT_STRSZ)

    def str_at(self, off):
        base, _ = self.strtab()
        end = self.b.index(b"\0", base + off)
        return bytes(self.b[base + off:end])

    def replace_str(self, old, new):
        """Replaces a NUL-terminated string of the string table by one of
        the same length."""
        assert len(old) == len(new)
        base, size = self.strtab()
        i = self.b.index(old + b"\0", base, base + size)
        self.b[i:i + len(new)] = new

    def relas(self, tag, sztag):
        """(file offset, r_offset, type, sym, addend) of each relocation."""
        at, size = self.off_of(self.dyn_val(tag)), self.dyn_val(sztag)
        out = []
        for k in range(size // 24):
            r_off, info, add = struct.unpack_from("<QQq", self.b, at + 24 * k)
            out.append((at + 24 * k, r_off, info & 0xFFFFFFFF, info >> 32, add))
        return out

    def set_rela(self, at, rtype, sym):
        self.u64(at + 8, (sym << 32) | rtype)

    def gnu_hash(self):
        return self.off_of(self.dyn_val(DT_GNU_HASH))

    def sysv_hash(self):
        return self.off_of(self.dyn_val(DT_HASH))


# Each case: name -> function(Elf, role) patching the object in place,
# where role is "lib" (libmal.so) or "prog" (mprog). A function may return
# raw bytes instead (files that are not objects at all).

def loads(e):
    return e.phdrs(PT_LOAD)


def last_load(e):
    return loads(e)[-1]


def convert(e, from_types, new_type, **kw):
    """Turns the first program header of one of `from_types` into
    `new_type` with the fields `kw` (the corpus needs PT_TLS and
    PT_GNU_PROPERTY headers the base objects do not have)."""
    for t in from_types:
        ps = e.phdrs(t)
        if ps:
            p = ps[0]
            e.set_ph(p, type=new_type, **kw)
            return
    raise KeyError("no program header to convert")


def text_load(e):
    return [p for p in loads(e) if p["flags"] & 1][0]


def data_load(e):
    return [p for p in loads(e) if p["flags"] & 2][0]


def first_glob_dat(e):
    for r in e.relas(DT_RELA, DT_RELASZ):
        if r[2] == R_X86_64_GLOB_DAT:
            return r
    raise KeyError("no GLOB_DAT")


def first_jump_slot(e):
    return e.relas(DT_JMPREL, DT_PLTRELSZ)[0]


def first_relative(e):
    for r in e.relas(DT_RELA, DT_RELASZ):
        if r[2] == R_X86_64_RELATIVE:
            return r
    raise KeyError("no RELATIVE")


def needed_past_strsz(e, role):
    _, size = e.strtab()
    e.set_dyn(DT_NEEDED, size + 0x100)


def gnu_header(field, val):
    def f(e, role):
        e.u32(e.gnu_hash() + 4 * field, val)
    return f


def gnu_chain_past(e, role):
    h = e.gnu_hash()
    nbuckets, symoffset, bloom = e.u32(h), e.u32(h + 4), e.u32(h + 8)
    buckets = h + 16 + 8 * bloom
    for i in range(nbuckets):
        e.u32(buckets + 4 * i, 0x00FFFFF0)
    # Let every name through the Bloom filter so lookups reach a bucket.
    for i in range(bloom):
        e.u64(h + 16 + 8 * i, 2**64 - 1)


def gnu_chain_unterminated(e, role):
    """No chain entry has its end bit: a walk runs off the table."""
    h = e.gnu_hash()
    nbuckets, symoffset, bloom = e.u32(h), e.u32(h + 4), e.u32(h + 8)
    chain = h + 16 + 8 * bloom + 4 * nbuckets
    # The chain runs up to the version table that follows it.
    at = chain
    while at < chain + 4 * 64 and at + 4 <= len(e.b):
        e.u32(at, e.u32(at) & ~1)
        at += 4


def sysv_field(field, val):
    def f(e, role):
        e.u32(e.sysv_hash() + 4 * field, val)
    return f


def sysv_chain_past(e, role):
    h = e.sysv_hash()
    nbucket = e.u32(h)
    for i in range(nbucket):
        e.u32(h + 8 + 4 * i, 0x7FFFFFF0)


def reloc_sym(e, role):
    if role == "lib":
        at = first_glob_dat(e)[0]
    else:
        at = first_jump_slot(e)[0]
    e.set_rela(at, R_X86_64_GLOB_DAT if role == "lib" else R_X86_64_JUMP_SLOT, 0xFFFFF)


def reloc_type(e, role):
    at = first_relative(e)[0]
    e.set_rela(at, 0xFF, 0)


def plt_reloc_type(e, role):
    at = first_jump_slot(e)[0]
    e.set_rela(at, 0xFE, e.u64(at + 8) >> 32)


def reloc_offset_outside(e, role):
    at = first_relative(e)[0]
    e.u64(at, FAR)


def reloc_offset_readonly(e, role):
    """A RELATIVE relocation that writes into the text segment (no
    DT_TEXTREL): glibc faults, dryad must refuse."""
    at = first_relative(e)[0]
    e.u64(at, text_load(e)["vaddr"])


def dyn_set(tag, val):
    def f(e, role):
        e.set_dyn(tag, val)
    return f


def dyn_far(tag):
    return dyn_set(tag, FAR)


def strsz_huge(e, role):
    e.set_dyn(DT_STRSZ, FAR)


def filesz_gt_memsz(e, role):
    p = data_load(e)
    e.set_ph(p, memsz=p["filesz"] - 8)


def overlap(e, role):
    a, b = text_load(e), data_load(e)
    # The data segment claims the text segment's first page.
    delta = (b["vaddr"] - a["vaddr"]) & ~0xFFF
    e.set_ph(b, vaddr=b["vaddr"] - delta, paddr=b["paddr"] - delta, offset=b["offset"] - delta)


def descending(e, role):
    ls = loads(e)
    a, b = ls[0], ls[1]
    fa = dict((k, a[k]) for k in Elf.PH)
    fb = dict((k, b[k]) for k in Elf.PH)
    e.set_ph(a, **fb)
    e.set_ph(b, **fa)


def unaligned(e, role):
    p = text_load(e)
    e.set_ph(p, vaddr=p["vaddr"] + 0x10, paddr=p["paddr"] + 0x10)


def align_not_page(e, role):
    p = text_load(e)
    e.set_ph(p, align=0x10)


def align_not_pow2(e, role):
    p = text_load(e)
    e.set_ph(p, align=0x3000)


def offset_past_end(e, role):
    p = data_load(e)
    e.set_ph(p, offset=p["offset"] + 0x100000)


def filesz_past_end(e, role):
    p = data_load(e)
    e.set_ph(p, filesz=p["filesz"] + 0x100000, memsz=p["memsz"] + 0x100000)


def vaddr_huge(e, role):
    p = last_load(e)
    e.set_ph(p, memsz=2**64 - p["vaddr"] + 0x1000)


def no_load(e, role):
    for p in loads(e):
        e.set_ph(p, type=PT_NULL)


def no_dynamic(e, role):
    e.set_ph(e.phdrs(PT_DYNAMIC)[0], type=PT_NULL)


def dynamic_outside(e, role):
    p = e.phdrs(PT_DYNAMIC)[0]
    e.set_ph(p, vaddr=p["vaddr"] + FAR, paddr=p["paddr"] + FAR)


def dynamic_unterminated(e, role):
    """PT_DYNAMIC ends before DT_NULL: the DT_NULL entry becomes an ignored
    tag and the segment's size stops in front of it. What follows in
    memory (the GOT) is not a dynamic entry."""
    p = e.phdrs(PT_DYNAMIC)[0]
    ents = e.dyn()
    at = ents[-1][0]
    struct.pack_into("<qQ", e.b, at, DT_GNU_PRELINKED, 0)
    size = at - p["offset"]
    e.set_ph(p, filesz=size, memsz=size)


def phoff_past_end(e, role):
    e.u64(32, len(e.b) + 0x1000)


def phoff_wraps(e, role):
    e.u64(32, 2**64 - 8)


def phnum_huge(e, role):
    e.u16(56, 0xFFFF)


def phnum_zero(e, role):
    e.u16(56, 0)


def phentsize(e, role):
    e.u16(54, 32)


def tls(**kw):
    def f(e, role):
        convert(e, [PT_NOTE, PT_GNU_EH_FRAME], PT_TLS, **kw)
    return f


def tls_in_data(**kw):
    def f(e, role):
        d = data_load(e)
        fields = dict(offset=d["offset"], vaddr=d["vaddr"], paddr=d["vaddr"], flags=4, filesz=8, memsz=16, align=8)
        fields.update(kw)
        convert(e, [PT_NOTE, PT_GNU_EH_FRAME], PT_TLS, **fields)
    return f


def relro_outside(e, role):
    p = e.phdrs(PT_GNU_RELRO)[0]
    e.set_ph(p, vaddr=p["vaddr"] + FAR, paddr=p["paddr"] + FAR)


def relro_text(e, role):
    p, t = e.phdrs(PT_GNU_RELRO)[0], text_load(e)
    e.set_ph(p, vaddr=t["vaddr"], paddr=t["vaddr"], offset=t["offset"], filesz=t["filesz"], memsz=t["memsz"])


def relro_huge(e, role):
    p = e.phdrs(PT_GNU_RELRO)[0]
    e.set_ph(p, memsz=2**63)


def note_outside(e, role):
    p = e.phdrs(PT_NOTE)[0]
    e.set_ph(p, offset=len(e.b) + 0x1000, vaddr=FAR, paddr=FAR, filesz=0x100000, memsz=0x100000)


def note_bad_size(e, role):
    """A note whose n_descsz runs past the segment."""
    p = e.phdrs(PT_NOTE)[0]
    e.u32(p["offset"] + 4, 0xFFFFFFF0)


def property_outside(e, role):
    convert(e, [PT_NOTE], PT_GNU_PROPERTY, vaddr=FAR, paddr=FAR, offset=0, filesz=0x40, memsz=0x40)


def versym_far(e, role):
    e.set_dyn(DT_VERSYM, FAR)


def verdef_far(e, role):
    e.set_dyn(DT_VERDEF, FAR)


def verneed_far(e, role):
    e.set_dyn(DT_VERNEED, FAR)


def verdef_aux_far(e, role):
    at = e.off_of(e.dyn_val(DT_VERDEF))
    e.u32(at + 12, 0x7FFFFFF0)  # vd_aux


def verdef_name_past_strsz(e, role):
    at = e.off_of(e.dyn_val(DT_VERDEF))
    _, size = e.strtab()
    # the second definition (MAL_1, after the base one): its aux's vda_name
    nxt = e.u32(at + 16)
    at2 = at + nxt
    e.u32(at2 + e.u32(at2 + 12), size + 0x40)


def verneed_name_past_strsz(e, role):
    at = e.off_of(e.dyn_val(DT_VERNEED))
    _, size = e.strtab()
    aux = at + e.u32(at + 8)
    e.u32(aux + 8, size + 0x40)  # vna_name


def verneed_file_past_strsz(e, role):
    at = e.off_of(e.dyn_val(DT_VERNEED))
    _, size = e.strtab()
    e.u32(at + 4, size + 0x40)  # vn_file


def verdefnum_huge(e, role):
    e.set_dyn(DT_VERDEFNUM, 0xFFFFFFFF)


def verdef_next_loop(e, role):
    """vd_next of the last definition points back (negative offsets are
    impossible, so: a huge forward step)."""
    at = e.off_of(e.dyn_val(DT_VERDEF))
    e.u32(at + 16, 0xFFFFFF00)


def versym_index_huge(e, role):
    """Every symbol's version index is 0x7ffe, far past the table."""
    at = e.off_of(e.dyn_val(DT_VERSYM))
    for k in range(1, 4):
        e.u16(at + 2 * k, 0x7FFE)


def entry_outside(e, role):
    e.u64(24, FAR)


def init_array_far(e, role):
    e.set_dyn(DT_INIT_ARRAY, FAR)


def init_arraysz_huge(e, role):
    e.set_dyn(DT_INIT_ARRAYSZ, 0x1000000)


def symtab_far(e, role):
    e.set_dyn(DT_SYMTAB, FAR)


def strtab_far(e, role):
    e.set_dyn(DT_STRTAB, FAR)


def rela_far(e, role):
    e.set_dyn(DT_RELA, FAR)


def relasz_huge(e, role):
    e.set_dyn(DT_RELASZ, 0x1000000 * 24)


def jmprel_far(e, role):
    e.set_dyn(DT_JMPREL, FAR)


def pltrelsz_huge(e, role):
    e.set_dyn(DT_PLTRELSZ, 0x1000000 * 24)


def soname_past_strsz(e, role):
    _, size = e.strtab()
    e.set_dyn(DT_SONAME, size + 0x100)


def with_bytes(fn):
    def f(e, role):
        return fn(bytes(e.b))
    return f


# name: (patch, roles). Roles: "lib" (as libmal.so), "prog" (as the
# program run directly), "kern" (as the program started by the kernel with
# dryad as PT_INTERP: only for cases the kernel itself accepts).
HEADER = ("lib", "prog")
DYNAMIC = ("lib", "prog", "kern")
CASES = {
    # Not an object at all.
    "empty": (with_bytes(lambda b: b""), HEADER),
    "truncated-header": (with_bytes(lambda b: b[:40]), HEADER),
    "truncated-phdrs": (with_bytes(lambda b: b[:200]), HEADER),
    "truncated-file": (with_bytes(lambda b: b[:0x1100]), HEADER),
    "bad-magic": (with_bytes(lambda b: b"\x7fELG" + b[4:]), HEADER),
    "elfclass32": (with_bytes(lambda b: b[:4] + b"\x01" + b[5:]), HEADER),
    "elfclass-invalid": (with_bytes(lambda b: b[:4] + b"\x07" + b[5:]), HEADER),
    "big-endian": (with_bytes(lambda b: b[:5] + b"\x02" + b[6:]), HEADER),
    "wrong-machine": (lambda e, r: e.u16(18, 183), HEADER),
    "et-rel": (lambda e, r: e.u16(16, 1), HEADER),
    "et-core": (lambda e, r: e.u16(16, 4), HEADER),
    "phentsize": (phentsize, HEADER),
    "phoff-past-end": (phoff_past_end, HEADER),
    "phoff-wraps": (phoff_wraps, HEADER),
    "phnum-huge": (phnum_huge, HEADER),
    "phnum-zero": (phnum_zero, HEADER),
    # Program headers.
    "filesz-gt-memsz": (filesz_gt_memsz, HEADER),
    "overlapping-segments": (overlap, HEADER),
    "descending-segments": (descending, HEADER),
    "unaligned-segment": (unaligned, HEADER),
    "align-not-page": (align_not_page, HEADER),
    "align-not-pow2": (align_not_pow2, HEADER),
    "offset-past-end": (offset_past_end, HEADER),
    "filesz-past-end": (filesz_past_end, HEADER),
    "vaddr-wraps": (vaddr_huge, HEADER),
    "no-load": (no_load, HEADER),
    "no-dynamic": (no_dynamic, HEADER),
    "dynamic-outside": (dynamic_outside, DYNAMIC),
    "dynamic-unterminated": (dynamic_unterminated, DYNAMIC),
    "entry-outside": (entry_outside, ("prog",)),
    "tls-outside": (tls(vaddr=FAR, paddr=FAR, offset=0, filesz=8, memsz=8, align=8, flags=4), DYNAMIC),
    "tls-filesz-gt-memsz": (tls_in_data(filesz=64, memsz=8), DYNAMIC),
    "tls-align-not-pow2": (tls_in_data(align=24), DYNAMIC),
    "tls-align-huge": (tls_in_data(align=1 << 40), DYNAMIC),
    "tls-memsz-huge": (tls_in_data(memsz=1 << 62), DYNAMIC),
    "relro-outside": (relro_outside, DYNAMIC),
    "relro-covers-text": (relro_text, DYNAMIC),
    "relro-huge": (relro_huge, DYNAMIC),
    "note-outside": (note_outside, DYNAMIC),
    "note-bad-size": (note_bad_size, DYNAMIC),
    "property-outside": (property_outside, DYNAMIC),
    # Dynamic section.
    "strtab-outside": (strtab_far, DYNAMIC),
    "strsz-huge": (strsz_huge, DYNAMIC),
    "symtab-outside": (symtab_far, DYNAMIC),
    "needed-past-strsz": (needed_past_strsz, DYNAMIC),
    "soname-past-strsz": (soname_past_strsz, ("lib",)),
    "gnu-hash-nbuckets-0": (gnu_header(0, 0), DYNAMIC),
    "gnu-hash-bloom-0": (gnu_header(2, 0), DYNAMIC),
    "gnu-hash-bloom-not-pow2": (gnu_header(2, 3), DYNAMIC),
    "gnu-hash-shift-huge": (gnu_header(3, 200), DYNAMIC),
    "gnu-hash-symoffset-huge": (gnu_header(1, 0x7FFFFFFF), DYNAMIC),
    "gnu-hash-nbuckets-huge": (gnu_header(0, 0x7FFFFFFF), DYNAMIC),
    "gnu-hash-chain-past": (gnu_chain_past, DYNAMIC),
    "gnu-hash-outside": (dyn_far(DT_GNU_HASH), DYNAMIC),
    "reloc-symbol-past-table": (reloc_sym, DYNAMIC),
    "reloc-unknown-type": (reloc_type, DYNAMIC),
    "plt-reloc-unknown-type": (plt_reloc_type, DYNAMIC),
    "reloc-offset-outside": (reloc_offset_outside, DYNAMIC),
    "reloc-offset-readonly": (reloc_offset_readonly, DYNAMIC),
    "rela-outside": (rela_far, DYNAMIC),
    "relasz-huge": (relasz_huge, DYNAMIC),
    "jmprel-outside": (jmprel_far, DYNAMIC),
    "pltrelsz-huge": (pltrelsz_huge, DYNAMIC),
    "init-array-outside": (init_array_far, ("lib",)),
    "init-arraysz-huge": (init_arraysz_huge, ("lib",)),
    "versym-outside": (versym_far, DYNAMIC),
    "versym-index-huge": (versym_index_huge, ("lib",)),
    "verdef-outside": (verdef_far, ("lib",)),
    "verdef-aux-outside": (verdef_aux_far, ("lib",)),
    "verdef-name-past-strsz": (verdef_name_past_strsz, ("lib",)),
    "verdefnum-huge": (verdefnum_huge, ("lib",)),
    "verdef-next-outside": (verdef_next_loop, ("lib",)),
    "verneed-outside": (verneed_far, ("prog", "kern")),
    "verneed-name-past-strsz": (verneed_name_past_strsz, ("prog", "kern")),
    "verneed-file-past-strsz": (verneed_file_past_strsz, ("prog", "kern")),
}

def relr_address_outside(e, role):
    """The RELR address entry names a word outside the object."""
    e.u64(e.off_of(e.dyn_val(DT_RELR)), FAR)


def relr_bitmap_past_segment(e, role):
    """An address entry for the writable segment's last word, then a
    bitmap entry with every bit set: its words run past the segment's end
    (dryad checks a bitmap's words as one span, and word by word only
    when the span fails: this is that path). The two entries are written
    over the build-id note, which no loader reads."""
    rw = [p for p in e.phdrs(PT_LOAD) if p["flags"] & 2][0]
    last = (rw["vaddr"] + rw["memsz"] - 8) & ~7
    note = e.phdrs(PT_NOTE)[0]
    at = note["offset"] + 16  # the descriptor, past the name "GNU\0"
    e.u64(at, last)
    e.u64(at + 8, 2**64 - 1)
    e.set_dyn(DT_RELR, note["vaddr"] + 16)
    e.set_dyn(DT_RELRSZ, 16)


# Cut from libmal-relr.so (linked with -z pack-relative-relocs).
RELR_CASES = {
    "relr-address-outside": relr_address_outside,
    "relr-bitmap-past-segment": relr_bitmap_past_segment,
}


SYSV_CASES = {
    "sysv-hash-nbucket-0": sysv_field(0, 0),
    "sysv-hash-nchain-huge": sysv_field(1, 0x7FFFFFFF),
    "sysv-hash-chain-past": sysv_chain_past,
}


def write(path, data, mode=0o755):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if os.path.lexists(path):
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path)
        else:
            os.unlink(path)
    with open(path, "wb") as f:
        f.write(data)
    os.chmod(path, mode)


def lib_dir(out, case):
    d = os.path.join(out, "lib", case)
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(d)
    shutil.copy(os.path.join(out, "base", "libmaldep.so"), d)
    return d


def main():
    out = sys.argv[1]
    base = os.path.join(out, "base")
    read = lambda name: open(os.path.join(base, name), "rb").read()
    lib, sysv, prog, kern = read("libmal.so"), read("libmal-sysv.so"), read("mprog"), read("mprog.dryad")
    manifest = []

    for name, (patch, roles) in CASES.items():
        for role in roles:
            src = {"lib": lib, "prog": prog, "kern": kern}[role]
            e = Elf(src)
            res = patch(e, "lib" if role == "lib" else "prog")
            data = res if isinstance(res, (bytes, bytearray)) else bytes(e.b)
            assert data != src, f"{name}/{role}: patch changed nothing"
            if role == "lib":
                write(os.path.join(lib_dir(out, name), "libmal.so"), data)
            else:
                write(os.path.join(out, role, name), data)
        manifest.append((name, roles))

    for name, patch in SYSV_CASES.items():
        e = Elf(sysv)
        patch(e, "lib")
        write(os.path.join(lib_dir(out, name), "libmal.so"), bytes(e.b))
        manifest.append((name, ("lib",)))

    relr = read("libmal-relr.so")
    for name, patch in RELR_CASES.items():
        e = Elf(relr)
        patch(e, "lib")
        write(os.path.join(lib_dir(out, name), "libmal.so"), bytes(e.b))
        manifest.append((name, ("lib",)))
    write(os.path.join(lib_dir(out, "good-relr"), "libmal.so"), relr)
    manifest.append(("good-relr", ("lib",)))

    # The good objects, as a control.
    write(os.path.join(lib_dir(out, "good"), "libmal.so"), lib)
    write(os.path.join(lib_dir(out, "good-sysv"), "libmal.so"), sysv)
    write(os.path.join(out, "prog", "good"), prog)
    write(os.path.join(out, "kern", "good"), kern)
    manifest.append(("good", DYNAMIC))
    manifest.append(("good-sysv", ("lib",)))

    # Things that are not regular files, named like the library.
    d = lib_dir(out, "directory")
    os.mkdir(os.path.join(d, "libmal.so"))
    manifest.append(("directory", ("lib", "prog")))
    d = lib_dir(out, "fifo")
    os.mkfifo(os.path.join(d, "libmal.so"))
    manifest.append(("fifo", ("lib", "prog")))
    os.makedirs(os.path.join(out, "prog"), exist_ok=True)
    p = os.path.join(out, "prog", "directory")
    if os.path.lexists(p):
        shutil.rmtree(p) if os.path.isdir(p) else os.unlink(p)
    os.mkdir(p)
    p = os.path.join(out, "prog", "fifo")
    if os.path.lexists(p):
        os.unlink(p)
    os.mkfifo(p)

    # A library that depends on itself (DT_NEEDED = its own soname).
    e = Elf(lib)
    soname = e.dyn_val(DT_SONAME)
    e.set_dyn(DT_NEEDED, soname)
    write(os.path.join(lib_dir(out, "self-dependency"), "libmal.so"), bytes(e.b))
    manifest.append(("self-dependency", ("lib",)))

    # A dependency cycle: libmal.so -> libmaldep.so -> libmal.so. The
    # second is a copy of libmal with its soname and DT_NEEDED swapped.
    d = lib_dir(out, "cycle")
    write(os.path.join(d, "libmal.so"), lib)
    e = Elf(lib)
    needed, soname = e.dyn_val(DT_NEEDED), e.dyn_val(DT_SONAME)
    e.set_dyn(DT_NEEDED, soname)
    e.set_dyn(DT_SONAME, needed)
    write(os.path.join(d, "libmaldep.so"), bytes(e.b))
    manifest.append(("cycle", ("lib",)))

    # A 1000-deep chain: prog/chain needs lk0000.so, which needs lk0001.so,
    # ..., lk0999.so, whose DT_NEEDED is turned into an ignored tag.
    depth = 1000
    d = os.path.join(out, "lib", "chain")
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(d)
    tmpl = read("libchain.so")
    for i in range(depth):
        e = Elf(tmpl)
        e.replace_str(b"lk0001.so", b"lk%04d.so" % ((i + 1) % 10000))
        e.replace_str(b"lk0000.so", b"lk%04d.so" % i)
        if i == depth - 1:
            e.set_dyn(DT_NEEDED, e.dyn_val(DT_NEEDED), new_tag=DT_GNU_PRELINKED)
        write(os.path.join(d, "lk%04d.so" % i), bytes(e.b))
    e = Elf(prog)
    e.replace_str(b"libmal.so", b"lk0000.so")
    write(os.path.join(out, "prog", "chain"), bytes(e.b))
    manifest.append(("chain", ("prog",)))

    with open(os.path.join(out, "cases.txt"), "w") as f:
        for name, roles in manifest:
            f.write("%s %s\n" % (name, ",".join(roles)))


if __name__ == "__main__":
    main()
