"""The review card stays within Discord's 6000-character embed total through the real tip flow.

Discord refuses a message whose embeds total more than 6000 characters; the fake refuses it the
same way (tests/fakediscord/rules.py). A tip filled to every field's limit with text that escaping
doubles, plus "anything else" and a long rejection reason, used to grow the card to ~6,600
characters: the moderator's Reject then failed and the card was never refreshed.
"""

from __future__ import annotations

from typing import Any

from bot.permissions import system_actor
from bot.tips.intake import LIMITS, REASON_MAX
from bot.tips.model import STATUS_LABELS
from tests.fakediscord.harness import DiscordEnv
from tests.fakediscord.rules import EMBED_TOTAL_MAX, embed_length
from tests.support.tipping import send_tip


def marked(n: int, word: str = "*_*_*_*_ ") -> str:
    """Text of length n that Markdown escaping doubles in places (what a member may paste)."""
    return (word * n)[:n].strip() + "."


async def test_reject_with_a_long_reason_refreshes_a_full_card(start_bot: Any) -> None:
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    h = await env.slash("tip new", by="alice")
    preview = await h.submit(
        {
            "what": marked(LIMITS["what"] - 1),
            "vendor": marked(LIMITS["vendor"] - 1),
            "country": marked(LIMITS["country"] - 1),
            "when": marked(LIMITS["when"] - 1),
            "source": "https://news.example.org/" + "a" * (LIMITS["source"] - 26),
        }
    )
    extra = await preview.click("Add anything else")
    with_extra = await extra.submit({"extra": marked(LIMITS["extra"] - 1, "plain words ")})
    shown = await with_extra.reply()
    assert "Anything else" in shown.text()  # the preview now carries it
    public_id = (await send_tip(with_extra)).public_id

    card = await env.fake.wait_for_message(
        "review", lambda r: bool(r.embeds) and public_id in r.embed["title"]
    )
    reason = marked(REASON_MAX - 1)
    reject = await env.fake.component(
        card.button("Reject")["custom_id"], message=card.raw, by="mo", channel="review"
    )
    submitted = await reject.submit({"text": reason}, by="mo")
    updated = await submitted.reply()

    embed = updated.embed
    assert STATUS_LABELS["rejected"] in embed["title"]
    assert embed_length(embed) <= EMBED_TOTAL_MAX
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    # The moderator's reason and the tip's fields are whole; the tip text gave way, and says so.
    assert fields["Reason"].replace("\\", "") == reason
    assert "shortened" in embed["description"]
    assert env.fake.refused("embed_total") == []
    # The stored card is the refreshed one (what every moderator now sees).
    stored = next(r for r in env.fake.channel_messages("review") if r.id == card.id)
    assert stored.embed["title"] == embed["title"]


async def test_a_full_tip_with_anything_else_is_previewed_within_discords_limit(start_bot: Any) -> None:
    """Found by the deep fuzz run: every field at its limit with text escaping doubles, a long link
    and "anything else" made the preview 6,381 characters. Discord refused it, so the member got
    "something went wrong" instead of their preview and could not send the tip with what they added.
    """
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    what = marked(LIMITS["what"] - 1)
    h = await env.slash("tip new", by="alice")
    preview = await h.submit(
        {
            "what": what,
            "vendor": marked(LIMITS["vendor"] - 1),
            "country": marked(LIMITS["country"] - 1),
            "when": marked(LIMITS["when"] - 1),
            "source": "https://news.example.org/" + "_*" * ((LIMITS["source"] - 25) // 2),
        }
    )
    extra = await preview.click("Add anything else")
    with_extra = await extra.submit({"extra": marked(LIMITS["extra"] - 1, "<@123> ")})
    shown = await with_extra.reply()

    assert env.fake.refused("embed_total") == []
    assert embed_length(shown.embed) <= EMBED_TOTAL_MAX
    # Every field whole enough to check; the tip text gave way, and the member is told nothing is lost.
    assert {"Anything else", "Source or evidence link"} <= {f["name"] for f in shown.embed["fields"]}
    assert "all of it is sent" in shown.embed["description"]
    public_id = (await send_tip(with_extra)).public_id
    stored = (await env.app.tips.show(system_actor(), public_id)).tip
    assert stored.what == what  # the preview was shortened, the tip is not
