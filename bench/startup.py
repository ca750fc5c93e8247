#!/usr/bin/env python3
"""Startup time of real programs under dryad, as a ratio to the system ld.so.

Both loaders are measured in the same run, interleaved (A B A B ...), so
machine noise hits both alike; each figure is the median of many runs and
the result is the ratio of medians (dryad / glibc: below 1.0 is faster).
Absolute times are printed for context only. Nothing here is asserted:
speed is reported, not tested.

    python3 bench/startup.py [--runs N] [--dryad PATH]
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

SYSTEM = "/lib64/ld-linux-x86-64.so.2"
PROGRAMS = [
    ["/bin/true"],
    ["/bin/ls", "-la", "/usr/share/doc/libc6"],
    ["/usr/bin/python3", "-S", "-c", "pass"],
    ["/usr/bin/perl", "-e", "1"],
    ["/bin/bash", "-c", "true"],
]


def once(argv):
    t = time.perf_counter_ns()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter_ns() - t


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--dryad", default=os.path.join(os.path.dirname(__file__), "..", "dryad.so.1"))
    ap.add_argument("--bind-now", action="store_true", help="set LD_BIND_NOW=1 for both")
    args = ap.parse_args()
    dryad = os.path.abspath(args.dryad)
    if args.bind_now:
        os.environ["LD_BIND_NOW"] = "1"
    print(f"{'program':40} {'glibc ms':>9} {'dryad ms':>9} {'ratio':>6}")
    ratios = []
    for prog in PROGRAMS:
        if not os.path.exists(prog[0]):
            continue
        g, d = [], []
        for _ in range(5):  # warm the page cache
            once([SYSTEM] + prog)
            once([dryad] + prog)
        for _ in range(args.runs):
            g.append(once([SYSTEM] + prog))
            d.append(once([dryad] + prog))
        mg, md = statistics.median(g), statistics.median(d)
        ratios.append(md / mg)
        print(f"{' '.join(prog)[:40]:40} {mg / 1e6:9.3f} {md / 1e6:9.3f} {md / mg:6.3f}")
    print(f"geometric mean ratio: {statistics.geometric_mean(ratios):.3f} (dryad / glibc, {args.runs} runs each, medians)")


if __name__ == "__main__":
    sys.exit(main())
