"""`extract`: debug info of one release -> JSON description (model.py)."""

import os
import re

from . import debuginfo, tables
from .debuginfo import DebugInfoError, TypeReader

LDSO = "lib/x86_64-linux-gnu/ld-linux-x86-64.so.2"
LIBC = "lib/x86_64-linux-gnu/libc.so.6"


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
        for tag, rel in (("ld.so", LDSO), ("libc", LIBC)):
            binary = resolve_in_root(root, rel)
            if not os.path.exists(binary):  # an unpacked .deb has no /lib -> usr/lib link
                binary = resolve_in_root(root, "usr/" + rel)
            bid = build_id(binary)
            files[tag] = {"binary": binary, "build_id": bid, "debug": debug_file_for(root, bid)}
        release, package = libc_banner(files["libc"]["binary"])
        package = dpkg_version(root) or package
    for tag, path in (("ld.so", args.ldso_debug), ("libc", args.libc_debug)):
        if path:
            files[tag] = {"binary": None, "build_id": build_id(path), "debug": os.path.abspath(path)}
    for tag in ("ld.so", "libc"):
        if tag not in files:
            raise DebugInfoError("no debug file for %s: give --sysroot or --%s-debug"
                                 % (tag, "ldso" if tag == "ld.so" else "libc"))
        dbg_bid = build_id(files[tag]["debug"])
        if dbg_bid != files[tag]["build_id"]:
            raise DebugInfoError("%s: debug file build-id %s does not match %s"
                                 % (tag, dbg_bid, files[tag]["build_id"]))
    release = args.release or release
    package = args.package or package
    if not release:
        raise DebugInfoError("cannot tell the glibc release; give --release")
    return files, release, package


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
        other = "libc" if tag == "ld.so" else "ld.so"
        try:
            out["structs"][key] = dict(file=tag, **extract_struct(readers[tag], key))
        except DebugInfoError as e:
            try:  # a type can move between the two objects across releases
                out["structs"][key] = dict(file=other, **extract_struct(readers[other], key))
                out["notes"].append("%s: not in %s (%s), taken from %s" % (key, tag, e, other))
            except DebugInfoError:
                out["missing"].append(key)
                out["notes"].append("%s: %s" % (key, e))

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
            rc, text, err = debuginfo.run(["gdb", "-nx", "-batch", "-ex", "ptype %s" % arg,
                                           files[tag]["debug"]])
            vals = parse_enum_ptype(text)
            if vals is not None:
                out["enum_types"][name] = vals
        out["notes"] += ["%s: %s" % (tag, ln) for ln in reader.log]
    if getattr(args, "cross_check", False):
        out["notes"] += cross_check(out, readers)
    return out


def cross_check(out, readers):
    """Print every type again with gdb (`ptype /o`) and compare each
    member's offset, size and bits with the pahole result.  Member
    alignments are not compared: gdb does not show __aligned__ attributes.
    Returns the differences as notes."""
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
        theirs = {m["name"]: m for m in debuginfo.flatten(res)}
        ours = {m["name"]: m for m in s["members"]}
        if res.size != s["size"]:
            notes.append("cross-check %s: size %d (gdb) vs %d" % (key, res.size, s["size"]))
        for name in sorted(set(ours) | set(theirs)):
            a, b = theirs.get(name), ours.get(name)
            if a is None or b is None:
                notes.append("cross-check %s: %s only in %s" % (key, name, "gdb" if b is None else s["source"]))
                continue
            for k in ("offset", "size", "bit_pos", "bit_size", "dims"):
                if a.get(k) != b.get(k):
                    notes.append("cross-check %s: %s.%s %s (gdb) vs %s" % (key, name, k, a.get(k), b.get(k)))
    out["cross_checked"] = not notes
    return notes
