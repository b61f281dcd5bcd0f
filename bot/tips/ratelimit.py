"""Anti-abuse (cooldown, open-tip cap) that works for anonymous tipsters without storing who they are.

The tip row never holds an anonymous tipster's id. Instead each filing writes a row to
`tip_rate_keys` with HMAC-SHA256(secret, member id): a keyed hash, useless without the secret. The
secret is random per process unless `TIP_RATE_SECRET` is set, so by default a database copy can never
be matched against member ids, and a restart forgets all accounting (accepted: a spammer regains at
most one cooldown). The row links to its tip only while the tip is open; closing the tip unlinks it,
and retention deletes the row once `TIP_RATE_WINDOW_HOURS` pass, so the open-tip cap counts open tips
filed within that window.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import case, func, select, text
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.errors import InvalidInput
from bot.settings import Settings
from bot.store.tables.tips import Tip, TipRateKey
from bot.tips.model import OPEN_STATUSES, as_utc


class RateKeys:
    """Derives member keys and enforces the configured limits inside the filing transaction."""

    def __init__(self, settings: Settings) -> None:
        configured = settings.tip_rate_secret
        self._secret = (
            configured.get_secret_value().encode("utf-8")
            if configured is not None
            else secrets.token_bytes(32)
        )
        self.cooldown = timedelta(seconds=max(0, settings.tip_cooldown_seconds))
        self.max_open = settings.tip_max_open_per_member
        self.window = timedelta(hours=max(1, settings.tip_rate_window_hours))

    def key(self, member_id: int) -> str:
        return hmac.new(self._secret, str(member_id).encode(), hashlib.sha256).hexdigest()

    async def lock(self, session: AsyncSession, key: str) -> None:
        """On PostgreSQL, serialise one member's filings; SQLite already serialises all writers."""
        if session.bind.dialect.name == "postgresql":
            conn = await session.connection()
            await conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": int(key[:15], 16)})

    async def lock_all(self, session: AsyncSession, keys: Iterable[str]) -> None:
        """`lock` for many members in one round trip, in ascending order so two writers never deadlock
        (PostgreSQL evaluates volatile functions in the select list after ORDER BY)."""
        wanted = sorted({int(key[:15], 16) for key in keys})
        if wanted and session.bind.dialect.name == "postgresql":
            conn = await session.connection()
            await conn.execute(
                text("SELECT pg_advisory_xact_lock(k) FROM unnest(CAST(:ks AS bigint[])) AS k ORDER BY k"),
                {"ks": wanted},
            )

    async def check(self, session: AsyncSession, key: str, now: datetime) -> None:
        """Raise a polite InvalidInput if this member is in their cooldown or at the open-tip cap."""
        last, open_count = (await self.states(session, [key], now)).get(key, (None, 0))
        refused = self.refusal(last, open_count, now)
        if refused is not None:
            raise refused

    async def states(
        self, session: AsyncSession, keys: Iterable[str], now: datetime
    ) -> dict[str, tuple[datetime | None, int]]:
        """Per member key: when they last filed and how many of their tips are open (one query for many)."""
        wanted = sorted(set(keys))
        if not wanted:
            return {}
        open_tip = case((Tip.status.in_(OPEN_STATUSES), Tip.id))
        rows = await session.exec(
            select(TipRateKey.member_key, func.max(TipRateKey.at), func.count(open_tip))
            .outerjoin(Tip, Tip.id == TipRateKey.tip_id)
            .where(TipRateKey.member_key.in_(wanted), TipRateKey.expires_at > now)
            .group_by(TipRateKey.member_key)
        )
        return {key: (as_utc(last), int(count)) for key, last, count in rows}

    def refusal(self, last: datetime | None, open_count: int, now: datetime) -> InvalidInput | None:
        """Why this member may not file now (cooldown first, then the open-tip cap), or None."""
        if self.cooldown and last is not None and now - last < self.cooldown:
            wait = int((self.cooldown - (now - last)).total_seconds()) + 1
            return InvalidInput(
                f"Thank you — you filed a tip moments ago. Please wait {_human(wait)} before filing another."
            )
        if self.max_open > 0 and open_count >= self.max_open:
            return InvalidInput(
                f"You already have {open_count} tips waiting for review (the limit is {self.max_open}). "
                "Please wait until moderators have looked at them; nothing you sent is lost."
            )
        return None

    def row(self, key: str, tip_id: int, now: datetime) -> TipRateKey:
        return TipRateKey(member_key=key, at=now, expires_at=now + self.window, tip_id=tip_id)


def _human(seconds: int) -> str:
    if seconds < 90:
        return f"{seconds} seconds"
    return f"{(seconds + 59) // 60} minutes"
