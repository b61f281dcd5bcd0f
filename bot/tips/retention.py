"""Retention: what the data statement promises is forgotten, on time. A tip forgets the interaction
id that filed it after two hours, the reporter link goes N days after the tip closes, closed tips go
M days after closing (their review cards become tombstones, their "the tipster answered" posts
are deleted), and spent anti-abuse keys go.

Runs from the retention job (bot/jobs/standard.py, under its lease) and from the CLI
(`python -m bot tips purge`). Each step is a set-based statement, so it stays cheap however many
tips there are, and the audit trail records that a link was dropped (but never whose it was).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, update
from sqlalchemy.exc import DBAPIError
from sqlmodel import col, select

from bot.settings import Settings
from bot.store.engine import Database, scrub_after_delete
from bot.store.tables.tips import Tip, TipEvent, TipMessage, TipRateKey
from bot.tips import notices
from bot.tips.model import stored_time
from bot.tips.ratelimit import RateKeys


@dataclass(frozen=True)
class PurgeReport:
    links_dropped: int
    tips_purged: int
    rate_keys_purged: int

    def __str__(self) -> str:
        return (
            f"reporter links dropped: {self.links_dropped}, closed tips purged: {self.tips_purged}, "
            f"expired anti-abuse keys removed: {self.rate_keys_purged}"
        )


# Discord re-delivers an interaction within minutes; after this long a tip forgets the id that
# filed it, since a Discord id (a snowflake) encodes its creation time to the millisecond.
INTERACTION_ID_KEPT = timedelta(hours=2)


async def purge(db: Database, settings: Settings, now: datetime) -> PurgeReport:
    link_cutoff = now - timedelta(days=settings.reporter_link_days)
    purge_cutoff = now - timedelta(days=settings.closed_tip_purge_days)
    async with db.sessions() as session:
        await session.exec(
            update(Tip)
            .where(col(Tip.interaction_id).is_not(None), col(Tip.created_at) <= now - INTERACTION_ID_KEPT)
            .values(interaction_id=None)
        )
        linked = [  # stored rows always have an id (SQLModel types the primary key as optional)
            tip_id
            for tip_id in (
                await session.exec(
                    select(Tip.id).where(
                        col(Tip.closed_at).is_not(None),
                        col(Tip.closed_at) <= link_cutoff,
                        col(Tip.reporter_id).is_not(None),
                    )
                )
            ).all()
            if tip_id is not None
        ]
        if linked:
            await session.exec(update(Tip).where(col(Tip.id).in_(linked)).values(reporter_id=None))
            for tip_id in linked:
                session.add(
                    TipEvent(
                        tip_id=tip_id,
                        at=stored_time(now),
                        actor_id=None,
                        actor_role="system",
                        action="drop_reporter_link",
                        detail="retention",
                    )
                )
        doomed_posts = {
            tip_id: (card, answered)
            for tip_id, card, answered in (
                await session.exec(
                    select(Tip.id, Tip.review_message_id, Tip.answered_message_id).where(
                        col(Tip.closed_at).is_not(None), col(Tip.closed_at) <= purge_cutoff
                    )
                )
            ).all()
            if tip_id is not None
        }
        doomed = list(doomed_posts)
        if doomed:
            # The review card in Discord still shows the tip: it becomes a tombstone, and the latest
            # "the tipster answered" post (its time is the reply's, plus the delay) is deleted
            # (notices.py), in this transaction, so each is retried until Discord takes it.
            conn = await session.connection()
            await notices.forget_tips(conn, doomed)
            cards = {tip_id: card for tip_id, (card, _answered) in doomed_posts.items() if card}
            await notices.add(conn, notices.TOMBSTONE, list(cards), now, message_ids=cards)
            answers = {tip_id: answered for tip_id, (_card, answered) in doomed_posts.items() if answered}
            await notices.add(conn, notices.REMOVE, list(answers), now, message_ids=answers)
            # Archive-before-delete is the void state; by now the tip has been closed for M days.
            await session.exec(update(Tip).where(col(Tip.duplicate_of).in_(doomed)).values(duplicate_of=None))
            await session.exec(delete(TipEvent).where(col(TipEvent.tip_id).in_(doomed)))
            await session.exec(delete(TipMessage).where(col(TipMessage.tip_id).in_(doomed)))
            await session.exec(delete(Tip).where(col(Tip.id).in_(doomed)))
        keys = await session.exec(delete(TipRateKey).where(col(TipRateKey.expires_at) <= now))
        await session.commit()
    async with db.sessions() as session:  # a filing that could not reorder the marks left them in order
        try:
            await RateKeys.scatter(await session.connection())
            await session.commit()
        except DBAPIError:  # a filing holds the table: it reorders them itself after its commit
            await session.rollback()
    if linked or doomed:  # the deleted text and ids must not linger in the WAL or free space
        await scrub_after_delete(db, ("tips", "tip_events", "tip_messages"))
    return PurgeReport(len(linked), len(doomed), keys.rowcount or 0)
