#!/usr/bin/env python3
"""Random corruption of what lazy binding reads, in copies of a real shared
library, each copy run as a program's dependency under a dynamic linker
(issue 14; docs/08-malformed-input.md, "The lazy-binding corpus").

    lazycorpus.py --ldso DRYAD --lib /lib/x86_64-linux-gnu/libz.so.1 \\
        --prog zprog --n 5000 --seed 2 --out DIR [--extra LIB,...]
    lazycorpus.py --summary DIR/results.jsonl...

Each case patches one to three fields chosen at random among those a
first call through a PLT slot reads: the DT_JMPREL entries (r_offset,
type, symbol index, addend), the GOT word of each PLT slot and GOT[0..2],
every .dynsym field, .dynstr bytes, the SysV and GNU hash tables (header,
Bloom words, buckets, chains), .gnu.version, and the DT_VERDEF and
DT_VERNEED records (a category first, then a field, so the string table's
many bytes do not swamp the rest). The value is one of 0, 1, all ones,
the old value plus or minus one or with one bit flipped, a random word,
an index around the symbol count, a relocation type dryad knows, or an
address in the text, past the object, far away or non-canonical.

Every case runs twice, lazily and with LD_BIND_NOW, under the linker
given (invoked directly), with LD_PRELOAD=segvreport.so: a fault after
the preloaded object's constructor prints the signal, the faulting
address and the mapping that holds the instruction pointer, so the
summary can tell a fault inside the dynamic linker from one in the
corrupt library's own code (a symbol moved to the middle of a function is
nothing a linker can see). A fault before that constructor (during
startup relocation or an earlier initialiser) has no such line: rerun the
case under gdb to see where (`DIR/cNNNNN` is kept for every case that
died of a signal or timed out).

segvreport.so, zprog (calls libz) and bzprog (calls libbz2) are built
from the C files beside this script into DIR/tools.
"""

import argparse
import collections
import json
import os
import random
import re
import shutil
import struct
import subprocess
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
DT = dict(PLTRELSZ=2, PLTGOT=3, HASH=4, STRTAB=5, SYMTAB=6, STRSZ=10, JMPREL=23, GNU_HASH=0x6FFFFEF5,
          VERSYM=0x6FFFFFF0, VERDEF=0x6FFFFFFC, VERDEFNUM=0x6FFFFFFD, VERNEED=0x6FFFFFFE, VERNEEDNUM=0x6FFFFFFF)


class Elf:
    """Just enough of an ELF64 image to list the fields lazy binding reads."""

    def __init__(self, data):
        self.b = bytearray(data)
        phoff, = struct.unpack_from("<Q", self.b, 32)
        phnum, = struct.unpack_from("<H", self.b, 56)
        self.ph = [struct.unpack_from("<IIQQQQQQ", self.b, phoff + 56 * i) for i in range(phnum)]
        self.loads = [p for p in self.ph if p[0] == 1]
        self.dyn = {}
        at = [p for p in self.ph if p[0] == 2][0][2]
        while True:
            tag, val = struct.unpack_from("<qQ", self.b, at)
            if tag == 0:
                break
            self.dyn.setdefault(tag, val)
            at += 16
        self.nsym = 16

    def off(self, vaddr):
        for p in self.loads:
            if p[3] <= vaddr < p[3] + p[5]:
                return vaddr - p[3] + p[2]
        raise KeyError(hex(vaddr))

    def d(self, name):
        return self.dyn.get(DT[name])

    def u(self, fmt, at):
        return struct.unpack_from(fmt, self.b, at)[0]

    def fields(self):
        """(label, file offset, width) of every field lazy binding may read."""
        out = []
        strtab, strsz, symtab = self.off(self.d("STRTAB")), self.d("STRSZ"), self.off(self.d("SYMTAB"))
        nsym = None
        if self.d("HASH"):
            h = self.off(self.d("HASH"))
            nb, nc = struct.unpack_from("<II", self.b, h)
            nsym = nc
            out += [("hash[%d]" % i, h + 4 * i, 4) for i in range(2 + nb + nc)]
        if self.d("GNU_HASH"):
            h = self.off(self.d("GNU_HASH"))
            nb, so, bw, _ = struct.unpack_from("<IIII", self.b, h)
            out += [("gnuhash." + n, h + 4 * i, 4) for i, n in enumerate(["nbuckets", "symoffset", "bloomwords", "shift"])]
            out += [("gnuhash.bloom[%d]" % i, h + 16 + 8 * i, 8) for i in range(bw)]
            bk = h + 16 + 8 * bw
            out += [("gnuhash.bucket[%d]" % i, bk + 4 * i, 4) for i in range(nb)]
            chain = bk + 4 * nb
            last = max([self.u("<I", bk + 4 * i) for i in range(nb)] + [0])
            n = last
            while last and not self.u("<I", chain + 4 * (n - so)) & 1:
                n += 1
            n += 1
            out += [("gnuhash.chain[%d]" % i, chain + 4 * (i - so), 4) for i in range(so, n)]
            if nsym is None:
                nsym = n
        if nsym is None:
            nsym = (strtab - symtab) // 24 if strtab > symtab else 16
        self.nsym = nsym
        for k in range(nsym):
            a = symtab + 24 * k
            out += [("sym[%d].st_name" % k, a, 4), ("sym[%d].st_info" % k, a + 4, 1), ("sym[%d].st_other" % k, a + 5, 1),
                    ("sym[%d].st_shndx" % k, a + 6, 2), ("sym[%d].st_value" % k, a + 8, 8), ("sym[%d].st_size" % k, a + 16, 8)]
        out += [("dynstr[%d]" % i, strtab + i, 1) for i in range(strsz)]
        if self.d("JMPREL"):
            j = self.off(self.d("JMPREL"))
            for k in range(self.d("PLTRELSZ") // 24):
                a = j + 24 * k
                out += [("jmprel[%d].r_offset" % k, a, 8), ("jmprel[%d].type" % k, a + 8, 4), ("jmprel[%d].sym" % k, a + 12, 4),
                        ("jmprel[%d].r_addend" % k, a + 16, 8)]
                try:
                    out.append(("got[jmprel %d]" % k, self.off(self.u("<Q", a)), 8))
                except KeyError:
                    pass
        if self.d("PLTGOT"):
            g = self.off(self.d("PLTGOT"))
            out += [("pltgot[%d]" % i, g + 8 * i, 8) for i in range(3)]
        if self.d("VERSYM"):
            v = self.off(self.d("VERSYM"))
            out += [("versym[%d]" % k, v + 2 * k, 2) for k in range(nsym)]
        if self.d("VERDEF"):
            at = self.off(self.d("VERDEF"))
            for n in range(self.d("VERDEFNUM") or 0):
                for f, o, w in [("version", 0, 2), ("flags", 2, 2), ("ndx", 4, 2), ("cnt", 6, 2), ("hash", 8, 4), ("aux", 12, 4), ("next", 16, 4)]:
                    out.append(("verdef[%d].%s" % (n, f), at + o, w))
                aux = self.u("<I", at + 12)
                out += [("verdef[%d].vda_name" % n, at + aux, 4), ("verdef[%d].vda_next" % n, at + aux + 4, 4)]
                if not self.u("<I", at + 16):
                    break
                at += self.u("<I", at + 16)
        if self.d("VERNEED"):
            at = self.off(self.d("VERNEED"))
            for n in range(self.d("VERNEEDNUM") or 0):
                for f, o, w in [("version", 0, 2), ("cnt", 2, 2), ("file", 4, 4), ("aux", 8, 4), ("next", 12, 4)]:
                    out.append(("verneed[%d].%s" % (n, f), at + o, w))
                a = at + self.u("<I", at + 8)
                for m in range(self.u("<H", at + 2)):
                    for f, o, w in [("hash", 0, 4), ("flags", 4, 2), ("other", 6, 2), ("name", 8, 4), ("next", 12, 4)]:
                        out.append(("verneed[%d].aux[%d].%s" % (n, m, f), a + o, w))
                    if not self.u("<I", a + 12):
                        break
                    a += self.u("<I", a + 12)
                if not self.u("<I", at + 12):
                    break
                at += self.u("<I", at + 12)
        return out


def new_value(rng, orig, width, e, label):
    m = (1 << (8 * width)) - 1
    choices = [0, 1, m, orig + 1, orig - 1, orig ^ (1 << rng.randrange(8 * width)), rng.getrandbits(8 * width),
               rng.randrange(64), m >> 1, (m >> 1) + 1, orig * 2, orig + rng.randrange(-4096, 4096)]
    if "st_info" in label:
        choices += [(orig & 0xF0) | 10, (orig & 0xF0) | 6, orig & 0x0F, (orig & 0x0F) | 0x20, 0x1A, 0x12]
    if "st_shndx" in label:
        choices += [0, 0xFFF1, 0xFFF2, 0xFFFF]
    if label.endswith(".sym") or "versym" in label or "ndx" in label or "other" in label:
        choices += [e.nsym, e.nsym - 1, e.nsym + 1, rng.randrange(max(e.nsym, 2)), 0x7FFF, 0x8000 | (orig & 0x7FFF), 0xFFFF]
    if label.endswith(".type"):
        choices += [7, 37, 8, 6, 1, 16, 18, 0]
    if "st_value" in label or "r_offset" in label or "got[" in label:
        text = [p for p in e.loads if p[1] & 1][0]
        end = e.loads[-1][3] + e.loads[-1][6]
        choices += [text[3] + rng.randrange(text[5]), end + rng.randrange(1 << 20), 0x10000000, 1 << 47]
    return rng.choice(choices) & m


def mutate(data, rng, count):
    e = Elf(data)
    by_category = collections.defaultdict(list)
    for f in e.fields():
        by_category[f[0].split("[")[0].split(".")[0]].append(f)
    desc = []
    for _ in range(count):
        label, off, width = rng.choice(by_category[rng.choice(sorted(by_category))])
        fmt = {1: "<B", 2: "<H", 4: "<I", 8: "<Q"}[width]
        orig = e.u(fmt, off)
        v = new_value(rng, orig, width, e, label)
        if v == orig:
            v = (orig + 1) & ((1 << (8 * width)) - 1)
        struct.pack_into(fmt, e.b, off, v)
        desc.append("%s %#x->%#x" % (label, orig, v))
    return bytes(e.b), desc


def build_tools(out):
    tools = os.path.join(out, "tools")
    os.makedirs(tools, exist_ok=True)
    cc = ["gcc", "-O1", "-Wall"]
    subprocess.run(cc + ["-shared", "-fPIC", "-Wl,-z,now", "-o", os.path.join(tools, "segvreport.so"), os.path.join(HERE, "segvreport.c")], check=True)
    for prog, lib in [("zprog", "-lz"), ("bzprog", "-lbz2")]:
        subprocess.run(cc + ["-Wl,-z,lazy", "-o", os.path.join(tools, prog), os.path.join(HERE, prog + ".c"), lib], check=False)
    return tools


def run(cmd, env, timeout=10):
    try:
        p = subprocess.run(cmd, env=env, capture_output=True, timeout=timeout)
        return p.returncode, p.stderr.decode(errors="replace")[-600:]
    except subprocess.TimeoutExpired:
        return "timeout", ""


def generate(a):
    tools = build_tools(a.out)
    prog = a.prog if os.path.sep in a.prog else os.path.join(tools, a.prog)
    data = open(a.lib, "rb").read()
    name = a.name or os.path.basename(a.lib)
    report = os.path.join(tools, "segvreport.so")

    def one(i):
        rng = random.Random(a.seed * 1000003 + i)
        mutant, desc = mutate(data, rng, rng.choice([1, 1, 1, 2, 3]))
        d = os.path.join(a.out, "c%05d" % i)
        os.makedirs(d, exist_ok=True)
        open(os.path.join(d, name), "wb").write(mutant)
        for x in filter(None, a.extra.split(",")):
            shutil.copy(x, d)
        res = {"i": i, "desc": desc}
        for mode in ["lazy", "now"]:
            env = {"PATH": "/usr/bin:/bin", "LD_LIBRARY_PATH": d, "LD_PRELOAD": report}
            if mode == "now":
                env["LD_BIND_NOW"] = "1"
            res[mode] = run([a.ldso, prog], env)
        died = any(res[m][0] == "timeout" or res[m][0] < 0 for m in ["lazy", "now"])
        if not died:
            shutil.rmtree(d)
        return res

    with ThreadPoolExecutor(a.jobs) as pool, open(os.path.join(a.out, "results.jsonl"), "w") as f:
        for res in pool.map(one, range(a.n)):
            f.write(json.dumps(res) + "\n")
    summary([os.path.join(a.out, "results.jsonl")], a.ldso)


def summary(paths, ldso=None):
    """Counts outcomes; a fault is placed by the mapping that held the
    instruction pointer: the dynamic linker (`ldso`: its file name, or any
    dryad*/ld-linux* file), the corrupt library (a case directory), or
    another mapping."""
    linker = os.path.basename(ldso) if ldso else None
    count = collections.Counter()
    inside = []
    cases = 0
    for path in paths:
        for line in open(path):
            r = json.loads(line)
            cases += 1
            for mode in ["lazy", "now"]:
                rc, err = r[mode]
                if rc == "timeout":
                    count[(mode, "timeout")] += 1
                    continue
                if rc >= 0:
                    count[(mode, "exit %d" % rc)] += 1
                    continue
                m = re.search(r"FAULT sig=(\d+) addr=(\S+) rip=(\S+) rsp=(\S+) in (\S+)", err)
                where = "no report (before the preload's constructor)"
                if m:
                    mapping = m.group(5).split("+")[0]
                    base = os.path.basename(mapping)
                    if base == linker or base.startswith("dryad") or base.startswith("ld-linux"):
                        where = "the dynamic linker"
                        inside.append((path, r["i"], mode, r["desc"], err.strip()))
                    elif re.search(r"/c\d{5}/", mapping):
                        where = "the corrupt library"
                    else:
                        where = {"?": "no mapping", "anon": "an anonymous mapping"}.get(mapping, mapping)
                count[(mode, "signal %d" % -rc, where)] += 1
    print("cases:", cases)
    for k, v in sorted(count.items(), key=lambda kv: (kv[0][0], -kv[1])):
        print("%6d  %s" % (v, "  ".join(k)))
    for x in inside:
        print("inside the dynamic linker:", *x)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ldso", help="the dynamic linker to run (dryad.so.1 or glibc's ld.so)")
    ap.add_argument("--lib", help="the shared library to corrupt")
    ap.add_argument("--name", help="its file name in each case directory (default: the library's)")
    ap.add_argument("--prog", help="the program that needs it (zprog and bzprog: built here)")
    ap.add_argument("--extra", default="", help="other libraries to copy into each case directory (comma separated)")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--summary", nargs="+", metavar="RESULTS", help="summarize results.jsonl files and exit")
    a = ap.parse_args()
    if a.summary:
        summary(a.summary, a.ldso)
    else:
        if not (a.ldso and a.lib and a.prog and a.out):
            ap.error("--ldso, --lib, --prog and --out are needed")
        generate(a)


if __name__ == "__main__":
    main()
