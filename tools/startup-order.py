#!/usr/bin/env python3
"""Regenerate linker-scripts/startup-order.ld: the functions dryad runs at
startup, placed together at the start of its code (issue 11).

    python3 tools/startup-order.py [DRYAD] > linker-scripts/startup-order.ld
    python3 tools/startup-order.py --check [DRYAD]

`--check` (run by tests/startup_order.rs in `make test`) traces the same
runs and fails, naming them, if functions that startup runs are missing
from the linker script: they would be laid out among the cold code, and
every such function can cost a 64 KiB window of RSS. Regenerate then.

Why: the kernel maps the pages of a file mapping that are in the page
cache 64 KiB at a time around each page fault ("fault-around"), and every
page mapped counts in the process's RSS. With the linker's default order
the functions startup runs are spread over all of dryad's ~320 KiB of
code, so all of it became resident (and took a fault per 64 KiB window).
Packed together they fill about three windows; the rest of the code
(other releases' adapters, dlopen, --list, error paths) is never mapped
by a program that does not need it.

How: each program below is run under `valgrind --tool=lackey
--trace-mem=yes` with DRYAD (default ./dryad.so.1, which must carry its
symbol table) as its dynamic linker, both invoked directly and as
PT_INTERP, lazily and with LD_BIND_NOW, and last `/bin/true` with
LD_LIBRARY_PATH set (a directory search before libc is loaded); every
function of dryad that executes an instruction is listed in the order
first reached. The
adapter functions of glibc 2.36 (the host's release) are repeated for the
other releases' modules, and the other releases' cpu_features modules are
added whole (they are startup code only), after the rest.

Each function becomes the input-section patterns
`.text.<mangled name without its hash>*` (and `.text.unlikely.` the same,
where #[cold] functions go); the assembly, in plain `.text`, comes first.
The script survives rebuilds, and a
function renamed or gone only loses its place (correctness never depends
on this order). Rerun when the startup path changes much.
"""
import bisect
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ARGS = [a for a in sys.argv[1:] if a != "--check"]
CHECK = "--check" in sys.argv[1:]
DRYAD = os.path.abspath(ARGS[0] if ARGS else os.path.join(ROOT, "dryad.so.1"))
SCRIPT = os.path.join(ROOT, "linker-scripts", "startup-order.ld")
PROGRAMS = [
    ["/bin/true"],
    ["/bin/ls", "-la", "/"],
    ["/bin/bash", "-c", "true"],
    ["/usr/bin/python3", "-S", "-c", "pass"],
]
RELEASES = ["v2_31", "v2_36", "v2_41", "v2_43"]
HOST_RELEASE = "v2_36"
# Startup-only modules added whole. The shared cpu_features module right
# after the traced functions: under valgrind the CPU is not the machine's
# (its AMD path, handle_amd, runs only natively on AMD); then the other
# releases' own cpu_features modules, after their adapters.
HOST_MODULES = ["_ZN5dryad5glibc12cpu_features"]
# Functions a native startup runs that no trace can reach: valgrind gives
# the program no vDSO (no AT_SYSINFO_EHDR), so libc's vDSO pointers are
# never filled under it. Left among the cold code, `publish_vdso` and the
# `vdso_lookup` it calls made every native startup map one more 64 KiB
# window of code (perf record -e page-faults -d: /bin/true faulted
# there). Placed after the
# traced functions, before the host modules.
NATIVE_ONLY = ["_ZN5dryad5glibc5v2_369handshake12publish_vdso17h0000000000000000E",
               "_ZN5dryad8debuglog11vdso_lookup17h0000000000000000E"]
WHOLE_MODULES = ["_ZN5dryad5glibc17cpu_features_2_31", "_ZN5dryad5glibc17cpu_features_2_41"]


def functions(so):
    """(start, size, name) of every function in `so`, sorted."""
    out = subprocess.run(["nm", "-S", "--defined-only", so], capture_output=True, text=True, check=True).stdout
    syms = []
    for line in out.splitlines():
        p = line.split()
        if len(p) >= 4 and p[2] in "tTwW":
            syms.append((int(p[0], 16), int(p[1], 16), p[3]))
    return sorted(syms)


# Debian's `valgrind` is a script that adds /usr/lib/debug to
# LD_LIBRARY_PATH, which makes every traced startup search a directory
# before libc is loaded (the release probe, the CPU subdirectories): code
# a program started without LD_LIBRARY_PATH never runs, laid out first,
# pushed what it does run into a fourth 64 KiB window. The binary it runs
# is used when it is there; that search is traced last, on its own.
VALGRIND = shutil.which("valgrind.bin") or "valgrind"


def traced(argv, env, log):
    subprocess.run([VALGRIND, "--tool=lackey", "--trace-mem=yes", f"--log-file={log}"] + argv,
                   env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)


def first_reached(log, syms, starts, seen, order):
    base = None
    with open(log) as f:
        for line in f:
            if not line.startswith("I "):
                continue
            addr = int(line[3:].split(",")[0], 16)
            if base is None:
                # The first instruction is dryad's entry point.
                base = addr - ENTRY
            i = bisect.bisect_right(starts, addr - base) - 1
            if i >= 0 and syms[i][0] <= addr - base < syms[i][0] + syms[i][1]:
                name = syms[i][2]
                if name not in seen:
                    seen.add(name)
                    order.append(name)


def pattern(name):
    """The input sections of function `name`, wherever the compiler put it
    (`.text.unlikely.` for a #[cold] one)."""
    n = re.sub(r"17h[0-9a-f]{16}E$", "17h*", name)
    return f".text.{n} .text.unlikely.{n}"


def main():
    global ENTRY
    hdr = subprocess.run(["readelf", "-h", DRYAD], capture_output=True, text=True, check=True).stdout
    ENTRY = int(re.search(r"Entry point address:\s+0x([0-9a-f]+)", hdr).group(1), 16)
    # dryad.so.1 ships stripped: its symbols are in the debug file beside it.
    syms = functions(DRYAD + ".debug" if os.path.exists(DRYAD + ".debug") else DRYAD)
    starts = [s[0] for s in syms]
    seen, order = set(), []
    with tempfile.TemporaryDirectory() as tmp:
        interp = os.path.join(tmp, "true")
        shutil.copy("/bin/true", interp)
        subprocess.run(["patchelf", "--set-interpreter", DRYAD, interp], check=True)
        runs = [[DRYAD] + p for p in PROGRAMS] + [[interp]]
        for k, argv in enumerate(runs):
            for now in (False, True):
                env = dict(os.environ)
                env.pop("LD_BIND_NOW", None)
                if now:
                    env["LD_BIND_NOW"] = "1"
                log = os.path.join(tmp, f"trace{k}{int(now)}")
                traced(argv, env, log)
                first_reached(log, syms, starts, seen, order)
                os.unlink(log)
        # A library search through LD_LIBRARY_PATH, after everything else.
        env = dict(os.environ, LD_LIBRARY_PATH="/usr/lib/debug")
        env.pop("LD_BIND_NOW", None)
        log = os.path.join(tmp, "trace-library-path")
        traced([DRYAD, "/bin/true"], env, log)
        first_reached(log, syms, starts, seen, order)
        os.unlink(log)
    if len(order) < 50:
        # valgrind missing or dryad failing under it: nothing to order.
        sys.exit(f"startup-order: only {len(order)} functions traced (is valgrind installed?)")
    if CHECK:
        with open(SCRIPT) as f:
            placed = set(re.findall(r"\*\(([^)]*)\)", f.read()))
        # Whole modules are placed by prefix patterns.
        prefixes = [m for m in HOST_MODULES + WHOLE_MODULES]
        missing = [n for n in order if pattern(n) not in placed
                   and not any(n.startswith(m) for m in prefixes)]
        print(f"startup-order: {len(order)} functions run at startup, {len(missing)} not placed by {SCRIPT}")
        for n in missing:
            print(f"  not placed: {n}")
        if missing:
            print("regenerate: python3 tools/startup-order.py > linker-scripts/startup-order.ld")
            sys.exit(1)
        return
    hot = [pattern(n) for n in order + NATIVE_ONLY]
    hot += [f".text.{m}* .text.unlikely.{m}*" for m in HOST_MODULES]
    others = []
    for p in hot:
        if HOST_RELEASE in p:
            others += [p.replace(HOST_RELEASE, r) for r in RELEASES if r != HOST_RELEASE]
    others += [f".text.{m}* .text.unlikely.{m}*" for m in WHOLE_MODULES]
    # The assembly (start.S, the lazy-binding trampoline, __tls_get_addr)
    # is in plain `.text`: it comes first.
    lines = ["    *(.text)"]
    done = set()
    for p in hot + others:
        if p not in done:
            done.add(p)
            lines.append(f"    *({p})")
    print("/* Generated by tools/startup-order.py: the functions dryad runs at startup,")
    print(" * in the order first reached, placed before the rest of its code so that")
    print(" * the pages a program's startup maps are few (see that script). */")
    # One output section named .text (valgrind reads the symbols and
    # debug information of an object's `.text`: with the startup code in a
    # section of another name, helgrind reported false races in it), the
    # startup functions first, then everything else as the default layout
    # would have it.
    print("SECTIONS")
    print("{")
    print("  .text : {")
    print("\n".join(lines))
    print("    *(.text.unlikely .text.unlikely.*)")
    print("    *(.text .text.*)")
    print("  }")
    print("}")
    print("INSERT AFTER .eh_frame;")


if __name__ == "__main__":
    main()
