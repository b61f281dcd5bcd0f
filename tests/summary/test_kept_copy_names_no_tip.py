"""Attack review (session 8): the weekly post in Discord outlives every tip it covers; it must not
keep, tip by tip, what retention later purges.

The data statement says the weekly post and its attachments carry counts only. Its CSV listed one
row per tip: number, status, the hours it was filed, first acted on, decided and closed, its vendor,
country and technology. Once retention purged a tip, whoever could read the summary channel (or
Discord's copy) still read "TIP-0001, rejected, NSO Group, Mexico, spyware, filed 2026-11-17 09:00"
beside the tombstone that says nothing of it is kept.
"""

from __future__ import annotations

import csv
import io

import pytest

from bot.clock import FakeClock
from bot.permissions import Actor, Level
from bot.settings import Settings
from bot.summary.service import SummaryService
from bot.tips.model import public_id
from tests.summary.dataset import NOW, TZ, WEEK, StubKB, seed


@pytest.fixture
async def service(db):  # type: ignore[no-untyped-def]
    await seed(db)
    settings = Settings(_env_file=None, summary_timezone=TZ, question_log_days=90, stale_review_days=180)
    return SummaryService(db, FakeClock(NOW), settings, StubKB())


async def test_the_kept_copy_lists_no_tip_by_its_number(service) -> None:  # type: ignore[no-untyped-def]
    kept = await service.report(WEEK)  # what the weekly post attaches and `summary --out` writes
    numbers = {public_id(n) for n in range(1, 40)}
    for name, body in kept.files().items():
        if name.endswith(".png"):
            continue
        text = body.decode()
        for line in text.splitlines():
            named = [n for n in numbers if n in line]
            # The markdown may name the oldest open tip by its number and age; nothing tip by tip.
            assert not named or "oldest" in line.lower(), f"{name} keeps a line about {named}: {line!r}"
    figures = list(csv.DictReader(io.StringIO(kept.csv)))
    assert {"figure", "label", "count"} <= set(figures[0])  # counts, as the data statement says
    assert {"figure": "vendor", "label": "NSO Group", "count": "3"} in figures


async def test_the_coordinators_own_view_still_lists_the_tips(service) -> None:  # type: ignore[no-untyped-def]
    cora = Actor(user_id=5, level=Level.COORDINATOR)
    own = await service.report(WEEK, actor=cora, verbatim=True)  # ephemeral: shown to them only
    rows = list(csv.DictReader(io.StringIO(own.csv)))
    assert [r["tip"] for r in rows][:2] == ["TIP-0001", "TIP-0002"]
