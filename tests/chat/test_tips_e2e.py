"""The whole tip flow through the loopback Discord, and the proof that an anonymous tipster leaks nowhere.

A member files an anonymous tip, it appears for review, a moderator asks a question, the tipster
answers by receipt, the tip is accepted and drafted. Then the database file, every log line, every
request sent to Discord and the export are searched for the member's id and name.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.clock import FakeClock
from bot.permissions import Actor, Level
from tests.chat.tipflow import VALUES, WHAT
from tests.fakediscord.harness import DiscordEnv
from tests.support.logs import debug_logs
from tests.support.tipping import file_tip


async def click_card(env: DiscordEnv, card: Any, label: str, by: str) -> Any:
    item = card.button(label)
    return await env.fake.component(item["custom_id"], message=card.raw, by=by, channel="review")


async def card_for(env: DiscordEnv, public_id: str, match: str = "") -> Any:
    return await env.fake.wait_for_message(
        "review", lambda r: bool(r.embeds) and public_id in r.embed.get("title", "") and match in r.text()
    )


async def _database_dump(env: DiscordEnv) -> str:
    """Every row of every table as text, on either backend (integers included, which a byte search misses)."""
    from sqlalchemy import select

    from bot.store.tables import metadata

    lines: list[str] = []
    async with env.app.db.engine.connect() as conn:
        for table in metadata.sorted_tables:
            for row in (await conn.execute(select(table))).all():
                lines.append(f"{table.name}: {tuple(row)!r}")
    return "\n".join(lines)


@pytest.fixture
def written_logs() -> Iterator[dict[str, io.StringIO]]:
    """What the bot's log handler writes at LOG_LEVEL=DEBUG, from every logger, in both formats
    (the capture the other no-tip-in-logs tests use, tests/support/logs.py)."""
    with debug_logs(("plain", "json")) as out:
        yield {"plain and json logs": out}


async def test_anonymous_tip_whole_flow_and_no_leak(
    start_bot: Any, written_logs: dict[str, io.StringIO], tmp_path: Path
) -> None:
    env: DiscordEnv = await start_bot(drafts_dir=tmp_path / "drafts", tip_cooldown_seconds=0)
    # A Wednesday: on the system clock the tip could be filed and closed on a Sunday night and the
    # summary's week read after midnight, a week without it.
    env.app.clock = FakeClock(datetime(2026, 12, 2, 12, 0, tzinfo=UTC))
    tip = await file_tip(env, VALUES)
    public_id, receipt = tip.public_id, tip.receipt
    assert len(receipt.split()) == 6

    card = await card_for(env, public_id)
    assert "Anonymous" in card.text()
    # A plain member pressing a review button is refused, politely, and nothing changes.
    refused = await click_card(env, card, "Claim", by="alice")
    assert "moderator" in (await refused.reply()).text().lower()

    ask = await click_card(env, card, "Ask the tipster", by="mo")
    submitted = await ask.submit({"text": "Which city was it?"}, by="mo")
    # Deferred before the change (the acknowledgement is the claim), then the card is edited.
    assert (await submitted.response()).type == 6
    update = await submitted.reply_where(lambda r: "waiting for your answer" in r.embed.get("title", ""))
    assert update.id == card.id

    status = await (await env.slash("tip status", by="alice", receipt=receipt)).reply()
    assert "Which city was it?" in status.text() and status.ephemeral
    answered = await (await env.slash("tip reply", by="alice", receipt=receipt, text="The capital.")).reply()
    assert public_id in answered.text()

    await env.fake.wait_for_message("review", lambda r: "the tipster answered" in r.text())
    accept = await click_card(env, card, "Accept", by="mo")
    assert (await accept.response()).type == 6
    assert (await accept.reply_where(lambda r: "accepted" in r.embed.get("title", ""))).id == card.id
    drafted = await (await env.slash("triage draft", by="mo", id=public_id)).reply()
    assert "Draft written" in drafted.text()
    draft_text = next((tmp_path / "drafts").glob("*.md")).read_text()

    # -- the no-leak proof ------------------------------------------------------------------------
    member = env.fake.world.members["alice"]
    user_id = str(member.user.id)
    names = {member.user.username, member.user.username.title()}
    export = json.dumps(await env.app.tips.export_tips())
    kept = await env.app.summary.report("2026-W49")  # the weekly post's files
    cora = Actor(user_id=5, level=Level.COORDINATOR)  # the own view lists tips (a kept copy counts them)
    report = await env.app.summary.report("2026-W49", actor=cora, verbatim=True)
    assert public_id in report.csv  # the summary really covers the tip
    db_dump = await _database_dump(env)
    # Every body the bot sent, interaction replies included: a reply that is not ephemeral is public
    # (test_tips_privacy.py checks the tip flow's are), and even an ephemeral one must not echo ids.
    to_discord = [json.dumps(r.json) for r in env.fake.requests if r.json is not None]
    haystacks = {
        "database": db_dump,
        "export": export,
        "summary markdown": report.markdown,
        "summary csv": report.csv,
        "summary json": report.json,
        "kept summary csv": kept.csv,
        "kept summary markdown": kept.markdown,
        "draft": draft_text,
    }
    # Every line written at DEBUG, by every logger (discord.py, SQLAlchemy, the drivers), in both formats.
    haystacks |= {where: stream.getvalue() for where, stream in written_logs.items()}
    assert WHAT not in "".join(s.getvalue() for s in written_logs.values())
    haystacks |= {f"request {i}": body for i, body in enumerate(to_discord)}
    for where, text in haystacks.items():
        assert user_id not in text, f"tipster id leaked into {where}"
        for name in names:
            assert name not in text, f"tipster name leaked into {where}"
    if env.app.db.dialect == "sqlite":  # and the raw file, free pages and WAL included
        db_path = Path(env.app.db.engine.url.database or "")
        raw = b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*"))
        assert user_id.encode() not in raw
        assert int(user_id).to_bytes(8, "big") not in raw, "tipster id stored as an integer"
        for name in names:
            assert name.encode() not in raw
