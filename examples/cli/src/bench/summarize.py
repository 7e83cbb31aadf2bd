#!/usr/bin/env python3
"""Prints JMH JSON results (-rf json) as the Markdown rows docs/performance.md uses.

Usage: examples/cli/src/bench/summarize.py results.json [more.json ...]

For each benchmark and parameter set: the score with its 99.9% error, and, when the run used
-prof dev.partnerkit.bench.CpuTimeProfiler or -prof gc, the CPU time and bytes allocated per
operation with theirs.
"""
import json
import sys


def fmt(value, error):
    if value is None:
        return "-"
    if error is None or error != error:  # NaN when there is a single iteration
        return f"{value:,.1f}"
    return f"{value:,.1f} ± {error:,.1f}"


def main(paths):
    print("| benchmark | params | score | unit | CPU ns/op | B/op |")
    print("|---|---|---|---|---|---|")
    for path in paths:
        with open(path, encoding="utf-8") as f:
            results = json.load(f)
        for r in results:
            name = r["benchmark"].rsplit(".", 2)
            name = name[-2] + "." + name[-1]
            params = ", ".join(f"{k}={v}" for k, v in (r.get("params") or {}).items())
            primary = r["primaryMetric"]
            secondary = r.get("secondaryMetrics", {})
            cpu = secondary.get("cpu.time.norm", {})
            alloc = secondary.get("gc.alloc.rate.norm", {})
            print(
                f"| {name} | {params} | {fmt(primary['score'], primary.get('scoreError'))}"
                f" | {primary['scoreUnit']} | {fmt(cpu.get('score'), cpu.get('scoreError'))}"
                f" | {fmt(alloc.get('score'), alloc.get('scoreError'))} |"
            )


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
