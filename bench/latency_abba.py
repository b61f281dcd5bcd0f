"""First-ask latency against a baseline: each question's least CPU over fresh processes, ABBA.

What a member waits for is a question's first ask in a running bot (a question asked again costs
less: the per-word and per-text memos are warm), on a machine shared with other workers. So each
side (this checkout's `bot/` and `REF`'s, exported with git archive) runs search_latency.py's
questions once each in a fresh process, after its 20 warm-up questions, timing this thread's CPU;
the sides alternate A B B A ..., and each question keeps its least CPU over the runs (the other
workers' turns only ever add to it). Prints p50/p95/p99/mean/max and questions over 2 ms per side,
and the 45 slowest of the baseline's questions on both sides.

    python bench/latency_abba.py                  # against the main commit this branch started from
    python bench/latency_abba.py --ref main --runs 6
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SLOWEST = 45


def first_asks(code: Path) -> list[float]:
    """CPU ms of each latency question's first ask, with the `bot` package and knowledge in `code`."""
    sys.path[:0] = [str(code), str(ROOT)]
    import bot  # before the bench, which puts this checkout first on the path

    assert Path(bot.__file__).is_relative_to(code), bot.__file__
    from bench.search_latency import queries
    from bot.kb.check import check_directory
    from bot.kb.service import KnowledgeService

    base = check_directory(code / "knowledge").entries
    service = KnowledgeService.from_entries(base)
    qs = queries(base, 300)
    for q in qs[:20]:  # as search_latency.py warms up
        service.search(q)
    gc.collect()
    out = []
    for q in qs:
        start = time.thread_time_ns()
        service.search(q)
        out.append((time.thread_time_ns() - start) / 1e6)
    return out


def summary(ms: list[float]) -> str:
    s = sorted(ms)
    at = lambda p: s[min(len(s) - 1, int(len(s) * p))]  # noqa: E731
    return (
        f"p50 {statistics.median(s):.2f}  p95 {at(0.95):.2f}  p99 {at(0.99):.2f}  "
        f"mean {statistics.mean(s):.2f}  max {s[-1]:.2f}  over 2 ms {sum(x > 2 for x in s)}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ref", help="baseline commit (default: merge-base of HEAD and main)")
    parser.add_argument("--runs", type=int, default=4, help="fresh processes per side (default 4)")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)  # child: time `bot` in this dir
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(first_asks(args.child)))
        return 0
    sys.path.insert(0, str(ROOT))
    from bench.kbeval.baseline import baseline_ref, exported

    ref = baseline_ref(args.ref)
    env = {**os.environ, "PYTHONHASHSEED": os.environ.get("PYTHONHASHSEED") or "0"}  # as search_golden.py
    with exported(ref) as tmp:
        sides = {f"base {ref[:10]}": tmp, "this checkout": ROOT}
        runs: dict[str, list[list[float]]] = {name: [] for name in sides}
        for n in range(args.runs):
            for name in list(sides) if n % 2 == 0 else list(sides)[::-1]:
                cmd = [sys.executable, str(Path(__file__).resolve()), "--child", str(sides[name])]
                done = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=tmp, env=env)
                runs[name].append(json.loads(done.stdout))
    least = {name: [min(q) for q in zip(*r, strict=True)] for name, r in runs.items()}
    for name, ms in least.items():
        print(f"{name:<16} {summary(ms)}")
    base, this = least.values()
    slow = sorted(range(len(base)), key=lambda i: -base[i])[:SLOWEST]
    faster = sum(this[i] < base[i] for i in slow)
    print(
        f"the base's {SLOWEST} slowest: mean {statistics.mean(base[i] for i in slow):.2f} -> "
        f"{statistics.mean(this[i] for i in slow):.2f} ms, {faster} faster; "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
