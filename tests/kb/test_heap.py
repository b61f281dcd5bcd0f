"""The running bot keeps its knowledge out of the collector's full passes, and a /kb reload still
frees the old knowledge (a frozen object is never collected unless the heap is thawed).

Each check runs in a child process: freezing is process-wide and must not touch the test runner."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.kb.conftest import FIXTURES

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import asyncio, gc, sys, weakref
from pathlib import Path
from bot.kb.heap import freeze_heap
from bot.kb.service import KnowledgeService

def collected(obj):  # is the collector's passes walk it (frozen objects are in no generation)
    return any(o is obj for o in gc.get_objects())

async def main():
    kb = await KnowledgeService.load(Path(sys.argv[1]))
    if sys.argv[2] == "freeze":
        freeze_heap()  # what `python -m bot run` does once the knowledge is loaded
    old = kb._engine
    print("old walked by full passes:", collected(old))
    gone = weakref.ref(old)
    del old
    assert await kb.reload() == []
    gc.collect()
    print("new walked by full passes:", collected(kb._engine))
    print("old freed:", gone() is None)
    print("frozen:", gc.get_freeze_count() > 0)
    print("young passes every:", gc.get_threshold()[0])

asyncio.run(main())
"""


def run_child(mode: str) -> list[str]:
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(FIXTURES / "valid"), mode],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout.splitlines()


def test_a_frozen_bot_reloads_knowledge_without_keeping_the_old_and_freezes_the_new() -> None:
    assert run_child("freeze") == [
        "old walked by full passes: False",
        "new walked by full passes: False",
        "old freed: True",
        "frozen: True",
        # an /ask's short-lived objects are not walked every 700 allocations (~9% of its CPU)
        "young passes every: 10000",
    ]


def test_a_process_that_never_froze_is_left_alone_by_a_reload() -> None:
    # The console, the CLI and the tests never freeze: a reload must not start doing it for them.
    assert run_child("none") == [
        "old walked by full passes: True",
        "new walked by full passes: True",
        "old freed: True",
        "frozen: False",
        "young passes every: 700",
    ]
