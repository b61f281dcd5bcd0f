"""Exact figures on the fixed dataset (tests/summary/dataset.py), worked out by hand."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime

import pytest

from bot.clock import FakeClock
from bot.errors import InvalidInput, PermissionDenied
from bot.permissions import Actor, Level
from bot.settings import Settings
from bot.summary.model import Count
from bot.summary.service import SummaryService
from tests.summary.dataset import NOW, TZ, WEEK, StubKB, seed


@pytest.fixture
async def service(db):
    await seed(db)
    settings = Settings(_env_file=None, summary_timezone=TZ, question_log_days=90, stale_review_days=180)
    return SummaryService(db, FakeClock(NOW), settings, StubKB())


async def test_default_period_is_last_full_week(service):
    assert service.period().week == WEEK


async def test_tip_figures(service):
    s = await service.build(service.period(WEEK), verbatim=True)  # the coordinator's own view
    t = s.tips
    assert (t.opened, t.closed) == (7, 4)
    assert t.by_status == [
        Count("new", 2),
        Count("claimed", 1),
        Count("needs_info", 1),
        Count("accepted", 1),
        Count("rejected", 1),
        Count("duplicate", 1),
    ]
    # case and spacing variants of one vendor count together
    # Labelled by the knowledge base's title ("NSO Group"), not whichever spelling sorts first
    # ("NSO GROUP").
    assert t.by_vendor == [
        Count("NSO Group", 3),
        Count("Hikvision", 2),
        Count("(not given)", 1),
        Count("FinFisher", 1),
    ]
    assert t.by_country == [
        Count("Mexico", 3),
        Count("(not given)", 1),
        Count("China", 1),
        Count("Egypt", 1),
        Count("Uganda", 1),
    ]
    assert t.by_technology == [Count("spyware", 4), Count("facial recognition", 2), Count("(not given)", 1)]
    assert t.median_first_action_hours == 3.0  # 1, 2, 3, 4, 6
    assert t.median_decision_hours == 4.0  # 3, 4, 10
    assert t.awaiting_first_action == 2
    assert t.backlog == 6  # c, d, e, g, old1, and old4 (closed only after the week)
    assert t.oldest_open is not None
    assert t.oldest_open.tip_id == 9
    assert t.oldest_open.age_days == 52.5
    assert t.per_day == [
        {"accepted": 1, "rejected": 1},
        {"claimed": 1},
        {"new": 1},
        {"needs_info": 1},
        {"duplicate": 1},
        {},
        {"new": 1},
    ]


async def test_question_figures(service):
    q = (await service.build(service.period(WEEK), verbatim=True)).questions
    assert (q.asked, q.answered, q.helpful, q.not_helpful) == (10, 4, 2, 2)
    assert q.answer_rate == pytest.approx(0.4)
    # Coordinators read titles, not ids.
    assert q.top_entries == [Count("NSO Group", 3), Count("EU Dual-Use Regulation 2021/821", 1)]
    assert q.unanswered_texts_considered == 5
    assert q.unanswered_texts_purged == 1
    assert [(g.count, g.question) for g in q.gaps] == [
        (3, "who sold spyware to uganda"),  # the most recent wording of the commonest text
        (1, "is facial recognition export legal?"),  # ties: most recently asked first
        (1, "export licence for drones to Saudi Arabia"),
    ]


async def test_gap_texts_past_retention_are_not_used(db):
    await seed(db)
    settings = Settings(_env_file=None, summary_timezone=TZ, question_log_days=3)
    service = SummaryService(db, FakeClock(NOW), settings, StubKB())
    q = (await service.build(service.period(WEEK))).questions
    # kept since 2026-11-20 09:00 UTC: only the three latest texts remain usable
    assert q.unanswered_texts_considered == 3
    assert q.unanswered_texts_purged == 3
    assert q.asked == 10  # the figures themselves are not affected by text retention


async def test_knowledge_figures(service):
    k = (await service.build(service.period(WEEK))).knowledge
    assert k.total == 5
    assert [e.id for e in k.reviewed] == ["nso-group"]
    assert [e.id for e in k.stale] == ["gamma", "amesys"]


async def test_empty_week_has_no_figures(service):
    s = await service.build(service.period("2020-W01"))
    assert (s.tips.opened, s.tips.closed, s.questions.asked) == (0, 0, 0)
    assert s.tips.median_first_action_hours is None
    assert s.questions.answer_rate is None
    assert s.tips.per_day == [{}] * 7
    assert s.tips.backlog == 0 and s.tips.oldest_open is None


async def test_report_files_never_carry_tipster_identity_or_tip_text(service):
    kept = await service.report(WEEK)
    cora = Actor(user_id=5, level=Level.COORDINATOR)
    report = await service.report(WEEK, actor=cora, verbatim=True)  # the own view lists the tips
    blob = b"".join([*kept.files().values(), *report.files().values()])
    assert b"987654321" not in blob
    assert b"secret tip text" not in blob
    assert b"receipt-hash" not in blob
    rows = list(csv.DictReader(io.StringIO(report.csv)))
    # opened in the week (1-7) or closed in it (11); never tips outside it
    assert [r["tip"] for r in rows] == [f"TIP-{n:04d}" for n in (1, 2, 3, 4, 5, 6, 7, 11)]
    assert set(rows[0]) == {
        "tip",
        "status",
        "created_at",
        "first_action_at",
        "decided_at",
        "closed_at",
        "vendor",
        "country",
        "technology",
        "duplicate_of",
    }
    # Local time of the summary timezone, to the hour (filed 00:30): never finer (issue 9, finding 6).
    assert rows[0]["created_at"] == "2026-11-16T00:00+01:00"
    for row in rows:
        for column in ("created_at", "first_action_at", "decided_at", "closed_at"):
            assert not row[column] or row[column][14:16] == "00", row
    assert rows[5]["duplicate_of"] == "TIP-0001"
    data = json.loads(report.json)
    assert data["week"] == WEEK and data["tips"]["opened"] == 7 and data["questions"]["answer_rate"] == 0.4
    assert report.chart_png.startswith(b"\x89PNG")


async def test_kept_copies_carry_no_member_question(service):
    """The weekly post, its files and `summary --out` are kept beyond the question log's retention:
    they count the knowledge gaps but never hold a question in the member's words."""
    report = await service.report(WEEK)
    q = report.summary.questions
    assert q.gaps == [] and q.gaps_withheld and (q.gap_groups, q.gap_asks) == (3, 5)
    blob = b"".join(report.files().values()).decode("utf-8", "replace")
    for words in ("spyware to uganda", "facial recognition export", "drones to Saudi"):
        assert words not in blob
    assert "3 groups of similar unanswered questions (5 asks)" in report.markdown
    with pytest.raises(ValueError):  # the words only ever go to a coordinator who asked
        await service.report(WEEK, verbatim=True)


async def test_markdown_report(service):
    md = (await service.report(WEEK, actor=Actor(2, Level.COORDINATOR), verbatim=True)).markdown
    assert md.startswith("# Weekly summary 2026-W47\n")
    assert "Mon 16 Nov 2026 – Sun 22 Nov 2026 (Europe/Berlin)" in md
    assert "- Opened: **7**; closed: **4**" in md
    assert "Oldest open tip: TIP-0009, opened 2026-10-01, 52.5 days old" in md
    assert "| NSO Group | 3 |" in md
    # One spelling of statuses for people, the one the CLI takes; never an escaped `needs\_info`.
    assert "| needs-info | 1 |" in md and "needs_info" not in md and "needs\\_info" not in md
    assert "| NSO Group | 3 |" in md.split("### Most used entries")[1]  # titles, not `nso-group`
    assert "1. who sold spyware to uganda — 3 asks" in md
    assert "- Asked: **10**; answered: **4** (40%)" in md


async def test_a_future_week_is_refused_politely(service):
    # NOW is in 2026-W48; a week that has not started has nothing to summarise.
    with pytest.raises(InvalidInput, match="2026-W50 has not started"):
        await service.report("2026-W50")
    assert (await service.report("2026-W48")).summary.week == "2026-W48"  # the current week is fine


async def test_only_coordinators_get_the_report(service):
    with pytest.raises(PermissionDenied):
        await service.report(WEEK, actor=Actor(1, Level.MODERATOR))
    report = await service.report(WEEK, actor=Actor(2, Level.COORDINATOR))
    assert report.summary.week == WEEK


async def test_bad_week_is_a_polite_error(service):
    with pytest.raises(InvalidInput, match="2026-W47"):
        await service.report("last week")
    with pytest.raises(InvalidInput, match="no week 54"):
        await service.report("2026-W54")


async def test_vendor_spellings_are_grouped(db):
    from sqlalchemy import insert

    from bot.store.tables import Tip

    created = datetime(2026, 11, 17, 12, tzinfo=UTC)
    spellings = ["NSO Group", "nso group", " NSO  Group ", "NSO   group", "NSO Groups"]
    async with db.engine.begin() as conn:
        for n, vendor in enumerate(spellings):
            await conn.execute(
                insert(Tip).values(
                    created_at=created, updated_at=created, what="x", vendor=vendor, receipt_hash=f"r{n}"
                )
            )
    service = SummaryService(db, FakeClock(NOW), Settings(_env_file=None, summary_timezone=TZ))
    by_vendor = (await service.build(service.period(WEEK), verbatim=True)).tips.by_vendor
    assert [c.count for c in by_vendor] == [4, 1]
    assert [c.label for c in by_vendor] == ["NSO Group", "NSO Groups"]


async def test_kept_copies_quote_no_name_a_tipster_typed(service, db):
    """Found by an attack review: the weekly post, its files and `summary --out` copied vendor and
    country exactly as typed, so a tipster's self-describing words outlived the purged tip in
    Discord. Kept copies name only what the bot knows (entry titles, countries, technologies)."""
    from sqlalchemy import insert

    from bot.store.tables import Tip

    created = datetime(2026, 11, 17, 12, tzinfo=UTC)
    async with db.engine.begin() as conn:
        await conn.execute(
            insert(Tip).values(
                id=1000,  # the dataset sets ids itself, so PostgreSQL's sequence is still at 1
                created_at=created,
                updated_at=created,
                what="x",
                receipt_hash="r-attack",
                vendor="Acme depot where I (the only night-shift engineer) loaded it",
                country="Examplestan, Ward 4 office",
                technology="the thing in my van",
            )
        )
    kept = await service.report(WEEK)
    copies = [kept.markdown, kept.csv, kept.json]
    for words in ("night-shift", "Ward 4", "my van"):
        assert not any(words in copy for copy in copies), words
    assert "other (as typed by tipsters)" in kept.markdown
    assert "Mexico" in kept.markdown and "NSO Group" in kept.markdown  # known names stay
    coordinator = await service.build(service.period(WEEK), verbatim=True)
    assert any("night-shift" in c.label for c in coordinator.tips.by_vendor)  # their own view only
