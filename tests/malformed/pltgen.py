#!/usr/bin/env python3
"""Generates the lazy-binding corpus (issue 14) from the good objects in
OUT/base (built by tests/malformed/Makefile):

    python3 pltgen.py OUT

Each case patches one thing lazy binding reads, in a copy of a real
object: the DT_JMPREL entries (symbol index, type, r_offset, addend), the
PLT's GOT words, the symbols (st_name, st_info, st_other, st_shndx,
st_value), the string table, the GNU hash table and the version indices.
Layout of what it writes:

    OUT/plt/CASE/libpltmal.so   the patched library (and a good
                                libpltdep.so): run ./base/pltprog with
                                LD_LIBRARY_PATH=plt/CASE
    OUT/plt-prog/CASE           the patched program, run as
                                `ld.so plt-prog/CASE` with
                                LD_LIBRARY_PATH=base
    OUT/plt-cases.txt           CASE ROLE (lib or prog), one a line

tests/malformed.rs (`lazy_binding_*`) runs each under dryad with lazy
binding and with LD_BIND_NOW, and under glibc's ld.so.
"""

import os
import shutil
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
from gen import Elf, FAR, R_X86_64_GLOB_DAT, R_X86_64_JUMP_SLOT, R_X86_64_RELATIVE, DT_JMPREL, DT_PLTRELSZ, \
    DT_STRTAB, DT_SYMTAB, DT_VERSYM, text_load, write

DT_PLTGOT = 3
R_X86_64_NONE, R_X86_64_IRELATIVE = 0, 37
STB_LOCAL, STB_WEAK = 0, 2
STT_OBJECT, STT_TLS, STT_GNU_IFUNC = 1, 6, 10
SHN_UNDEF, SHN_ABS = 0, 0xFFF1
STV_HIDDEN = 2


def nsyms(e):
    """The symbol count: .dynstr follows .dynsym in these objects."""
    return (e.dyn_val(DT_STRTAB) - e.dyn_val(DT_SYMTAB)) // 24


def sym_off(e, k):
    return e.off_of(e.dyn_val(DT_SYMTAB)) + 24 * k


def sym_index(e, name):
    for k in range(1, nsyms(e)):
        if e.str_at(e.u32(sym_off(e, k))) == name:
            return k
    raise KeyError(name)


def sym_field(e, name, field, val=None):
    """A field of symbol `name`: st_name, st_info, st_other, st_shndx,
    st_value."""
    at = sym_off(e, sym_index(e, name))
    off, width = {"st_name": (0, 4), "st_info": (4, 1), "st_other": (5, 1), "st_shndx": (6, 2), "st_value": (8, 8)}[field]
    f = {1: lambda o, v=None: e._field("<B", o, v), 2: e.u16, 4: e.u32, 8: e.u64}[width]
    return f(at + off) if val is None else f(at + off, val)


def slot(e, name):
    """The DT_JMPREL entry of the PLT slot for `name`: (file offset of the
    entry, r_offset)."""
    k = sym_index(e, name)
    for at, r_off, rtype, sym, _ in e.relas(DT_JMPREL, DT_PLTRELSZ):
        if sym == k and rtype == R_X86_64_JUMP_SLOT:
            return at, r_off
    raise KeyError(name)


def jmprel(name, sym=None, rtype=None, offset=None, addend=None):
    """Patches the PLT relocation of `name`. `offset` may be a function of
    the object (an address computed from it)."""
    def f(e):
        at, _ = slot(e, name)
        info = e.u64(at + 8)
        if sym is not None:
            info = (sym(e) if callable(sym) else sym) << 32 | (info & 0xFFFFFFFF)
        if rtype is not None:
            info = (info & ~0xFFFFFFFF) | rtype
        e.u64(at + 8, info)
        if offset is not None:
            e.u64(at, offset(e) if callable(offset) else offset)
        if addend is not None:
            e.u64(at + 16, addend)
    return f


def got_word(name, val):
    """Sets the GOT word of `name`'s PLT slot (its lazy target)."""
    def f(e):
        _, r_off = slot(e, name)
        e.u64(e.off_of(r_off), val(e) if callable(val) else val)
    return f


def pltgot(index, val):
    def f(e):
        e.u64(e.off_of(e.dyn_val(DT_PLTGOT)) + 8 * index, val)
    return f


def symbol(name, **fields):
    def f(e):
        for field, val in fields.items():
            sym_field(e, name, field, val(e) if callable(val) else val)
    return f


def binding(name, bind):
    def f(e):
        sym_field(e, name, "st_info", (bind << 4) | (sym_field(e, name, "st_info") & 0xF))
    return f


def sym_type(name, stt):
    def f(e):
        sym_field(e, name, "st_info", (sym_field(e, name, "st_info") & 0xF0) | stt)
    return f


def versym(name, val):
    def f(e):
        e.u16(e.off_of(e.dyn_val(DT_VERSYM)) + 2 * sym_index(e, name), val)
    return f


def rename(old, new):
    def f(e):
        e.replace_str(old, new)
    return f


def gnu_chain_flip(name):
    """Flips a hash bit of `name`'s GNU hash chain word: the lookup no
    longer matches it (and nothing else changes)."""
    def f(e):
        h = e.gnu_hash()
        nbuckets, symoffset, bloom = e.u32(h), e.u32(h + 4), e.u32(h + 8)
        at = h + 16 + 8 * bloom + 4 * nbuckets + 4 * (sym_index(e, name) - symoffset)
        e.u32(at, e.u32(at) ^ 2)
    return f


def gnu_bloom_zero(e):
    h = e.gnu_hash()
    for i in range(e.u32(h + 8)):
        e.u64(h + 16 + 8 * i, 0)


def data_address(e):
    return sym_field(e, b"plt_value", "st_value")


def text_address(e):
    return text_load(e)["vaddr"]


def got1(e):
    return e.dyn_val(DT_PLTGOT) + 8


def got2(e):
    return e.dyn_val(DT_PLTGOT) + 16


def count(e):
    return nsyms(e)


# name: (role, patch). Roles: "lib" (libpltmal.so, under the good
# pltprog), "prog" (pltprog itself, with the good libraries).
CASES = {
    # The program's DT_JMPREL entries (its slot for plt_fact: the second
    # call, after "started=1" and "add=5").
    "prog-jmprel-sym-huge": ("prog", jmprel(b"plt_fact", sym=0xFFFFF)),
    "prog-jmprel-sym-count": ("prog", jmprel(b"plt_fact", sym=count)),
    "prog-jmprel-sym-zero": ("prog", jmprel(b"plt_fact", sym=0)),
    "prog-jmprel-type-none": ("prog", jmprel(b"plt_fact", rtype=R_X86_64_NONE)),
    "prog-jmprel-type-relative": ("prog", jmprel(b"plt_fact", rtype=R_X86_64_RELATIVE)),
    "prog-jmprel-type-glob-dat": ("prog", jmprel(b"plt_fact", rtype=R_X86_64_GLOB_DAT)),
    "prog-jmprel-type-irelative": ("prog", jmprel(b"plt_fact", rtype=R_X86_64_IRELATIVE)),
    "prog-jmprel-offset-outside": ("prog", jmprel(b"plt_fact", offset=FAR)),
    "prog-jmprel-offset-text": ("prog", jmprel(b"plt_fact", offset=text_address)),
    "prog-jmprel-offset-got1": ("prog", jmprel(b"plt_fact", offset=got1)),
    "prog-jmprel-offset-got2": ("prog", jmprel(b"plt_fact", offset=got2)),
    "prog-jmprel-offset-misaligned": ("prog", jmprel(b"plt_fact", offset=lambda e: slot(e, b"plt_fact")[1] + 4)),
    "prog-jmprel-addend": ("prog", jmprel(b"plt_fact", addend=0x1234)),
    # The program's GOT: the word the first call jumps through.
    "prog-got-zero": ("prog", got_word(b"plt_fact", 0)),
    "prog-got-outside": ("prog", got_word(b"plt_fact", FAR)),
    "prog-got-data": ("prog", got_word(b"plt_fact", lambda e: e.dyn_val(DT_PLTGOT))),
    "prog-got-noncanonical": ("prog", got_word(b"plt_fact", 1 << 47)),
    "prog-pltgot-0": ("prog", pltgot(0, FAR)),
    "prog-pltgot-1": ("prog", pltgot(1, FAR)),
    "prog-pltgot-2": ("prog", pltgot(2, FAR)),
    # The program's symbol for plt_fact (the reference).
    "prog-sym-name-past-strsz": ("prog", symbol(b"plt_fact", st_name=0x100000)),
    "prog-sym-local": ("prog", binding(b"plt_fact", STB_LOCAL)),
    "prog-sym-hidden": ("prog", symbol(b"plt_fact", st_other=STV_HIDDEN)),
    "prog-sym-weak": ("prog", binding(b"plt_fact", STB_WEAK)),
    "prog-versym-huge": ("prog", versym(b"plt_fact", 0x7FFE)),
    "prog-versym-zero": ("prog", versym(b"plt_fact", 0)),
    # The library's definition of plt_fact.
    "lib-value-noncanonical": ("lib", symbol(b"plt_fact", st_value=1 << 47)),
    "lib-value-outside": ("lib", symbol(b"plt_fact", st_value=FAR)),
    "lib-value-data": ("lib", symbol(b"plt_fact", st_value=data_address)),
    "lib-value-max": ("lib", symbol(b"plt_fact", st_value=2**64 - 1)),
    "lib-value-zero": ("lib", symbol(b"plt_fact", st_value=0)),
    "lib-shndx-undef": ("lib", symbol(b"plt_fact", st_shndx=SHN_UNDEF)),
    "lib-shndx-abs": ("lib", symbol(b"plt_fact", st_shndx=SHN_ABS)),
    "lib-sym-local": ("lib", binding(b"plt_fact", STB_LOCAL)),
    "lib-sym-name-past-strsz": ("lib", symbol(b"plt_fact", st_name=0x100000)),
    "lib-dynstr-name": ("lib", rename(b"plt_fact", b"plt_fXct")),
    "lib-gnu-chain": ("lib", gnu_chain_flip(b"plt_fact")),
    "lib-gnu-bloom-zero": ("lib", gnu_bloom_zero),
    "lib-versym-huge": ("lib", versym(b"plt_fact", 0x7FFE)),
    "lib-versym-hidden": ("lib", versym(b"plt_fact", 0x8002)),
    "lib-versym-requirement": ("lib", versym(b"plt_fact", 3)),
    # IFUNCs: plt_pick's resolver moved, a data object and a function that
    # calls itself through the PLT marked as IFUNCs.
    "lib-ifunc-value-data": ("lib", symbol(b"plt_pick", st_value=data_address)),
    "lib-ifunc-value-noncanonical": ("lib", symbol(b"plt_pick", st_value=1 << 47)),
    "lib-ifunc-data-object": ("lib", sym_type(b"plt_value", STT_GNU_IFUNC)),
    "lib-ifunc-recursive": ("lib", sym_type(b"plt_ping", STT_GNU_IFUNC)),
    # The library's own PLT: plt_fact calls plt_fact_step, plt_sum calls
    # plt_add and libpltdep's pdep_twice.
    "lib-jmprel-sym-huge": ("lib", jmprel(b"plt_fact_step", sym=0xFFFFF)),
    "lib-jmprel-type-none": ("lib", jmprel(b"plt_fact_step", rtype=R_X86_64_NONE)),
    "lib-jmprel-offset-got2": ("lib", jmprel(b"plt_add", offset=got2)),
    "lib-got-zero": ("lib", got_word(b"plt_add", 0)),
    "lib-pltgot-2": ("lib", pltgot(2, FAR)),
    "lib-import-name-empty": ("lib", symbol(b"pdep_twice", st_name=0)),
    "lib-import-local": ("lib", binding(b"pdep_twice", STB_LOCAL)),
}


def main():
    out = sys.argv[1]
    base = os.path.join(out, "base")
    read = lambda name: open(os.path.join(base, name), "rb").read()
    lib, prog = read("libpltmal.so"), read("pltprog")
    manifest = []
    for name, (role, patch) in CASES.items():
        e = Elf(lib if role == "lib" else prog)
        patch(e)
        data = bytes(e.b)
        assert data != (lib if role == "lib" else prog), f"{name}: patch changed nothing"
        if role == "lib":
            d = os.path.join(out, "plt", name)
            if os.path.isdir(d):
                shutil.rmtree(d)
            os.makedirs(d)
            shutil.copy(os.path.join(base, "libpltdep.so"), d)
            write(os.path.join(d, "libpltmal.so"), data)
        else:
            write(os.path.join(out, "plt-prog", name), data)
        manifest.append((name, role))
    d = os.path.join(out, "plt", "good")
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(d)
    shutil.copy(os.path.join(base, "libpltdep.so"), d)
    write(os.path.join(d, "libpltmal.so"), lib)
    write(os.path.join(out, "plt-prog", "good"), prog)
    manifest += [("good", "lib"), ("good", "prog")]
    with open(os.path.join(out, "plt-cases.txt"), "w") as f:
        for name, role in manifest:
            f.write("%s %s\n" % (name, role))


if __name__ == "__main__":
    main()
