"""Rust item <-> glibc item, by the naming rules and the tables."""

import re

from . import tables
from .model import LayoutError


def rust_name(gname):
    """glibc member name -> Rust field name (layout.rs naming rules):
    leading underscores dropped, snake_case, keywords get a trailing `_`."""
    n = gname.lstrip("_")
    n = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", n).lower()
    if n in tables.RUST_KEYWORDS:
        n += "_"
    return n


def is_padding(struct_name, field):
    spec = tables.RUST_STRUCTS.get(struct_name, {})
    return field in spec.get("padding", ()) or re.match(tables.PADDING_FIELD_RE, field) is not None


def join(prefix, rel):
    return prefix + "." + rel if prefix else rel


class Target:
    """Where a Rust struct lives in one release's layout."""

    def __init__(self, layout, rust_struct):
        self.layout = layout
        self.rust = rust_struct
        self.spec = tables.RUST_STRUCTS[rust_struct]
        self.key, self.prefix = layout.target(self.spec)
        self.size, self.align = layout.target_size_align(self.key, self.prefix)
        self.base = layout.target_base(self.key, self.prefix)
        self.direct = layout.direct_members(self.key, self.prefix)
        self.by_rust = {}
        for rel in self.direct:
            self.by_rust.setdefault(rust_name(rel), rel)

    @property
    def label(self):
        return join(self.key, self.prefix) if self.prefix else self.key

    def glibc_for(self, field):
        """The glibc member (relative path) or BitWord a Rust field stands
        for, or None."""
        renames = self.spec.get("renames", {})
        if field in renames:
            return renames[field]
        return self.by_rust.get(field)

    def locate(self, field):
        """(offset from the target's start, size, member record or None,
        description) of a Rust field in glibc; raises LayoutError."""
        g = self.glibc_for(field)
        if g is None:
            raise LayoutError("no member of %s for Rust field %s (naming rules, renames)"
                              % (self.label, field))
        if isinstance(g, tables.BitWord):
            path = join(self.prefix, g.member)
            off, size = self.layout.bitword(self.key, self.prefix, g)
            return off, size, None, "storage unit of %s" % path
        path = join(self.prefix, g)
        m = self.layout.member(self.key, path)
        return m["offset"] - self.base, m["size"], m, path

    def mapped_members(self, fields):
        """Relative names of the glibc members the Rust fields stand for
        (a BitWord covers every bit-field/byte sharing its storage unit)."""
        out = set()
        for f in fields:
            g = self.glibc_for(f)
            if isinstance(g, tables.BitWord):
                off, size = self.layout.bitword(self.key, self.prefix, g)
                for rel, m in self.direct.items():
                    if off <= m["offset"] - self.base < off + size:
                        out.add(rel)
            elif g is not None:
                out.add(g.split(".")[0])
        return out
