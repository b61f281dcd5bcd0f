"""What coordinators read: members' questions only, one label per vendor, a chart without noise."""

from __future__ import annotations

import logging
import warnings
from datetime import UTC, datetime

import pytest

from bot.clock import FakeClock
from bot.questions.service import QuestionLogService
from bot.settings import Settings
from bot.summary.chart import render_chart
from bot.summary.model import Count
from bot.summary.queries import group_spellings
from bot.summary.service import SummaryService
from tests.summary.dataset import NOW, TZ, WEEK, StubKB, seed

IN_WEEK = datetime(2026, 11, 18, 12, tzinfo=UTC)


@pytest.fixture
async def service(db):
    await seed(db)
    settings = Settings(_env_file=None, summary_timezone=TZ, question_log_days=90)
    return SummaryService(db, FakeClock(NOW), settings, StubKB())


async def test_console_questions_stay_out_of_the_summary(service, db):
    # An editor tests knowledge in the console against the live database: none of it may reach
    # the coordinators' figures or their "knowledge gaps".
    log = QuestionLogService(db, FakeClock(IN_WEEK), service.settings)
    for _ in range(5):
        await log.record("editor test: does the zzz entry load", answered=False, source="console")
    await log.record("editor test answered", answered=True, entry_id="amesys", source="console")
    q = (await service.build(service.period(WEEK))).questions
    assert (q.asked, q.answered) == (10, 4)
    assert all("editor test" not in g.question for g in q.gaps)
    assert "Amesys" not in [c.label for c in q.top_entries]


def test_vendor_groups_use_the_entry_title_else_the_commonest_spelling() -> None:
    titles = {"nso": "NSO Group", "nso group": "NSO Group"}
    rows = [("NSO GROUP", 1), ("nso", 2), ("VENDOR 51", 1), ("Vendor 51", 3), ("vendor 51", 1)]
    assert group_spellings(rows, lambda s: titles.get(s.lower())) == [
        Count("Vendor 51", 5),  # no entry: the spelling most tipsters used
        Count("NSO Group", 3),  # the knowledge base's title, spellings merged
    ]
    # A tie goes to a mixed-case spelling rather than shouting or all lower case.
    assert group_spellings([("ACME", 1), ("Acme", 1), ("acme", 1)])[0].label == "Acme"


async def test_the_chart_prints_no_matplotlib_warnings(service, caplog: pytest.LogCaptureFixture) -> None:
    summary = await service.build(service.period(WEEK))
    caplog.set_level(logging.DEBUG)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        png = render_chart(summary)
    assert png.startswith(b"\x89PNG")
    shown = [r for r in caplog.records if r.levelno >= logging.INFO]  # what the CLI prints at INFO
    noisy = [r.getMessage() for r in shown if r.name.startswith("matplotlib")]
    assert noisy == [] and [str(w.message) for w in caught] == []
