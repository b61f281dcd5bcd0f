"""The search worker process (bot/kb/worker.py) outside Discord: the same results as searching in
this process (entries are this process's own objects), filters and small talk included; an error
in the child is this process's usual error; a clean shutdown leaves no child behind."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from bot.errors import SearchUnavailable
from bot.kb import worker as worker_module
from bot.kb.filters import Filters
from bot.kb.result import SearchResult
from bot.kb.service import KnowledgeService
from bot.kb.worker import SearchWorker
from tests.chat.entries import sample_knowledge

# small talk in a language ("merci beaucoup": the reply in French) as well as of none ("hi")
QUESTIONS = [
    "EU dual use regulation",
    "who sold cameras?",
    "hi",
    "thanks, bye",
    "merci beaucoup",
    "zzzz qqqq",
    "Qué es Acme?",
]


def shape(r: SearchResult) -> tuple[object, ...]:
    return (r.question, r.answered, r.confidence, r.entry, r.alternatives, r.items, r.language, r.talk)


def reaped(pid: int) -> bool:
    """The child exited and was waited for: no process, not even a zombie."""
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return not Path(f"/proc/{pid}").exists()
    return False


async def test_the_worker_answers_as_this_process_would_and_exits_on_close() -> None:
    kb = sample_knowledge()
    worker = SearchWorker(kb)
    await worker.start()
    pid = worker.pid
    assert pid is not None and pid != os.getpid()
    try:
        for question in QUESTIONS:
            for filters in (Filters(), Filters(kind="vendor")):
                here, there = kb.search(question, filters), await worker.search(question, filters)
                assert shape(there) == shape(here)
                if here.entry is not None:
                    assert there.entry is here.entry  # this process's entry, not a copy
        assert worker.searched_here == 0
        assert worker.memory().get("rss", 1) > 0
    finally:
        await worker.close()
    assert reaped(pid)
    assert shape(await worker.search("EU dual use regulation")) == shape(kb.search("EU dual use regulation"))


async def test_an_error_in_the_childs_search_is_raised_here_as_usual(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: KnowledgeService, question: str, *args: object, **kwargs: object) -> object:
        raise RuntimeError("search broke")

    monkeypatch.setattr(KnowledgeService, "search", broken)
    worker = SearchWorker(sample_knowledge())
    await worker.start()
    try:
        with pytest.raises(RuntimeError, match="search broke"):
            await worker.search("EU dual use regulation")
        assert worker.searched_here == 1  # searched here again: the traceback is this process's
    finally:
        await worker.close()


def first_child_only(marker: Path) -> bool:
    """In a child: True in the first child to ask (it writes its pid to `marker`), False in later ones."""
    if not marker.exists():
        marker.write_text(str(os.getpid()))
    return marker.read_text() == str(os.getpid())


async def test_a_hung_child_is_replaced_and_its_question_asked_of_the_new_one(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    parent, search, marker = os.getpid(), KnowledgeService.search, tmp_path / "first"

    def hangs_in_the_first_child(
        self: KnowledgeService, question: str, *args: object, **kwargs: object
    ) -> object:
        if os.getpid() != parent and first_child_only(marker):
            time.sleep(3600)  # as if deadlocked on a lock some thread held at the fork
        return search(self, question, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(KnowledgeService, "search", hangs_in_the_first_child)
    monkeypatch.setattr(worker_module, "REPLY_WITHIN", 0.5)
    kb = sample_knowledge()
    worker = SearchWorker(kb)
    await worker.start()
    hung = worker.pid
    try:
        answer = await worker.search("EU dual use regulation")
        assert shape(answer) == shape(kb.search("EU dual use regulation"))
        # answered by a new child, not on this process's event loop
        assert worker.searched_here == 0 and worker.started == 2 and worker.pid != hung
    finally:
        await worker.close()
    assert hung is not None and reaped(hung)


async def test_a_question_that_hangs_every_child_is_refused_politely_not_searched_here(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A question that hangs (or kills) a child would hang the bot if searched here: after two
    children it gets `SearchUnavailable` (a message the member may read), and the bot goes on."""
    parent, search = os.getpid(), KnowledgeService.search

    def poison(self: KnowledgeService, question: str, *args: object, **kwargs: object) -> object:
        if os.getpid() != parent and "poison" in question:
            time.sleep(3600)
        return search(self, question, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(KnowledgeService, "search", poison)
    monkeypatch.setattr(worker_module, "REPLY_WITHIN", 0.3)
    kb = sample_knowledge()
    worker = SearchWorker(kb)
    await worker.start()
    try:
        with pytest.raises(SearchUnavailable) as refused:
            await worker.search("a poison question")
        assert "try again" in str(refused.value)
        assert worker.searched_here == 0 and worker.started == 2 and worker.lost == 1
        # the next question gets a new child and its answer
        assert shape(await worker.search("who sold cameras?")) == shape(kb.search("who sold cameras?"))
        assert worker.started == 3 and worker.searched_here == 0
    finally:
        await worker.close()


async def test_no_fork_means_searching_here(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_fork() -> int:
        raise OSError(12, "Cannot allocate memory")

    monkeypatch.setattr(os, "fork", no_fork)
    kb = sample_knowledge()
    worker = SearchWorker(kb)
    await worker.start()
    assert shape(await worker.search("EU dual use regulation")) == shape(kb.search("EU dual use regulation"))
    assert worker.searched_here == 1 and worker.pid is None
    await worker.close()
