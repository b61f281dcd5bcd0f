"""The summary service: figures for a period from SQL aggregates, and the report bundle faces send."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime, timedelta
from functools import cached_property
from typing import Any, TypeVar

from sqlalchemy import Row
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import Clock, utc
from bot.errors import InvalidInput
from bot.i18n import N_, _
from bot.kb.lists import country_name, technology_name
from bot.kb.model import EntrySource
from bot.kb.smalltalk import small_talk
from bot.kb.text import name_key
from bot.permissions import Actor, Level
from bot.settings import Settings
from bot.store.engine import Database
from bot.summary import queries
from bot.summary.chart import render_chart
from bot.summary.gaps import group_questions
from bot.summary.knowledge import knowledge_figures
from bot.summary.model import Count, QuestionFigures, Report, TipFigures, TipRow, WeeklySummary
from bot.summary.period import Period, resolve
from bot.summary.render import to_counts_csv, to_csv, to_json, to_markdown

T = TypeVar("T")


# How a kept copy labels names tipsters typed that match nothing the bot knows.
OTHER_TYPED = "other (as typed by tipsters)"
# A kept copy (the weekly post, its files, `summary --out`) outlives the tips it covers. In a week
# with one tip, "rejected 1, Mexico 1, spyware 1, Tuesday 1" is that tip, kept in Discord after
# retention purged it; with a handful the figures still pick tips out. Below this many tips opened,
# a kept copy gives the totals only; the coordinator's own /summary still breaks them down.
KEPT_BREAKDOWN_MIN_TIPS = 5


class SummaryService:
    def __init__(self, db: Database, clock: Clock, settings: Settings, kb: EntrySource | None = None) -> None:
        self.db = db
        self.clock = clock
        self.settings = settings
        self.kb = kb

    def period(self, week: str | None = None) -> Period:
        """The named ISO week, or the last full week, in the configured timezone."""
        period = resolve(week, self.clock.now(), self.settings.summary_timezone)
        if period.start > utc(self.clock.now()):
            raise InvalidInput(
                _("{week} has not started yet; a summary covers a past or current week.").format(
                    week=period.week
                )
            )
        return period

    @cached_property
    def _vendor_titles(self) -> dict[str, str]:
        """Each vendor entry's id, title and aliases (as typed names) -> its title."""
        names: dict[str, str] = {}
        for entry in self.kb.entries() if self.kb is not None else []:
            if entry.kind == "vendor":
                for name in (entry.id, entry.title, *getattr(entry, "aliases", ())):
                    names.setdefault(name_key(name), entry.title)
        return names

    def _vendor_title(self, spelling: str) -> str | None:
        return self._vendor_titles.get(name_key(spelling))

    def _entry_title(self, entry_id: str) -> str:
        """Coordinators read titles; an entry removed since the question keeps its id."""
        get = getattr(self.kb, "get", None)
        entry = get(entry_id) if get is not None else None
        if entry is None:
            entry = next((e for e in (self.kb.entries() if self.kb else []) if e.id == entry_id), None)
        return entry.title if entry is not None else entry_id

    async def build(self, period: Period, *, verbatim: bool = False) -> WeeklySummary:
        """All figures for `period`; each is one aggregate query, none loads the period's rows.

        Without `verbatim` the knowledge gaps are counts only: no member's question in its words.
        """
        now = utc(self.clock.now())
        tips = TipFigures()
        questions = QuestionFigures()
        kept_since = now - timedelta(days=self.settings.question_log_days)

        async def tip_counts(conn: AsyncConnection) -> None:
            tips.opened, tips.closed = await queries.tip_totals(conn, period)
            tips.by_status = await queries.tips_by_status(conn, period)
            tips.by_vendor = await queries.tips_by(conn, period, "vendor", self._vendor_title)
            tips.by_country = await queries.tips_by(conn, period, "country", country_name)
            tips.by_technology = await queries.tips_by(conn, period, "technology", technology_name)
            if not verbatim:  # a kept copy quotes no tipster: only names the bot itself knows
                tips.by_vendor, tips.by_country, tips.by_technology = (
                    known_only(tips.by_vendor),
                    known_only(tips.by_country),
                    known_only(tips.by_technology),
                )

        async def tip_flow(conn: AsyncConnection) -> None:
            (
                tips.median_first_action_hours,
                tips.median_decision_hours,
                tips.awaiting_first_action,
            ) = await queries.latencies(conn, period)
            tips.backlog, tips.oldest_open = await queries.backlog(conn, period)
            tips.per_day = await queries.per_day(conn, period)

        async def question_counts(conn: AsyncConnection) -> list[str]:
            (
                questions.asked,
                questions.answered,
                questions.helpful,
                questions.not_helpful,
            ) = await queries.question_totals(conn, period)
            questions.top_entries = [
                Count(self._entry_title(c.label), c.count) for c in await queries.top_entries(conn, period)
            ]
            texts, questions.unanswered_texts_purged = await queries.unanswered_texts(
                conn, period, kept_since
            )
            return texts

        # Three independent groups on their own connections: the database works on them in parallel.
        _, _, texts = await asyncio.gather(
            self._read(tip_counts), self._read(tip_flow), self._read(question_counts)
        )
        if not verbatim and tips.opened < KEPT_BREAKDOWN_MIN_TIPS:
            withhold_breakdown(tips)
        # Small talk is not logged (App.ask); rows logged before that ("hi", "thanks") are no gap either.
        # Off the loop, like the grouping: a busy week holds thousands of texts.
        texts = await asyncio.to_thread(lambda: [t for t in texts if small_talk(t) is None])
        questions.unanswered_texts_considered = len(texts)
        if texts:
            groups = await asyncio.to_thread(group_questions, texts)
            questions.gap_groups, questions.gap_asks = len(groups), sum(g.count for g in groups)
            questions.gaps = groups if verbatim else []
        questions.gaps_withheld = not verbatim
        entries = list(self.kb.entries()) if self.kb is not None else []
        knowledge = knowledge_figures(entries, period, self.settings.stale_review_days)
        return WeeklySummary(
            week=period.week,
            timezone=period.tz,
            days=period.dates,
            start=period.start,
            end=period.end,
            generated_at=now,
            tips=tips,
            questions=questions,
            knowledge=knowledge,
        )

    async def _read(self, work: Callable[[AsyncConnection], Awaitable[T]]) -> T:
        async with self.db.sessions() as session:
            return await work(await session.connection())

    async def tip_rows(self, period: Period) -> list[TipRow]:
        query = queries.export_rows_query(period, raw_times=self.db.dialect == "sqlite")
        async with self.db.sessions() as session:
            raw = (await (await session.connection()).execute(query)).all()
        return await asyncio.to_thread(_tip_rows, raw)

    @staticmethod
    def authorize(actor: Actor) -> None:
        """Summaries are for coordinators (and admins); faces call this before any slow work."""
        actor.require(Level.COORDINATOR, N_("see the weekly summary"))

    async def report(
        self, week: str | None = None, *, actor: Actor | None = None, verbatim: bool = False
    ) -> Report:
        """The full bundle for a week; `actor` is checked when a person (not the scheduler) asks.

        `verbatim` (the coordinator's ephemeral /summary only) includes the unanswered questions as
        members wrote them; every copy that is kept (the weekly post, its files, `summary --out`)
        has their number only, so no member's words outlive the question log's retention.
        """
        if actor is not None:
            self.authorize(actor)
        if verbatim and actor is None:
            raise ValueError("verbatim questions are for a coordinator's own view only")
        period = self.period(week)
        summary = await self.build(period, verbatim=verbatim)
        # A kept copy outlives the tips: its CSV has the figures, a row per tip only in the own view.
        rows = await self.tip_rows(period) if verbatim else None
        return await asyncio.to_thread(_render, summary, rows, period)


def withhold_breakdown(tips: TipFigures) -> None:
    """Leave out of a kept copy every figure that splits the week's few tips (KEPT_BREAKDOWN_MIN_TIPS)."""
    tips.by_status, tips.by_vendor, tips.by_country, tips.by_technology = [], [], [], []
    tips.per_day = [{} for _ in tips.per_day]
    tips.breakdown_withheld = True


def known_only(counts: list[Count]) -> list[Count]:
    """Figures whose labels are the bot's own words; everything tipsters typed that matches no known
    name is counted under one label instead of being quoted (a kept copy outlives the tip)."""
    known = [c for c in counts if c.trusted or c.label == queries.NOT_GIVEN]
    other = sum(c.count for c in counts if not (c.trusted or c.label == queries.NOT_GIVEN))
    return [*known, Count(OTHER_TYPED, other, trusted=True)] if other else known


def _render(summary: WeeklySummary, rows: list[TipRow] | None, period: Period) -> Report:
    """All renderings at once, in a worker thread: the CSV and the chart take real CPU time."""
    return Report(
        summary=summary,
        markdown=to_markdown(summary),
        csv=to_csv(rows, period.zone) if rows is not None else to_counts_csv(summary),
        json=to_json(summary),
        chart_png=render_chart(summary),
    )


def _ts(value: datetime | str | None) -> datetime | None:
    if value is None:
        return None
    return utc(datetime.fromisoformat(value) if isinstance(value, str) else value)


def _tip_rows(raw: Sequence[Row[*tuple[Any, ...]]]) -> list[TipRow]:
    return [
        TipRow(
            id=r.id,
            status=r.status,
            created_at=_ts(r.created_at) or datetime.min,
            first_action_at=_ts(r.first_action_at),
            decided_at=_ts(r.decided_at),
            closed_at=_ts(r.closed_at),
            vendor=r.vendor,
            country=r.country,
            technology=r.technology,
            duplicate_of=r.duplicate_of,
        )
        for r in raw
    ]
