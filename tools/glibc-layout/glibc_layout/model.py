"""The JSON description of one release, and questions asked of it.

Format (version 1):

    {
      "format": 1,
      "release": "2.36", "package": "2.36-9+deb12u14",
      "files": {"ld.so": {"binary": ..., "debug": ..., "build_id": ...},
                "libc": {...}},
      "structs": {
        "struct link_map": {
          "file": "ld.so", "size": 1192, "align": 8, "source": "pahole",
          "members": [
            {"name": "l_addr", "offset": 0, "size": 8, "align": 8,
             "type": "Elf64_Addr", "kind": "scalar"},
            {"name": "l_info", ..., "dims": [80]},
            {"name": "l_relocated", "offset": 820, "size": 4,
             "bit_pos": 6563, "bit_offset": 3, "bit_size": 1, ...},
            {"name": "l_lookup_cache.sym", ...},   # nested, dotted
            ...]},
        ...},
      "missing": ["struct rseq_area"],
      "enumerators": {"lt_loaded": 2, ...},
      "enum_types": {"tunable_id_t": {"glibc_rtld_nns": 0, ...}},
      "values": {"tunable_count": 37},
      "notes": [...]
    }

Member names: nested members are dotted (`_dl_ns[0]._ns_loaded`); arrays of
aggregates list element 0; members of anonymous structs/unions carry no
extra component (C's own naming).  `offset` of a bit-field is the byte that
holds its first bit, `bit_pos` the absolute bit number.
"""

import json

from . import tables


class LayoutError(Exception):
    pass


class Layout:
    def __init__(self, data):
        self.data = data
        self.structs = data.get("structs", {})
        self._index = {}
        for key, s in self.structs.items():
            self._index[key] = {m["name"]: m for m in s["members"]}

    @classmethod
    def load(cls, path):
        with open(path) as f:
            return cls(json.load(f))

    @property
    def release(self):
        return self.data.get("release", "?")

    # -- basic lookups ----------------------------------------------------
    def has(self, key):
        return key in self.structs

    def struct(self, key):
        if key not in self.structs:
            raise LayoutError("%s is not in the debug info of glibc %s" % (key, self.release))
        return self.structs[key]

    def member(self, key, path):
        self.struct(key)
        m = self._index[key].get(path)
        if m is None:
            raise LayoutError("%s has no member %s in glibc %s" % (key, path, self.release))
        return m

    def has_member(self, key, path):
        return key in self._index and path in self._index[key]

    def direct_members(self, key, prefix=None):
        """Members one level below `prefix` (the whole struct if None):
        {relative name: member}."""
        out = {}
        pre = (prefix + "." if prefix else "")
        for m in self.struct(key)["members"]:
            if not m["name"].startswith(pre):
                continue
            rel = m["name"][len(pre):]
            if "." in rel:
                continue
            out[rel] = m
        return out

    # -- a Rust struct's glibc counterpart --------------------------------
    def target(self, spec):
        """(key, prefix) of a RUST_STRUCTS entry in this release, or raise."""
        cands = spec["glibc"]
        if isinstance(cands, str):
            cands = [(cands, spec.get("prefix"))]
        errors = []
        for key, prefix in cands:
            if not self.has(key):
                errors.append("%s missing" % key)
                continue
            if prefix and not self.has_member(key, prefix):
                errors.append("%s has no member %s" % (key, prefix))
                continue
            return key, prefix
        raise LayoutError("; ".join(errors) + " in glibc %s" % self.release)

    def target_size_align(self, key, prefix):
        if prefix:
            m = self.member(key, prefix)
            return m["size"], m["align"]
        s = self.struct(key)
        return s["size"], s["align"]

    def target_base(self, key, prefix):
        return self.member(key, prefix)["offset"] if prefix else 0

    # -- constants ----------------------------------------------------------
    def constant(self, spec):
        """Evaluate a CONSTANTS spec (see tables.py) against this release."""
        if isinstance(spec, list):
            errors = []
            for s in spec:
                try:
                    return self.constant(s)
                except LayoutError as e:
                    errors.append(str(e))
            raise LayoutError("; ".join(errors))
        kind = spec[0]
        if kind == "size":
            return self.member(spec[1], spec[2])["size"] if len(spec) > 2 else self.struct(spec[1])["size"]
        if kind == "align":
            return self.struct(spec[1])["align"]
        if kind == "offset":
            return self.member(spec[1], spec[2])["offset"]
        if kind == "count":
            m = self.member(spec[1], spec[2])
            if not m.get("dims"):
                raise LayoutError("%s.%s is not an array" % (spec[1], spec[2]))
            return m["dims"][0]
        if kind in ("bit", "mask"):
            key, name, base = spec[1], spec[2], spec[3]
            m = self.member(key, name)
            base_bit = self.base_bit(key, base)
            pos = (m["bit_pos"] if "bit_pos" in m else m["offset"] * 8) - base_bit
            width = m["bit_size"] if "bit_pos" in m else m["size"] * 8
            if kind == "bit":
                if width != 1 and "bit_pos" in m:
                    raise LayoutError("%s.%s is %d bits wide, not a flag" % (key, name, width))
                return 1 << pos
            return ((1 << width) - 1) << pos
        if kind == "enum":
            v = self.data.get("enumerators", {}).get(spec[1])
            for values in self.data.get("enum_types", {}).values():
                if v is None:
                    v = values.get(spec[1])
            if v is None:
                raise LayoutError("enumerator %s is not in glibc %s" % (spec[1], self.release))
            return v
        if kind == "value":
            v = self.data.get("values", {}).get(spec[1])
            if v is None:
                raise LayoutError("%s is not known for glibc %s" % (spec[1], self.release))
            return v
        raise LayoutError("bad constant spec %r" % (spec,))

    def base_bit(self, key, base):
        """Bit number (from the start of the struct) where a bit-numbering
        base starts: a BitWord's storage unit, or ("byte", member)."""
        if isinstance(base, tables.BitWord):
            m = self.member(key, base.member)
            first = m["bit_pos"] if "bit_pos" in m else m["offset"] * 8
            unit_bits = base.unit * 8
            return first // unit_bits * unit_bits
        if isinstance(base, tuple) and base[0] == "byte":
            m = self.member(key, base[1])
            first = m["bit_pos"] if "bit_pos" in m else m["offset"] * 8
            return first // 8 * 8
        raise LayoutError("bad bit base %r" % (base,))

    def bitword(self, key, prefix, bw):
        """(offset relative to the target, size) of a BitWord."""
        bit = self.base_bit(key, bw)
        return bit // 8 - self.target_base(key, prefix), bw.unit
