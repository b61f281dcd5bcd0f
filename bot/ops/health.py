"""A health check a process supervisor can call: database reachable and migrated, knowledge loads."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from pathlib import Path

from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import make_url, text

from bot.store.engine import alembic_config, make_engine
from bot.store.urls import display


@dataclass
class Check:
    name: str
    ok: bool
    detail: str


@dataclass
class HealthReport:
    checks: list[Check] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(check.ok for check in self.checks)

    def to_json(self) -> dict[str, object]:
        return {"ok": self.ok, "checks": [vars(c) for c in self.checks]}


def _redact(message: str, url: str) -> str:
    """Driver and URL-parsing messages can quote DATABASE_URL; never print its password."""
    try:
        password = make_url(url).password
    except Exception:  # an unparsable URL: hide all of it
        password = None
        message = message.replace(url, "DATABASE_URL")
    return message.replace(password, "***") if password else message


async def check_database(url: str, limit: float = 5.0) -> Check:
    """The check, its detail naming the database in use (never its password): a moved working
    folder once meant a fresh empty database, and only the path shows that."""
    check = await _check_database(url, limit)
    check.detail = f"{check.detail} — {display(url)}"
    return check


async def _check_database(url: str, limit: float) -> Check:
    try:
        engine = make_engine(url)
    except Exception as exc:  # an unusable URL is a failed check, not a crash of the checker
        return Check("database", False, _redact(f"bad DATABASE_URL: {type(exc).__name__}: {exc}", url)[:300])
    try:
        async with asyncio.timeout(limit), engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
            current = await conn.run_sync(lambda c: MigrationContext.configure(c).get_current_revision())
        head = ScriptDirectory.from_config(alembic_config()).get_current_head()
        if current != head:
            return Check("database", False, f"schema at {current or 'empty'}, expected {head}")
        return Check("database", True, f"reachable, schema at {head}")
    except TimeoutError:
        return Check("database", False, f"no answer within {limit:g} s")
    except Exception as exc:
        return Check("database", False, _redact(f"{type(exc).__name__}: {exc}".splitlines()[0], url)[:300])
    finally:
        await engine.dispose()


async def check_knowledge(directory: Path) -> Check:
    from bot.kb.service import KnowledgeService

    try:
        service = await KnowledgeService.load(directory)
    except Exception as exc:
        return Check("knowledge", False, str(exc).splitlines()[0][:300])
    counts = ", ".join(f"{n} {kind}s" for kind, n in sorted(service.counts().items()))
    return Check("knowledge", True, counts)


async def health(url: str, knowledge_dir: Path) -> HealthReport:
    db_check, kb_check = await asyncio.gather(check_database(url), check_knowledge(knowledge_dir))
    return HealthReport([db_check, kb_check])
