"""Discord's acknowledgement is the exactly-once claim (bot/chat/cogs/replay.py).

A replay reaching a process that has never seen the interaction (a shard moved, a restart) must
not act again: its first answer is refused with 40060, and it stops before changing anything and
without telling the member anything. Two handlers of the same interaction at once (two processes,
modelled by one process whose in-memory memory of ids is bypassed) change things once. If both
ever believed they had won, the tip's unique interaction id is the second guard.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.store.tables.questions import QuestionLog
from bot.store.tables.tips import Tip, TipEvent
from tests.fakediscord.harness import DiscordEnv
from tests.fakediscord.interactions import APPLICATION_COMMAND, AUTOCOMPLETE, InteractionHandle
from tests.fakediscord.options import command_data
from tests.support.tipping import press_send
from tests.support.waiting import eventually

QUESTION = "Which rules control exports of spyware from the EU?"
WHAT = "A city-wide facial recognition contract was signed with the interior ministry in March."
CALLBACK = "/interactions/{interaction_id}/{interaction_token}/callback"


async def count(env: DiscordEnv, table: type, *where: Any) -> int:
    await env.app.question_writer.drain()  # a public answer is sent before its log row is written
    async with env.app.db.sessions() as session:
        query = select(func.count()).select_from(table).where(*where)
        return int((await (await session.connection()).execute(query)).scalar_one())


def forget_seen_ids(env: DiscordEnv, monkeypatch: pytest.MonkeyPatch) -> None:
    """What a second process knows about an interaction: nothing (every id is new to it)."""
    guard = env.bot.get_cog("ReplayGuard")
    assert guard is not None
    monkeypatch.setattr(guard, "_remember", lambda _id: True)


async def settle(env: DiscordEnv) -> None:
    """The next interaction is answered, so anything dispatched before it has been handled."""
    await (await env.slash("about", by="alice")).reply()
    await asyncio.sleep(0.3)


def apologies(env: DiscordEnv, handle: InteractionHandle) -> list[Any]:
    """Error messages sent on this interaction's token (a "something went wrong" follow-up)."""
    return [r for r in env.fake.requests if handle.token in r.path and "wrong" in json.dumps(r.json)]


async def test_a_replay_in_another_process_is_refused_by_discord_and_does_nothing(
    discord_env: DiscordEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    handle = await discord_env.slash("ask", question=QUESTION)
    await handle.reply()
    forget_seen_ids(discord_env, monkeypatch)
    discord_env.fake.expect("already_acknowledged")
    await handle.redispatch()
    await settle(discord_env)
    assert len(discord_env.fake.refused("already_acknowledged")) == 1  # it did try: Discord decided
    assert len(handle.callbacks) == 1
    assert await count(discord_env, QuestionLog) == 1  # acknowledged before logging, so not logged
    assert apologies(discord_env, handle) == []  # and no "something went wrong" follow-up


async def test_two_handlers_of_one_ask_at_once_log_it_once(
    discord_env: DiscordEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    forget_seen_ids(discord_env, monkeypatch)
    discord_env.fake.expect("already_acknowledged")
    handle = await discord_env.slash("ask", question=QUESTION)
    await handle.redispatch()  # before the first is answered
    await handle.reply()
    await settle(discord_env)
    assert len(discord_env.fake.refused("already_acknowledged")) == 1
    assert await count(discord_env, QuestionLog) == 1
    assert apologies(discord_env, handle) == []


async def test_a_replayed_send_files_one_tip(start_bot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    forget_seen_ids(env, monkeypatch)
    env.fake.expect("already_acknowledged")
    send = await press_send(env, {"what": WHAT, "vendor": "Acme Vision"})
    await send.redispatch()
    receipt = await send.reply_where(lambda r: "receipt" in r.text().lower())
    await settle(env)
    assert await count(env, Tip) == 1
    assert len(env.fake.refused("already_acknowledged")) == 1
    assert "receipt" in receipt.text().lower()


async def test_a_replayed_note_form_adds_one_note(start_bot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A note is not idempotent (two submits, two notes), so the form acknowledges before adding it."""
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    await press_send(env, {"what": WHAT, "vendor": "Acme Vision"})
    card = await env.fake.wait_for_message("review", lambda r: bool(r.embeds) and "TIP-" in r.text())
    note = await env.fake.component(
        card.button("Note")["custom_id"], message=card.raw, by="mo", channel="review"
    )
    forget_seen_ids(env, monkeypatch)
    env.fake.expect("already_acknowledged")
    submitted = await note.submit({"text": "Checked the procurement register."}, by="mo")
    await submitted.redispatch()
    await settle(env)
    assert await count(env, TipEvent, TipEvent.action == "note") == 1  # type: ignore[arg-type]
    assert len(env.fake.refused("already_acknowledged")) == 1


class Forgetful(list):  # type: ignore[type-arg]
    """Callbacks Discord records but never checks: every initial callback is accepted."""

    def __bool__(self) -> bool:
        return False


async def test_if_both_handlers_won_the_tip_id_still_files_once(
    start_bot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second guard: Discord is made to accept both handlers' acknowledgements of one Send
    press, so both file it; the unique interaction id keeps it one tip."""
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    preview = await (await env.slash("tip new", by="alice")).submit({"what": WHAT, "vendor": "Acme Vision"})
    original_init = InteractionHandle.__init__

    def init(self: InteractionHandle, *args: Any, **kwargs: Any) -> None:
        original_init(self, *args, **kwargs)
        if str((self.payload.get("data") or {}).get("custom_id", "")).startswith("tipnew:anon"):
            self.callbacks = Forgetful()

    monkeypatch.setattr(InteractionHandle, "__init__", init)
    filings: list[Any] = []
    file_tip = env.app.tips.file_tip

    async def spy(*args: Any, **kwargs: Any) -> Any:
        filings.append(await file_tip(*args, **kwargs))
        return filings[-1]

    monkeypatch.setattr(env.app.tips, "file_tip", spy)
    forget_seen_ids(env, monkeypatch)
    send = await preview.click("Send anonymously")
    await send.redispatch()
    await eventually(lambda: len(send.callbacks) == 2)  # both handlers acknowledged: both "won"
    await eventually(lambda: len(filings) == 2)
    await settle(env)
    assert await count(env, Tip) == 1
    assert sorted(f.replayed for f in filings) == [False, True]


async def test_a_replayed_autocomplete_answered_elsewhere_is_dropped_quietly(
    discord_env: DiscordEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Autocomplete is passed on like the rest; Discord's 40060 ends the second one, no ERROR."""
    fake = discord_env.fake
    data = command_data(fake, fake.command("vendor"), [], {"name": "acme"}, focused="name")
    handle = await fake.interact(AUTOCOMPLETE, data)
    assert await handle.choices()
    forget_seen_ids(discord_env, monkeypatch)
    fake.expect("already_acknowledged")
    await handle.redispatch()
    await settle(discord_env)
    assert len(fake.refused("already_acknowledged")) == 1
    assert len(handle.callbacks) == 1


async def test_autocomplete_for_a_command_the_bot_no_longer_has_gets_no_choices(
    discord_env: DiscordEnv,
) -> None:
    """Discord's command list can be older than the bot's: the spinner ends with no choices."""
    fake = discord_env.fake
    stale = {"id": str(fake.world.ids.next()), "name": "retired", "type": 1}
    stale["options"] = [{"name": "name", "type": 3, "value": "acme", "focused": True}]
    handle = await fake.interact(AUTOCOMPLETE, stale)
    assert await handle.choices() == []


async def test_odd_interactions_neither_crash_the_reader_nor_stop_the_bot(
    discord_env: DiscordEnv, caplog: pytest.LogCaptureFixture
) -> None:
    """A PING over the gateway (Discord sends those only to HTTP endpoints), a type the bot does
    not know, one discord.py's own parser chokes on, and more ids than the guard remembers: each is
    dropped or passed on quietly."""
    fake = discord_env.fake
    replay = discord_env.bot.extensions["bot.chat.cogs.replay"]
    caplog.set_level(logging.INFO, "bot.chat.replay")
    good = fake.interaction_payload(
        APPLICATION_COMMAND, fake.command("about") | {}, by=fake.person("alice"), dm=False, channel="general"
    )
    odd = [
        good | {"id": str(fake.world.ids.next()), "type": 1, "data": None},
        good | {"id": str(fake.world.ids.next()), "type": 9, "data": {}},
        good | {"id": str(fake.world.ids.next()), "application_id": "not-a-snowflake"},
    ]
    for payload in odd:
        await fake.gateway.dispatch("INTERACTION_CREATE", payload, guild_id=payload.get("guild_id"))
    await settle(discord_env)
    warned = [r.getMessage() for r in caplog.records]
    assert "Ignored a malformed interaction (type 1)" in warned
    assert "Ignored a malformed interaction (type 9)" in warned
    assert "Ignored a malformed interaction (ValueError)" in warned
    guard = discord_env.bot.get_cog("ReplayGuard")
    assert guard is not None
    for n in range(replay.REMEMBER + 5):  # the memory stays bounded: the oldest ids are forgotten
        guard._remember(n)
    assert len(guard._seen) == replay.REMEMBER and 0 not in guard._seen


@pytest.mark.allow_error_logs
async def test_an_autocomplete_answer_discord_fails_is_still_an_error_in_the_log(
    discord_env: DiscordEnv, caplog: pytest.LogCaptureFixture
) -> None:
    """Only a lost claim (40060, 10062) is quietened: Discord refusing the answer otherwise stays an
    ERROR with its stack, so an operator sees members getting no suggestions."""
    fake = discord_env.fake
    fake.fail("POST", "/interactions/{interaction_id}/{interaction_token}/callback", 403)
    data = command_data(fake, fake.command("vendor"), [], {"name": "acme"}, focused="name")
    await fake.interact(AUTOCOMPLETE, data)
    await eventually(lambda: any(r.name == "discord.app_commands.tree" for r in caplog.records))
    (record,) = [r for r in caplog.records if r.name == "discord.app_commands.tree"]
    assert record.levelno == logging.ERROR and record.exc_info is not None
