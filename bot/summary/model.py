"""The weekly summary as pure data: built once by the service, rendered by every face.

The rows and the report bundle live here too, so the renderers and the chart depend on data
only, never on the service that builds it (no import circle).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

OPEN_STATUSES = ("new", "claimed", "needs_info")
CLOSED_STATUSES = ("accepted", "rejected", "duplicate", "void")
STATUSES = OPEN_STATUSES + CLOSED_STATUSES


@dataclass
class Count:
    label: str
    count: int
    # Our own words (a knowledge-base title, a status, "N others"), shown as they are; any other label
    # was typed by a member and is escaped wherever it is shown.
    trusted: bool = field(default=False, compare=False)


@dataclass
class OldestOpen:
    tip_id: int
    created_at: datetime
    age_days: float


@dataclass
class GapGroup:
    """Similar unanswered questions: one representative text and how many were like it."""

    question: str
    count: int
    examples: list[str] = field(default_factory=list)


@dataclass
class EntryRef:
    id: str
    title: str
    last_reviewed: str


@dataclass
class TipFigures:
    opened: int = 0
    closed: int = 0
    by_status: list[Count] = field(default_factory=list)
    by_vendor: list[Count] = field(default_factory=list)
    by_country: list[Count] = field(default_factory=list)
    by_technology: list[Count] = field(default_factory=list)
    # A kept copy of a week with few tips: the breakdowns (status, vendor, country, technology, day)
    # are left out, since they would describe those few tips one by one (see service.py).
    breakdown_withheld: bool = False
    # Of tips opened in the period: median hours to first moderator action / to a decision.
    median_first_action_hours: float | None = None
    median_decision_hours: float | None = None
    awaiting_first_action: int = 0
    backlog: int = 0  # open at the end of the period
    oldest_open: OldestOpen | None = None
    # per local day: {status: count}, seven entries Monday..Sunday
    per_day: list[dict[str, int]] = field(default_factory=list)


@dataclass
class QuestionFigures:
    asked: int = 0
    answered: int = 0
    helpful: int = 0
    not_helpful: int = 0
    top_entries: list[Count] = field(default_factory=list)
    gaps: list[GapGroup] = field(default_factory=list)
    unanswered_texts_considered: int = 0
    unanswered_texts_purged: int = 0  # unanswered asks whose text is past retention
    # A permanent copy (the weekly post, files) carries only how many gaps there were, never the
    # questions' words: those stay in the coordinator's ephemeral /summary, under question-log retention.
    gaps_withheld: bool = False
    gap_groups: int = 0
    gap_asks: int = 0

    @property
    def answer_rate(self) -> float | None:
        return self.answered / self.asked if self.asked else None


@dataclass
class KnowledgeFigures:
    total: int = 0
    reviewed: list[EntryRef] = field(default_factory=list)  # last_reviewed within the period
    stale: list[EntryRef] = field(default_factory=list)  # last review older than stale_days
    stale_days: int = 180


@dataclass
class WeeklySummary:
    week: str
    timezone: str
    days: list[date]
    start: datetime
    end: datetime
    generated_at: datetime
    tips: TipFigures
    questions: QuestionFigures
    knowledge: KnowledgeFigures

    @property
    def first_day(self) -> date:
        return self.days[0]

    @property
    def last_day(self) -> date:
        return self.days[-1]

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict: dates as ISO strings, derived figures included."""
        data = asdict(self)
        data["questions"]["answer_rate"] = self.questions.answer_rate
        shaped: dict[str, Any] = _iso(data)
        return shaped


def _iso(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _iso(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_iso(v) for v in value]
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value


@dataclass
class TipRow:
    """One CSV line: workflow fields only; no tipster identity and no free text a tipster wrote."""

    id: int
    status: str
    created_at: datetime
    first_action_at: datetime | None
    decided_at: datetime | None
    closed_at: datetime | None
    vendor: str
    country: str
    technology: str
    duplicate_of: int | None


# The renderings a report has, by the name faces offer (`summary --format`).
FORMATS = ("md", "csv", "json")


@dataclass
class Report:
    """Everything a face sends: the data and its renderings (file name -> bytes)."""

    summary: WeeklySummary
    markdown: str
    csv: str
    json: str
    chart_png: bytes

    def text(self, fmt: str = "md") -> str:
        """One rendering by its format name (one of FORMATS), for a face that prints rather than files."""
        return {"md": self.markdown, "csv": self.csv, "json": self.json}[fmt]

    def files(self, fmt: str | None = None) -> dict[str, bytes]:
        """Every file of the report, or with `fmt` that rendering's file and the chart."""
        stem = f"summary-{self.summary.week}"
        files = {
            f"{stem}.md": self.markdown.encode(),
            f"tips-{self.summary.week}.csv": self.csv.encode(),
            f"{stem}.json": self.json.encode(),
            f"chart-{self.summary.week}.png": self.chart_png,
        }
        if fmt is None:
            return files
        return {name: data for name, data in files.items() if name.endswith((f".{fmt}", ".png"))}
