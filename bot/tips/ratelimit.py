"""Anti-abuse (cooldown, per-member cap) that stores nothing relating a tip to a member or to another tip.

Why this shape (docs/threat-model.md has the argument in full): the old design kept one member key
per filing, shared by all of a member's tips and pointing at the open tip, so a database copy linked
a member's anonymous tips to each other and, through a "contact me" tip, to the member. Now:

* A member is reduced, in memory only, to a token HMAC-SHA256(secret, member id). The secret is
  random per process unless `TIP_RATE_SECRET` is set; the token itself is never stored.
* Each purpose derives its own keys from the token, so cooldown rows and cap rows cannot be joined:
  - cooldown: one row keyed HMAC(token, "cooldown" | time bucket), expiring (rounded up to the
    minute) when the cooldown ends; a member has at most one such row, and it is deleted once spent.
  - cap: filing number j of a member in fixed window w writes a row keyed HMAC(token, "cap" | w | j)
    that expires when the window ends. Every cap row looks alike: nothing says which rows belong to
    one member, so the rows reveal how many tips were filed in a window (the tips table shows that
    anyway) and not how they split between members.
* Rows hold only a key and an expiry: no tip id, no filing time finer than a minute (cooldown) or the
  window (cap), no counter. On SQLite the table has no rowid, so not even insertion order is kept.

The trade-off: the cap counts tips filed per window (`TIP_RATE_WINDOW_HOURS`), open or closed,
because "how many of this member's tips are still open" needs exactly the link this module refuses
to store. A restart (without `TIP_RATE_SECRET`) forgets all accounting.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import math
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, select, text
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import as_utc
from bot.errors import InvalidInput
from bot.i18n import _, ngettext
from bot.settings import Settings
from bot.store.tables import table_of
from bot.store.tables.tips import TipRateKey

# Slot keys are looked up in chunks: one query answers any member with fewer filings than this.
SLOT_CHUNK = 8


def _mac(key: bytes, message: str) -> str:
    return hmac.new(key, message.encode(), hashlib.sha256).hexdigest()


def member_token(secret: bytes, member_id: int) -> str:
    """A member reduced to HMAC(secret, id): for in-memory maps that must not hold the member's id
    (the rate keys here, the reply-language choices in bot/language_choice.py)."""
    return _mac(secret, f"member|{member_id}")


@dataclass
class MemberState:
    """What one member's rows say right now (read inside the filing transaction)."""

    cooldown_until: datetime | None = None
    used_slots: int = 0
    new_rows: list[dict[str, object]] = field(default_factory=list)


log = logging.getLogger(__name__)


class RateKeys:
    """Derives per-purpose keys from an in-memory member token and enforces the configured limits."""

    def __init__(self, settings: Settings) -> None:
        configured = settings.tip_rate_secret
        self._secret = (
            configured.get_secret_value().encode("utf-8")
            if configured is not None
            else secrets.token_bytes(32)
        )
        if configured is not None and settings.database_url.startswith("sqlite"):
            # SQLite keeps rows in the order they were written, in its file and its WAL: with the
            # secret, a copy of the files pairs a member's marks with their tips (threat model, 8).
            log.warning(
                "TIP_RATE_SECRET is set on SQLite: it is only needed for several processes (PostgreSQL) "
                "and here it lets whoever holds it and the database files tell which tips a member filed"
            )
        self.cooldown = timedelta(seconds=max(0, settings.tip_cooldown_seconds))
        self.max_per_window = max(0, settings.tip_max_open_per_member)
        self.window = timedelta(hours=max(1, settings.tip_rate_window_hours))
        # A filing at t leaves a cooldown row until ceil_minute(t + cooldown) <= t + bucket, so only the
        # current and the previous bucket can hold a live row.
        self._bucket = self.cooldown + timedelta(seconds=60)

    def key(self, member_id: int) -> str:
        """The member's in-memory token; never stored, only used to derive per-purpose keys."""
        return member_token(self._secret, member_id)

    # -- keys -------------------------------------------------------------------------------------

    def _cooldown_keys(self, token: str, now: datetime) -> tuple[str, str]:
        bucket = int(_epoch(now) // self._bucket.total_seconds())
        return _mac(token.encode(), f"cooldown|{bucket}"), _mac(token.encode(), f"cooldown|{bucket - 1}")

    def _window(self, now: datetime) -> tuple[int, datetime]:
        size = self.window.total_seconds()
        index = int(_epoch(now) // size)
        return index, datetime.fromtimestamp((index + 1) * size, UTC)

    def _slot_key(self, token: str, window: int, slot: int) -> str:
        return _mac(token.encode(), f"cap|{window}|{slot}")

    @staticmethod
    def _lock_id(token: str) -> int:
        return int(_mac(token.encode(), "lock")[:15], 16)

    # -- the filing transaction -------------------------------------------------------------------

    async def lock_all(self, conn: AsyncConnection, tokens: Iterable[str]) -> None:
        """On PostgreSQL, serialise each member's filings across processes, in ascending order so two
        writers never deadlock (SQLite's write lock already serialises all writers)."""
        wanted = sorted({self._lock_id(t) for t in tokens})
        if wanted and conn.dialect.name == "postgresql":
            await conn.execute(
                text("SELECT pg_advisory_xact_lock(k) FROM unnest(CAST(:ks AS bigint[])) AS k ORDER BY k"),
                {"ks": wanted},
            )

    async def states(
        self, conn: AsyncConnection, tokens: Iterable[str], now: datetime
    ) -> dict[str, MemberState]:
        """Sweep spent rows, then read each member's cooldown and used cap slots (one query for a burst)."""
        k = table_of(TipRateKey).c
        await conn.execute(delete(table_of(TipRateKey)).where(k.expires_at <= now))
        wanted = sorted(set(tokens))
        out = {token: MemberState() for token in wanted}
        if not wanted or (not self.cooldown and not self.max_per_window):
            return out
        window, _ = self._window(now)
        asked: dict[str, tuple[str, str, int]] = {}  # stored key -> (token, purpose, slot)
        for token in wanted:
            if self.cooldown:
                for cooldown_key in self._cooldown_keys(token, now):
                    asked[cooldown_key] = (token, "cooldown", 0)
            for slot in range(min(SLOT_CHUNK, self.max_per_window)):
                asked[self._slot_key(token, window, slot)] = (token, "cap", slot)
        found = await self._found(conn, asked)
        for stored_key, expires_at in found.items():
            token, purpose, slot = asked[stored_key]
            if purpose == "cooldown":
                out[token].cooldown_until = expires_at
        for token in wanted:  # slots are used in order and forgotten together: count the prefix
            used = 0
            while used < self.max_per_window:
                chunk = {
                    self._slot_key(token, window, s): (token, "cap", s)
                    for s in range(used, min(used + SLOT_CHUNK, self.max_per_window))
                }
                if used:  # a member past the first chunk (rare): ask for the next one
                    found.update(await self._found(conn, chunk))
                present = sum(1 for key in chunk if key in found)
                used += present
                if present < len(chunk):
                    break
            out[token].used_slots = used
        return out

    @staticmethod
    async def scatter(conn: AsyncConnection) -> None:
        """PostgreSQL: rewrite the marks' table in the order of their keys, which carries nothing.

        A table's rows sit in its file in the order they were written, and a plain `pg_dump` (what
        `db backup` makes) lists them in that order: with TIP_RATE_SECRET, the positions of a member's
        cap marks among all marks were the positions of their tips among the tips filed in the window.
        `CLUSTER` rewrites the (small: one row per tip in the window) table sorted by key, and drops
        spent rows' bytes too. Run after each filing batch commits, in its own short transaction, and by
        the hourly retention; if another filing holds the table it gives up at once, and that filing
        scatters after its commit.
        """
        if conn.dialect.name != "postgresql":
            return  # SQLite keeps the table without rowid, in key order (its files: threat model 8)
        # Durable like the filing it follows: a rewrite lost to a crash would leave the marks in order.
        await conn.exec_driver_sql("SET LOCAL synchronous_commit = on")
        # NOWAIT: never queue for the lock (a queued request would hold up every filing behind it).
        await conn.exec_driver_sql("LOCK TABLE tip_rate_keys IN ACCESS EXCLUSIVE MODE NOWAIT")
        await conn.exec_driver_sql("CLUSTER tip_rate_keys USING tip_rate_keys_pkey")

    @staticmethod
    async def _found(conn: AsyncConnection, asked: Mapping[str, object]) -> dict[str, datetime]:
        k = table_of(TipRateKey).c
        rows = await conn.execute(select(k.key, k.expires_at).where(k.key.in_(sorted(asked))))
        return {key: as_utc(expires_at) for key, expires_at in rows}

    def admit(self, token: str, state: MemberState, now: datetime) -> InvalidInput | None:
        """Refuse (cooldown first, then the cap) or record this filing's rows in `state`; None if admitted."""
        if state.cooldown_until is not None and state.cooldown_until > now:
            wait = int((state.cooldown_until - now).total_seconds()) + 1
            return InvalidInput(
                _(
                    "Thank you — you filed a tip moments ago. Please wait {wait} before filing another."
                ).format(wait=_human(wait))
            )
        if self.max_per_window and state.used_slots >= self.max_per_window:
            return InvalidInput(
                ngettext(
                    "You have already filed {n} tip recently (the limit is {limit} every {span}). "
                    "Please try again later; the tip you already sent is with the moderators.",
                    "You have already filed {n} tips recently (the limit is {limit} every {span}). "
                    "Please try again later; the tips you already sent are with the moderators.",
                    state.used_slots,
                ).format(n=state.used_slots, limit=self.max_per_window, span=_hours(self.window))
            )
        if self.cooldown:
            until = _ceil_minute(now + self.cooldown)
            state.cooldown_until = until
            state.new_rows.append({"key": self._cooldown_keys(token, now)[0], "expires_at": until})
        if self.max_per_window:
            window, window_end = self._window(now)
            state.new_rows.append(
                {"key": self._slot_key(token, window, state.used_slots), "expires_at": window_end}
            )
            state.used_slots += 1
        return None


def _epoch(when: datetime) -> float:
    return (as_utc(when) or when).timestamp()


def _ceil_minute(when: datetime) -> datetime:
    return datetime.fromtimestamp(math.ceil(_epoch(when) / 60) * 60, UTC)


def _hours(span: timedelta) -> str:
    hours = int(span.total_seconds() // 3600)
    if hours % 24 == 0 and hours >= 48:
        days = hours // 24
        return ngettext("{n} day", "{n} days", days).format(n=days)
    return _("hour") if hours == 1 else ngettext("{n} hour", "{n} hours", hours).format(n=hours)


def _human(seconds: int) -> str:
    if seconds < 90:
        return ngettext("{n} second", "{n} seconds", seconds).format(n=seconds)
    minutes = (seconds + 59) // 60
    return ngettext("{n} minute", "{n} minutes", minutes).format(n=minutes)
