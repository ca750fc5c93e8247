"""`emit`: write a release's Rust layout module, using an existing one as
the template.

For every Rust struct of the template that the tables map to glibc, the
new module has the same name and the same fields (template types), placed
at the release's offsets: fields are ordered by glibc offset, `_pad_N:
[u8; K]` fills glibc members dryad does not mirror, a tail pad and
`align(N)` make size and alignment glibc's.  A field whose glibc member is
gone is left out; one whose member changed size gets a type derived from
the C type and a FIXME.  Every field gets its `offset_of!` assertion, every
struct `size_of`/`align_of` ones.

Template constants in the CONSTANTS table get the release's values (the
template expression is kept when it still evaluates to the new value);
template type aliases and constants the emitted items refer to are copied;
the template's other assertions are re-evaluated for the release (a
`X == literal` one gets the new literal, a failing one is commented out
with a FIXME).  Everything else in the template (functions, `impl` blocks
beyond `ZERO`, non-layout constants) is listed at the end for the porter.
"""

import re

from . import mapping, rustsrc, tables
from .check import DebugHooks
from .mapping import Target
from .model import LayoutError
from .rustsrc import align_up

FIXME = "FIXME(glibc-layout)"

_RUST_BY_C = {
    "char": "u8", "signed char": "i8", "unsigned char": "u8", "_Bool": "bool",
    "short int": "i16", "short unsigned int": "u16", "int": "i32", "unsigned int": "u32",
    "long int": "i64", "long unsigned int": "u64", "long long int": "i64",
    "long long unsigned int": "u64", "size_t": "usize", "ssize_t": "isize",
    "uintptr_t": "usize", "intptr_t": "isize", "ptrdiff_t": "isize",
    "uint8_t": "u8", "int8_t": "i8", "uint16_t": "u16", "int16_t": "i16",
    "uint32_t": "u32", "int32_t": "i32", "uint64_t": "u64", "int64_t": "i64",
    "pid_t": "i32", "Elf64_Addr": "u64", "Elf64_Word": "u32", "Elf64_Half": "u16",
    "Elf64_Xword": "u64", "Elf64_Sxword": "i64", "Elf32_Word": "u32", "Lmid_t": "i64",
}


class Emitter:
    def __init__(self, new, module, base=None, template="layout.rs"):
        self.L, self.m, self.base, self.template = new, module, base, template
        self.report = []  # (section, text)
        self.fixmes = []
        self.new_const = {}
        self.missing_const = {}
        self.targets, self.missing_struct, self.sizes = {}, {}, {}
        self.emitted = set()  # names defined by the emitted module
        self.offset_const_pos = {}  # glibc type -> where its offset constants end

    # -- helpers ----------------------------------------------------------
    def note(self, section, text):
        self.report.append((section, text))

    def fixme(self, text):
        self.fixmes.append(text)
        return "// %s: %s" % (FIXME, text)

    def const_new(self, name):
        """Constant values for the new module: table constants take the
        release's value, others keep the template's."""
        if name in self.new_const:
            return self.new_const[name]
        if name in self.missing_const:
            raise LayoutError(self.missing_const[name])
        return self.m.value(name)

    def rel_label(self):
        return "glibc %s" % self.L.release

    # -- preparation --------------------------------------------------------
    def prepare(self):
        for name, c in self.m.consts.items():
            if name in tables.CONSTANTS:
                try:
                    self.new_const[name] = self.L.constant(tables.CONSTANTS[name][0])
                except LayoutError as e:
                    self.missing_const[name] = str(e)
        for name, s in self.m.structs.items():
            spec = tables.RUST_STRUCTS.get(name)
            if spec is None or spec.get("opaque"):
                size, align, _ = self.m.layout(name)
                self.sizes[name] = (size, align)
                continue
            try:
                t = Target(self.L, name)
            except LayoutError as e:
                self.missing_struct[name] = str(e)
                continue
            self.targets[name] = t
            self.sizes[name] = (t.size, t.align)

    # -- one struct -----------------------------------------------------------
    def plan_struct(self, s, t):
        """The fields to emit, [offset, name, Rust type, size, align, doc,
        FIXME note or None, public], and the template fields left out,
        [(name, why)]."""
        plan, removed = [], []
        base_t = None
        if self.base is not None:
            try:
                base_t = Target(self.base, s.name)
            except LayoutError:
                base_t = None
        for f in s.fields:
            if mapping.is_padding(s.name, f.name):
                continue
            try:
                goff, gsize, mrec, desc = t.locate(f.name)
            except LayoutError:
                removed.append((f.name, self.rename_hint(t, base_t, f.name)))
                continue
            ty, note = f.ty, None
            bitfield = mrec is not None and "bit_pos" in mrec
            try:
                rs, ra = self.m.type_size(ty, self.sizes, self.const_new)
            except (rustsrc.RustError, LayoutError) as e:
                rs, ra, note = None, 1, "cannot size `%s`: %s" % (ty, e)
            if mrec is not None and not bitfield and rs != gsize:
                newty = suggest_type(mrec, self)
                note = "template type `%s` is %s bytes, glibc %s `%s` is %d bytes; type guessed" % (
                    f.ty, rs, desc, mrec.get("type"), gsize)
                ty = newty
                rs, ra = self.m.type_size(ty, self.sizes, self.const_new)
            if base_t is not None and mrec is not None:
                try:
                    boff, _, brec, _ = base_t.locate(f.name)
                    if brec is not None and brec.get("type") != mrec.get("type"):
                        self.note("types", "%s.%s: C type `%s` (%s) -> `%s` (%s)" % (
                            s.name, f.name, brec.get("type"), self.base.release,
                            mrec.get("type"), self.L.release))
                    if boff != goff:
                        self.note("moved:" + s.name, "%s %d -> %d" % (f.name, boff, goff))
                except LayoutError:
                    pass
            doc = "glibc: `%s`" % desc
            if mrec is not None and mrec.get("type"):
                doc += " (`%s%s`)" % (mrec["type"], "".join("[%d]" % d for d in mrec.get("dims", [])))
                if bitfield:
                    doc += ", bit-field %d bits at bit %d" % (mrec["bit_size"], mrec["bit_pos"] - (t.base + goff) * 8)
            plan.append([goff, f.name, ty, rs, ra, doc, note, f.public])
        if not s.is_union:
            plan.sort(key=lambda p: p[0])
        return plan, removed

    def rename_hint(self, t, base_t, field):
        """Why a template field has no member, and a guess at a rename: a
        member new in this release with the C type the field had."""
        why = "%s has no member for it" % t.label
        if base_t is None:
            return why
        try:
            _, _, brec, bdesc = base_t.locate(field)
        except LayoutError:
            return why
        why = "%s has no member `%s`" % (t.label, bdesc)
        if brec is None:
            return why
        cands = [rel for rel, m in t.direct.items() if rel not in base_t.direct
                 and m.get("type") == brec.get("type") and m["size"] == brec["size"]]
        if cands:
            why += "; renamed to %s?" % ", ".join("`%s`" % c for c in cands)
        return why

    def unmirrored(self, t, covered_ranges):
        """Direct glibc members not covered by any emitted field."""
        out = []
        for rel, m in t.direct.items():
            off = m["offset"] - t.base
            if any(a <= off < b or (a == off == b) for a, b in covered_ranges):
                continue
            out.append((rel, m))
        return out

    def emit_struct(self, s):
        t = self.targets[s.name]
        plan, removed = self.plan_struct(s, t)
        if self.base is not None:
            try:
                bt = Target(self.base, s.name)
                self.note("sizes", "%s (%s): %d -> %d bytes, align %d -> %d" % (
                    s.name, t.label, bt.size, t.size, bt.align, t.align))
            except LayoutError:
                self.note("sizes", "%s (%s): %d bytes, align %d (not in glibc %s)" % (
                    s.name, t.label, t.size, t.align, self.base.release))
        lines, asserts, covered = [], [], []
        cur, align = 0, 1
        body = []
        pad_members = lambda a, b: [rel for rel, m in sorted(t.direct.items(), key=lambda x: x[1]["offset"])
                                    if a <= m["offset"] - t.base < b]
        for goff, fname, ty, rs, ra, doc, note, public in plan:
            if rs is None:
                body.append("    " + self.fixme("%s.%s: %s" % (s.name, fname, note)))
                continue
            if s.is_union:
                off = 0
            else:
                exp = align_up(cur, ra)
                if goff < cur or goff % ra:
                    body.append("    " + self.fixme(
                        "%s.%s: glibc offset %d cannot be reached (previous field ends at %d, "
                        "type align %d); field left out" % (s.name, fname, goff, cur, ra)))
                    continue
                if goff > exp:
                    names = pad_members(cur, goff)
                    body.append("    /// glibc: %s (not mirrored)." % (
                        ", ".join("`%s`" % n for n in names) if names else "padding"))
                    body.append("    _pad_%d: [u8; %d]," % (cur, goff - cur))
                off = goff
            if note:
                body.append("    " + self.fixme("%s.%s: %s" % (s.name, fname, note)))
            body.append("    /// %s" % doc)
            body.append("    %s%s: %s," % ("pub " if public else "", fname, ty))
            asserts.append("const _: () = assert!(offset_of!(%s, %s) == %d);" % (s.name, fname, off))
            covered.append((off, off + max(rs, 1)))
            cur = max(cur, off + rs) if s.is_union else off + rs
            align = max(align, ra)
        repr_align = t.align if t.align > align else 0
        natural = align_up(cur, max(align, repr_align or 1))
        if natural != t.size:
            if t.size > cur:
                names = pad_members(cur, t.size)
                body.append("    /// glibc: %s (not mirrored)." % (
                    ", ".join("`%s`" % n for n in names) if names else "tail padding"))
                body.append("    _pad_%d: [u8; %d]," % (0 if s.is_union else cur,
                                                       t.size if s.is_union else t.size - cur))
            else:
                body.append("    " + self.fixme("%s: fields end at %d, glibc size is %d" % (s.name, cur, t.size)))
        if s.repr_align > 1 and s.repr_align != t.align:
            self.note("align", "%s: template has align(%d), %s %s has alignment %d" % (
                s.name, s.repr_align, self.rel_label(), t.label, t.align))
        reprs = ["C"] + (["align(%d)" % repr_align] if repr_align else [])
        kind = "union" if s.is_union else "struct"
        lines.append("/// %s `%s` (%d bytes, align %d)." % (self.rel_label(), t.label, t.size, t.align))
        lines.append("#[repr(%s)]" % ", ".join(reprs))
        if "Copy" in self.derives(s):
            lines.append("#[derive(Clone, Copy)]")
        lines.append("pub %s %s {" % (kind, s.name))
        lines += body
        lines.append("}")
        if self.has_zero(s.name):
            lines.append("")
            lines.append("impl %s {" % s.name)
            lines.append("    /// All zero: every field is an integer, `bool`, raw pointer, `Option<fn>`")
            lines.append("    /// or an array of them, for which zero bytes are a valid value.")
            lines.append("    // SAFETY: every field is an integer, a raw pointer, an Option of a")
            lines.append("    // function pointer, or an array or repr(C) struct of those: all-zero")
            lines.append("    // bytes are a valid value.")
            lines.append("    pub const ZERO: %s = unsafe { core::mem::zeroed() };" % s.name)
            lines.append("}")
        lines.append("")
        size_const = self.size_const_for(t)
        lines.append("const _: () = assert!(size_of::<%s>() == %s);" % (s.name, size_const or t.size))
        lines.append("const _: () = assert!(align_of::<%s>() == %d);" % (s.name, t.align))
        lines += asserts
        # What the template has that this release does not, and the reverse.
        for fname, why in removed:
            lines.append("// %s.%s: left out: %s%s" % (s.name, fname, why, "" if why.endswith("?") else "."))
            self.note("removed", "%s.%s (%s)" % (s.name, fname, why))
        new = self.unmirrored(t, covered)
        if self.base is not None:
            try:
                bt = Target(self.base, s.name)
                new = [(rel, m) for rel, m in new if rel not in bt.direct]
                head = "new since glibc %s" % self.base.release
            except LayoutError:
                head = "not mirrored"
        else:
            head = "not mirrored"
        if new:
            lines.append("// Members of %s in %s %s (dryad may need them):" % (t.label, self.rel_label(), head))
            for rel, m in new:
                lines.append("//   %s" % describe_member(rel, m, t.base))
                self.note("new", "%s: %s" % (t.label, describe_member(rel, m, t.base)))
        return lines

    def derives(self, s):
        head = self.m.sources[s.file][s.span[0]:s.span[1]].split("{")[0]
        m = re.search(r"#\[derive\(([^)]*)\)\]", head)
        return m.group(1) if m else ""

    def has_zero(self, name):
        return any(re.search(r"\bconst\s+ZERO\s*:", blk) for blk in self.m.impls.get(name, []))

    def size_const_for(self, t):
        for name, (spec, _) in tables.CONSTANTS.items():
            if name in self.m.consts and not isinstance(spec, list) and spec[0] == "size" \
                    and len(spec) == 2 and spec[1] == t.key and not t.prefix \
                    and name in self.new_const:
                return name
        return None

    # -- constants ----------------------------------------------------------
    def emit_const(self, c):
        src = self.m.sources[c.file]
        doc = src[rustsrc.doc_start(src, c.span[0]):c.span[0]].rstrip()
        doc_lines = [ln.strip() for ln in doc.splitlines() if ln.strip().startswith("///")]
        vis = "pub " if c.public else ""
        if c.name in self.missing_const:
            self.note("removed", "const %s (%s)" % (c.name, self.missing_const[c.name]))
            return ["// %s: not in %s (%s); left out." % (c.name, self.rel_label(), self.missing_const[c.name])]
        v = self.new_const[c.name]
        expr = None
        try:
            keep = rustsrc.Evaluator(self.m, const=self.const_new).eval(c.expr)
            idents = set(re.findall(r"\b[A-Z_][A-Z0-9_]*\b", c.expr))
            if keep == v and not isinstance(keep, bool) and idents <= self.emitted:
                expr = c.raw_expr
        except (rustsrc.RustError, LayoutError):
            pass
        old = None
        try:
            old = self.m.value(c.name)
        except rustsrc.RustError:
            pass
        pre = []
        if expr is None:
            expr = format_like(c.raw_expr, v)
            if not re.match(r"^-?(0x[0-9a-f_]+|0b[01_]+|\d[\d_]*)(\s*<<\s*\d+)?$", c.raw_expr.strip()):
                msg = "%s: the template computes `%s` = %s; %s has %d. Review the " \
                      "constants that expression uses." % (c.name, c.raw_expr, old, self.rel_label(), v)
                if old != v:
                    pre.append(self.fixme(msg))
                    self.note("constants", msg)
        if old is not None and old != v:
            self.note("changed", "%s: %s -> %s" % (c.name, old, v))
            # a template doc quoting the old value is stale: use the table's
            if any(re.search(r"(?<![\w.])%s(?![\w.])" % re.escape(str(x)), " ".join(doc_lines))
                   for x in {old, hex(old) if isinstance(old, int) and old >= 0 else old}):
                doc_lines = []
        if not doc_lines:
            doc_lines = ["/// " + tables.CONSTANTS[c.name][1]]
        return pre + doc_lines + ["%sconst %s: %s = %s;" % (vis, c.name, c.ty, expr)]

    def copy_item(self, path, span):
        src = self.m.sources[path]
        return src[rustsrc.doc_start(src, span[0]):span[1]].rstrip().splitlines()

    # -- asserts from the template -------------------------------------------
    def template_assert(self, a):
        """Lines for a template assertion that is not one of the generated
        per-field/size/align ones, or None to drop it."""
        e = a.expr
        m = re.match(r"^(offset_of!\s*\(\s*(\w+)\s*,\s*\w+\s*\)|size_of::<(\w+)>\(\)|"
                     r"align_of::<(\w+)>\(\))\s*==\s*[\w_]+$", e)
        if m and (m.group(2) or m.group(3) or m.group(4)) in self.targets:
            return None  # regenerated with the struct
        # names the assertion needs (not the field names of offset_of!)
        bare = re.sub(r"offset_of!\s*\(\s*(\w+)\s*,[^)]*\)", r"\1", e)
        idents = set(re.findall(r"\b[A-Za-z_]\w*\b", bare)) - {
            "offset_of", "size_of", "align_of", "is_multiple_of", "as", "usize", "isize",
            "i64", "u64", "u32", "i32", "u8", "u16", "Option", "true", "false", "core", "mem"}
        gone = idents & (set(self.missing_const) | set(self.missing_struct))
        if gone:
            return [self.fixme("refers to %s, not in %s:" % (
                        ", ".join(sorted(gone)), self.rel_label())),
                    "// const _: () = assert!(%s);" % a.text]
        if not idents <= self.emitted:
            return None  # refers to items that are not generated (carried over by hand)
        hooks = DebugHooks(self.L, self.m)
        hooks.const = self.const_new
        ev = rustsrc.Evaluator(self.m, const=self.const_new, offset_of=hooks.offset_of,
                               size_of=hooks.size_of, align_of=hooks.align_of)
        text = a.text
        try:
            ok = ev.eval(e)
        except (rustsrc.RustError, LayoutError) as err:
            return [self.fixme("assertion not valid for %s (%s):" % (self.rel_label(), err)),
                    "// const _: () = assert!(%s);" % text]
        if ok is True:
            return ["const _: () = assert!(%s);" % text]
        sides = rustsrc.split_eq(e)
        if sides and re.match(r"^-?(0x[0-9a-fA-F_]+|\d[\d_]*)$", sides[1]):
            v = ev.eval(sides[0])
            lit = format_like(sides[1], v)
            raw = re.sub(r"==\s*%s\s*$" % re.escape(text.split("==")[-1].strip()), "== %s" % lit, text)
            return ["const _: () = assert!(%s);" % raw]
        return [self.fixme("assertion fails for %s:" % self.rel_label()),
                "// const _: () = assert!(%s);" % text]

    # -- the module -----------------------------------------------------------
    def needed_items(self):
        """Template aliases/constants the generated items refer to."""
        texts = []
        for name, t in self.targets.items():
            texts += [f.ty for f in self.m.structs[name].fields]
        need, todo = set(), list(texts)
        while todo:
            for ident in re.findall(r"\b[A-Za-z_]\w*\b", todo.pop()):
                if ident in need:
                    continue
                if ident in self.m.aliases:
                    need.add(ident)
                    todo.append(self.m.aliases[ident])
                elif ident in self.m.consts:
                    need.add(ident)
                    if ident not in tables.CONSTANTS:
                        todo.append(self.m.consts[ident].expr)
        return need

    def run(self):
        self.prepare()
        need = self.needed_items()
        out, skipped = [], []
        # What gets defined, for deciding which template asserts to keep.
        self.emitted = set(self.targets) | {n for n, s in self.m.structs.items()
                                            if tables.RUST_STRUCTS.get(n, {}).get("opaque")}
        self.emitted |= {n for n in self.m.consts if n in self.new_const} | need
        ai = 0
        for kind, name in self.m.order:
            if kind == "struct":
                s = self.m.structs[name]
                spec = tables.RUST_STRUCTS.get(name)
                if spec and spec.get("opaque"):
                    out += [""] + self.copy_item(s.file, s.span)
                elif name in self.targets:
                    out += [""] + self.emit_struct(s)
                elif name in self.missing_struct:
                    out += ["", "// %s: %s; not generated." % (name, self.missing_struct[name])]
                    self.note("removed", "struct %s (%s)" % (name, self.missing_struct[name]))
                else:
                    skipped.append("struct %s (not in tables.RUST_STRUCTS)" % name)
            elif kind == "const":
                c = self.m.consts[name]
                if name in tables.CONSTANTS:
                    out += [""] + self.emit_const(c)
                    spec = tables.CONSTANTS[name][0]
                    if not isinstance(spec, list) and spec[0] == "offset":
                        self.offset_const_pos[spec[1]] = len(out)
                elif name in need:
                    out += [""] + self.copy_item(c.file, c.span)
                else:
                    skipped.append("const %s" % name)
            elif kind == "type":
                if name in need:
                    out += [""] + self.copy_item(*self.m.alias_spans[name])
                else:
                    skipped.append("type %s" % name)
            elif kind == "assert":
                a = self.m.asserts[name]
                lines = self.template_assert(a)
                if lines:
                    out += lines
                elif not re.match(r"^(offset_of!|size_of::<|align_of::<)", a.expr) or \
                        not any(x in a.expr for x in self.targets):
                    skipped.append("assert!(%s)" % a.text)
            else:
                path, a, b = self.m.others[name]
                head = self.m.sources[path][a:b].split("{")[0].split(";")[0]
                head = " ".join(head.split())
                if not head.startswith(("use ", "#![", "impl ")):
                    skipped.append(head[:90])
        self.skipped = skipped
        # New members of glibc types dryad reaches only through offset
        # constants (struct pthread), after the last of those constants.
        struct_keys = {t.key for t in self.targets.values() if not t.prefix}
        for key, pos in sorted(self.offset_const_pos.items(), key=lambda x: -(x[1] or 0)):
            if pos is None or key in struct_keys or not self.L.has(key):
                continue
            new = self.L.direct_members(key)
            if self.base is not None and self.base.has(key):
                old = self.base.direct_members(key)
                new = {k: v for k, v in new.items() if k not in old}
                head = "new since glibc %s" % self.base.release
            else:
                head = "(all)"
            if new:
                block = ["", "// Members of %s in %s %s (dryad may need them):" % (key, self.rel_label(), head)]
                for rel, m in sorted(new.items(), key=lambda x: x[1]["offset"]):
                    block.append("//   %s" % describe_member(rel, m, 0))
                    self.note("new", "%s: %s" % (key, describe_member(rel, m, 0)))
                out[pos:pos] = block
        return self.header() + tidy(out) + self.footer()

    def header(self):
        L = self.L
        files = L.data.get("files", {})
        h = ["//! glibc %s (%s, x86-64) layouts of the private" % (
                 L.release, ("Debian " + L.data["package"]) if L.data.get("package") else "package ?"),
             "//! structures shared between `ld.so` and `libc.so.6`.",
             "//!",
             "//! GENERATED by tools/glibc-layout (`emit`) from the debug info of",
             "//! ld.so (build-id %s)" % files.get("ld.so", {}).get("build_id", "?"),
             "//! and libc.so.6 (build-id %s)," % files.get("libc", {}).get("build_id", "?"),
             "//! with %s as the template for names and types." % self.template,
             "//! Do not edit the numbers by hand: fix the tables in tools/glibc-layout",
             "//! and re-run it (tools/glibc-layout/README.md). Field docs name the glibc",
             "//! member and its C type; `_pad_N` fields stand for glibc members dryad",
             "//! does not use.",
             "",
             "#![allow(dead_code, unused_imports)]",
             "",
             "use core::ffi::c_void;",
             "use core::mem::{align_of, offset_of, size_of};",
             ]
        return h

    def footer(self):
        f = ["", "// " + "-" * 75,
             "// Not generated: carry these over from %s by hand if this" % self.template,
             "// release needs them (they are not layout, or are hand-written code):"]
        for s in self.skipped:
            f.append("//   %s" % s)
        for name in self.targets:
            extra = [b for b in self.m.impls.get(name, [])]
            if extra:
                items = set()
                for blk in extra:
                    items |= set(re.findall(r"\bfn\s+(\w+)", blk))
                    items |= set(re.findall(r"\bconst\s+([A-Z_][A-Z0-9_]*)\s*:", blk))
                items.discard("ZERO")
                if items:
                    f.append("//   impl %s: %s" % (name, ", ".join(sorted(items))))
        return f


def tidy(lines):
    out = []
    for ln in lines:
        if ln == "" and out and out[-1] == "":
            continue
        out.append(ln)
    return out


def format_like(template, v):
    """Write `v` the way the template wrote its value (hex, `1 << n`,
    `0b11 << n`, decimal)."""
    t = template.strip()
    if isinstance(v, bool):
        return "true" if v else "false"
    m = re.match(r"^(0b[01_]+|0x[0-9a-fA-F_]+|\d[\d_]*)\s*<<\s*\d+$", t)
    if m and v > 0:
        shift = (v & -v).bit_length() - 1
        low = v >> shift
        lit = m.group(1)
        if lit.startswith("0b"):
            return "0b%s << %d" % (bin(low)[2:], shift)
        if lit.startswith("0x"):
            return "0x%x << %d" % (low, shift)
        return "%d << %d" % (low, shift)
    if t.startswith("0b") and v >= 0:
        return bin(v)
    if t.startswith("0x") and v >= 0:
        return "0x%x" % v if len(t.replace("_", "")) < 10 else "0x%x" % v
    if v > 4096 and v & (v - 1) == 0:
        return "1 << %d" % (v.bit_length() - 1)
    return str(v)


def describe_member(rel, m, base):
    off = m["offset"] - base
    t = m.get("type", "?") + "".join("[%d]" % d for d in m.get("dims", []))
    if "bit_pos" in m:
        return "%s: bit-field %d bit(s) at byte %d bit %d (`%s`)" % (
            rel, m["bit_size"], off, m["bit_pos"] % 8, t)
    return "%s: offset %d, %d bytes (`%s`)" % (rel, off, m["size"], t)


def suggest_type(m, em=None):
    """A Rust type of the right size for a glibc member (for FIXMEs)."""
    dims = m.get("dims", [])
    n = 1
    for d in dims:
        n *= d
    elem = m["size"] // n if n else 0
    t = m.get("type", "")
    base = rustsrc.norm_ws(re.sub(r"\b(const|volatile)\b", "", t))
    if m.get("kind") == "pointer":
        r = "Option<unsafe extern \"C\" fn()>" if "(*" in t else "*mut c_void"
    elif base in _RUST_BY_C and rust_size(_RUST_BY_C[base]) == elem:
        r = _RUST_BY_C[base]
    elif m.get("kind") in ("struct", "union") and em is not None:
        r = None
        for name, tg in em.targets.items():
            if not tg.prefix and tg.key in (base, t) and tg.size == elem:
                r = name
        r = r or "[u8; %d]" % elem
    else:
        r = {1: "u8", 2: "u16", 4: "u32", 8: "u64", 16: "u128"}.get(elem, "[u8; %d]" % elem)
    for d in reversed(dims):
        r = "[%s; %d]" % (r, d)
    return r


def rust_size(t):
    return rustsrc.PRIMITIVES.get(t, (0, 0))[0]


def emit(new, module, base=None, template="layout.rs"):
    em = Emitter(new, module, base, template)
    text = "\n".join(em.run()) + "\n"
    return text, em


SECTIONS = [
    ("sizes", "Struct sizes"),
    ("moved", "Fields at a new offset"),
    ("removed", "Template items with no glibc counterpart (left out)"),
    ("new", "glibc members dryad does not mirror (new since the base release, if given)"),
    ("types", "C types changed (same size)"),
    ("align", "Alignment differs from the template's repr(align)"),
    ("changed", "Constants with a new value"),
    ("constants", "Constants written as literals"),
]


def format_report(em, verbose=False):
    """The emit report, grouped by section."""
    lines = ["glibc-layout emit: glibc %s from template %s%s" % (
        em.L.release, em.template, (", base glibc %s" % em.base.release) if em.base else "")]
    by = {}
    for sec, text in em.report:
        key = "moved" if sec.startswith("moved:") else sec
        by.setdefault(key, []).append((sec, text))
    for key, title in SECTIONS:
        items = by.get(key, [])
        if not items:
            continue
        lines.append("")
        lines.append("%s:" % title)
        if key == "sizes" and not verbose:
            items = [(sec, t) for sec, t in items if not re.search(r": (\d+) -> \1 bytes, align (\d+) -> \2$", t)]
            if not items:
                lines.append("  (all unchanged)")
        if key == "moved":
            per = {}
            for sec, text in items:
                per.setdefault(sec.split(":", 1)[1], []).append(text)
            for struct, moves in per.items():
                shown = moves if verbose or len(moves) <= 6 else moves[:3] + ["...", moves[-1]]
                lines.append("  %s: %d fields: %s" % (struct, len(moves), ", ".join(shown)))
            continue
        for _, text in items:
            lines.append("  " + text)
    if em.fixmes:
        lines.append("")
        lines.append("FIXMEs in the emitted module (%d):" % len(em.fixmes))
        for f in em.fixmes:
            lines.append("  " + f)
    return "\n".join(lines)
