"""What a tipster sends is what they (and the moderators) are shown, or they are told it was cut.

"Anything else" holds 1,000 characters, but a Discord field holds 1,024 and escaping doubles every
hyphen, colon, bracket and hash a member types: ordinary prose with dates, file numbers and a link or
two passes 1,024 once escaped. The preview then showed the field cut with a bare "…" while every
character was still sent, and the review card cut it the same way without pointing moderators at
the full text: the tipster could not check what left, and moderators never read the end of it.
"""

from __future__ import annotations

import re
from typing import Any

from bot.permissions import system_actor
from bot.text import visible
from bot.tips.intake import LIMITS
from tests.fakediscord.harness import DiscordEnv
from tests.fakediscord.rules import EMBED_TOTAL_MAX, embed_length
from tests.support.tipping import file_tip, send_tip

# Plain prose a witness writes: dates, contract numbers, parentheses, a colon, a hash.
SENTENCE = "Contract #2021-04-17 (annex: B-12) - signed 3-4 May; see file #88-A (ministry) - "
ENDING = "Last words: the quartermaster kept copy 7-C."


def extra_text() -> str:
    """1,000 characters whose escaped form is well over 1,024; the ending is what gets cut."""
    head = (SENTENCE * 20)[: LIMITS["extra"] - len(ENDING) - 1]
    return f"{head} {ENDING}"


def field(embed: dict[str, Any], name: str) -> str:
    """The field's text: on the preview a long one goes on in more fields under the same name."""
    return "".join(f["value"] for f in embed["fields"] if f["name"] == name)


async def test_a_long_anything_else_is_shown_whole_or_said_to_be_cut(start_bot: Any) -> None:
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    extra = extra_text()
    assert len(extra) <= LIMITS["extra"]
    h = await env.slash("tip new", by="alice")
    preview = await h.submit({"what": "A facial recognition contract was signed.", "vendor": "Acme"})
    more = await preview.click("Add anything else")
    with_extra = await more.submit({"extra": extra})
    shown = await with_extra.reply()

    value = field(shown.embed, "Anything else")
    assert embed_length(shown.embed) <= EMBED_TOTAL_MAX
    # The tipster reads every word that is sent, or is told here that the rest is sent too.
    assert ENDING in visible(value) or "all of it is sent" in value

    public_id = (await send_tip(with_extra)).public_id
    stored = (await env.app.tips.show(system_actor(), public_id)).tip
    assert stored.extra == extra  # nothing is lost on the way

    card = await env.fake.wait_for_message(
        "review", lambda r: bool(r.embeds) and public_id in r.embed["title"]
    )
    on_card = field(card.embed, "Anything else")
    # Moderators read all of it, or are pointed at where the full text is.
    assert ENDING in visible(on_card) or "has the full text" in on_card
    assert embed_length(card.embed) <= EMBED_TOTAL_MAX


# A moderator's careful question, and the tipster's careful answer: well inside their 1,500-character
# limits, longer than the 300 (status) and 200 (/triage show) characters they used to be cut to.
QUESTION = (
    "Thank you for the tip. To check it without exposing you we need three things. First, was the "
    "contract signed by the interior ministry itself or by a regional police directorate? Second, "
    "do you know whether the cameras were delivered before or after the March tender closed? Third, "
    "is there a public procurement notice number we could look up ourselves? Only answer what you "
    "can answer safely; leave out anything only you could know. "
    "LAST-QUESTION-WORDS: do not send us documents."
)
ANSWER = (
    "It was the regional police directorate, not the ministry; the ministry only approved the budget. "
    "The cameras arrived in April, after the tender closed, and were installed over the summer in the "
    "central districts first. There is a notice on the national procurement portal, but I do not "
    "remember its number; searching the portal for the directorate's name and the year should find "
    "it. I will not send documents. LAST-ANSWER-WORDS: the installer was a local subcontractor."
)


async def test_the_tipster_reads_the_moderators_whole_question(start_bot: Any) -> None:
    """/tip status is the tipster's only way to read a question: a cut one cannot be answered."""
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    tip = await file_tip(env, {"what": "Cameras were bought for the capital."})
    words, public_id = tip.receipt, tip.public_id
    card = await env.fake.wait_for_message(
        "review", lambda r: bool(r.embeds) and public_id in r.embed["title"]
    )
    ask = await env.fake.component(
        card.button("Ask the tipster")["custom_id"], message=card.raw, by="mo", channel="review"
    )
    await (await ask.submit({"text": QUESTION}, by="mo")).reply()

    status = await (await env.slash("tip status", by="alice", receipt=words)).reply()
    assert "LAST-QUESTION-WORDS: do not send us documents." in visible(status.text())
    assert len(status.content) <= 2000

    await (await env.slash("tip reply", by="alice", receipt=words, text=ANSWER)).reply()
    shown = await (await env.slash("triage show", by="mo", id=public_id)).reply()
    # Moderators read the whole answer, or are told where the full text is.
    assert "LAST-ANSWER-WORDS" in visible(shown.content) or "has the full text" in shown.content
    assert len(shown.content) <= 2000


def test_a_question_too_long_for_one_message_even_alone_says_it_was_cut() -> None:
    """1,500 characters of brackets and hyphens escape to 3,000: past Discord's 2,000 even alone."""
    from datetime import UTC, datetime

    from bot.chat.render.tips import conversation_text, status_text
    from bot.tips.model import MessageView, ReceiptStatus

    at = datetime(2026, 12, 1, 10, tzinfo=UTC)
    heavy = "(-) " * 375
    older = MessageView(at, "to_tipster", None, "An earlier, short question.")
    newest = MessageView(at, "to_tipster", None, heavy.strip())
    text = status_text(
        ReceiptStatus("TIP-0007", "needs_info", "waiting for your answer", [older, newest], True)
    )
    assert len(text) <= 2000
    assert "shortened to fit Discord" in text  # the tipster knows part of the question is missing
    assert "/tip reply" in text  # and still how to answer
    convo = conversation_text([older, newest], 1200)
    assert len(convo) <= 1200 and "has the full text" in convo


async def test_a_queue_longer_than_one_message_says_how_many_tips_it_left_out(start_bot: Any) -> None:
    """Oldest first, cut at Discord's 2,000 characters: the newest tips fell off the end unseen."""
    from bot.tips.model import Reporter, TipForm

    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0, tip_max_open_per_member=0)
    for n in range(30):
        what = f"Report {n:02d}: a facial recognition contract was signed with the interior ministry."
        await env.app.tips.file_tip(
            TipForm(what=what, vendor="Acme Vision"), reporter=Reporter(n + 1), anonymous=True
        )
    queue = await (await env.slash("triage queue", by="mo")).reply()
    text = queue.content
    assert len(text) <= 2000
    shown = len(re.findall(r"TIP-\d{4}", text))
    assert shown < 30  # the case this test is about
    assert f"{30 - shown} more" in text  # the moderator knows the rest exist
    assert not text.rstrip().endswith("\\")  # and no line was cut in the middle of an escape
