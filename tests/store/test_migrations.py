"""Alembic migrations: from empty to head in one go and step by step, back down, on the backend
under test (SQLite by default, PostgreSQL when TEST_DATABASE_URL is set), and in step with the models.
"""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from bot.store.engine import alembic_config, downgrade, make_engine, migrate
from bot.store.tables import metadata


def _revisions_oldest_first() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


async def _tables(engine) -> set[str]:
    async with engine.connect() as conn:
        return set(await conn.run_sync(lambda c: inspect(c).get_table_names()))


async def _current(engine) -> str | None:
    async with engine.connect() as conn:
        return await conn.run_sync(lambda c: MigrationContext.configure(c).get_current_revision())


async def test_upgrade_from_empty_creates_every_table(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        await migrate(engine)
        assert set(metadata.tables) <= await _tables(engine)
        assert await _current(engine) == _revisions_oldest_first()[-1]
    finally:
        await engine.dispose()


async def test_step_by_step_up_and_down(database_url: str) -> None:
    revisions = _revisions_oldest_first()
    engine = make_engine(database_url)
    try:
        for rev in revisions:
            await migrate(engine, rev)
            assert await _current(engine) == rev
        for rev in reversed(revisions[:-1]):
            await downgrade(engine, rev)
            assert await _current(engine) == rev
        await downgrade(engine, "base")
        assert await _tables(engine) - {"alembic_version"} == set()
        await migrate(engine)  # and up again after a full round trip
        assert set(metadata.tables) <= await _tables(engine)
    finally:
        await engine.dispose()


async def test_models_and_migrations_agree(database_url: str) -> None:
    """A model changed without a migration would make the live schema drift; catch it here."""
    engine = make_engine(database_url)
    try:
        await migrate(engine)
        async with engine.connect() as conn:
            diff = await conn.run_sync(
                lambda c: compare_metadata(
                    MigrationContext.configure(c, opts={"compare_type": True}), metadata
                )
            )
        assert diff == [], f"models differ from migrations: {diff}"
    finally:
        await engine.dispose()


async def test_migrating_twice_is_a_no_op(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        await migrate(engine)
        await migrate(engine)
        assert await _current(engine) == _revisions_oldest_first()[-1]
    finally:
        await engine.dispose()
