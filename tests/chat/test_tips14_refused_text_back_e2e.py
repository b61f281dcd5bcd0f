"""Session 14: a refused step loses nothing typed. Discord clears a slash command's options once it is
sent, and a submitted form closes: when the bot refuses the step (a mistyped receipt, a tip closed
meanwhile, a mistyped tip id), the member gets their own words back with the refusal, ephemerally,
inert (no pings, no markup), to copy and send again. The text reaches no log and no message anyone
else can see.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from typing import Any

import pytest

from bot.text import visible
from bot.tips.receipts import wordlist
from tests.chat.tipflow import VALUES
from tests.fakediscord.harness import DiscordEnv
from tests.fakediscord.interactions import EPHEMERAL, Reply
from tests.support.logs import debug_logs
from tests.support.tipping import send_tip

# Marked so a log line or a message holding any of them is found; each pokes at Discord's markup.
ANSWER = "Zqxvanswer: the **northern** post, ask @everyone <@123456789012345678> there\nsecond line"
QUESTION = "Zqxvquestion: which [ministry](https://evil.example) office?"
NOTE = "Zqxvnote: fits the procurement notice ||spoiler||"
MARKERS = ("Zqxvanswer", "Zqxvquestion", "Zqxvnote")


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    """Every logger at DEBUG, plain and JSON, as an operator's LOG_LEVEL=DEBUG run writes them."""
    with debug_logs(("plain", "json")) as out:
        yield out


def given_back(reply: Reply) -> str:
    """What the member reads of the text the refusal gave back (embeds only: not the refusal's words)."""
    return "".join(visible(e.get("description") or "") for e in reply.embeds)


def assert_inert(reply: Reply) -> None:
    """No markup character of the member's text is left unescaped (mentions, bold, links, spoilers)."""
    shown = "".join(e.get("description") or "" for e in reply.embeds)
    assert not re.search(r"(?<!\\)[@<>*\[\]()|]", shown), shown


def mistyped(receipt: str, position: int) -> str:
    """The receipt with the word at `position` typed as another list word: real words, no tip. Always
    another receipt (swapping or reversing words gives the receipt back when the words repeat)."""
    words = receipt.split()
    words[position] = next(word for word in wordlist() if word != words[position])
    return " ".join(words)


async def filed_and_asked(env: DiscordEnv) -> tuple[str, str, Reply]:
    """A tip filed anonymously and a moderator's question to it: (public id, receipt, its card)."""
    opened = await env.slash("tip new", by="alice")
    tip = await send_tip(await opened.submit(VALUES))
    card = await env.fake.wait_for_message("review", lambda r: bool(r.embeds) and tip.public_id in r.text())
    ask = await env.fake.component(
        card.button("Ask the tipster")["custom_id"], message=card.raw, by="mo", channel="review"
    )
    await (await ask.submit({"text": "Which post?"}, by="mo")).reply()
    return tip.public_id, tip.receipt, card


async def test_a_reply_with_a_mistyped_receipt_comes_back_to_copy(start_bot: Any) -> None:
    """The tipster types a long answer and one receipt word wrong. Discord has cleared the command:
    without the text given back, the answer is gone and must be written again."""
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    _tip, receipt, _card = await filed_and_asked(env)
    wrong = mistyped(receipt, 0)
    refused = await (await env.slash("tip reply", by="alice", receipt=wrong, text=ANSWER)).reply()
    assert refused.ephemeral
    assert "No tip matches that receipt" in refused.content
    assert given_back(refused) == ANSWER  # every word, the line break too, to copy
    assert_inert(refused)
    # Never the receipt: a refusal to another mistyped receipt reads the same, word for word. (Its
    # words alone can be in the answer or the refusal: "post", "line" are list words.)
    again = await (
        await env.slash("tip reply", by="alice", receipt=mistyped(receipt, 5), text=ANSWER)
    ).reply()
    assert again.text() == refused.text()
    assert receipt not in refused.text() and wrong not in refused.text()


async def test_a_reply_to_a_tip_closed_meanwhile_comes_back_to_copy(start_bot: Any) -> None:
    """The tipster writes their answer while a moderator rejects the tip: the refusal says it is
    closed and gives the answer back (for a new tip, which the refusal suggests)."""
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    public_id, receipt, _card = await filed_and_asked(env)
    await (await env.slash("triage set", by="mo", id=public_id, status="rejected")).reply()
    refused = await (await env.slash("tip reply", by="alice", receipt=receipt, text=ANSWER)).reply()
    assert refused.ephemeral and "is closed" in refused.content
    assert given_back(refused) == ANSWER


async def test_a_question_to_a_tip_closed_meanwhile_comes_back_to_the_moderator(start_bot: Any) -> None:
    """A moderator opens Ask on the card and types; another moderator rejects the tip meanwhile.
    The refusal gives the question back, to the asking moderator only."""
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    env.fake.world.add_member("bob", ["moderator"])
    public_id, _receipt, card = await filed_and_asked(env)
    ask = await env.fake.component(
        card.button("Ask the tipster")["custom_id"], message=card.raw, by="mo", channel="review"
    )
    await ask.modal()
    await (await env.slash("triage set", by="bob", id=public_id, status="rejected")).reply()
    refused = await (await ask.submit({"text": QUESTION}, by="mo")).reply()
    assert refused.ephemeral and "rejected" in refused.content.lower()
    assert given_back(refused) == QUESTION
    assert_inert(refused)


async def test_a_note_for_a_mistyped_tip_id_comes_back(start_bot: Any) -> None:
    env: DiscordEnv = await start_bot()
    refused = await (await env.slash("triage note", by="mo", id="TIP-0999", text=NOTE)).reply()
    assert refused.ephemeral
    assert given_back(refused) == NOTE
    assert "||" not in "".join(e.get("description") or "" for e in refused.embeds)


async def test_a_refused_question_as_a_reason_comes_back(start_bot: Any) -> None:
    """`/triage set … needs-info` carries the question as its reason: a mistyped id must not cost it."""
    env: DiscordEnv = await start_bot()
    refused = await (
        await env.slash("triage set", by="mo", id="TIP-0999", status="needs_info", reason=QUESTION)
    ).reply()
    assert refused.ephemeral and given_back(refused) == QUESTION


async def test_a_longest_reply_of_markup_comes_back_whole_within_discords_limits(start_bot: Any) -> None:
    """1,500 characters of markup escape to 3,000: more than a message's 2,000 characters and close
    to an embed's 4,096. It comes back whole (the fake refuses anything over Discord's limits)."""
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    _tip, receipt, _card = await filed_and_asked(env)
    longest = ("*_`|" * 375)[:1500]
    refused = await (
        await env.slash("tip reply", by="alice", receipt=mistyped(receipt, 0), text=longest)
    ).reply()
    assert given_back(refused) == longest


async def test_text_given_back_reaches_no_log_and_no_message_others_see(
    start_bot: Any, captured: io.StringIO
) -> None:
    """Every refusal above, with every logger at DEBUG: no log line holds the text, and every
    message that holds it is ephemeral (the card the question was typed on is the team's)."""
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    env.fake.world.add_member("bob", ["moderator"])
    public_id, receipt, card = await filed_and_asked(env)
    await (await env.slash("tip reply", by="alice", receipt=mistyped(receipt, 0), text=ANSWER)).reply()
    await (await env.slash("triage note", by="mo", id="TIP-0999", text=NOTE)).reply()
    ask = await env.fake.component(
        card.button("Ask the tipster")["custom_id"], message=card.raw, by="mo", channel="review"
    )
    await ask.modal()
    await (await env.slash("triage set", by="bob", id=public_id, status="rejected")).reply()
    await (await ask.submit({"text": QUESTION}, by="mo")).reply()
    await (await env.slash("tip reply", by="alice", receipt=receipt, text=ANSWER)).reply()

    logged = captured.getvalue()
    assert logged  # the capture works: the bot logged its start
    for marker in MARKERS:
        assert marker not in logged, marker
    seen = [m for channel in env.fake.world.messages.values() for m in channel.values()]
    for handle in env.fake.interactions.values():  # what each member saw in answer to their own
        seen += [handle.original or {}, *handle.followups]
    holding = [m for m in seen if any(marker in json.dumps(m) for marker in MARKERS)]
    assert len(holding) >= 3  # the three refusals, given back
    for message in holding:
        assert int(message.get("flags") or 0) & EPHEMERAL, message


async def test_a_question_typed_across_a_restart_still_reaches_the_tipster(start_bot: Any) -> None:
    """A moderator opens Ask on the card and takes their time; the bot restarts meanwhile. The form's
    custom id names the action and the tip and the submission carries the question, so it is asked,
    not answered "expired" with the question gone."""
    before: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    opened = await before.slash("tip new", by="alice")
    tip = await send_tip(await opened.submit(VALUES))
    card = await before.fake.wait_for_message(
        "review", lambda r: bool(r.embeds) and tip.public_id in r.text()
    )
    ask = await before.fake.component(
        card.button("Ask the tipster")["custom_id"], message=card.raw, by="mo", channel="review"
    )
    await ask.modal()
    await before.bot.close()  # a deploy while the moderator types
    after: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    asked = await (await ask.submit({"text": QUESTION}, by="mo", stale=True)).reply()
    assert "expired" not in asked.text().lower()
    status = await (await after.slash("tip status", by="alice", receipt=tip.receipt)).reply()
    assert "Zqxvquestion" in status.text()


async def test_a_refused_form_shows_what_was_typed_even_once_edit_has_expired(start_bot: Any) -> None:
    """A refused form shows every field the member wrote, so nothing must be retyped from memory;
    after a restart its Edit reopens the form from it (session 15: was "expired";
    tests/chat/test_member15_tip_never_expires_e2e.py, which also covers "Anything else")."""
    before: DiscordEnv = await start_bot()
    what = "Zqxvwhat: too <@123456789012345678> short"
    refused = await (await before.slash("tip new", by="alice")).submit(
        VALUES | {"what": what, "source": "not a link"}
    )
    fix = await refused.reply()
    await before.bot.close()
    await start_bot()
    reopened = await (await refused.click("tipnew:edit", message=fix, stale=True)).modal()
    assert "Zqxvwhat" in str(reopened)
    assert fix.ephemeral and "small fix" in fix.content
    shown = given_back(fix)
    assert what in shown and "not a link" in shown and VALUES["vendor"] in shown
    assert_inert(fix)
