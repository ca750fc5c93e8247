"""Just enough of Rust to read a layout module.

What is understood (everything layout.rs uses at the top level):

* items: `#[repr(C[, align(N)])] pub struct|union Name { fields }`,
  `pub type Name = T;`, `[pub] const NAME: T = EXPR;`,
  `const _: () = assert!(EXPR);` and `const _: () = { assert!(..); ... };`
  (everything else -- fn, impl, use, mod -- is skipped);
* types: integers, bool, f32/f64, raw pointers and references, `fn` types,
  `Option<fn / pointer-like>`, arrays `[T; EXPR]`, `()`, `PhantomData<..>`,
  structs/unions/type aliases of the same module(s), `c_void` (behind
  pointers only);
* constant expressions: integer literals (any base, `_`, suffixes), names
  of other constants, `+ - * / % << >> | & ^ !`, comparisons, `&&`/`||`,
  `as` casts (ignored), `T::MAX`, `x.is_multiple_of(n)`, and
  `offset_of!(T, f)`, `size_of::<T>()`, `align_of::<T>()`.  Anything else
  (function calls, `matches!`) makes the expression "unsupported".

Layout follows `repr(C)`: fields in order, each at the next multiple of its
alignment; size rounded up to the alignment; unions overlay at 0.
"""

import ast
import re


class RustError(Exception):
    pass


class Unsupported(RustError):
    pass


# ---------------------------------------------------------------------------
# Lexical helpers
# ---------------------------------------------------------------------------


def blank_comments_and_strings(src):
    """Same-length copy of `src` with comments and the contents of string
    and char literals replaced by spaces (newlines kept), so positions in
    the copy are positions in the original."""
    out = list(src)
    i, n = 0, len(src)

    def blank(a, b):
        for k in range(a, b):
            if out[k] != "\n":
                out[k] = " "

    while i < n:
        c = src[i]
        if src.startswith("//", i):
            j = src.find("\n", i)
            j = n if j < 0 else j
            blank(i, j)
            i = j
        elif src.startswith("/*", i):
            depth, j = 1, i + 2
            while j < n and depth:
                if src.startswith("/*", j):
                    depth, j = depth + 1, j + 2
                elif src.startswith("*/", j):
                    depth, j = depth - 1, j + 2
                else:
                    j += 1
            blank(i, j)
            i = j
        elif c == '"' or (c in "br" and re.match(r'(b?r#*"|b")', src[i:i + 4] or "")):
            m = re.match(r'(b?r)(#*)"', src[i:])
            if m:  # raw string r#"..."#
                end = '"' + m.group(2)
                j = src.find(end, i + len(m.group(0)))
                j = n if j < 0 else j + len(end)
                blank(i + len(m.group(0)), j - len(end))
                i = j
                continue
            start = i + (2 if c == "b" else 1)
            j = start
            while j < n and src[j] != '"':
                j += 2 if src[j] == "\\" else 1
            blank(start, j)
            i = j + 1
        elif c == "'":
            m = re.match(r"'(\\.[^']*|[^\\'])'", src[i:])
            if m:  # char literal (not a lifetime)
                blank(i + 1, i + len(m.group(0)) - 1)
                i += len(m.group(0))
            else:
                i += 1
        else:
            i += 1
    return "".join(out)


_OPEN = {"(": ")", "[": "]", "{": "}"}


def split_top(text, sep=","):
    """Split on `sep` outside (), [], {} and <> (`->` is not a bracket).
    Returns (piece, start offset) pairs."""
    pieces, depth, start, i = [], 0, 0, 0
    while i < len(text):
        c = text[i]
        if text.startswith("->", i) or text.startswith("=>", i):
            i += 2
            continue
        if c in "([{<":
            depth += 1
        elif c in ")]}>":
            depth -= 1
        elif c == sep and depth == 0:
            pieces.append((text[start:i], start))
            start = i + 1
        i += 1
    pieces.append((text[start:], start))
    return [(p, s) for p, s in pieces if p.strip()]


def matching(text, i):
    """Index just past the bracket matching text[i]."""
    close = _OPEN[text[i]]
    depth = 0
    for j in range(i, len(text)):
        if text[j] == text[i]:
            depth += 1
        elif text[j] == close:
            depth -= 1
            if depth == 0:
                return j + 1
    raise RustError("unbalanced %r" % text[i])


def doc_start(src, pos):
    """Start of the `///` doc comment lines right before position `pos`."""
    start = src.rfind("\n", 0, pos) + 1
    while start > 0:
        prev = src.rfind("\n", 0, start - 1) + 1
        if src[prev:start].strip().startswith(("///", "#[")):
            start = prev
        else:
            break
    return start


def line_of(src, pos):
    return src.count("\n", 0, pos) + 1


# ---------------------------------------------------------------------------
# Items
# ---------------------------------------------------------------------------


class Field:
    def __init__(self, name, ty, public, span):
        self.name, self.ty, self.public, self.span = name, ty, public, span


class Struct:
    def __init__(self, name, is_union, repr_args, fields, file, line, span):
        self.name = name
        self.is_union = is_union
        self.repr_args = repr_args
        self.fields = fields
        self.file = file
        self.line = line
        self.span = span
        m = re.search(r"align\((\d+)\)", repr_args)
        self.repr_align = int(m.group(1)) if m else 1
        self.is_c = re.search(r"\bC\b", repr_args) is not None


class Const:
    def __init__(self, name, ty, expr, public, file, line, span):
        self.name, self.ty, self.expr, self.public = name, ty, expr, public
        self.file, self.line, self.span = file, line, span


class Assert:
    def __init__(self, expr, file, line, text):
        self.expr, self.file, self.line, self.text = expr, file, line, text


def split_items(clean):
    """Top-level items of a blanked source: (start, end) spans."""
    items, depth, start, i, n = [], 0, None, 0, len(clean)
    while i < n:
        c = clean[i]
        if start is None:
            if c.isspace():
                i += 1
                continue
            start = i
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
            if depth == 0 and c == "}":
                head = re.sub(r"#!?\[[^\]]*\]", " ", clean[start:i])
                head = head.lstrip()
                # `const X = { .. };` / `static` / `type` end at the `;`
                # (but a `const fn` ends at its body's `}`)
                if not re.match(r"(pub(\([^)]*\))?\s+)?(const|static|type|let|use)\b", head) \
                        or re.match(r"(pub(\([^)]*\))?\s+)?const\s+(unsafe\s+)?(extern\s+\S+\s+)?fn\b",
                                    head):
                    items.append((start, i + 1))
                    start = None
            elif depth == 0 and c == "]" and clean.startswith("#!", start):
                items.append((start, i + 1))
                start = None
        elif c == ";" and depth == 0:
            items.append((start, i + 1))
            start = None
        i += 1
    return items


_ATTR_RE = re.compile(r"#\s*\[")


def strip_attrs(text):
    """Remove leading `#[...]` attributes; return (attrs, rest offset)."""
    attrs, i = [], 0
    while True:
        m = re.match(r"\s*#\s*\[", text[i:])
        if not m:
            break
        j = i + m.end() - 1
        end = matching(text, j)
        attrs.append(text[j + 1:end - 1])
        i = end
    return attrs, i


class Module:
    """The items of one or more Rust files, merged into one namespace."""

    def __init__(self, paths):
        self.structs, self.consts, self.aliases = {}, {}, {}
        self.asserts, self.order = [], []
        self.impls, self.others, self.alias_spans = {}, [], {}
        self.sources = {}
        for p in paths:
            with open(p) as f:
                self.add_source(p, f.read())
        self._values = {}

    def add_source(self, path, src):
        self.sources[path] = src
        clean = blank_comments_and_strings(src)
        for a, b in split_items(clean):
            self._item(path, src, clean, a, b)

    def _item(self, path, src, clean, a, b):
        text = clean[a:b]
        attrs, k = strip_attrs(text)
        body_start = a + k
        head = clean[body_start:b]
        line = line_of(src, body_start)
        m = re.match(r"\s*(pub(\([^)]*\))?\s+)?(struct|union)\s+(\w+)\s*\{", head)
        if m:
            repr_args = ",".join(x[5:-1] for x in attrs if x.startswith("repr("))
            lb = body_start + m.end() - 1
            rb = matching(clean, lb)
            fields = []
            for piece, off in split_top(clean[lb + 1:rb - 1]):
                pa, pk = strip_attrs(piece)
                fm = re.match(r"\s*(pub(\([^)]*\))?\s+)?(\w+)\s*:\s*", piece[pk:])
                if not fm:
                    raise RustError("%s:%d: cannot parse field %r" % (path, line, piece.strip()))
                ts = lb + 1 + off + pk + fm.end()
                te = lb + 1 + off + len(piece.rstrip())
                fields.append(Field(fm.group(3), norm_ws(src[ts:te]), bool(fm.group(1)), (ts, te)))
            s = Struct(m.group(4), m.group(3) == "union", repr_args, fields, path, line, (a, b))
            self.structs[s.name] = s
            self.order.append(("struct", s.name))
            return
        m = re.match(r"\s*(pub(\([^)]*\))?\s+)?type\s+(\w+)\s*=\s*", head)
        if m:
            ty = norm_ws(src[body_start + m.end():b - 1])
            self.aliases[m.group(3)] = ty
            self.alias_spans[m.group(3)] = (path, (a, b))
            self.order.append(("type", m.group(3)))
            return
        m = re.match(r"\s*(pub(\([^)]*\))?\s+)?(?:const|static)\s+(\w+)\s*:", head)
        if m and not re.match(r"\s*(pub(\([^)]*\))?\s+)?const\s+(unsafe\s+)?fn\b", head):
            name = m.group(3)
            rest_start = body_start + m.end()
            eq = find_top_eq(clean, rest_start, b)
            ty = norm_ws(clean[rest_start:eq])
            expr_text = clean[eq + 1:b - 1]
            if name == "_":
                for ex, pos in find_asserts(clean, eq + 1, b):
                    self.order.append(("assert", len(self.asserts)))
                    self.asserts.append(Assert(norm_ws(ex), path, line_of(src, pos),
                                               norm_ws(src[pos:pos + len(ex)])))
                return
            c = Const(name, ty, norm_ws(expr_text), bool(m.group(1)), path, line, (a, b))
            c.raw_expr = src[eq + 1:b - 1].strip()
            self.consts[name] = c
            self.order.append(("const", name))
            return
        m = re.match(r"\s*impl\s+(\w+)\s*\{", head)
        if m:
            self.impls.setdefault(m.group(1), []).append(src[a:b])
        self.others.append((path, a, b))
        self.order.append(("other", len(self.others) - 1))

    # -- constants ---------------------------------------------------------
    def value(self, name):
        """Value of a constant as Rust computes it."""
        if name not in self._values:
            if name not in self.consts:
                raise Unsupported("unknown constant %s" % name)
            self._values[name] = None  # recursion guard
            try:
                self._values[name] = Evaluator(self).eval(self.consts[name].expr)
            except Exception:
                del self._values[name]
                raise
        v = self._values[name]
        if v is None:
            raise Unsupported("recursive constant %s" % name)
        return v

    # -- layout -----------------------------------------------------------
    def layout(self, name, sizes=None, const=None):
        """repr(C) layout of a struct: (size, align, [(field, off, size, align)]).
        `sizes` may override the (size, align) of named types, `const` the
        values of constants (array lengths)."""
        s = self.structs[name]
        fields, off, align = [], 0, 1
        for f in s.fields:
            fs, fa = self.type_size(f.ty, sizes, const)
            if s.is_union:
                fields.append((f.name, 0, fs, fa))
                off = max(off, fs)
            else:
                off = align_up(off, fa)
                fields.append((f.name, off, fs, fa))
                off += fs
            align = max(align, fa)
        align = max(align, s.repr_align)
        return align_up(off, align), align, fields

    def type_size(self, ty, sizes=None, const=None):
        """(size, align) of a Rust type written as text."""
        t = parse_type(ty)
        return self._size(t, sizes or {}, const or self.value, 0)

    def _size(self, t, sizes, const, depth):
        if depth > 50:
            raise RustError("type recursion")
        kind = t[0]
        if kind in ("ptr", "fn"):
            return 8, 8
        if kind == "unit":
            return 0, 1
        if kind == "array":
            es, ea = self._size(t[1], sizes, const, depth + 1)
            n = Evaluator(self, const=const).eval(t[2])
            return es * n, ea
        if kind == "path":
            name, args = t[1], t[2]
            if name in PRIMITIVES:
                return PRIMITIVES[name]
            if name == "Option" and args:
                inner = self.resolve_alias(args[0])
                if inner[0] in ("ptr", "fn") and (inner[0] == "fn" or inner[2]):
                    return 8, 8  # niche: same size as the fn pointer / reference
                raise Unsupported("Option of a non-pointer type")
            if name in ("PhantomData", "PhantomPinned"):
                return 0, 1
            if name in ("MaybeUninit", "ManuallyDrop", "UnsafeCell", "Cell") and args:
                return self._size(args[0], sizes, const, depth + 1)
            if name in sizes:
                return sizes[name]
            if name in self.structs:
                size, align, _ = self.layout(name, sizes, const)
                return size, align
            if name in self.aliases:
                return self._size(parse_type(self.aliases[name]), sizes, const, depth + 1)
            raise Unsupported("type %s of unknown size" % name)
        raise Unsupported("type %r" % (t,))

    def resolve_alias(self, t, depth=0):
        while t[0] == "path" and t[1] in self.aliases and depth < 50:
            t = parse_type(self.aliases[t[1]])
            depth += 1
        return t


def norm_ws(s):
    return re.sub(r"\s+", " ", s).strip()


def align_up(x, a):
    return -(-x // a) * a


def find_top_eq(clean, a, b):
    depth = 0
    for i in range(a, b):
        c = clean[i]
        if c in "([{<":
            depth += 1
        elif c in ")]}>" and not clean.startswith("->", i - 1):
            depth -= 1
        elif c == "=" and depth == 0 and clean[i + 1] not in "=>" and clean[i - 1] not in "=!<>":
            return i
    raise RustError("no `=` in const item")


def find_asserts(clean, a, b):
    """(condition, position) of each `assert!(cond[, msg])` in clean[a:b]."""
    out = []
    for m in re.finditer(r"\bassert!\s*\(", clean[a:b]):
        lp = a + m.end() - 1
        rp = matching(clean, lp)
        args = split_top(clean[lp + 1:rp - 1])
        cond, off = args[0]
        out.append((cond, lp + 1 + off))
    return out


# ---------------------------------------------------------------------------
# Types
# ---------------------------------------------------------------------------

PRIMITIVES = {
    "u8": (1, 1), "i8": (1, 1), "bool": (1, 1), "u16": (2, 2), "i16": (2, 2),
    "u32": (4, 4), "i32": (4, 4), "f32": (4, 4), "char": (4, 4),
    "u64": (8, 8), "i64": (8, 8), "f64": (8, 8), "usize": (8, 8), "isize": (8, 8),
    "u128": (16, 16), "i128": (16, 16),
    "c_char": (1, 1), "c_schar": (1, 1), "c_uchar": (1, 1), "c_short": (2, 2),
    "c_ushort": (2, 2), "c_int": (4, 4), "c_uint": (4, 4), "c_long": (8, 8),
    "c_ulong": (8, 8), "c_longlong": (8, 8), "c_ulonglong": (8, 8),
}

_TOKEN = re.compile(r"\s*(->|::|'\w+|\"[^\"]*\"|[A-Za-z_]\w*|\d[\w]*|[][()<>;,*&!+\-/%|^=.:{}?#@~])")


def tokenize(s):
    toks, i = [], 0
    while i < len(s):
        m = _TOKEN.match(s, i)
        if not m:
            if s[i:].strip() == "":
                break
            raise RustError("cannot tokenize type %r at %r" % (s, s[i:]))
        toks.append(m.group(1))
        i = m.end()
    return toks


def parse_type(s):
    """Type text -> tuple AST:
    ('ptr', inner, nonnull) ('fn',) ('unit',) ('array', elem, len_expr)
    ('path', last_name, [generic args])."""
    toks = tokenize(s)
    t, i = _ptype(toks, 0, s)
    if i != len(toks):
        raise RustError("trailing tokens in type %r" % s)
    return t


def _ptype(toks, i, src):
    tok = toks[i]
    if tok == "*":
        i += 1
        if toks[i] in ("mut", "const"):
            i += 1
        inner, i = _ptype(toks, i, src)
        return ("ptr", inner, False), i
    if tok == "&":
        i += 1
        if toks[i].startswith("'"):
            i += 1
        if toks[i] == "mut":
            i += 1
        inner, i = _ptype(toks, i, src)
        return ("ptr", inner, True), i
    if tok == "[":
        elem, i = _ptype(toks, i + 1, src)
        if toks[i] != ";":
            raise Unsupported("slice type in %r" % src)
        depth, j = 0, i + 1
        while True:
            if toks[j] in "([":
                depth += 1
            elif toks[j] in ")]":
                if depth == 0:
                    break
                depth -= 1
            j += 1
        return ("array", elem, " ".join(toks[i + 1:j])), j + 1
    if tok == "(":
        if toks[i + 1] == ")":
            return ("unit",), i + 2
        raise Unsupported("tuple type in %r" % src)
    if tok in ("unsafe", "extern", "fn"):
        while toks[i] in ("unsafe", "extern") or toks[i].startswith('"'):
            i += 1
        if toks[i] != "fn":
            raise RustError("bad fn type %r" % src)
        i += 1
        depth = 0
        while True:  # skip the parameter list
            if toks[i] == "(":
                depth += 1
            elif toks[i] == ")":
                depth -= 1
                if depth == 0:
                    i += 1
                    break
            i += 1
        if i < len(toks) and toks[i] == "->":
            if toks[i + 1] == "!":
                i += 2
            else:
                _, i = _ptype(toks, i + 1, src)
        return ("fn",), i
    if re.match(r"[A-Za-z_]", tok):
        name = tok
        i += 1
        while i < len(toks) and toks[i] == "::":
            name = toks[i + 1]
            i += 2
        args = []
        if i < len(toks) and toks[i] == "<":
            i += 1
            while toks[i] != ">":
                if toks[i].startswith("'"):
                    i += 1
                else:
                    a, i = _ptype(toks, i, src)
                    args.append(a)
                if toks[i] == ",":
                    i += 1
            i += 1
        if name == "dyn":
            raise Unsupported("dyn type")
        return ("path", name, args), i
    raise RustError("cannot parse type %r" % src)


# ---------------------------------------------------------------------------
# Constant expressions
# ---------------------------------------------------------------------------

_MAXES = {
    "u8": 2**8 - 1, "u16": 2**16 - 1, "u32": 2**32 - 1, "u64": 2**64 - 1, "usize": 2**64 - 1,
    "i8": 2**7 - 1, "i16": 2**15 - 1, "i32": 2**31 - 1, "i64": 2**63 - 1, "isize": 2**63 - 1,
}
_INT = r"(?:u8|u16|u32|u64|u128|usize|i8|i16|i32|i64|i128|isize)"


class Evaluator:
    """Evaluates a Rust constant expression.  The hooks decide what
    `offset_of!`, `size_of`, `align_of` and constant names mean; by default
    they are what rustc would compute from the module."""

    def __init__(self, module, const=None, offset_of=None, size_of=None, align_of=None):
        self.m = module
        self.const = const or module.value
        self.offset_of = offset_of or self._rust_offset_of
        self.size_of = size_of or (lambda ty: module.type_size(ty, const=self.const)[0])
        self.align_of = align_of or (lambda ty: module.type_size(ty, const=self.const)[1])

    def _rust_offset_of(self, ty, field):
        t, off = parse_type(ty), 0
        for part in field.split("."):
            t = self.m.resolve_alias(t)
            if t[0] != "path" or t[1] not in self.m.structs:
                raise Unsupported("offset_of! on %s" % ty)
            _, _, fields = self.m.layout(t[1], const=self.const)
            f = [x for x in fields if x[0] == part.strip()]
            if not f:
                raise RustError("%s has no field %s" % (t[1], part))
            off += f[0][1]
            t = parse_type([x for x in self.m.structs[t[1]].fields if x.name == part.strip()][0].ty)
        return off

    def translate(self, expr):
        """Rust expression text -> (Python expression text, macro table)."""
        calls = []

        def macro(kind, args):
            calls.append((kind, args))
            return " __m(%d) " % (len(calls) - 1)

        s = expr
        out, i = [], 0
        pat = re.compile(r"(?:(?:core|std)::mem::|mem::)?(offset_of!\s*\(|size_of::<|align_of::<|matches!)")
        while True:
            m = pat.search(s, i)
            if not m:
                out.append(s[i:])
                break
            out.append(s[i:m.start()])
            what = m.group(1)
            if what.startswith("matches!"):
                raise Unsupported("matches!")
            if what.startswith("offset_of!"):
                lp = m.end() - 1
                rp = matching(s, lp)
                parts = split_top(s[lp + 1:rp - 1])
                if len(parts) != 2:
                    raise RustError("bad offset_of!")
                out.append(macro("offset_of", (norm_ws(parts[0][0]), norm_ws(parts[1][0]))))
                i = rp
            else:  # size_of::<T>() / align_of::<T>()
                j, depth = m.end(), 1
                while depth:
                    if s.startswith("->", j):
                        j += 2
                        continue
                    if s[j] == "<":
                        depth += 1
                    elif s[j] == ">":
                        depth -= 1
                    j += 1
                ty = norm_ws(s[m.end():j - 1])
                k = re.match(r"\s*\(\s*\)", s[j:])
                if not k:
                    raise RustError("bad %s" % what)
                out.append(macro("size_of" if what.startswith("size") else "align_of", (ty,)))
                i = j + k.end()
        s = "".join(out)
        if re.search(r"[\"']", s):
            raise Unsupported("string or char literal")
        s = re.sub(r"\bas\s+" + _INT + r"\b", "", s)
        s = re.sub(r"\b(" + "|".join(_MAXES) + r")::MAX\b", lambda mm: str(_MAXES[mm.group(1)]), s)
        s = re.sub(r"\b(\d[\d_]*|0x[\da-fA-F_]+|0b[01_]+|0o[0-7_]+)" + _INT + r"\b", r"\1", s)
        s = re.sub(r"(\w+|\([^()]*\))\s*\.\s*is_multiple_of\s*\(([^()]*)\)", r"((\1) % (\2) == 0)", s)
        s = s.replace("&&", " and ").replace("||", " or ")
        s = re.sub(r"!(?!=)", "~", s)
        s = re.sub(r"(?<![/])/(?![/])", "//", s)
        s = re.sub(r"\btrue\b", "True", s)
        s = re.sub(r"\bfalse\b", "False", s)
        return " ".join(s.split()), calls

    def eval(self, expr, touched=None):
        """Value of `expr`.  If `touched` is a list, the macro calls and
        constant names used are appended to it."""
        py, calls = self.translate(expr)
        try:
            tree = ast.parse(py, mode="eval")
        except SyntaxError:
            raise Unsupported("cannot parse %r" % expr)
        return self._ev(tree.body, calls, touched)

    def _ev(self, n, calls, touched):
        ev = lambda x: self._ev(x, calls, touched)
        if isinstance(n, ast.Constant) and isinstance(n.value, (int, bool)):
            return n.value
        if isinstance(n, ast.Name):
            if touched is not None:
                touched.append(("const", n.id))
            return self.const(n.id)
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "__m":
            kind, args = calls[n.args[0].value]
            if touched is not None:
                touched.append((kind, args))
            return {"offset_of": self.offset_of, "size_of": self.size_of,
                    "align_of": self.align_of}[kind](*args)
        if isinstance(n, ast.BinOp):
            a, b = ev(n.left), ev(n.right)
            op = type(n.op)
            ops = {ast.Add: lambda: a + b, ast.Sub: lambda: a - b, ast.Mult: lambda: a * b,
                   ast.FloorDiv: lambda: _div(a, b), ast.Mod: lambda: _mod(a, b),
                   ast.LShift: lambda: a << b, ast.RShift: lambda: a >> b,
                   ast.BitOr: lambda: a | b, ast.BitAnd: lambda: a & b,
                   ast.BitXor: lambda: a ^ b}
            if op in ops:
                return ops[op]()
        if isinstance(n, ast.UnaryOp):
            v = ev(n.operand)
            if isinstance(n.op, ast.USub):
                return -v
            if isinstance(n.op, ast.UAdd):
                return v
            if isinstance(n.op, (ast.Invert, ast.Not)):
                return (not v) if isinstance(v, bool) else ~v
        if isinstance(n, ast.BoolOp):
            vals = [ev(v) for v in n.values]
            return all(vals) if isinstance(n.op, ast.And) else any(vals)
        if isinstance(n, ast.Compare):
            left = ev(n.left)
            for op, right in zip(n.ops, n.comparators):
                r = ev(right)
                ok = {ast.Eq: left == r, ast.NotEq: left != r, ast.Lt: left < r,
                      ast.LtE: left <= r, ast.Gt: left > r, ast.GtE: left >= r}.get(type(op))
                if ok is None:
                    raise Unsupported("comparison")
                if not ok:
                    return False
                left = r
            return True
        if isinstance(n, ast.Call):
            raise Unsupported("calls %s()" % ast.unparse(n.func))
        raise Unsupported("expression `%s`" % ast.unparse(n))


def _div(a, b):
    q = abs(a) // abs(b)  # Rust integer division truncates toward zero
    return q if (a >= 0) == (b >= 0) else -q


def _mod(a, b):
    return a - b * _div(a, b)


def split_eq(expr):
    """`A == B` at the top level -> (A, B), else None."""
    depth = 0
    for i, c in enumerate(expr):
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif expr.startswith("==", i) and depth == 0:
            if "&&" in expr or "||" in expr:
                return None
            return expr[:i].strip(), expr[i + 2:].strip()
    return None
