"""Differential unlinkability: whoever holds the database or the DEBUG logs cannot tell who filed a tip.

Two worlds run the same scenario, identical except that one anonymous tip ("X") is filed by member A
in one world and by member B in the other; both members also file other tips, named and anonymous,
and moderators act on some of them. If any stored value related X to its tipster (or to the
tipster's other tips), the two databases would differ in *which cells equal which*: that equality
pattern, across every row of every table, with per-run randomness (secrets, receipts) reduced to
labels, must be identical. The same holds for the shape of everything logged at DEBUG, from every
logger, through the bot's own handler. Hypothesis chooses the scenarios, so a future column that
links (not only today's) fails this test.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import inspect, select, table, text

from bot.clock import FakeClock
from bot.errors import InvalidInput
from bot.settings import Settings
from bot.store.engine import Database, open_database
from bot.tips.model import Reporter
from bot.tips.service import TipService
from tests.dbfixtures import create_postgres_database, drop_postgres_database, postgres_admin_url
from tests.support.logs import debug_logs
from tests.tips.conftest import MOD, form

A, B, C = (Reporter(user_id=700000000000000000 + n) for n in (1, 2, 3))
COOLDOWN = 60
START = datetime(2026, 3, 2, 9, 17, 23, tzinfo=UTC)


@dataclass(frozen=True)
class Step:
    who: str  # "A", "B", "C", or "X" (the one anonymous tip whose tipster differs between worlds)
    anonymous: bool
    gap_minutes: int  # time since the previous step, always longer than the cooldown
    then: str  # what a moderator does next: nothing, ask (and the tipster replies), reject


steps = st.builds(
    Step,
    who=st.sampled_from("ABC"),
    anonymous=st.booleans(),
    gap_minutes=st.integers(min_value=2, max_value=300),
    then=st.sampled_from(["", "", "ask", "reject"]),
)


@st.composite
def scenarios(draw: st.DrawFn) -> list[Step]:
    """A and B each file a named and an anonymous tip, plus whatever else; X lands anywhere."""
    fixed = [Step(w, anon, 5, "") for w in "AB" for anon in (False, True)]
    extra = draw(st.lists(steps, max_size=6))
    body = draw(st.permutations(fixed + extra))
    where = draw(st.integers(min_value=0, max_value=len(body)))
    x = Step("X", True, draw(st.integers(min_value=2, max_value=300)), draw(st.sampled_from(["", "ask"])))
    return [*body[:where], x, *body[where:]]


async def fresh_database(template: Path, tmp: Path) -> tuple[Database, str | None]:
    admin = postgres_admin_url()
    if admin is None:
        path = tmp / f"world-{datetime.now().timestamp()}.db"
        shutil.copyfile(template, path)
        return await open_database(f"sqlite+aiosqlite:///{path}", run_migrations=False), None
    url = await create_postgres_database(admin)
    return await open_database(url), url


async def run_world(db: Database, scenario: list[Step], x_by: Reporter) -> None:
    clock = FakeClock(START)
    config = Settings(  # type: ignore[call-arg]
        _env_file=None,
        tip_cooldown_seconds=COOLDOWN,
        tip_max_open_per_member=50,
        tip_rate_window_hours=2,
    )
    tips = TipService(db, config, clock)
    who = {"A": A, "B": B, "C": C, "X": x_by}
    for n, step in enumerate(scenario):
        clock.advance(minutes=step.gap_minutes)
        filed = await tips.file_tip(
            form(what=f"Tip number {n}: interception equipment was delivered to the police."),
            reporter=who[step.who],
            anonymous=step.anonymous,
            interaction_id=900_000 + n,
        )
        if step.then == "ask":
            await tips.ask(MOD, filed.id, "Which city was it?")
            assert filed.receipt is not None
            await tips.reply_by_receipt(filed.receipt, "The capital, in spring.")
        elif step.then == "reject":
            await tips.reject(MOD, filed.id, "not enough to go on")
    clock.advance(minutes=1)
    await tips.purge()  # retention runs too (it sweeps expired anti-abuse rows)


async def dump(db: Database) -> list[tuple[str, list[str], list[tuple[Any, ...]]]]:
    """Every table (the schema's and any other, e.g. Alembic's) with its rows in a deterministic order."""
    async with db.engine.connect() as conn:
        names = sorted(await conn.run_sync(lambda c: inspect(c).get_table_names()))
        tables = []
        for name in names:
            columns = await conn.run_sync(
                lambda c, n=name: [col["name"] for col in inspect(c).get_columns(n)]
            )
            pk = await conn.run_sync(lambda c, n=name: inspect(c).get_pk_constraint(n)["constrained_columns"])
            rows = [tuple(r) for r in (await conn.execute(select(text("*")).select_from(table(name)))).all()]
            if pk == ["id"]:  # integer ids follow the scenario, the same in both worlds
                rows.sort(key=lambda r: r[columns.index("id")])
            else:  # a key that is random per run must not decide the order: sort by everything else
                keep = [i for i, c in enumerate(columns) if c not in pk]
                rows.sort(key=lambda r: tuple(repr(_norm(r[i])) for i in keep))
            tables.append((name, columns, rows))
    return tables


def _norm(value: Any) -> Any:
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC).isoformat()
    if isinstance(value, bool):
        return ("bool", value)
    return value


def equality_pattern(tables: list[tuple[str, list[str], list[tuple[Any, ...]]]]) -> list[Any]:
    """The tables with every cell replaced by the label of its value (first occurrence, across all
    tables): which cells equal which, and nothing about the values themselves."""
    labels: dict[Any, int] = {}
    pattern: list[Any] = []
    for name, columns, rows in tables:
        pattern.append((name, tuple(columns), len(rows)))
        for row in rows:
            pattern.append(tuple(labels.setdefault(_norm(v), len(labels)) for v in row))
    return pattern


_VOLATILE = re.compile(r"0x[0-9a-f]+|\d+\.\d+(?:e-?\d+)?s?|\d{4}-\d\d-\d\d[ T][\d:.+]+")
_TOKEN = re.compile(r"'[^']*'|\"[^\"]*\"|[0-9a-f]{16,}|\d+")


def log_shape(lines: str) -> list[Any]:
    """Each line with its values (quoted strings, numbers, long hex) replaced by equality labels, and
    timings, addresses and clock times blanked: the same lines in the same order with the same
    repetitions, or a log reader could tell the worlds apart."""
    labels: dict[str, int] = {}
    shape = []
    for line in lines.splitlines():
        line = _VOLATILE.sub("~", line)
        shape.append(_TOKEN.sub(lambda m: f"<{labels.setdefault(m.group(0), len(labels))}>", line))
    return shape


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(scenario=scenarios(), json_logs=st.booleans())
async def test_who_filed_an_anonymous_tip_changes_no_equality_in_the_database_or_the_logs(
    scenario: list[Step], json_logs: bool, migrated_sqlite: Path, tmp_path: Path
) -> None:
    observed = []
    for x_by in (A, B):
        db, url = await fresh_database(migrated_sqlite, tmp_path)
        try:
            with debug_logs(("json",) if json_logs else ("plain",)) as logs:
                try:
                    await run_world(db, scenario, x_by)
                except InvalidInput as refused:  # pragma: no cover - the scenario never hits a limit
                    raise AssertionError(f"a filing was refused: {refused}") from refused
            observed.append((equality_pattern(await dump(db)), log_shape(logs.getvalue())))
        finally:
            await db.dispose()
            admin = postgres_admin_url()
            if url is not None and admin is not None:
                await drop_postgres_database(admin, url)
    (db_a, logs_a), (db_b, logs_b) = observed
    assert db_a == db_b, "a stored value relates the anonymous tip to whoever filed it"
    assert logs_a == logs_b, "the DEBUG logs relate the anonymous tip to whoever filed it"
