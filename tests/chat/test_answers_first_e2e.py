"""Answers first through the loopback Discord (bot/questions/lane.py): one member's rating prompt
waits while another member's answer is in preparation, and both still get theirs."""

from __future__ import annotations

import asyncio

import pytest

from bot.kb.service import KnowledgeService
from tests.chat.entries import sample_knowledge
from tests.fakediscord.harness import DiscordEnv


@pytest.fixture
def knowledge() -> KnowledgeService:
    return sample_knowledge()


async def test_a_members_rating_prompt_waits_until_another_members_answer_is_out(
    discord_env: DiscordEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bea's "was this helpful?" is bookkeeping; Alice's answer, still in preparation, goes first,
    even once Bea's question-log row is written (Cora's private answer, which needs its row's id at
    once, writes the queued rows). Bea still gets her prompt, after Alice's answer. The wait is
    capped (WAIT_MAX): raised here, so the order does not depend on the machine's speed."""
    import bot.questions.lane as lane

    monkeypatch.setattr(lane, "WAIT_MAX", 3600.0)
    app, gate = discord_env.app, asyncio.Event()
    ask = app.ask

    async def slow_for_alice(question: str, **kwargs: object):  # type: ignore[no-untyped-def]
        if question == "EU dual use regulation":
            await gate.wait()  # Alice's search takes its time
        return await ask(question, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(app, "ask", slow_for_alice)
    held, quiet = asyncio.Event(), lane.AnswersFirst.quiet

    async def noted_quiet(self: lane.AnswersFirst, *args: object, **kwargs: object) -> None:
        waits = asyncio.ensure_future(quiet(self, *args, **kwargs))  # type: ignore[arg-type]
        await asyncio.sleep(0)
        if not waits.done() and "unless" not in kwargs:  # a prompt (not the log writer) is held back
            held.set()
        await waits

    monkeypatch.setattr(lane.AnswersFirst, "quiet", noted_quiet)
    discord_env.fake.world.add_member("bea", ["member"])
    alice = await discord_env.slash("ask", question="EU dual use regulation", by="alice")
    await alice.response()  # acknowledged: her answer is in preparation
    bea = await discord_env.slash("ask", question="who sold interception kit to Ruritania?", by="bea")
    assert (await bea.reply()).embed["title"] == "Acme interception sale to Ruritania (2019)"
    cora = await discord_env.slash("ask", question="Acme Intercept", by="cora", private=True)
    assert [b.get("label") for b in (await cora.reply()).buttons()][:2] == ["Helpful", "Not helpful"]
    # Bea's row is written: her prompt now waits for Alice's answer, or (the bug) goes at once.
    waiting = asyncio.ensure_future(held.wait())
    prompted = asyncio.ensure_future(bea.followup(1))
    await asyncio.wait([waiting, prompted], return_when=asyncio.FIRST_COMPLETED)
    gate.set()
    answer = await alice.reply()
    prompt = await bea.followup(1)
    waiting.cancel()
    assert answer.embed["title"] == "EU Dual-Use Regulation"
    assert prompt.ephemeral and [b.get("label") for b in prompt.buttons()] == ["Helpful", "Not helpful"]
    sent = {
        (r.method, r.params.get("webhook_token")): r.at
        for r in discord_env.fake.requests
        if r.method in ("PATCH", "POST")
    }
    assert sent[("PATCH", alice.token)] < sent[("POST", bea.token)]  # Alice's answer, then Bea's prompt
    assert len(bea.followups) == 1 and (await alice.followup(1)).ephemeral  # Alice is prompted too
