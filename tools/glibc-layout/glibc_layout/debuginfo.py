"""Reading struct layouts out of DWARF debug info, through pahole and gdb.

pahole (dwarves) is the primary source: `pahole -E -C NAME FILE` prints a
struct with every member type expanded inline and every offset absolute
(relative to the start of the outermost struct).  Its text is parsed into a
tree of `Node`s.  Where pahole cannot print a type (not found, or the DWARF 5
quirk where an anonymous typedef'd union prints as `typedef union  name;`
with no body), `gdb -batch -ex 'ptype /o TYPE' FILE` is used instead; its
format is parsed into the same tree.  gdb also answers the questions pahole
has no command for: `_Alignof(T)`, `sizeof(T)` (a cross-check) and the value
of enumerators.

Members whose type neither tool expanded (pahole leaves `const` typedefs
alone, gdb never expands typedefs or arrays of structs) are looked up by type
name and grafted in, so the tree always reaches the scalar leaves.
"""

import copy
import re
import shutil
import subprocess

# ---------------------------------------------------------------------------
# Tree model
# ---------------------------------------------------------------------------


class Node:
    """One struct/union member (or a whole type, for the root).

    offset   -- byte offset from the start of the outermost type; for a
                bit-field, the byte holding its first bit
    size     -- bytes (for a bit-field: the size of its declared type)
    bit_pos  -- for bit-fields: absolute bit position (offset*8 + bit)
    kind     -- 'struct', 'union', 'enum', 'scalar', 'pointer', or
                'unresolved' (a typedef/struct name still to be looked up)
    ctype    -- the C type as written (typedef name if there is one)
    dims     -- array dimensions, e.g. [16] or [8, 4]; [0] for `x[]`
    """

    def __init__(self, name="", ctype="", kind="scalar", offset=0, size=0):
        self.name = name
        self.ctype = ctype
        self.kind = kind
        self.offset = offset
        self.size = size
        self.dims = []
        self.bit_pos = None
        self.bit_size = None
        self.align_attr = 0  # from __attribute__((__aligned__(N)))
        self.align = None  # computed by compute_align()
        self.children = []

    def is_composite(self):
        return self.kind in ("struct", "union")

    def shifted(self, delta):
        """A deep copy with every offset moved by `delta` bytes."""
        n = copy.deepcopy(self)
        for m in n.walk():
            m.offset += delta
            if m.bit_pos is not None:
                m.bit_pos += delta * 8
        return n

    def walk(self):
        yield self
        for c in self.children:
            yield from c.walk()

    def __repr__(self):
        return "Node(%s %r off=%d size=%d kind=%s)" % (
            self.ctype, self.name, self.offset, self.size, self.kind)


class DebugInfoError(Exception):
    pass


# C base types and their natural alignment on x86-64 (size == alignment).
C_BASE_ALIGN = {
    "char": 1, "signed char": 1, "unsigned char": 1, "_Bool": 1,
    "short int": 2, "short unsigned int": 2, "short": 2, "unsigned short": 2,
    "int": 4, "unsigned int": 4, "unsigned": 4, "float": 4,
    "long int": 8, "long unsigned int": 8, "long": 8, "unsigned long": 8,
    "long long int": 8, "long long unsigned int": 8, "long long": 8,
    "unsigned long long": 8, "double": 8, "long double": 16,
    "__int128": 16, "__int128 unsigned": 16, "unsigned __int128": 16,
    "void": 1,
}

_QUALIFIERS = re.compile(r"\b(const|volatile|restrict|__restrict)\b")


def strip_qualifiers(t):
    return re.sub(r"\s+", " ", _QUALIFIERS.sub(" ", t)).strip()


def classify_leaf(ctype):
    """Kind of a member type that the printer did not expand."""
    t = strip_qualifiers(ctype)
    if "(*" in t or t.endswith("*"):
        return "pointer"
    if t.startswith("enum"):
        return "enum"
    if t in C_BASE_ALIGN:
        return "scalar"
    return "unresolved"  # struct X / union X / typedef name


# ---------------------------------------------------------------------------
# Declarations: "type name[2][3]:4 __attribute__((__aligned__(32)))"
# ---------------------------------------------------------------------------

_ALIGNED = re.compile(r"__attribute__\s*\(\(\s*__aligned__\s*\(\s*(\d+)\s*\)\s*\)\)")
_ATTR = re.compile(r"__attribute__\s*\(\(.*?\)\)")
_FNPTR = re.compile(r"\(\s*\*\s*(\w+)\s*((?:\[\d*\])*)\s*\)\s*\(")


def parse_decl(decl):
    """Split a C member declaration into (ctype, name, dims, bits, align)."""
    decl = re.sub(r"\bconst(\s+const\b)+", "const", decl)  # pahole's "const const char"
    align = 0
    for m in _ALIGNED.finditer(decl):
        align = max(align, int(m.group(1)))
    decl = _ATTR.sub("", _ALIGNED.sub("", decl)).strip()
    m = _FNPTR.search(decl)
    if m:  # function pointer (or array of them)
        name = m.group(1)
        dims = [int(d or 0) for d in re.findall(r"\[(\d*)\]", m.group(2))]
        ctype = decl[:m.start(1)] + decl[m.end(2):]
        return re.sub(r"\s+", " ", ctype).strip(), name, dims, None, align
    bits = None
    m = re.match(r"^(.*?\S)\s*:\s*(\d+)$", decl)
    if m:
        decl, bits = m.group(1), int(m.group(2))
    dims = []
    m = re.search(r"((?:\s*\[\d*\])+)$", decl)
    if m:
        dims = [int(d or 0) for d in re.findall(r"\[(\d*)\]", m.group(1))]
        decl = decl[:m.start()].rstrip()
    m = re.search(r"(\w+)$", decl)
    if not m:
        return decl, "", dims, bits, align
    name = m.group(1)
    ctype = decl[:m.start()].strip()
    if not ctype:  # e.g. the close line of an anonymous member: only a name
        return "", name, dims, bits, align
    return re.sub(r"\s+", " ", ctype), name, dims, bits, align


# ---------------------------------------------------------------------------
# pahole -E output
# ---------------------------------------------------------------------------

_PH_TAIL = re.compile(r"/\*\s*(\d+)(?::\s*(\d+))?\s+(\d+)\s*\*/\s*$")
_PH_TYPEDEF = re.compile(r"^/\*\s*typedef\s+([^*]*?)\s*\*/\s*")
_PH_OPEN = re.compile(r"^(typedef\s+)?((?:const\s+|volatile\s+)*)(struct|union|enum)\b\s*(\w+)?\s*\{$")


def parse_pahole(text):
    """Parse one `pahole -E -C NAME` type.  Returns a root Node, or a str
    naming the target of a typedef that pahole printed without a body
    (`typedef struct list_head list_t;` -> 'struct list_head'), or raises."""
    lines = [ln.strip() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln]
    if not lines:
        raise DebugInfoError("empty pahole output")
    first = lines[0]
    m = re.match(r"^typedef\s+(.*?)\s*(\w+)\s*;$", first)
    if m and "{" not in first:
        target = m.group(1).strip()
        if re.match(r"^(struct|union|enum)\s*$", target):
            # `typedef union  tunable_val_t;`: pahole lost the body.
            raise DebugInfoError("pahole printed no body for %s" % m.group(2))
        return target
    root = None
    stack = []  # frames: Node
    for ln in lines:
        if ln.startswith("/*") and ln.endswith("*/") and not _PH_TAIL.search(ln) \
                or ln.startswith("/* ---") or ln.startswith("/* XXX"):
            m = re.match(r"^/\*\s*size:\s*(\d+)", ln)
            if m and len(stack) == 1:
                stack[0].size = int(m.group(1))
            continue
        if ln.endswith("{"):
            typedef = None
            m = _PH_TYPEDEF.match(ln)
            if m:
                typedef = m.group(1).split("->")[0].strip()
                ln = ln[m.end():]
            m = _PH_OPEN.match(ln)
            if not m:
                raise DebugInfoError("cannot parse pahole line: %r" % ln)
            kind, tag = m.group(3), m.group(4)
            node = Node(ctype=typedef or ("%s %s" % (kind, tag) if tag else kind), kind=kind)
            node.enumerators = {}
            if root is None:
                root = node
            stack.append(node)
            continue
        if ln.startswith("}"):
            node = stack.pop()
            m = re.match(r"^\}\s*(.*?);?\s*(/\*.*\*/)?\s*$", ln)
            decl = (m.group(1) or "").rstrip(";").strip()
            tail = _PH_TAIL.search(ln)
            _, name, dims, bits, align = parse_decl(decl) if decl else ("", "", [], None, 0)
            node.align_attr = max(node.align_attr, align)
            if not stack:  # end of the root type
                if root.ctype in ("struct", "union") and name:
                    root.ctype = name  # typedef struct { ... } NAME;
                break
            node.name, node.dims = name, dims
            if tail:
                node.offset, node.size = int(tail.group(1)), int(tail.group(3))
                if tail.group(2) is not None or bits is not None:
                    node.bit_pos = node.offset * 8 + int(tail.group(2) or 0)
                    node.bit_size = bits
                    node.offset = node.bit_pos // 8
            if node.kind == "enum":
                node.children = []
            stack[-1].children.append(node)
            continue
        if stack and stack[-1].kind == "enum":  # enumerator line "NAME = 3,"
            m = re.match(r"^(\w+)\s*=\s*(-?\d+),?$", ln)
            if m:
                stack[-1].enumerators[m.group(1)] = int(m.group(2))
            continue
        tail = _PH_TAIL.search(ln)
        if not tail or not stack:
            raise DebugInfoError("cannot parse pahole line: %r" % ln)
        decl = ln[:tail.start()].strip()
        typedef = None
        m = _PH_TYPEDEF.match(decl)
        if m:
            typedef = m.group(1).split("->")[0].strip()
            decl = decl[m.end():]
        decl = decl.rstrip().rstrip(";")
        ctype, name, dims, bits, align = parse_decl(decl)
        node = Node(name=name, ctype=typedef or ctype, kind=classify_leaf(ctype))
        node.base = ctype
        node.dims, node.align_attr = dims, align
        node.offset, node.size = int(tail.group(1)), int(tail.group(3))
        if tail.group(2) is not None or bits is not None:
            node.bit_pos = node.offset * 8 + int(tail.group(2) or 0)
            node.bit_size = bits
            node.offset = node.bit_pos // 8
        stack[-1].children.append(node)
    if root is None:
        raise DebugInfoError("no type in pahole output")
    if not root.size and root.kind == "union":
        # pahole prints no "size:" summary for unions
        a = compute_align(root)
        root.size = -(-max([c.size for c in root.children] + [0]) // a) * a
        root.align = None
    return root


# ---------------------------------------------------------------------------
# gdb `ptype /o` output
# ---------------------------------------------------------------------------

_GDB_PREFIX = re.compile(r"^/\*\s*(?:(\d+)(?::\s*(\d+))?\s*\|\s*)?(\d+)\s*\*/\s*(.*)$")


def parse_gdb_ptype(text):
    """Parse `ptype /o TYPE`.  Returns a root Node, or a str (the scalar or
    pointer type a typedef stands for, e.g. 'unsigned long')."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    root, stack = None, []
    for ln in lines:
        if "type = " in ln and root is None:
            body = ln.split("type = ", 1)[1].strip()
            m = re.match(r"^((?:const\s+|volatile\s+)*)(struct|union)\b\s*(\w+)?\s*\{$", body)
            if not m:
                return body  # a scalar/pointer/enum typedef
            kind, tag = m.group(2), m.group(3)
            root = Node(ctype="%s %s" % (kind, tag) if tag else kind, kind=kind)
            stack.append(root)
            continue
        if root is None:
            continue
        if ln.startswith("/* XXX"):
            continue
        m = re.match(r"^/\*\s*total size \(bytes\):\s*(\d+)\s*\*/$", ln)
        if m:
            # the root's size; nested members have theirs on their first
            # line (for an array, the total is one element's)
            if not stack[-1].size:
                stack[-1].size = int(m.group(1))
            continue
        if ln.startswith("}"):
            node = stack.pop()
            if not stack:
                break
            decl = ln[1:].strip().rstrip(";").strip()
            _, name, dims, bits, align = parse_decl(decl) if decl else ("", "", [], None, 0)
            node.name, node.dims = name, dims
            if dims:
                # gdb numbers the members of an array element from 0
                for c in node.children:
                    for d in c.walk():
                        d.offset += node.offset
                        if d.bit_pos is not None:
                            d.bit_pos += node.offset * 8
            stack[-1].children.append(node)
            continue
        m = _GDB_PREFIX.match(ln)
        if not m:
            raise DebugInfoError("cannot parse gdb line: %r" % ln)
        off = int(m.group(1)) if m.group(1) is not None else stack[-1].offset
        bit = m.group(2)
        size = int(m.group(3))
        decl = m.group(4).strip()
        mo = re.match(r"^((?:const\s+|volatile\s+)*)(struct|union)\b\s*(\w+)?\s*\{$", decl)
        if mo:  # nested struct/union, members follow
            kind, tag = mo.group(2), mo.group(3)
            node = Node(ctype="%s %s" % (kind, tag) if tag else kind, kind=kind,
                        offset=off, size=size)
            stack.append(node)
            continue
        decl = decl.rstrip(";")
        enumerators = {}
        me = re.match(r"^((?:const\s+)?enum\s*\w*\s*)\{(.*?)\}\s*(.*)$", decl)
        if me:  # enum {a, b, c} name : 2
            values, nxt = {}, 0
            for item in me.group(2).split(","):
                item = item.strip()
                if not item:
                    continue
                if "=" in item:
                    k, v = item.split("=")
                    nxt = int(v)
                    item = k.strip()
                values[item] = nxt
                nxt += 1
            enumerators = values
            decl = me.group(1).strip() + " " + me.group(3)
        ctype, name, dims, bits, align = parse_decl(decl)
        node = Node(name=name, ctype=ctype, kind=classify_leaf(ctype), offset=off, size=size)
        node.base = ctype
        node.enumerators = enumerators
        node.dims = dims
        if bit is not None or bits is not None:
            node.bit_pos = off * 8 + int(bit or 0)
            node.bit_size = bits
        stack[-1].children.append(node)
    if root is None:
        raise DebugInfoError("no type in gdb output")
    return root


# ---------------------------------------------------------------------------
# Running the tools
# ---------------------------------------------------------------------------


def have(tool):
    return shutil.which(tool) is not None


def run(cmd):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return p.returncode, p.stdout, p.stderr


def bare_name(ctype):
    """'struct link_map' -> 'link_map' (pahole -C wants the bare tag)."""
    return re.sub(r"^(struct|union|enum)\s+", "", strip_qualifiers(ctype))


class TypeReader:
    """Looks up types in one debug file, pahole first, gdb as fallback.
    Lookups are cached; `log` collects which tool produced what."""

    def __init__(self, path, use_gdb=True):
        self.path = path
        self.use_gdb = use_gdb and have("gdb")
        self.cache = {}
        self.log = []

    # -- raw lookups ----------------------------------------------------
    def _pahole(self, name):
        rc, out, err = run(["pahole", "-E", "-C", name, self.path])
        if rc != 0 or not out.strip():
            raise DebugInfoError("pahole: %s" % (err.strip() or "type %s not found" % name))
        return parse_pahole(out)

    def _gdb(self, ctype):
        rc, out, err = run(["gdb", "-nx", "-batch", "-ex", "ptype /o %s" % ctype, self.path])
        if "type = " not in out:
            raise DebugInfoError("gdb: %s" % (err.strip() or out.strip()))
        return parse_gdb_ptype(out)

    def lookup(self, ctype):
        """Return a complete Node (offsets from 0) for a C type, or None when
        the type is a scalar/pointer/enum (then `self.scalar[ctype]` has the
        base type text)."""
        key = strip_qualifiers(ctype)
        if key in self.cache:
            return self.cache[key]
        self.cache[key] = None  # recursion guard
        node = None
        try:
            res = self._pahole(bare_name(key))
            src = "pahole"
        except DebugInfoError as e:
            if not self.use_gdb:
                raise
            self.log.append("%s: %s; using gdb" % (key, e))
            res = self._gdb(key)
            src = "gdb"
        if isinstance(res, str):  # typedef to something else
            kind = classify_leaf(res)
            if kind == "unresolved":
                node = self.lookup(res)
            else:
                node = None
        else:
            node = res
            node.source = src
            self.complete(node)
        self.cache[key] = node
        return node

    def complete(self, root):
        """Graft the members of every member whose type was not expanded."""
        for n in list(root.walk()):
            if n is root:
                continue
            if n.kind == "unresolved" or (n.is_composite() and not n.children and n.size):
                try:
                    t = self.lookup(n.ctype)
                except DebugInfoError as e:
                    self.log.append("cannot resolve %s (member %s): %s" % (n.ctype, n.name, e))
                    n.kind = "opaque"
                    continue
                if t is None:
                    n.kind = "scalar"
                    continue
                n.kind = t.kind
                n.align_attr = max(n.align_attr, t.align_attr)
                n.children = [c.shifted(n.offset) for c in t.children]
                n.type_align = compute_align(t)

    # -- gdb one-shot queries --------------------------------------------
    def gdb_values(self, exprs):
        """Evaluate C expressions with gdb in one batch; returns
        {expr: int or None}."""
        if not self.use_gdb or not exprs:
            return {e: None for e in exprs}
        cmd = ["gdb", "-nx", "-batch"]
        for e in exprs:
            cmd += ["-ex", "echo @@%s\\n" % e.replace("\\", "\\\\"), "-ex", "print (long)(%s)" % e]
        rc, out, err = run(cmd + [self.path])
        res = {e: None for e in exprs}
        cur = None
        for ln in (out + "\n" + err).splitlines():
            if ln.startswith("@@"):
                cur = ln[2:]
                continue
            m = re.match(r"^\$\d+ = (-?\d+)", ln)
            if m and cur in res:
                res[cur] = int(m.group(1))
                cur = None
        return res


# ---------------------------------------------------------------------------
# Alignment and flattening
# ---------------------------------------------------------------------------


def elem_count(dims):
    n = 1
    for d in dims:
        n *= d
    return n


def compute_align(node):
    """Alignment of a node's type (including forced alignment), memoised in
    node.align.  Scalars: natural alignment of the base type (or the element
    size); pointers 8; enums their size; aggregates the maximum of their
    members and any __aligned__ attribute."""
    if node.align is not None:
        return node.align
    if node.kind in ("struct", "union"):
        a = max([compute_align(c) for c in node.children] + [1])
        a = max(a, getattr(node, "type_align", 1) or 1)
    elif node.kind == "pointer":
        a = 8
    else:
        base = strip_qualifiers(getattr(node, "base", node.ctype) or "")
        if base in C_BASE_ALIGN:
            a = C_BASE_ALIGN[base]
        else:
            n = elem_count(node.dims) if node.dims else 1
            es = node.size // n if n else node.size
            a = es if es in (1, 2, 4, 8, 16) else 1
    a = max(a, node.align_attr or 1)
    node.align = a
    return a


def flatten(root):
    """All members of `root`, depth first, with dotted names.

    Array members of aggregate type list element 0 (`_dl_ns[0]._ns_loaded`);
    members of anonymous structs/unions are named as C names them (no extra
    component: `l_gnu_buckets`, `rseq_area.cpu_id`)."""
    out = []

    def rec(node, prefix):
        for c in node.children:
            if c.name:
                full = prefix + c.name
                out.append(member_record(full, c))
                child_prefix = full + "[0]" * len(c.dims) + "."
            else:
                child_prefix = prefix
            if c.children:
                rec(c, child_prefix)

    rec(root, "")
    return out


def member_record(name, n):
    r = {"name": name, "offset": n.offset, "size": n.size, "align": compute_align(n),
         "type": n.ctype, "kind": n.kind}
    if n.dims:
        r["dims"] = n.dims
    if n.bit_pos is not None:
        r["bit_pos"] = n.bit_pos
        r["bit_offset"] = n.bit_pos % 8
        r["bit_size"] = n.bit_size
    enums = getattr(n, "enumerators", None)
    if enums:
        r["enumerators"] = enums
    return r
