#!/usr/bin/env python3
"""Speed-up of dryad's parallel relocation, per number of worker threads.

Runs a synthetic program (bench/synth.py's, built by `make bench` under
target/bench/synth/) under dryad with DRYAD_RELOC_THREADS=1 (serial),
2, ... up to the CPUs this process may use, and under the system ld.so,
all interleaved (1 2 ... glibc, 1 2 ... glibc, ...), lazily and with
LD_BIND_NOW. Prints medians and the serial/threaded ratio. Nothing is
asserted: speed is reported, not tested (docs/10-startup-speed.md).

    python3 bench/threads.py [--runs N] [--dryad PATH] PROGRAM...
"""
import argparse
import os
import statistics
import subprocess
import time

SYSTEM = "/lib64/ld-linux-x86-64.so.2"


def once(argv, env):
    t = time.perf_counter_ns()
    subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter_ns() - t


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=40)
    ap.add_argument("--dryad", default=os.path.join(os.path.dirname(__file__), "..", "dryad.so.1"))
    ap.add_argument("programs", nargs="+")
    args = ap.parse_args()
    cpus = len(os.sched_getaffinity(0))
    counts = list(range(1, min(cpus, 8) + 1))
    base = {k: v for k, v in os.environ.items() if not k.startswith(("LD_", "DRYAD_"))}
    print(f"{cpus} CPUs; medians of {args.runs} interleaved runs, milliseconds")
    for prog in args.programs:
        for mode in ("lazy", "bind-now"):
            env = dict(base)
            if mode == "bind-now":
                env["LD_BIND_NOW"] = "1"
            times = {k: [] for k in counts + ["glibc"]}
            for _ in range(args.runs):
                for k in counts:
                    times[k].append(once([args.dryad, prog], dict(env, DRYAD_RELOC_THREADS=str(k))))
                times["glibc"].append(once([SYSTEM, prog], env))
            med = {k: statistics.median(v) / 1e6 for k, v in times.items()}
            row = "  ".join(f"{k} thread{'s' if k != 1 else ''}: {med[k]:.2f} ({med[1] / med[k]:.2f}x)" for k in counts)
            print(f"{os.path.basename(prog)} {mode}: {row}  glibc: {med['glibc']:.2f}")


if __name__ == "__main__":
    main()
