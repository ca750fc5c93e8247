"""Command line: glibc-layout extract | check | emit | compare | show."""

import argparse
import json
import os
import sys

from . import check as check_mod
from . import compare as compare_mod
from . import emit as emit_mod
from . import extract as extract_mod
from . import model, rustsrc
from .debuginfo import DebugInfoError


def cmd_extract(args):
    data = extract_mod.extract(args)
    text = json.dumps(data, indent=1, sort_keys=False) + "\n"
    if args.output:
        with open(args.output, "w") as f:
            f.write(text)
        s = data["structs"]
        print("glibc-layout extract: glibc %s (%s): %d types -> %s" % (
            data["release"], data.get("package") or "?", len(s), args.output), file=sys.stderr)
        for key in data["missing"]:
            print("  not in this release: %s" % key, file=sys.stderr)
        if "cross_checked" in data:
            print("  gdb cross-check: %s" % ("no differences" if data["cross_checked"] else
                                            "DIFFERENCES, see \"notes\" in the JSON"), file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def cmd_check(args):
    layout = model.Layout.load(args.json)
    module = rustsrc.Module(args.rust)
    r = check_mod.check(layout, module)
    check_mod.print_report(r, layout, args.rust, verbose=args.verbose)
    return 0 if r.ok(args.strict) else 1


def cmd_emit(args):
    layout = model.Layout.load(args.json)
    base = model.Layout.load(args.base) if args.base else None
    module = rustsrc.Module([args.template])
    text, em = emit_mod.emit(layout, module, base=base, template=args.template_name or args.template)
    report = emit_mod.format_report(em, verbose=args.verbose)
    if args.output:
        with open(args.output, "w") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    if args.report:
        with open(args.report, "w") as f:
            f.write(report + "\n")
    out = sys.stderr if not args.output else sys.stdout
    print(report, file=out)
    # The emitted module must pass `check` against the description it came from.
    tmp = args.output
    if not tmp:
        import tempfile
        fd, tmp = tempfile.mkstemp(suffix=".rs")
        with os.fdopen(fd, "w") as f:
            f.write(text)
    r = check_mod.check(layout, rustsrc.Module([tmp]))
    if not args.output:
        os.unlink(tmp)
    print("", file=out)
    check_mod.print_report(r, layout, [args.output or "<emitted module>"], out=out)
    return 0 if r.ok() else 1


def cmd_compare(args):
    a, b = rustsrc.Module([args.a]), rustsrc.Module([args.b])
    diff, only_a, only_b, common = compare_mod.compare(a, b)
    print("glibc-layout compare: %s vs %s: %d facts in both" % (args.a, args.b, common))
    for k, va, vb in diff:
        print("DIFFERENT %s: %s vs %s" % (k, va, vb))
    if args.verbose:
        for k in only_a:
            print("only in %s: %s" % (args.a, k))
        for k in only_b:
            print("only in %s: %s" % (args.b, k))
    print("%d different, %d only in the first, %d only in the second%s" % (
        len(diff), len(only_a), len(only_b), "" if args.verbose else " (-v lists them)"))
    return 1 if diff else 0


def cmd_show(args):
    layout = model.Layout.load(args.json)
    keys = [k for k in layout.structs if not args.struct or k in args.struct
            or k.split(" ")[-1] in args.struct]
    for k in keys:
        s = layout.structs[k]
        print("%s  (%s, %d bytes, align %d, from %s)" % (k, s["file"], s["size"], s["align"], s["source"]))
        for m in s["members"]:
            if not args.all and "." in m["name"]:
                continue
            bits = ""
            if "bit_pos" in m:
                bits = " bits %d+%d" % (m["bit_pos"] - m["offset"] * 8, m["bit_size"])
            dims = "".join("[%d]" % d for d in m.get("dims", []))
            print("  %6d %5d%s  %s  (%s%s)" % (m["offset"], m["size"], bits, m["name"], m["type"], dims))
    return 0


def main(argv=None):
    p = argparse.ArgumentParser(prog="glibc-layout", description=__doc__)
    sub = p.add_subparsers(dest="cmd", required=True)

    e = sub.add_parser("extract", help="debug info -> JSON description")
    e.add_argument("--sysroot", help="root holding lib/x86_64-linux-gnu/{ld-linux-x86-64.so.2,libc.so.6} "
                   "(and, if present, libpthread.so.0, libdl.so.2) and usr/lib/debug/.build-id "
                   "(e.g. / or a chroot)")
    e.add_argument("--ldso-debug", help="debug file of ld.so (instead of finding it by build-id)")
    e.add_argument("--libc-debug", help="debug file of libc.so.6")
    e.add_argument("--libpthread-debug", help="debug file of libpthread.so.0 (optional; before 2.34 "
                   "it defines struct pthread)")
    e.add_argument("--libdl-debug", help="debug file of libdl.so.2 (optional)")
    e.add_argument("--release", help="glibc release, e.g. 2.41 (default: from libc.so.6)")
    e.add_argument("--package", help="Debian package version (default: from dpkg's status)")
    e.add_argument("--no-gdb", action="store_true", help="pahole only")
    e.add_argument("--cross-check", action="store_true",
                   help="also print every type with gdb and compare (slow: ~0.5 s a type)")
    e.add_argument("-q", "--quiet", action="store_true")
    e.add_argument("-o", "--output", help="JSON file (default: stdout)")
    e.set_defaults(func=cmd_extract)

    c = sub.add_parser("check", help="Rust layout module(s) vs JSON description")
    c.add_argument("json")
    c.add_argument("rust", nargs="+", help="Rust files, read as one module")
    c.add_argument("-v", "--verbose", action="store_true", help="list skipped items too")
    c.add_argument("--strict", action="store_true",
                   help="fail on structs that are not in tables.RUST_STRUCTS")
    c.set_defaults(func=cmd_check)

    m = sub.add_parser("emit", help="JSON description + template module -> new Rust module")
    m.add_argument("json")
    m.add_argument("--template", required=True, help="an existing layout module (e.g. src/glibc/v2_36/layout.rs)")
    m.add_argument("--template-name", help="how the header names the template (default: its path)")
    m.add_argument("--base", help="JSON of the template's release, to report what is new or moved")
    m.add_argument("-o", "--output", help="Rust file (default: stdout)")
    m.add_argument("--report", help="also write the report to this file")
    m.add_argument("-v", "--verbose", action="store_true")
    m.set_defaults(func=cmd_emit)

    k = sub.add_parser("compare", help="do two Rust layout modules state the same layout?")
    k.add_argument("a")
    k.add_argument("b")
    k.add_argument("-v", "--verbose", action="store_true")
    k.set_defaults(func=cmd_compare)

    s = sub.add_parser("show", help="print structs of a JSON description")
    s.add_argument("json")
    s.add_argument("struct", nargs="*", help="e.g. 'struct link_map' or link_map")
    s.add_argument("-a", "--all", action="store_true", help="nested members too")
    s.set_defaults(func=cmd_show)

    args = p.parse_args(argv)
    try:
        return args.func(args)
    except (DebugInfoError, model.LayoutError, rustsrc.RustError, OSError) as e:
        print("glibc-layout: error: %s" % e, file=sys.stderr)
        return 2
