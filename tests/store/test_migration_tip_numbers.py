"""Migration 0007 on a database that has lived: tips, their audit trail and messages survive the
rebuild (SQLite rebuilds `tips` for AUTOINCREMENT), and the next tip's number is above every number
still known, a purged tip's pending tombstone included — on SQLite and PostgreSQL alike."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import text

from bot.store.engine import make_engine, migrate

AT = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
TIP = (
    "INSERT INTO tips (status, created_at, updated_at, what, vendor, country, technology, technology_by,"
    " when_text, source_url, extra, anonymous, receipt_hash, possible_duplicates, reason, duplicate_of)"
    " VALUES ('new', :at, :at, :what, '', '', '', '', '', '', '', true, :hash, '', '', :dup)"
)


async def test_tips_and_their_trail_survive_and_purged_numbers_stay_used(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        await migrate(engine, "0006_drop_processed")
        async with engine.begin() as conn:
            await conn.execute(text(TIP), {"at": AT, "what": "first tip", "hash": "h1", "dup": None})
            await conn.execute(text(TIP), {"at": AT, "what": "second tip", "hash": "h2", "dup": 1})
            await conn.execute(
                text(
                    "INSERT INTO tip_events (tip_id, at, actor_role, action, detail)"
                    " VALUES (2, :at, 'moderator', 'claim', ''), (1, :at, 'tipster', 'reply', '')"
                ),
                {"at": AT},
            )
            await conn.execute(
                text(
                    "INSERT INTO tip_messages (tip_id, at, direction, body, read_at)"
                    " VALUES (1, :at, 'from_tipster', 'an answer', NULL)"
                ),
                {"at": AT},
            )
            # Tip 5 was purged; its card's tombstone is still waiting for Discord.
            await conn.execute(
                text(
                    "INSERT INTO tip_notices (kind, tip_id, public_id, message_id, due_at, attempts)"
                    " VALUES ('tombstone', 5, 'TIP-0005', 99, :at, 0)"
                ),
                {"at": AT},
            )
        await migrate(engine)
        async with engine.begin() as conn:
            tips = (await conn.execute(text("SELECT id, what, duplicate_of FROM tips ORDER BY id"))).all()
            events = (await conn.execute(text("SELECT tip_id, action FROM tip_events ORDER BY id"))).all()
            bodies = (await conn.execute(text("SELECT tip_id, body FROM tip_messages"))).all()
            await conn.execute(
                text(
                    "INSERT INTO tips (status, created_at, updated_at, what, vendor, country, technology,"
                    " technology_by, when_text, source_url, extra, anonymous, receipt_hash,"
                    " possible_duplicates, reason) VALUES ('new', :at, :at, 'after', '', '', '', '', '', '',"
                    " '', true, 'h3', '', '')"
                ),
                {"at": AT},
            )
            newest = (await conn.execute(text("SELECT max(id) FROM tips"))).scalar()
        assert [tuple(t) for t in tips] == [(1, "first tip", None), (2, "second tip", 1)]
        assert [tuple(e) for e in events] == [(2, "claim"), (1, "reply")]
        assert [tuple(b) for b in bodies] == [(1, "an answer")]
        if database_url.startswith("sqlite"):  # PostgreSQL's sequence never goes back: it gives 3
            assert newest == 6, "a new tip took a number a purged tip's tombstone still shows"
        else:
            assert newest == 3
    finally:
        await engine.dispose()
