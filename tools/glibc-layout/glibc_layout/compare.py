"""`compare`: do two Rust layout modules state the same layout?

Used to check `emit` against a hand-written module of the same release
(the emitted 2.36 module must state what src/glibc/v2_36/layout.rs states),
and to review what changes between two releases' modules.

Facts compared: the size, alignment and every non-padding field offset of
each mapped struct (computed from the Rust types, i.e. what rustc would
compute, which the modules' own assertions pin down), the `X == literal`
assertions (by their left-hand side), and the value of every constant both
define.
"""

import re

from . import mapping, rustsrc, tables


def facts(module):
    out = {}
    for name, s in module.structs.items():
        spec = tables.RUST_STRUCTS.get(name)
        if spec is None or spec.get("opaque"):
            continue
        try:
            size, align, fields = module.layout(name)
        except rustsrc.RustError:
            continue
        out["size_of::<%s>()" % name] = size
        out["align_of::<%s>()" % name] = align
        for f, off, _, _ in fields:
            if not mapping.is_padding(name, f):
                out["offset_of!(%s, %s)" % (name, f)] = off
    for a in module.asserts:
        sides = rustsrc.split_eq(a.expr)
        if sides and re.match(r"^-?(0x[0-9a-fA-F_]+|\d[\d_]*)$", sides[1]):
            key = re.sub(r"\s+", " ", sides[0])
            if key not in out:
                out[key] = int(sides[1].replace("_", ""), 0)
    for name in module.consts:
        try:
            v = module.value(name)
        except rustsrc.RustError:
            continue
        if isinstance(v, int):
            out["const %s" % name] = v
    return out


def compare(a, b):
    fa, fb = facts(a), facts(b)
    diff = [(k, fa[k], fb[k]) for k in fa if k in fb and fa[k] != fb[k]]
    only_a = sorted(k for k in fa if k not in fb)
    only_b = sorted(k for k in fb if k not in fa)
    return diff, only_a, only_b, len([k for k in fa if k in fb])
