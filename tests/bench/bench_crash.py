"""The long crash-safety run: hundreds of SIGKILLs of real writer processes.

    python tests/bench/bench_crash.py [--rounds 300] [--seed N]

Each round kills a writer mid-stream and checks that the book passes integrity_check,
holds every confirmed write and no part of an unfinished 300-lead batch. The test suite
runs 24 rounds of the same check (tests/e2e/test_crash_safety.py).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "e2e"))

from test_crash_safety import run_rounds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="leadbook-crash-") as folder:
        started = time.perf_counter()
        leads, batches = run_rounds(Path(folder) / "crash.leadbook", args.rounds, args.seed)
        took = time.perf_counter() - started
    print(
        f"{args.rounds} kills in {took:.0f} s: every check passed; {len(leads)} confirmed single writes and "
        f"{len(batches)} confirmed 300-lead batches all present, no torn batch"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
