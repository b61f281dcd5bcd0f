"""/ask with SEARCH_WORKER=process (bot/kb/worker.py), as a member sees it through the loopback
Discord: the same answer and rating prompt; an answer, never silence or an error, when the worker
dies during the question (a new one answers it); a polite "try again" when a question kills every
worker; and a `/kb reload` reaches the worker's copy of the knowledge."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.kb.service import KnowledgeService
from bot.kb.worker import SearchWorker
from tests.fakediscord.harness import DiscordEnv, StartBot
from tests.kb.test_search_worker import first_child_only
from tests.support.knowledge import add_vendor, editable_knowledge


@pytest.fixture
def kb_dir(tmp_path: Path) -> Path:
    return editable_knowledge(tmp_path)


@pytest.fixture
async def knowledge(kb_dir: Path) -> KnowledgeService:
    return await KnowledgeService.load(kb_dir)


async def with_worker(start_bot: StartBot) -> tuple[DiscordEnv, SearchWorker]:
    env = await start_bot(search_worker="process")
    worker = await env.app.start_search_worker()
    assert worker is not None and worker.pid is not None and worker.pid != os.getpid()
    return env, worker


async def test_the_answer_and_its_rating_prompt_come_from_the_worker(start_bot: StartBot) -> None:
    env, worker = await with_worker(start_bot)
    handle = await env.slash("ask", question="Acme Vision", by="alice")
    answer = await handle.reply()
    assert "Acme Vision" in answer.embed["title"]
    here = env.app.kb.search("Acme Vision")
    assert here.entry is not None and answer.embed["title"].startswith(here.entry.title[:20])
    prompt = await handle.followup(1)
    assert prompt.ephemeral and [b.get("label") for b in prompt.buttons()] == ["Helpful", "Not helpful"]
    assert worker.searched_here == 0 and worker.started == 1  # searched in the child, not here


async def test_a_worker_dying_during_a_question_still_gives_the_member_the_answer(
    start_bot: StartBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    parent, search, marker = os.getpid(), KnowledgeService.search, tmp_path / "first"

    def dies_in_the_first_child(
        self: KnowledgeService, question: str, *args: object, **kwargs: object
    ) -> object:
        if os.getpid() != parent and first_child_only(marker):
            os._exit(9)  # as if killed (out of memory) in the middle of this question
        return search(self, question, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(KnowledgeService, "search", dies_in_the_first_child)  # before the fork
    env, worker = await with_worker(start_bot)
    handle = await env.slash("ask", question="Acme Vision", by="alice")
    answer = await handle.reply()
    assert "Acme Vision" in answer.embed["title"]  # the answer, not "something went wrong"
    assert (await handle.followup(1)).ephemeral  # and its rating prompt
    assert worker.searched_here == 0 and worker.started == 2  # from a new child, not the bot's loop


async def test_a_question_that_kills_every_worker_gets_a_polite_retry_and_the_bot_goes_on(
    start_bot: StartBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Searched on the bot's loop, such a question would kill the bot: the member is asked to try
    again (privately, in their words), and the next question is answered by a new worker."""
    parent, search = os.getpid(), KnowledgeService.search

    def poison(self: KnowledgeService, question: str, *args: object, **kwargs: object) -> object:
        if os.getpid() != parent and "Acme" in question:
            os._exit(9)
        return search(self, question, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(KnowledgeService, "search", poison)
    env, worker = await with_worker(start_bot)
    reply = await (await env.slash("ask", question="Acme Vision", by="alice")).reply()
    assert reply.ephemeral and "try again" in reply.text() and "Acme" not in reply.text()
    assert worker.searched_here == 0 and worker.lost == 1
    again = await (await env.slash("ask", question="Test Export Rule", by="alice")).reply()
    assert "Test Export Rule" in again.embed["title"] and worker.started == 3


async def test_a_knowledge_reload_reaches_the_worker(start_bot: StartBot, kb_dir: Path) -> None:
    env, worker = await with_worker(start_bot)
    first = worker.pid
    add_vendor(kb_dir)  # Zenith Optics: only the reloaded knowledge has it
    reply = await (await env.slash("kb reload", by="ada")).reply()
    assert "Knowledge reloaded: 4 entries" in reply.text()
    answer = await (await env.slash("ask", question="Zenith Optics lenses", by="alice")).reply()
    assert "Zenith Optics" in answer.embed["title"]
    assert worker.pid != first and worker.started == 2 and worker.searched_here == 0
