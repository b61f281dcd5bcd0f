"""Attack review 3 (session 9): counts in small weeks. The weekly post and its files keep the week's
figures, not a row per tip, and outlive the tips they cover. In a week with one tip the figures are
that tip: "accepted 1, Syria 1, monitoring centre 1, Thursday 1" stayed in the summary channel
after retention purged it, beside the tombstone that says nothing of it is kept. A kept copy of a
week with few tips now gives the totals only; the coordinator's own /summary still splits them.
"""

from __future__ import annotations

import json

import pytest

from bot.clock import FakeClock
from bot.permissions import Actor, Level
from bot.settings import Settings
from bot.summary.service import SummaryService
from tests.summary.dataset import NOW, TZ, StubKB, seed

ONE_TIP_WEEK = "2026-W45"  # one tip: Area, Syria, monitoring centre, accepted (tests/summary/dataset.py)


@pytest.fixture
async def service(db):  # type: ignore[no-untyped-def]
    await seed(db)
    settings = Settings(_env_file=None, summary_timezone=TZ, question_log_days=90, stale_review_days=180)
    return SummaryService(db, FakeClock(NOW), settings, StubKB())


async def test_a_kept_copy_of_a_one_tip_week_does_not_describe_the_tip(service) -> None:  # type: ignore[no-untyped-def]
    kept = await service.report(ONE_TIP_WEEK)  # what the weekly post attaches and `summary --out` writes
    assert kept.summary.tips.opened == 1  # the total stays
    for name, body in kept.files().items():
        if name.endswith(".png"):
            continue
        text = body.decode()
        for detail in ("Syria", "monitoring centre", "accepted"):
            assert detail not in text, f"{name} keeps the one tip's {detail!r}"
    shown = json.loads(kept.json)["tips"]
    assert not any(sum(day.values()) for day in shown["per_day"]), "the day the tip was filed is kept"


async def test_the_coordinators_own_view_still_splits_a_small_week(service) -> None:  # type: ignore[no-untyped-def]
    own = await service.report(ONE_TIP_WEEK, actor=Actor(user_id=5, level=Level.COORDINATOR), verbatim=True)
    assert [c.label for c in own.summary.tips.by_country] == ["Syria"]
    assert "Syria" in own.markdown
