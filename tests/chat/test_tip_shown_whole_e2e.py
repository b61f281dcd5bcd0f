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

# Plain prose a witness writes: dates, contract numbers, parentheses, a colon, a hash.
SENTENCE = "Contract #2021-04-17 (annex: B-12) - signed 3-4 May; see file #88-A (ministry) - "
ENDING = "Last words: the quartermaster kept copy 7-C."


def extra_text() -> str:
    """1,000 characters whose escaped form is well over 1,024; the ending is what gets cut."""
    head = (SENTENCE * 20)[: LIMITS["extra"] - len(ENDING) - 1]
    return f"{head} {ENDING}"


def field(embed: dict[str, Any], name: str) -> str:
    return next(f["value"] for f in embed["fields"] if f["name"] == name)


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

    sent = await with_extra.click("Send anonymously")
    receipt = await sent.reply_where(lambda r: "receipt" in r.text().lower())
    public_id = re.search(r"TIP-\d{4}", receipt.text()).group(0)  # type: ignore[union-attr]
    stored = (await env.app.tips.show(system_actor(), public_id)).tip
    assert stored.extra == extra  # nothing is lost on the way

    card = await env.fake.wait_for_message(
        "review", lambda r: bool(r.embeds) and public_id in r.embed["title"]
    )
    on_card = field(card.embed, "Anything else")
    # Moderators read all of it, or are pointed at where the full text is.
    assert ENDING in visible(on_card) or "has the full text" in on_card
    assert embed_length(card.embed) <= EMBED_TOTAL_MAX
