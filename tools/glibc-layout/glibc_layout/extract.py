"""`extract`: debug info of one release -> JSON description (model.py)."""

import os
import re

from . import debuginfo, tables
from .debuginfo import DebugInfoError, TypeReader

LDSO = "lib/x86_64-linux-gnu/ld-linux-x86-64.so.2"
LIBC = "lib/x86_64-linux-gnu/libc.so.6"
LIBPTHREAD = "lib/x86_64-linux-gnu/libpthread.so.0"
LIBDL = "lib/x86_64-linux-gnu/libdl.so.2"

# The objects whose debug info is read: ld.so and libc always; libpthread
# and libdl when the sysroot has them with debug info (before 2.34 they
# hold code and types of their own: 2.31's `struct pthread` is defined by
# libpthread, `struct dlfcn_hook` by libdl; from 2.34 on they are stubs).
# A type is looked for in the object tables.GLIBC_STRUCTS names first, then
# in the others in this order.
REQUIRED = ("ld.so", "libc")
OPTIONAL = ("libpthread", "libdl")
OBJECTS = REQUIRED + OPTIONAL
PATHS = {"ld.so": LDSO, "libc": LIBC, "libpthread": LIBPTHREAD, "libdl": LIBDL}


# ---------------------------------------------------------------------------
# Finding the files
# ---------------------------------------------------------------------------


def resolve_in_root(root, rel):
    """Follow symlinks of `root/rel` as if `root` were `/` (so a chroot's
    absolute links such as /lib64/ld-linux-x86-64.so.2 -> /lib/... work)."""
    parts = [p for p in rel.split("/") if p]
    cur = []
    hops = 0
    while parts:
        p = parts.pop(0)
        if p == ".":
            continue
        if p == "..":
            if cur:
                cur.pop()
            continue
        path = os.path.join(root, *cur, p)
        if os.path.islink(path):
            hops += 1
            if hops > 40:
                raise OSError("too many symlinks under %s" % rel)
            target = os.readlink(path)
            if target.startswith("/"):
                cur = []
            parts = [x for x in target.split("/") if x] + parts
            continue
        cur.append(p)
    return os.path.join(root, *cur)


def build_id(path):
    """The GNU build-id of an ELF file, from `readelf -n`."""
    rc, out, err = debuginfo.run(["readelf", "-n", path])
    m = re.search(r"Build ID:\s*([0-9a-f]+)", out)
    if not m:
        raise DebugInfoError("no build-id in %s (%s)" % (path, err.strip()))
    return m.group(1)


def debug_file_for(root, bid):
    rel = "usr/lib/debug/.build-id/%s/%s.debug" % (bid[:2], bid[2:])
    path = resolve_in_root(root, rel)
    if not os.path.exists(path):
        raise DebugInfoError("%s not found (is libc6-dbg installed in %s?)" % (rel, root))
    return path


def libc_banner(path):
    """(release, package) from the `GNU C Library (Debian GLIBC 2.36-9+deb12u14)
    stable release version 2.36.` string in libc.so.6."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError:
        return None, None
    m = re.search(rb"GNU C Library \(([^)]*)\)[^\n]*?release version (\d+\.\d+(?:\.\d+)?)", data)
    if not m:
        return None, None
    release = m.group(2).decode()
    pkg = re.search(r"(\d+\.\d+[-+~.\w]*)", m.group(1).decode())
    return release, pkg.group(1) if pkg else None


def dpkg_version(root, package="libc6"):
    """Version of an installed Debian package in a sysroot, from dpkg's status."""
    status = resolve_in_root(root, "var/lib/dpkg/status")
    try:
        with open(status, errors="replace") as f:
            text = f.read()
    except OSError:
        return None
    for para in text.split("\n\n"):
        if re.search(r"^Package: %s$" % re.escape(package), para, re.M) and \
                re.search(r"^Status: .* installed$", para, re.M):
            m = re.search(r"^Version: (\S+)", para, re.M)
            arch = re.search(r"^Architecture: (\S+)", para, re.M)
            if m and (not arch or arch.group(1) in ("amd64", "all")):
                return m.group(1)
    return None


def locate(args):
    """Work out the binaries, debug files, build-ids, release and package."""
    files = {}
    release = package = None
    if args.sysroot:
        root = os.path.abspath(args.sysroot)
        for tag in OBJECTS:
            rel = PATHS[tag]
            binary = resolve_in_root(root, rel)
            if not os.path.exists(binary):  # an unpacked .deb has no /lib -> usr/lib link
                binary = resolve_in_root(root, "usr/" + rel)
            if tag in OPTIONAL and not os.path.exists(binary):
                continue
            bid = build_id(binary)
            try:
                dbg = debug_file_for(root, bid)
            except DebugInfoError:
                if tag in OPTIONAL:  # no debug info for it: the two others suffice
                    continue
                raise
            files[tag] = {"binary": binary, "build_id": bid, "debug": dbg}
        release, package = libc_banner(files["libc"]["binary"])
        package = dpkg_version(root) or package
    for tag, opt in (("ld.so", "ldso_debug"), ("libc", "libc_debug"),
                     ("libpthread", "libpthread_debug"), ("libdl", "libdl_debug")):
        path = getattr(args, opt, None)
        if path:
            files[tag] = {"binary": None, "build_id": build_id(path), "debug": os.path.abspath(path)}
    for tag in REQUIRED:
        if tag not in files:
            raise DebugInfoError("no debug file for %s: give --sysroot or --%s-debug"
                                 % (tag, "ldso" if tag == "ld.so" else "libc"))
    for tag in files:
        dbg_bid = build_id(files[tag]["debug"])
        if dbg_bid != files[tag]["build_id"]:
            raise DebugInfoError("%s: debug file build-id %s does not match %s"
                                 % (tag, dbg_bid, files[tag]["build_id"]))
    release = args.release or release
    package = args.package or package
    if not release:
        raise DebugInfoError("cannot tell the glibc release; give --release")
    return files, release, package


def search_order(tag, files):
    """The objects to look a type up in: `tag` first, then the others that
    were found (OBJECTS order)."""
    return [tag] + [t for t in OBJECTS if t != tag and t in files]


# ---------------------------------------------------------------------------
# Extraction
# ---------------------------------------------------------------------------


def extract_struct(reader, key):
    root = reader.lookup(key)
    if root is None:
        raise DebugInfoError("%s is not a struct or union" % key)
    return {
        "size": root.size,
        "align": debuginfo.compute_align(root),
        "kind": root.kind,
        "source": getattr(root, "source", "pahole"),
        "members": debuginfo.flatten(root),
    }


def parse_enum_ptype(text):
    """gdb `ptype ENUM` -> {name: value}."""
    m = re.search(r"type = (?:const )?enum\s*\w*\s*\{(.*)\}", text, re.S)
    if not m:
        return None
    values, nxt = {}, 0
    for item in m.group(1).split(","):
        item = item.strip()
        if not item:
            continue
        if "=" in item:
            k, v = item.split("=", 1)
            nxt = int(v.strip(), 0)
            item = k.strip()
        values[item] = nxt
        nxt += 1
    return values


def candidates(arg):
    return list(arg) if isinstance(arg, (list, tuple)) else [arg]


def enum_type(files, objs, arg):
    """{enumerator: value} of an enum type, given by name or (anonymous) by
    one of its enumerators; `arg` may list candidates (the enum's spelling
    in different releases).  The first object and candidate that gdb
    resolves wins; None if none does."""
    for obj in objs:
        for a in candidates(arg):
            rc, text, err = debuginfo.run(["gdb", "-nx", "-batch", "-ex", "ptype %s" % a,
                                           files[obj]["debug"]])
            vals = parse_enum_ptype(text)
            if vals is not None:
                return vals
    return None


def extract(args):
    files, release, package = locate(args)
    readers = {tag: TypeReader(f["debug"], use_gdb=not args.no_gdb) for tag, f in files.items()}
    out = {
        "format": 1,
        "tool": "tools/glibc-layout",
        "release": release,
        "package": package,
        "files": files,
        "structs": {},
        "missing": [],
        "enumerators": {},
        "enum_types": {},
        "values": {},
        "notes": [],
    }
    for key, tag in tables.GLIBC_STRUCTS:
        # A type can move between the objects across releases (2.31's
        # struct pthread is libpthread's); one that none defines does not
        # exist in this release (2.31 has no struct dl_find_object).
        errors = []
        for obj in search_order(tag, files):
            try:
                out["structs"][key] = dict(file=obj, **extract_struct(readers[obj], key))
            except DebugInfoError as e:
                errors.append("%s: %s" % (obj, e))
                continue
            if obj != tag:
                out["notes"].append("%s: not in %s (%s), taken from %s"
                                    % (key, tag, errors[0].split(": ", 1)[1], obj))
            break
        else:
            out["missing"].append(key)
            out["notes"].append("%s: in none of %s (%s)"
                                % (key, ", ".join(search_order(tag, files)), "; ".join(errors)))

    # gdb: cross-check size/alignment, enumerators, other values.
    for tag, reader in readers.items():
        if not reader.use_gdb:
            out["notes"].append("gdb not used: alignments computed from pahole output only")
            break
        keys = [k for k, s in out["structs"].items() if s["file"] == tag]
        exprs = []
        for k in keys:
            exprs += ["sizeof (%s)" % k, "_Alignof (%s)" % k]
        enums = [n for n, t in tables.GLIBC_ENUMERATORS if t == tag]
        values = [(n, e) for n, t, e in tables.GLIBC_EXPRESSIONS if t == tag]
        got = reader.gdb_values(exprs + enums + [e for _, e in values])
        for k in keys:
            s = out["structs"][k]
            gs, ga = got.get("sizeof (%s)" % k), got.get("_Alignof (%s)" % k)
            if gs is not None and gs != s["size"]:
                out["notes"].append("%s: pahole size %d, gdb sizeof %d" % (k, s["size"], gs))
            if ga is not None and ga != s["align"]:
                out["notes"].append("%s: alignment %d from pahole, gdb _Alignof %d; using gdb"
                                    % (k, s["align"], ga))
                s["align"] = ga
        for n in enums:
            if got.get(n) is not None:
                out["enumerators"][n] = got[n]
        for n, e in values:
            if got.get(e) is not None:
                out["values"][n] = got[e]
        for name, t, arg in tables.GLIBC_ENUM_TYPES:
            if t != tag:
                continue
            vals = enum_type(files, search_order(tag, files), arg)
            if vals is not None:
                out["enum_types"][name] = vals
            else:
                out["notes"].append("enum type %s: none of %s in %s"
                                    % (name, ", ".join(candidates(arg)), ", ".join(search_order(tag, files))))
        out["notes"] += ["%s: %s" % (tag, ln) for ln in reader.log]
    # Enumerators and values not found in their object: the other objects
    # (a type that moved), else they do not exist in this release.
    for table, dest, pairs in (
            ("enumerator", "enumerators", [(n, n, t) for n, t in tables.GLIBC_ENUMERATORS]),
            ("value", "values", [(n, e, t) for n, t, e in tables.GLIBC_EXPRESSIONS])):
        for n, e, tag in pairs:
            if n in out[dest]:
                continue
            for obj in search_order(tag, files)[1:]:
                if not readers[obj].use_gdb:
                    break
                v = readers[obj].gdb_values([e]).get(e)
                if v is not None:
                    out[dest][n] = v
                    out["notes"].append("%s %s: not in %s, taken from %s" % (table, n, tag, obj))
                    break
            else:
                if readers[tag].use_gdb:
                    out["notes"].append("%s %s: in none of %s" % (table, n, ", ".join(search_order(tag, files))))
    if getattr(args, "cross_check", False):
        out["notes"] += cross_check(out, readers)
    return out


def member_differences(key, what, theirs, ours, our_source):
    """Notes for every member whose offset, size, bits or dimensions differ
    between two flattened member lists of the type `key`."""
    notes = []
    theirs = {m["name"]: m for m in theirs}
    ours = {m["name"]: m for m in ours}
    for name in sorted(set(ours) | set(theirs)):
        a, b = theirs.get(name), ours.get(name)
        if a is None or b is None:
            notes.append("cross-check %s: %s only in %s" % (key, name, what if b is None else our_source))
            continue
        for k in ("offset", "size", "bit_pos", "bit_size", "dims"):
            if a.get(k) != b.get(k):
                notes.append("cross-check %s: %s.%s %s (%s) vs %s" % (key, name, k, a.get(k), what, b.get(k)))
    return notes


def cross_check(out, readers):
    """Print every type again with gdb (`ptype /o`) and compare each
    member's offset, size and bits with the pahole result.  Member
    alignments are not compared: gdb does not show __aligned__ attributes.
    Then compare the type with its definition in every other object whose
    debug info has it (2.31: libc's and libpthread's `struct pthread`),
    which are recorded as `also_in`.  Returns the differences as notes."""
    notes = []
    for key, s in out["structs"].items():
        r = readers[s["file"]]
        if not r.use_gdb:
            return ["cross-check needs gdb"]
        try:
            res = r._gdb(key)
        except DebugInfoError as e:
            notes.append("cross-check %s: %s" % (key, e))
            continue
        if isinstance(res, str):
            notes.append("cross-check %s: gdb says %s" % (key, res))
            continue
        r.complete(res)
        if res.size != s["size"]:
            notes.append("cross-check %s: size %d (gdb) vs %d" % (key, res.size, s["size"]))
        notes += member_differences(key, "gdb", debuginfo.flatten(res), s["members"], s["source"])
        also = []
        for obj, other in readers.items():
            if obj == s["file"]:
                continue
            try:  # pahole only: a type the object lacks costs no gdb run
                other._pahole(debuginfo.bare_name(key))
                o = extract_struct(other, key)
            except DebugInfoError:
                continue
            also.append(obj)
            if o["size"] != s["size"]:
                notes.append("cross-check %s: size %d (%s) vs %d (%s)" % (key, o["size"], obj, s["size"], s["file"]))
            notes += member_differences(key, obj, o["members"], s["members"], s["file"])
        if also:
            s["also_in"] = also
    out["cross_checked"] = not notes
    return notes
