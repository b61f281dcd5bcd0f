"""The search worker's CPU per /ask: what a burst's answers queue behind (issue 15).

Forks `bot/kb/worker.py`'s child over the shipped knowledge (the heap frozen first, as `python -m bot`
does), asks it the latency bench's 300 questions in bursts of 100 (`asyncio.gather`, as a burst of
/ask interactions), and reads the child's user+system CPU and minor page faults from
/proc/PID/stat (clock ticks: ~10 ms, so the figure is good to ~0.01 ms over 900 questions) and the
parent's process CPU (pickling, framing, rebuilding the results on the event loop). `--code DIR`
measures another checkout's bot/ (e.g. `git archive main | tar -x -C /tmp/main`) over this
checkout's questions and knowledge, for a before/after in the same minute. Linux only.

    python bench/worker_cpu.py
    python bench/worker_cpu.py --code /tmp/main --rounds 5
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _stat(pid: int) -> tuple[float, int]:
    """(user + system CPU seconds, minor page faults) of a process."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK"), int(fields[7])


async def measure(rounds: int, burst: int) -> str:
    from bench.search_latency import queries
    from bot.kb.check import check_directory
    from bot.kb.heap import freeze_heap
    from bot.kb.service import KnowledgeService
    from bot.kb.worker import SearchWorker

    base = check_directory(ROOT / "knowledge").entries
    kb = KnowledgeService.from_entries(base)
    qs = queries(base, 300)
    freeze_heap()
    worker = SearchWorker(kb)
    await worker.start()
    try:
        pid = worker.pid
        assert pid is not None, "no child: this needs os.fork"
        for q in qs[:50]:  # the child's first questions fault in its pages and lazy caches
            await worker.search(q)
        (child0, faults0), parent0 = _stat(pid), time.process_time()
        asked = 0
        for _ in range(rounds):
            for start in range(0, len(qs), burst):
                part = qs[start : start + burst]
                await asyncio.gather(*(worker.search(q) for q in part))
                asked += len(part)
        (child1, faults1), parent1 = _stat(pid), time.process_time()
    finally:
        await worker.close()
    return (
        f"{asked} questions in bursts of {burst}: child CPU {(child1 - child0) / asked * 1000:.3f} ms/ask, "
        f"parent CPU {(parent1 - parent0) / asked * 1000:.3f} ms/ask, "
        f"child minor faults {(faults1 - faults0) / asked:.1f}/ask "
        f"(searched in the parent: {worker.searched_here})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--code", type=Path, help="the checkout whose bot/ is measured (default: this one)")
    parser.add_argument("--rounds", type=int, default=3, help="times the 300 questions are asked")
    parser.add_argument("--burst", type=int, default=100, help="questions asked at once")
    args = parser.parse_args(argv)
    sys.path[:0] = [str(args.code)] if args.code else []
    sys.path.insert(1 if args.code else 0, str(ROOT))
    import bot  # before bench.search_latency, which puts this checkout first on sys.path

    print(f"{Path(bot.__file__).parent.parent}: {asyncio.run(measure(args.rounds, args.burst))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
