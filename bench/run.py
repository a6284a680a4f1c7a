"""`make bench`: every benchmark, each in its own process so memory and timings do not mix.

    python -m bench.run [--only plover,wire,tempeval,throughput,store,api]

Prints each benchmark's report; speed and memory are measured here, never asserted in tests.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time

BENCHMARKS = {
    "plover": (["bench.plover"], "PLOVER gold records: event type, source country, triple, extra events"),
    "wire": (["bench.wire"], "wire-style sentences nobody tuned for: pass rate by CAMEO root"),
    "tempeval": (["bench.tempeval"], "TempEval-3 platinum: time expression value F1 (relaxed span)"),
    "throughput": (["bench.throughput"], "extract vs bare spaCy parse of the same texts (floor 0.70)"),
    "store": (["bench.store_bench"], "ingest articles/s and peak memory; Spark local[1] vs local[2]"),
    "api": (["bench.api_bench"], "GET /api/events p50/p95 latency on loopback"),
}


def main() -> None:
    parser = argparse.ArgumentParser(description="run eventwire's benchmarks")
    parser.add_argument("--only", default=",".join(BENCHMARKS), help="comma-separated subset")
    args = parser.parse_args()
    failed = []
    for name in args.only.split(","):
        module, title = BENCHMARKS[name]
        print(f"\n=== {name}: {title}\n$ python -m {' '.join(module)}", flush=True)
        started = time.perf_counter()
        result = subprocess.run([sys.executable, "-m", *module], check=False)
        print(f"--- {name}: {time.perf_counter() - started:.1f} s", flush=True)
        if result.returncode:
            failed.append(name)
    if failed:
        sys.exit(f"benchmarks failed: {', '.join(failed)}")


if __name__ == "__main__":
    main()
