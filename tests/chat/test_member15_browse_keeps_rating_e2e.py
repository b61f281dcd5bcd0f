"""Session 15: "Browse them all" under a list answer must not take the answer's rating away.

A member asks privately for every vendor, gets the first ones with Helpful / Not helpful and
"Browse them all", and browses. The button used to edit the answer into /search's first page,
whose view has no rating buttons: the list and the way to rate it were both gone.
"""

from __future__ import annotations

from typing import Any

from tests.fakediscord.harness import DiscordEnv
from tests.fakediscord.interactions import CHANNEL_MESSAGE


def labels(message: dict[str, Any]) -> list[str]:
    return [
        b.get("label") or "" for row in message.get("components") or [] for b in row.get("components") or []
    ]


async def test_browsing_them_all_leaves_the_answer_rateable(discord_env: DiscordEnv) -> None:
    asked = await discord_env.slash("ask", question="list every vendor you have", private=True)
    answer = await asked.reply()
    assert answer.ephemeral and "Helpful" in labels(answer.raw) and "Browse them all" in labels(answer.raw)
    listed = answer.embed["description"]

    browsed = await asked.click("Browse them all", message=answer)
    pages = await browsed.reply()
    assert (await browsed.response()).type == CHANNEL_MESSAGE  # a message of its own, not an edit
    assert pages.ephemeral and pages.id != answer.id
    assert "Next ▶" in labels(pages.raw)  # /search's pages over every vendor

    kept = discord_env.fake.world.messages[int(answer.raw["channel_id"])][answer.id]
    assert kept["embeds"][0]["description"] == listed  # the answer still shows its list
    assert "Helpful" in labels(kept)
    rated = await asked.click("Helpful", message=discord_env.fake.reply_for(kept))
    assert "Thanks" in (await rated.reply()).content
