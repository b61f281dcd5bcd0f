"""The fixed dataset behind the exact-figure tests: week 2026-W47 in Europe/Berlin (UTC+1).

Local days run Mon 16 Nov – Sun 22 Nov 2026, i.e. [2026-11-15 23:00, 2026-11-22 23:00) UTC.
Tips and questions sit on both sides of each boundary; expected figures are worked out by hand
in test_summary_figures.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import insert

from bot.store.engine import Database
from bot.store.tables import QuestionLog, Tip

WEEK = "2026-W47"
TZ = "Europe/Berlin"
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # Monday after the week, when it is summarised


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


H = timedelta(hours=1)

# (key, created UTC, status, vendor, country, technology, first action, decision/closure, duplicate_of)
TIPS = [
    ("a", at("2026-11-15 23:30"), "accepted", "NSO Group", "Mexico", "spyware", 2 * H, 10 * H, None),
    ("b", at("2026-11-16 10:00"), "rejected", " nso group ", "Mexico", "spyware", 4 * H, 4 * H, None),
    ("c", at("2026-11-17 09:00"), "claimed", "Hikvision", "China", "facial recognition", 1 * H, None, None),
    ("d", at("2026-11-18 12:00"), "new", "", "", "", None, None, None),
    ("e", at("2026-11-19 08:00"), "needs_info", "FinFisher", "Egypt", "spyware", 6 * H, None, None),
    ("f", at("2026-11-20 15:00"), "duplicate", "NSO GROUP", "Mexico", "spyware", 3 * H, 3 * H, 1),
    ("g", at("2026-11-22 22:59"), "new", "Hikvision", "Uganda", "facial recognition", None, None, None),
    # outside the week
    ("h", at("2026-11-22 23:30"), "new", "Cellebrite", "Bahrain", "mobile forensics", None, None, None),
    ("old1", at("2026-10-01 12:00"), "claimed", "Amesys", "Libya", "interception", 24 * H, None, None),
    ("old2", at("2026-11-01 12:00"), "rejected", "Gamma", "Egypt", "spyware", 2 * H, 9 * 24 * H, None),
    (
        "old3",
        at("2026-11-05 12:00"),
        "accepted",
        "Area",
        "Syria",
        "monitoring centre",
        3 * H,
        13 * 24 * H,
        None,
    ),
    ("old4", at("2026-11-10 12:00"), "void", "Trovicor", "Bahrain", "interception", 5 * H, 15 * 24 * H, None),
]
CLOSED = ("accepted", "rejected", "duplicate", "void")

# (asked UTC, text or None if purged, answered, entry id, rating)
QUESTIONS = [
    (at("2026-11-16 08:00"), "who is nso group", True, "nso-group", 1),
    (at("2026-11-16 09:00"), "nso pegasus", True, "nso-group", -1),
    (at("2026-11-17 10:00"), "eu dual use regulation", True, "eu-dual-use-2021-821", 1),
    (at("2026-11-18 10:00"), "nso group mexico", True, "nso-group", None),
    (at("2026-11-18 11:00"), "Who sold spyware to Uganda?", False, None, None),
    (at("2026-11-19 11:00"), "who sold spyware to uganda", False, None, None),
    (at("2026-11-20 11:00"), "Which company sold the spyware to Uganda police", False, None, -1),
    (at("2026-11-21 11:00"), "export licence for drones to Saudi Arabia", False, None, None),
    (at("2026-11-21 12:00"), None, False, None, None),
    (at("2026-11-22 22:59"), "is facial recognition export legal?", False, None, None),
    # outside the week
    (at("2026-11-22 23:30"), "who sold spyware to uganda", False, None, None),
    (at("2026-11-15 22:30"), "pegasus", True, "nso-group", 1),
]


@dataclass
class StubEntry:
    id: str
    kind: str
    title: str
    last_reviewed: str


class StubKB:
    """Stands in for KnowledgeService: the summary only uses `.entries()`."""

    def __init__(self) -> None:
        self._entries = [
            StubEntry("nso-group", "vendor", "NSO Group", "2026-11-18"),
            StubEntry("eu-dual-use-2021-821", "rule", "EU Dual-Use Regulation 2021/821", "2026-11-23"),
            StubEntry("amesys", "vendor", "Amesys", "2026-05-01"),
            StubEntry("wassenaar", "rule", "Wassenaar Arrangement", "2026-06-01"),
            StubEntry("gamma", "vendor", "Gamma Group", "2025"),
        ]

    def entries(self) -> list[StubEntry]:
        return list(self._entries)


async def seed(db: Database) -> dict[str, int]:
    """Insert the dataset; returns tip ids by key (ids follow list order: a=1, b=2 ...)."""
    ids: dict[str, int] = {}
    async with db.engine.begin() as conn:
        for n, (key, created, status, vendor, country, tech, first, decided, dup) in enumerate(TIPS, 1):
            closed = created + decided if decided is not None and status in CLOSED else None
            await conn.execute(
                insert(Tip).values(
                    id=n,
                    status=status,
                    created_at=created,
                    updated_at=created,
                    first_action_at=created + first if first is not None else None,
                    decided_at=created + decided if decided is not None else None,
                    closed_at=closed,
                    what=f"secret tip text {key} from a tipster",
                    vendor=vendor,
                    country=country,
                    technology=tech,
                    anonymous=key != "b",
                    reporter_id=987654321 if key == "b" else None,
                    receipt_hash=f"receipt-hash-{key}",
                    duplicate_of=dup,
                )
            )
            ids[key] = n
        for asked, text, answered, entry, rating in QUESTIONS:
            await conn.execute(
                insert(QuestionLog).values(
                    asked_at=asked,
                    question=text,
                    source="discord",
                    answered=answered,
                    outcome="answer" if answered else "refused",
                    entry_id=entry,
                    confidence=0.9 if answered else 0.2,
                    rating=rating,
                )
            )
    return ids
