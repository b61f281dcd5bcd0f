"""Database leases: the process holding a job's lease runs it; the rest skip until it expires.

Acquiring is a single atomic statement on each backend: an INSERT that does nothing on conflict,
then (if the row existed) an UPDATE guarded by `expires_at < now OR holder = me`. Two processes
racing for an expired lease both run the UPDATE, but the database applies them one at a time and
only the first still matches the guard.
"""

from __future__ import annotations

import os
import socket
import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import or_, update
from sqlalchemy.dialects import postgresql, sqlite

from bot.clock import utc
from bot.store.engine import Database
from bot.store.tables import table_of
from bot.store.tables.ops import JobLease

L = table_of(JobLease).c


def make_holder() -> str:
    """Unique per process and per start: host, pid and a random suffix."""
    return f"{socket.gethostname()[:40]}:{os.getpid()}:{uuid.uuid4().hex[:12]}"


async def acquire(db: Database, name: str, holder: str, ttl: timedelta, now: datetime) -> bool:
    """Take or renew the lease `name` until `now + ttl`; False if someone else holds it."""
    now = utc(now)
    expires = now + ttl
    insert = postgresql.insert if db.dialect == "postgresql" else sqlite.insert
    async with db.sessions() as session:
        result = await (await session.connection()).execute(
            insert(table_of(JobLease))
            .values(name=name, holder=holder, expires_at=expires)
            .on_conflict_do_nothing(index_elements=["name"])
        )
        if result.rowcount == 1:
            await session.commit()
            return True
        result = await (await session.connection()).execute(
            update(table_of(JobLease))
            .where(L.name == name, or_(L.expires_at < now, L.holder == holder))
            .values(holder=holder, expires_at=expires)
        )
        await session.commit()
        return result.rowcount == 1


async def release(db: Database, name: str, holder: str) -> None:
    """Give the lease up early (on shutdown) so another process can take over at once."""
    async with db.sessions() as session:
        await (await session.connection()).execute(
            update(table_of(JobLease))
            .where(L.name == name, L.holder == holder)
            .values(expires_at=datetime(2000, 1, 1, tzinfo=UTC))
        )
        await session.commit()
