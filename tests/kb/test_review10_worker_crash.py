"""review10, lat6's worker seen from the operator's log: a child killed (out of memory, say) in the
middle of a burst fails every question it held; each member still gets the answer (from a new
child), and the log says once that the worker stopped, not once per waiting member (a burst of 300
wrote 300 WARNING lines, burying whatever else happened then)."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import time
from pathlib import Path

import pytest

from bot.kb.service import KnowledgeService
from bot.kb.worker import SearchWorker
from tests.chat.entries import sample_knowledge

from .test_search_worker import first_child_only, reaped, shape

QUESTIONS = ["EU dual use regulation", "who sold cameras?", "zzzz qqqq", "Qué es Acme?"]


async def test_a_child_killed_mid_burst_answers_everyone_and_logs_once(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    parent, search, marker = os.getpid(), KnowledgeService.search, tmp_path / "first"

    def slow_in_the_child(self: KnowledgeService, question: str, *args: object, **kwargs: object) -> object:
        if os.getpid() != parent and first_child_only(marker):
            time.sleep(3600)  # the burst piles up in the first child until it is killed
        return search(self, question, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(KnowledgeService, "search", slow_in_the_child)
    kb = sample_knowledge()
    worker = SearchWorker(kb)
    await worker.start()
    killed = worker.pid
    assert killed is not None
    asked = [QUESTIONS[i % len(QUESTIONS)] for i in range(40)]
    try:
        with caplog.at_level(logging.WARNING, logger="bot.kb.worker"):
            burst = [asyncio.ensure_future(worker.search(q)) for q in asked]
            await asyncio.sleep(0.05)  # every question is with the child
            os.kill(killed, signal.SIGKILL)
            answers = await asyncio.gather(*burst)
        assert [shape(a) for a in answers] == [shape(kb.search(q)) for q in asked]
        assert worker.searched_here == 0 and worker.started == 2  # asked again of a new child
        stopped = [r for r in caplog.records if "stopped" in r.getMessage()]
        assert len(stopped) == 1, f"{len(stopped)} warnings for one dead worker"
    finally:
        await worker.close()
    assert reaped(killed)
