"""`check`: every offset, size and value a Rust layout module states must be
what the debug info of the release says.

Three independent checks:

1. struct layouts: each mapped `#[repr(C)]` struct is laid out from its
   Rust field types (C rules) and every field's offset and size, the
   struct's size and alignment are compared with the glibc type;
2. assertions: every `const _: () = assert!(...)` is evaluated with
   `offset_of!`/`size_of`/`align_of` of mapped structs and the mapped
   constants taken from the debug info instead of from Rust; an assertion
   that fails then is a mismatch (assertions that involve no glibc layout,
   or use functions/`matches!`, are skipped and counted);
3. constants: every `const` in the CONSTANTS table is compared with its
   glibc counterpart.
"""

import re

from . import mapping, rustsrc, tables
from .mapping import Target
from .model import LayoutError


class Report:
    def __init__(self):
        self.mismatches = []  # (where, what, rust value, debug-info value)
        self.errors = []  # items that could not be related to the debug info
        self.skipped = []  # (where, why)
        self.unchecked = []  # constants not in any table
        self.unmapped = []  # structs not in tables.RUST_STRUCTS
        self.counts = {"structs": 0, "fields": 0, "asserts": 0, "constants": 0}

    def mismatch(self, where, what, rust, debug):
        self.mismatches.append((where, what, rust, debug))

    def ok(self, strict=False):
        return not self.mismatches and not self.errors and not (strict and self.unmapped)


def rel(path):
    import os
    try:
        r = os.path.relpath(path)
    except ValueError:
        return path
    return path if r.startswith("..") else r


def check(layout, module, report=None):
    r = report or Report()
    check_structs(layout, module, r)
    check_asserts(layout, module, r)
    check_constants(layout, module, r)
    return r


# ---------------------------------------------------------------------------


def check_structs(layout, module, r):
    for name, s in module.structs.items():
        spec = tables.RUST_STRUCTS.get(name)
        where = "%s:%d %s" % (rel(s.file), s.line, name)
        if spec is None:
            if s.is_c and name not in tables.NOT_GLIBC_STRUCTS:
                # a repr(C) struct nobody mapped: say what its doc names
                src = module.sources[s.file]
                doc = src[rustsrc.doc_start(src, s.span[0]):s.span[0]]
                m = re.search(r"`((?:struct|union) \w+|\w+_t)`", doc)
                r.unmapped.append(where + (" (its doc names `%s`)" % m.group(1) if m else ""))
            continue
        if spec.get("opaque"):
            continue
        try:
            t = Target(layout, name)
            size, align, fields = module.layout(name)
        except (LayoutError, rustsrc.RustError) as e:
            r.errors.append((where, str(e)))
            continue
        r.counts["structs"] += 1
        if size != t.size:
            r.mismatch(where, "size (%s)" % t.label, size, t.size)
        if align != t.align:
            r.mismatch(where, "alignment (%s)" % t.label, align, t.align)
        for fname, off, fsize, _ in fields:
            if mapping.is_padding(name, fname):
                continue
            r.counts["fields"] += 1
            fw = "%s.%s" % (where, fname)
            try:
                goff, gsize, m, desc = t.locate(fname)
            except LayoutError as e:
                r.errors.append((fw, str(e)))
                continue
            if off != goff:
                r.mismatch(fw, "offset (%s)" % desc, off, goff)
            if m is not None and "bit_pos" in m:
                # a byte/word holding a bit-field: its bits must fit
                first = m["bit_pos"] - (t.base + off) * 8
                if first < 0 or first + m["bit_size"] > fsize * 8:
                    r.mismatch(fw, "bits %d..%d of %s inside the field" %
                               (first, first + m["bit_size"], desc), fsize * 8, "outside")
            elif fsize != gsize:
                r.mismatch(fw, "size (%s)" % desc, fsize, gsize)


# ---------------------------------------------------------------------------


class DebugHooks:
    """Evaluator hooks answering from the debug info where there is an
    answer, and from Rust otherwise."""

    def __init__(self, layout, module):
        self.layout, self.m = layout, module
        self.used_debug = False

    def const(self, name):
        if name in tables.CONSTANTS:
            self.used_debug = True
            return self.layout.constant(tables.CONSTANTS[name][0])
        return self.m.value(name)

    def _struct(self, ty):
        t = self.m.resolve_alias(rustsrc.parse_type(ty))
        if t[0] == "path" and t[1] in tables.RUST_STRUCTS \
                and not tables.RUST_STRUCTS[t[1]].get("opaque") and t[1] in self.m.structs:
            return t[1]
        return None

    def size_of(self, ty):
        s = self._struct(ty)
        if s:
            self.used_debug = True
            return Target(self.layout, s).size
        return self.m.type_size(ty, const=self.const)[0]

    def align_of(self, ty):
        s = self._struct(ty)
        if s:
            self.used_debug = True
            return Target(self.layout, s).align
        return self.m.type_size(ty, const=self.const)[1]

    def offset_of(self, ty, field):
        total = 0
        for part in field.split("."):
            s = self._struct(ty)
            if not s:
                raise rustsrc.Unsupported("offset_of! on %s" % ty)
            self.used_debug = True
            if mapping.is_padding(s, part.strip()):
                # dryad's own filler: where rustc puts it (check_structs
                # verifies the real fields around it)
                total += [f[1] for f in self.m.layout(s, const=self.const)[2] if f[0] == part.strip()][0]
            else:
                total += Target(self.layout, s).locate(part.strip())[0]
            ty = [f.ty for f in self.m.structs[s].fields if f.name == part.strip()][0]
        return total


def check_asserts(layout, module, r):
    for a in module.asserts:
        where = "%s:%d" % (rel(a.file), a.line)
        hooks = DebugHooks(layout, module)
        ev = rustsrc.Evaluator(module, const=hooks.const, offset_of=hooks.offset_of,
                               size_of=hooks.size_of, align_of=hooks.align_of)
        try:
            ok = ev.eval(a.expr)
        except rustsrc.Unsupported as e:
            r.skipped.append((where, "assert not evaluable (%s): %s" % (e, a.text)))
            continue
        except (LayoutError, rustsrc.RustError) as e:
            r.errors.append((where, "%s: %s" % (a.text, e)))
            continue
        if not hooks.used_debug:
            r.skipped.append((where, "assert involves no glibc layout: %s" % a.text))
            continue
        r.counts["asserts"] += 1
        if ok is True:
            continue
        sides = rustsrc.split_eq(a.expr)
        if sides:
            try:
                lhs_d, rhs_d = ev.eval(sides[0]), ev.eval(sides[1])
            except Exception:
                lhs_d = rhs_d = "?"
            if re.match(r"^-?(0x[0-9a-fA-F_]+|\d[\d_]*)$", sides[1]):
                r.mismatch(where, "assert!(%s)" % a.text, "states %s" % sides[1],
                           "gives %s" % lhs_d)
            else:
                r.mismatch(where, "assert!(%s)" % a.text, "lhs == rhs",
                           "%s == %s" % (lhs_d, rhs_d))
        else:
            r.mismatch(where, "assert!(%s)" % a.text, "true", "false")


# ---------------------------------------------------------------------------


def check_constants(layout, module, r):
    for name, c in module.consts.items():
        where = "%s:%d %s" % (rel(c.file), c.line, name)
        if check_tunables(layout, c, where, r):
            continue
        if name not in tables.CONSTANTS:
            r.unchecked.append(where)
            continue
        try:
            rv = module.value(name)
        except rustsrc.RustError as e:
            r.errors.append((where, "cannot evaluate: %s" % e))
            continue
        spec = tables.CONSTANTS[name][0]
        try:
            dv = layout.constant(spec)
        except LayoutError as e:
            if absent_flag(layout, spec) and rv == 0:
                # A bit a release does not have, stated as 0 so that shared
                # code may OR it in (v2_31's L_LD_READONLY): nothing to check.
                r.skipped.append((where, "%s: stated as 0, a flag glibc %s does not have"
                                  % (name, layout.release)))
                continue
            r.errors.append((where, str(e)))
            continue
        r.counts["constants"] += 1
        if isinstance(rv, bool) or rv != dv:
            r.mismatch(where, "value", fmt(rv), fmt(dv))


def absent_flag(layout, spec):
    """Whether `spec` is a bit or mask of a member that the release's
    struct does not have (the struct itself exists)."""
    if not (isinstance(spec, tuple) and spec and spec[0] in ("bit", "mask")):
        return False
    key, member = spec[1], spec[2]
    return layout.has(key) and not layout.has_member(key, member)


def check_tunables(layout, c, where, r):
    """Tunable names (see tables.TUNABLE_TABLE_RE).  True if `c` was one."""
    ids = layout.data.get("enum_types", {}).get("tunable_id_t")
    m = re.match(r'^"(glibc\.[\w.]+)"$', c.raw_expr)
    names = re.findall(r'"(glibc\.[\w.]+)"', c.raw_expr)
    tm = re.match(tables.TUNABLE_TABLE_RE, c.name)
    if not (m or (tm and names)):
        return False
    if ids is None:
        r.errors.append((where, "no tunable_id_t in the JSON"))
        return True
    if m:
        r.counts["constants"] += 1
        if m.group(1).replace(".", "_") not in ids:
            r.mismatch(where, "tunable name", m.group(1), "no such tunable")
        return True
    if "%s.%s" % tm.groups() != layout.release:
        r.skipped.append((where, "tunable table of glibc %s.%s, not checked against %s"
                          % (tm.group(1), tm.group(2), layout.release)))
        return True
    r.counts["constants"] += 1
    want = [k for k, _ in sorted(ids.items(), key=lambda kv: kv[1])]
    got = [n.replace(".", "_") for n in names]
    if len(got) != len(want):
        r.mismatch(where, "number of tunables", len(got), len(want))
    for i, (g, w) in enumerate(zip(got, want)):
        if g != w:
            r.mismatch(where, "tunable id %d" % i, g, w)
    return True


def fmt(v):
    if isinstance(v, int) and not isinstance(v, bool) and v > 4096 and v & (v - 1) == 0:
        return "%d (1 << %d)" % (v, v.bit_length() - 1)
    return str(v)


# ---------------------------------------------------------------------------


def print_report(r, layout, paths, verbose=False, out=None):
    import sys
    out = out or sys.stdout
    w = lambda s="": print(s, file=out)
    w("glibc-layout check: %s against glibc %s (%s)" % (
        ", ".join(rel(p) for p in paths), layout.release, layout.data.get("package") or "?"))
    for where, what, rv, dv in r.mismatches:
        w("MISMATCH %s: %s: Rust %s, debug info %s" % (where, what, rv, dv))
    for where, msg in r.errors:
        w("ERROR    %s: %s" % (where, msg))
    for where in r.unmapped:
        w("WARNING  %s: struct not in tables.RUST_STRUCTS, its layout is not checked" % where)
    if verbose:
        for where, why in r.skipped:
            w("skipped  %s: %s" % (where, why))
        for where in r.unchecked:
            w("not in the tables (unchecked): %s" % where)
    c = r.counts
    w("checked %d structs (%d fields), %d layout assertions, %d constants; "
      "%d assertions skipped, %d constants not in the tables%s" % (
          c["structs"], c["fields"], c["asserts"], c["constants"],
          sum(1 for _, why in r.skipped if why.startswith("assert")), len(r.unchecked),
          "" if verbose else " (-v lists them)"))
    w("%d mismatches, %d errors" % (len(r.mismatches), len(r.errors)))
