#!/usr/bin/env python3
"""make bench: startup of synthetic and real programs, system ld.so vs dryad.

    python3 bench/bench.py [--quick] [--only REGEX] [--n 10,100,400] [--m 500]
    python3 bench/bench.py --check        # outputs equal under both linkers?

What is measured (see README.md, "Benchmarks"):

- synthetic programs (bench/synth.py): N = 10, 100, 400 shared libraries
  of M = 500 exported functions each, with C-like or C++-like mangled
  names; each library relocates a table of pointers to its own exports
  (M symbol lookups through the global scope) and calls the previous
  library through the PLT;
- small real programs (/bin/true, ls -la /, bash -c true, perl -e 1,
  python3 -S -c pass), a C++ program (bench/cxxmap.cpp: iostream and
  std::map), and python3 importing C extension modules (dlopen).

Each program runs lazily and with LD_BIND_NOW=1, under the system ld.so
and under dryad, both invoked the same way (`LDSO PROGRAM ARGS`, direct
invocation, so that neither pays for the kernel mapping the other), the
two interleaved (glibc, dryad, glibc, dryad, ...) so that machine noise
hits both alike. Reported per program and mode: the median wall time and
interquartile range per linker, the ratio of medians dryad/glibc with a
bootstrap 95% interval, instructions (perf stat if the machine has the
counters, else one callgrind run per program, mode and linker: all
instructions, and those executed in the linker itself), and the median
peak RSS with its ratio: the resident set at exit, read exactly from the
page tables in five traced runs of its own (bench/spawn.c -r; ru_maxrss
is an approximation off by up to ~128 KiB on this kernel).

dryad is copied to target/bench/linker/dryad.so.1 first and that copy
is measured, so that a `make` elsewhere cannot change it during the run.

Outputs: a table on stdout, target/bench/results.json, and
target/bench/startup-vs-n.png (needs matplotlib; the measurements need
only the standard library). `--check` runs every program once per mode
under both linkers, compares stdout, stderr and exit status (and the
synthetic checksums with the value synth.py computes), and exits 1 on a
difference.
"""
import argparse
import hashlib
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no bench/__pycache__
import synth  # noqa: E402

SYSTEM = "/lib64/ld-linux-x86-64.so.2"
MODES = ("lazy", "now")
# Runs per program, mode and linker for the RSS (traced, untimed).
RSS_RUNS = 5
MODE_ENV = {"lazy": {}, "now": {"LD_BIND_NOW": "1"}}
LINKERS = ("glibc", "dryad")
PYTHON = "/usr/bin/python3"  # Debian's, whatever python3 is on PATH
PY_IMPORTS = "import json, decimal, ssl, sqlite3, ctypes, hashlib"
INVOCATION = ("both linkers run by direct invocation, `LDSO PROGRAM ARGS` "
              f"(glibc: {SYSTEM})")


class Program:
    def __init__(self, name, argv, large=False, n=None, style=None, expected=None, volatile=None):
        self.name = name
        self.volatile = volatile  # (regex, replacement) on stdout, for --check only
        self.argv = argv
        self.large = large  # fewer runs
        self.n = n
        self.style = style
        self.expected = expected  # exact stdout, when it is known

    def to_json(self):
        return {"name": self.name, "argv": self.argv, "n": self.n, "style": self.style}


def log(*a):
    print(*a, file=sys.stderr, flush=True)


def out_of_date(target, *sources):
    if not os.path.exists(target):
        return True
    t = os.path.getmtime(target)
    return any(os.path.getmtime(s) > t for s in sources)


def build_helpers(out):
    """bench/spawn.c (static) and bench/cxxmap.cpp, when out of date."""
    spawn = os.path.join(out, "spawn")
    src = os.path.join(HERE, "spawn.c")
    if out_of_date(spawn, src):
        r = subprocess.run(["gcc", "-O2", "-static", "-o", spawn, src])
        if r.returncode != 0:  # no libc.a: a dynamic one still has a small RSS
            subprocess.run(["gcc", "-O2", "-o", spawn, src], check=True)
    cxx = os.path.join(out, "cxx", "cxxmap")
    src = os.path.join(HERE, "cxxmap.cpp")
    if out_of_date(cxx, src):
        os.makedirs(os.path.dirname(cxx), exist_ok=True)
        subprocess.run(["g++", "-O1", "-o", cxx, src], check=True)
    return spawn, cxx


def make_programs(args, out, cxx):
    progs, builds = [], []
    ns = sorted(set(args.n))
    for style in args.styles:
        if args.only and not any(re.search(args.only, f"synth-{style}-n{n}") for n in ns):
            continue  # no need to build a set that is not measured
        paths, info = synth.build_set(out, style, args.m, ns, args.jobs, log=log)
        builds.append(info)
        for n in ns:
            progs.append(Program(f"synth-{style}-n{n}", [paths[n]], large=n >= 100, n=n,
                                 style=style, expected=synth.expected_output(style, n, args.m)))
    progs += [
        Program("true", ["/bin/true"]),
        # /proc's link count is the number of processes: blank it for --check
        Program("ls -la /", ["/bin/ls", "-la", "/"],
                volatile=(re.compile(rb"(?m)^(\S+\s+)\d+(\s.*\sproc)$"), rb"\1#\2")),
        Program("bash -c true", ["/bin/bash", "-c", "true"]),
        Program("perl -e 1", ["/usr/bin/perl", "-e", "1"]),
        Program("python3 -S -c pass", [PYTHON, "-S", "-c", "pass"]),
        Program("c++ iostream+map", [cxx]),
        Program("python3 import C exts", [PYTHON, "-c", PY_IMPORTS], large=True),
    ]
    if args.only:
        progs = [p for p in progs if re.search(args.only, p.name)]
    return [p for p in progs if os.path.exists(p.argv[0])], builds


def environment(mode):
    """The caller's environment without LD_* variables, plus the mode's."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LD_")}
    env.update(MODE_ENV[mode])
    return env


# ---------------------------------------------------------------- check

def run_captured(argv, env, volatile=None):
    r = subprocess.run(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       stdin=subprocess.DEVNULL, timeout=300)
    out = r.stdout if volatile is None else volatile[0].sub(volatile[1], r.stdout)
    return r.returncode, out, r.stderr


def describe(res):
    code, o, e = res
    return f"exit {code}, stdout {o[:200]!r}, stderr {e[:200]!r}"


def difference(g, d):
    """Where dryad's result first differs from glibc's, in a few lines."""
    if g[0] != d[0]:
        return f"exit status: glibc {g[0]}, dryad {d[0]}"
    for what, a, b in (("stdout", g[1], d[1]), ("stderr", g[2], d[2])):
        if a != b:
            la, lb = a.splitlines(), b.splitlines()
            i = next((i for i, (x, y) in enumerate(zip(la, lb)) if x != y), min(len(la), len(lb)))
            pick = lambda ls: ls[i].decode(errors="replace") if i < len(ls) else "(end)"
            return (f"{what} line {i + 1} (of {len(la)} / {len(lb)}):\n"
                    f"      glibc: {pick(la)!r}\n      dryad: {pick(lb)!r}")
    return "same"


def check(progs, ldsos, attempts=3):
    """Each program once per mode under both linkers: same stdout, stderr
    and exit status (and, for the synthetic programs, the checksum that
    synth.py computes). glibc runs just before and just after dryad, and
    dryad must match one of the two. A mismatch is retried: a deterministic
    difference (a loader bug) repeats, while a change in the system between
    two runs (in `ls -la /`, a directory created in /tmp by another
    process; /proc's link count, the number of processes, is blanked)
    does not; only `attempts` mismatches in a row
    count as a difference."""
    failures = []
    for p in progs:
        for mode in MODES:
            env = environment(mode)
            verdict = None
            for _ in range(attempts):
                g1 = run_captured([ldsos["glibc"]] + p.argv, env, p.volatile)
                d = run_captured([ldsos["dryad"]] + p.argv, env, p.volatile)
                g2 = run_captured([ldsos["glibc"]] + p.argv, env, p.volatile)
                if p.expected is not None and d[1].decode(errors="replace") != p.expected:
                    verdict = (f"output is not the checksum synth.py computes, {p.expected!r}: "
                               f"glibc {describe(g1)}; dryad {describe(d)}")
                elif d in (g1, g2):
                    verdict = "ok"
                    break
                else:
                    verdict = "differs" + ("" if g1 == g2 else " (glibc's own output changed between its runs)") \
                        + ": " + difference(g1, d)
            ok = verdict == "ok"
            if ok and g1[0] != 0:
                ok, verdict = False, f"both fail: {describe(g1)}"
            print(f"check {'ok  ' if ok else 'FAIL'} {p.name:24} {mode:4}"
                  + ("" if ok else f"  {verdict}"), flush=True)
            if not ok:
                failures.append((p.name, mode, verdict))
    return failures


# ---------------------------------------------------------------- timing

def spawn_once(spawn, argv, env, exact_rss=False):
    r = subprocess.run([spawn] + (["-r"] if exact_rss else []) + argv, env=env,
                       stdout=subprocess.PIPE, check=True, text=True)
    ns, rss, status = r.stdout.split()
    return int(ns), int(rss), int(status)


def summary(xs):
    q1, _, q3 = statistics.quantiles(xs, n=4, method="inclusive")
    return {"median": statistics.median(xs), "q1": q1, "q3": q3, "iqr": q3 - q1,
            "min": min(xs), "max": max(xs)}


def ratio_ci(g, d, rng, rounds=1000):
    """Bootstrap 95% interval of median(d) / median(g)."""
    rs = sorted(statistics.median(rng.choices(d, k=len(d))) /
                statistics.median(rng.choices(g, k=len(g))) for _ in range(rounds))
    return rs[int(0.025 * rounds)], rs[int(0.975 * rounds) - 1]


def measure(p, mode, ldsos, spawn, runs, warmup, rng):
    env = environment(mode)
    times = {k: [] for k in LINKERS}
    rss = {k: [] for k in LINKERS}
    statuses = set()
    for i in range(warmup + runs):
        for k in LINKERS:  # interleaved: glibc, dryad, glibc, dryad, ...
            ns, _, status = spawn_once(spawn, [ldsos[k]] + p.argv, env)
            statuses.add((k, status))
            if i >= warmup:
                times[k].append(ns)
    # RSS from runs of their own, traced to their exit (spawn -r: exact,
    # where ru_maxrss is not; see bench/spawn.c), untimed.
    for _ in range(RSS_RUNS):
        for k in LINKERS:
            _, kb, status = spawn_once(spawn, [ldsos[k]] + p.argv, env, exact_rss=True)
            statuses.add((k, status))
            rss[k].append(kb)
    res = {"runs": runs, "warmup": warmup, "wait_status": sorted(statuses)}
    if any(st != 0 for _, st in statuses):
        log(f"bench: {p.name} ({mode}): a run did not exit 0: wait statuses {sorted(statuses)}")
    for k in LINKERS:
        res[k] = {"time_ns": summary(times[k]), "rss_kib": summary(rss[k]),
                  "raw_time_ns": times[k], "raw_rss_kib": rss[k]}
    mg, md = res["glibc"]["time_ns"]["median"], res["dryad"]["time_ns"]["median"]
    res["time_ratio"] = md / mg
    res["time_ratio_ci95"] = ratio_ci(times["glibc"], times["dryad"], rng)
    res["rss_ratio"] = res["dryad"]["rss_kib"]["median"] / res["glibc"]["rss_kib"]["median"]
    return res


# ---------------------------------------------------------------- instructions

def perf_works():
    try:
        r = subprocess.run(["perf", "stat", "-x,", "-e", "instructions:u", "/bin/true"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return False, "perf not found"
    first = r.stderr.strip().splitlines()[-1:] or [""]
    field = first[0].split(",")[0]
    if r.returncode == 0 and field.isdigit():
        return True, "perf stat -e instructions:u"
    return False, f"perf stat -e instructions:u gives {field or r.stderr.strip()[:80]!r}"


def perf_instructions(argv, env):
    r = subprocess.run(["perf", "stat", "-x,", "-r", "3", "-e", "instructions:u"] + argv, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                       text=True)
    for line in r.stderr.splitlines():
        f = line.split(",")
        if len(f) > 2 and "instructions" in f[2] and f[0].isdigit():
            return {"total": int(f[0]), "linker": None}
    return None


def callgrind_by_object(path):
    """Self cost (Ir) per object of a callgrind output file, and the total.

    Cost lines after a `calls=` line are the inclusive cost of a call and
    belong to the callee, so they are not counted for the caller."""
    names, cost = {}, {}
    ob, skip, total = None, False, None

    def name(spec):
        m = re.match(r"\((\d+)\)(?: (.*))?$", spec.strip())
        if not m:
            return spec.strip()
        if m.group(2) is not None:
            names[m.group(1)] = m.group(2)
        return names.get(m.group(1), "?")

    with open(path) as f:
        for line in f:
            c = line[:1]
            if c.isdigit() or c in "+-*":
                if skip:
                    skip = False
                    continue
                parts = line.split()
                if len(parts) > 1:
                    cost[ob] = cost.get(ob, 0) + int(parts[1])
            elif line.startswith("ob="):
                ob = name(line[3:])
            elif line.startswith("cob="):
                name(line[4:])
            elif line.startswith("calls="):
                skip = True
            elif line.startswith(("summary:", "totals:")):
                total = int(line.split()[1])
    return total if total is not None else sum(cost.values()), cost


def callgrind_instructions(argv, env, linker_path, expected_status=0):
    """One callgrind run: {"total", "linker"} Ir, or {"error": ...} when
    the program did not exit as it does outside valgrind."""
    fd, out = tempfile.mkstemp(prefix="bench-callgrind.")
    os.close(fd)
    try:
        r = subprocess.run(["valgrind", "--tool=callgrind", "-q", f"--callgrind-out-file={out}"]
                           + argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           stdin=subprocess.DEVNULL, timeout=1800)
        if r.returncode != expected_status or os.path.getsize(out) == 0:
            tail = r.stderr.decode(errors="replace").strip().splitlines()[-6:]
            return {"error": f"exit status {r.returncode} under valgrind", "stderr": tail}
        total, by_object = callgrind_by_object(out)
    finally:
        os.unlink(out)
    real = os.path.realpath(linker_path)
    linker = sum(v for k, v in by_object.items() if k and os.path.realpath(k) == real)
    return {"total": total, "linker": linker}


# ---------------------------------------------------------------- output

def fmt_ratio(x):
    return "-" if x is None else f"{x:.2f}"


def table(results, method):
    head = (f"{'program':22} {'mode':4} | {'glibc ms':>8} {'iqr':>6} | {'dryad ms':>8} {'iqr':>6} | "
            f"{'time d/g':>8} {'95% ci':>11} | {'Ir d/g':>6} {'ld Ir d/g':>9} {'ld MIr g/d':>13} | "
            f"{'RSS KiB g/d':>13} {'d/g':>5}")
    lines = [head, "-" * len(head)]
    for r in results:
        t = r["timing"]
        g, d = t["glibc"]["time_ns"], t["dryad"]["time_ns"]
        ins = r.get("instructions") or {}
        gi, di = ins.get("glibc"), ins.get("dryad")
        ir = ld = None
        ldabs = "-"
        if gi and di:
            ir = di["total"] / gi["total"]
            if gi.get("linker") and di.get("linker"):
                ld = di["linker"] / gi["linker"]
                ldabs = f"{gi['linker'] / 1e6:.1f}/{di['linker'] / 1e6:.1f}"
        lo, hi = t["time_ratio_ci95"]
        rg, rd = t["glibc"]["rss_kib"]["median"], t["dryad"]["rss_kib"]["median"]
        lines.append(
            f"{r['program']['name'][:22]:22} {r['mode']:4} | {g['median'] / 1e6:8.2f} {g['iqr'] / 1e6:6.2f} | "
            f"{d['median'] / 1e6:8.2f} {d['iqr'] / 1e6:6.2f} | {t['time_ratio']:8.3f} "
            f"{f'{lo:.2f}-{hi:.2f}':>11} | {fmt_ratio(ir):>6} {fmt_ratio(ld):>9} {ldabs:>13} | "
            f"{f'{rg:.0f}/{rd:.0f}':>13} {t['rss_ratio']:5.2f}")
    lines.append("")
    for mode in MODES:
        for kind, pick in (("real programs", lambda p: p["n"] is None),
                           ("synthetic", lambda p: p["n"] is not None)):
            rs = [r["timing"]["time_ratio"] for r in results if r["mode"] == mode and pick(r["program"])]
            if rs:
                lines.append(f"geometric mean time ratio dryad/glibc, {kind}, {mode}: "
                             f"{statistics.geometric_mean(rs):.3f} ({len(rs)} programs)")
    lines.append("")
    lines.append(f"time: median wall time of fork+exec+wait (bench/spawn.c), {INVOCATION}; "
                 "runs interleaved glibc, dryad, glibc, dryad, ...")
    lines.append("time d/g: ratio of medians (below 1 = dryad faster), 95% ci: bootstrap interval of that ratio")
    lines.append(f"Ir: instructions, {method}; 'ld': only those executed inside the linker object")
    lines.append("RSS: median resident set at exit (smaps_rollup, traced runs, bench/spawn.c -r) in KiB")
    return "\n".join(lines)


def plot(data, png):
    try:
        import matplotlib
    except ImportError:
        if os.path.realpath(sys.executable) != os.path.realpath(PYTHON) and os.path.exists(PYTHON):
            r = subprocess.run([PYTHON, "-c", "import matplotlib"], stderr=subprocess.DEVNULL)
            if r.returncode == 0:  # Debian's python3-matplotlib, for Debian's python
                subprocess.run([PYTHON, os.path.abspath(__file__), "--plot-only",
                                data["json_path"], "--png", png], check=False)
                return os.path.exists(png)
        log("bench: no matplotlib, no plot (apt-get install -y python3-matplotlib)")
        return False
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter

    synth_rs = [r for r in data["results"] if r["program"]["n"] is not None]
    styles = sorted({r["program"]["style"] for r in synth_rs})
    if not styles:
        return False
    ns = sorted({r["program"]["n"] for r in synth_rs})
    fig, axes = plt.subplots(1, len(styles) + 1, figsize=(5.4 * (len(styles) + 1), 5.4), squeeze=False)
    axes = axes[0]
    colours = {"glibc": "tab:blue", "dryad": "tab:orange"}
    labels = {"c": "C names (b42_f123)", "cxx": "C++ mangled names (_ZN5bench5lib425fn123E...)"}
    modes = (("lazy", "-", "o", "lazy"), ("now", "--", "s", "LD_BIND_NOW=1"))
    plain = FuncFormatter(lambda v, _: f"{v:g}")

    def series(style, mode):
        return sorted((r["program"]["n"], r["timing"]) for r in synth_rs
                      if r["program"]["style"] == style and r["mode"] == mode)

    for ax, style in zip(axes, styles):
        for k in LINKERS:
            for mode, ls, marker, mlabel in modes:
                pts = [(n, t[k]["time_ns"]) for n, t in series(style, mode)]
                if not pts:
                    continue
                ys = [s["median"] / 1e6 for _, s in pts]
                err = [[(s["median"] - s["q1"]) / 1e6 for _, s in pts],
                       [(s["q3"] - s["median"]) / 1e6 for _, s in pts]]
                name = "glibc ld.so" if k == "glibc" else "dryad"
                ax.errorbar([n for n, _ in pts], ys, yerr=err, color=colours[k], linestyle=ls,
                            marker=marker, capsize=3, label=f"{name}, {mlabel}")
        ax.set_yscale("log")
        ax.yaxis.set_major_locator(LogLocator(subs=(1, 2, 5)))
        ax.yaxis.set_major_formatter(plain)
        ax.yaxis.set_minor_formatter(NullFormatter())
        ax.set_ylabel("wall time of the whole run, median ms (bars: IQR)")
        ax.set_title(labels.get(style, style), fontsize=10)
    rax = axes[-1]
    shift = iter((0.94, 0.98, 1.02, 1.06))  # so that the four sets of bars do not overlap
    for style, colour in zip(styles, ("tab:green", "tab:purple")):
        for mode, ls, marker, mlabel in modes:
            pts = series(style, mode)
            if not pts:
                continue
            f = next(shift, 1.0)
            ys = [t["time_ratio"] for _, t in pts]
            err = [[t["time_ratio"] - t["time_ratio_ci95"][0] for _, t in pts],
                   [t["time_ratio_ci95"][1] - t["time_ratio"] for _, t in pts]]
            rax.errorbar([n * f for n, _ in pts], ys, yerr=err, color=colour, linestyle=ls, marker=marker,
                         capsize=3, label=f"{style} names, {mlabel}")
    rax.axhline(1.0, color="black", linewidth=0.8)
    rax.set_ylabel("time ratio dryad / glibc (bars: bootstrap 95% interval)")
    rax.set_title("dryad / glibc (below 1: dryad faster)", fontsize=10)
    for ax in axes:
        ax.set_xscale("log")
        ax.set_xticks(ns)
        ax.xaxis.set_major_formatter(plain)
        ax.xaxis.set_minor_formatter(NullFormatter())
        ax.set_xlabel(f"N shared libraries ({data['config']['m']} exported functions each)")
        ax.grid(True, which="both", alpha=0.3)
        ax.legend(fontsize=8)
    meta = data["meta"]
    cfg = data["config"]
    fig.suptitle(f"Synthetic programs, glibc {meta['glibc'].split()[-1]} ld.so vs dryad {meta['dryad_git']}, "
                 f"both `LDSO PROG`; {cfg['runs_large']} runs (N>=100) / {cfg['runs_small']} runs (N<100), "
                 f"{meta['cpus']} CPUs, load {meta['loadavg_start'][0]:.1f}, {meta['date'][:10]}",
                 fontsize=10)
    fig.tight_layout()
    fig.savefig(png, dpi=110)
    plt.close(fig)
    return True


def git_describe():
    try:
        rev = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"],
                             capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", ROOT, "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True).stdout.strip()
        return rev + ("+dirty" if dirty else "")
    except OSError:
        return "?"


def meta_info(dryad):
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    st = os.stat(dryad)
    with open(dryad, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    return {"dryad_sha256": digest, "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "host": platform.node(),
            "kernel": platform.release(), "cpu": cpu, "cpus": os.cpu_count(),
            "loadavg_start": os.getloadavg(), "glibc": os.confstr("CS_GNU_LIBC_VERSION"),
            "dryad": dryad, "dryad_size": st.st_size,
            "dryad_mtime": time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(st.st_mtime)),
            "dryad_git": git_describe(), "system_ldso": os.path.realpath(SYSTEM),
            "invocation": INVOCATION}


def main():
    ap = argparse.ArgumentParser(description="Startup benchmark: system ld.so vs dryad.")
    ap.add_argument("--dryad", default=os.path.join(ROOT, "dryad.so.1"))
    ap.add_argument("--system", default=SYSTEM)
    ap.add_argument("--out", default=os.path.join(ROOT, "target", "bench"),
                    help="build and output directory (default target/bench)")
    ap.add_argument("--check", action="store_true",
                    help="run each program once per mode under both linkers, compare outputs, exit 1 on a difference")
    ap.add_argument("--quick", action="store_true",
                    help="fewer runs (20 small, 8 large, 1 warm-up), instructions in lazy mode only")
    ap.add_argument("--runs-small", type=int)
    ap.add_argument("--runs-large", type=int)
    ap.add_argument("--warmup", type=int)
    ap.add_argument("--n", default="10,100,400", help="synthetic library counts")
    ap.add_argument("--m", type=int, default=500, help="exported functions per library")
    ap.add_argument("--styles", default="c,cxx", help="name styles: c, cxx")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="parallel compile jobs")
    ap.add_argument("--only", help="measure only programs whose name matches this regex")
    ap.add_argument("--instructions", choices=("all", "subset", "none"),
                    help="instruction counts for all programs and modes, a subset, or none")
    ap.add_argument("--json", help="results file (default OUT/results.json)")
    ap.add_argument("--png", help="plot file (default OUT/startup-vs-n.png)")
    ap.add_argument("--plot-only", metavar="RESULTS_JSON", help=argparse.SUPPRESS)
    args = ap.parse_args()

    out = os.path.abspath(args.out)
    png = args.png or os.path.join(out, "startup-vs-n.png")
    if args.plot_only:
        with open(args.plot_only) as f:
            data = json.load(f)
        data["json_path"] = args.plot_only
        return 0 if plot(data, png) else 1

    args.n = [int(x) for x in args.n.split(",") if x]
    args.styles = [s for s in args.styles.split(",") if s]
    for s in args.styles:
        if s not in synth.STYLES:
            ap.error(f"unknown style {s!r}")
    runs_small = args.runs_small or (20 if args.quick else 100)
    runs_large = args.runs_large or (8 if args.quick else 30)
    warmup = args.warmup if args.warmup is not None else (1 if args.quick else 3)
    dryad = os.path.abspath(args.dryad)
    ldsos = {"glibc": args.system, "dryad": dryad}
    for k, v in ldsos.items():
        if not os.access(v, os.X_OK):
            sys.exit(f"bench: {k} linker {v} is not executable (make builds ./dryad.so.1)")
    os.makedirs(out, exist_ok=True)
    # Measure a private copy: `make` elsewhere rewrites ./dryad.so.1 in place,
    # which would change the linker halfway through a run (and crash a run
    # that has it mapped, such as one under valgrind).
    # (--check, which `make test` runs right after `make`, uses it in place.)
    source = dryad
    if not args.check:
        dryad = os.path.join(out, "linker", "dryad.so.1")
        os.makedirs(os.path.dirname(dryad), exist_ok=True)
        shutil.copy2(source, dryad + ".tmp")
        os.replace(dryad + ".tmp", dryad)
        ldsos["dryad"] = dryad

    phases = {}
    t = time.monotonic()
    spawn, cxx = build_helpers(out)
    progs, builds = make_programs(args, out, cxx)
    phases["build_s"] = time.monotonic() - t
    for b in builds:
        log(f"synth {b['style']}-m{b['m']}: {b['libraries']} libraries, generated in {b['generate_s']:.1f} s, "
            f"built in {b['build_s']:.1f} s with {b['jobs']} jobs" + (" (cached now)" if b["cached"] else ""))

    if args.check:
        failures = check(progs, ldsos)
        print(f"check: {len(progs) * len(MODES) - len(failures)} ok, {len(failures)} different "
              f"(dryad {source} vs {args.system})")
        return 1 if failures else 0

    t = time.monotonic()
    log("bench: correctness (each program once per mode under both linkers)")
    failures = check(progs, ldsos)
    phases["check_s"] = time.monotonic() - t

    meta = meta_info(dryad)
    meta["dryad_copied_from"] = source
    rng = random.Random(11)
    results = []
    t = time.monotonic()
    log(f"bench: timing, {runs_small} runs (small) / {runs_large} runs (large) after {warmup} warm-up, "
        f"{INVOCATION}, interleaved")
    for p in progs:
        for mode in MODES:
            runs = runs_large if p.large else runs_small
            t0 = time.monotonic()
            res = measure(p, mode, ldsos, spawn, runs, warmup, rng)
            log(f"  {p.name:24} {mode:4} glibc {res['glibc']['time_ns']['median'] / 1e6:8.2f} ms  "
                f"dryad {res['dryad']['time_ns']['median'] / 1e6:8.2f} ms  ratio {res['time_ratio']:.3f}"
                f"  ({time.monotonic() - t0:.0f} s)")
            results.append({"program": p.to_json(), "mode": mode, "timing": res,
                            "check": next((v for n, m, v in failures if n == p.name and m == mode), "ok")})
    phases["timing_s"] = time.monotonic() - t

    ok, why = perf_works()
    level = args.instructions or ("subset" if args.quick else "all")
    if level == "none":
        method = "not measured"
    elif ok:
        method = "perf stat -e instructions:u (-r 3, mean), every program and mode"
    elif shutil.which("valgrind"):
        method = (f"valgrind --tool=callgrind, one run per program/mode/linker (perf unusable here: {why})"
                  + ("; subset: lazy mode only" if level == "subset" else ""))
    else:
        method = f"not measured ({why}; no valgrind)"
        level = "none"
    t = time.monotonic()
    if level != "none":
        log(f"bench: instructions, {method}")
        for r, p in ((r, p) for r in results for p in progs if p.name == r["program"]["name"]):
            if level == "subset" and r["mode"] != "lazy":
                continue
            env = environment(r["mode"])
            t0 = time.monotonic()
            ins = {}
            for k in LINKERS:
                argv = [ldsos[k]] + p.argv
                if ok:
                    ins[k] = perf_instructions(argv, env)
                    continue
                for attempt in range(2):  # a failure is reported, and retried once
                    ins[k] = callgrind_instructions(argv, env, ldsos[k])
                    if "error" not in ins[k]:
                        break
                    log(f"  {p.name:24} {r['mode']:4} {k} under callgrind: {ins[k]['error']}: "
                        + " | ".join(ins[k]["stderr"]))
                    r.setdefault("instruction_failures", []).append({"linker": k, **ins[k]})
            r["instructions"] = ins if all(v and "error" not in v for v in ins.values()) else None
            if r["instructions"]:
                log(f"  {p.name:24} {r['mode']:4} Ir glibc {ins['glibc']['total'] / 1e6:9.2f} M  "
                    f"dryad {ins['dryad']['total'] / 1e6:9.2f} M  ({time.monotonic() - t0:.0f} s)")
    phases["instructions_s"] = time.monotonic() - t

    meta["loadavg_end"] = os.getloadavg()
    json_path = args.json or os.path.join(out, "results.json")
    data = {"meta": meta,
            "config": {"runs_small": runs_small, "runs_large": runs_large, "warmup": warmup,
                       "quick": args.quick, "n": args.n, "m": args.m, "styles": args.styles,
                       "instructions": method, "modes": {m: MODE_ENV[m] for m in MODES}},
            "builds": builds, "phases_s": phases, "check_failures": failures, "results": results,
            "json_path": json_path}
    with open(json_path, "w") as f:
        json.dump(data, f, indent=1)
    print(table(results, method))
    t = time.monotonic()
    plotted = plot(data, png)
    phases["plot_s"] = time.monotonic() - t
    with open(json_path, "w") as f:  # again, with the plot's time
        json.dump(data, f, indent=1)
    print()
    print(f"machine: {meta['cpu']}, {meta['cpus']} CPUs, load average {meta['loadavg_start'][0]:.2f} "
          f"at start, {meta['loadavg_end'][0]:.2f} at end; dryad {meta['dryad_git']}, {meta['glibc']}")
    print("phases: " + ", ".join(f"{k[:-2]} {v:.0f} s" for k, v in phases.items()))
    print(f"results: {json_path}" + (f"\nplot: {png}" if plotted else ""))
    if failures:
        print(f"bench: {len(failures)} program/mode pairs gave different output under dryad (see above)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
