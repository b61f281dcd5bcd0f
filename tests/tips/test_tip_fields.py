"""The one list of tip fields (bot/tips/fields.py) agrees with the table, the form and the view, and
intake writes every column a tip has when it is filed.

Why: the fields used to be spelled out in ~10 places and `tips.technology` was never written, so the
weekly "By technology" was empty in production while every test passed. A column added to `tips`
must now be a field of the list (and so filled by intake) or a workflow column named below.
"""

from __future__ import annotations

import dataclasses

from sqlalchemy import Text
from sqlmodel import select

from bot.clock import FakeClock
from bot.kb.model import Entry, Source
from bot.kb.service import KnowledgeService
from bot.settings import Settings
from bot.store.engine import Database
from bot.store.tables.tips import Tip
from bot.tips.export import EXPORT_FIELDS
from bot.tips.fields import FORM, MORE, TIP_FIELDS, in_step
from bot.tips.intake import FIELD_LABELS, LIMITS
from bot.tips.model import Reporter, TipForm, TipView
from bot.tips.service import TipService

COLUMNS = Tip.__table__.c  # type: ignore[attr-defined]

# Columns that are not a tip's fields, and who writes them. Intake must fill every other column.
WORKFLOW = {
    "id": "intake",
    "status": "intake",
    "created_at": "intake",
    "updated_at": "intake",
    "anonymous": "intake",
    "reporter_id": "intake (contact allowed)",
    "receipt_hash": "intake",
    "interaction_id": "intake (from Discord)",
    "possible_duplicates": "intake (when a similar tip exists)",
    "technology_by": "intake (who named the technology)",
    "first_action_at": "triage",
    "decided_at": "triage",
    "closed_at": "triage",
    "claimed_by": "triage",
    "duplicate_of": "triage",
    "reason": "triage",
    "review_message_id": "the Discord face, once the card is posted",
    "answered_message_id": 'the Discord face, once it posts "the tipster answered"',
}
LATER = {name for name, who in WORKFLOW.items() if not who.startswith("intake")}


def entries() -> list[Entry]:
    return [
        Entry(
            id="acme-intercept",
            kind="vendor",
            title="Acme Intercept GmbH",
            aliases=["AcmeSpy"],
            summary="German maker of mobile interception kit.",
            status="established",
            technologies=["export controls", "interception"],
            sources=[Source(publisher="Example", title="Report", date="2020")],
            last_reviewed="2026-01-01",
        )
    ]


def test_every_field_is_a_column_that_holds_its_limit() -> None:
    for spec in TIP_FIELDS:
        column = COLUMNS[spec.stored_as]
        assert not column.nullable, spec.name
        if not isinstance(column.type, Text):
            assert column.type.length >= spec.limit, spec.name


def test_every_tip_column_is_a_field_or_a_named_workflow_column() -> None:
    fields = {spec.stored_as for spec in TIP_FIELDS}
    assert not fields & set(WORKFLOW)
    assert set(COLUMNS.keys()) == fields | set(WORKFLOW)


def test_form_view_labels_and_export_follow_the_list() -> None:
    names = [spec.name for spec in TIP_FIELDS]
    assert [f.name for f in dataclasses.fields(TipForm)] == names
    view = {f.name for f in dataclasses.fields(TipView)}
    assert set(names) <= view
    assert {s.name: s.label for s in TIP_FIELDS} == FIELD_LABELS
    assert {s.name: s.limit for s in TIP_FIELDS} == LIMITS
    assert {s.name for s in TIP_FIELDS if s.exported} <= set(EXPORT_FIELDS)
    # Discord shows at most five text inputs in one modal.
    assert 1 <= len(in_step(FORM)) <= 5 and len(in_step(MORE)) <= 5


async def test_intake_writes_every_column_a_new_tip_has(db: Database, settings: Settings) -> None:
    tips = TipService(db, settings, FakeClock(), KnowledgeService.from_entries(entries()))
    given = {
        "what": "Acme's kit was delivered to the interior ministry for its new police unit.",
        "vendor": "Acme Intercept",
        "country": "Examplestan",
        "technology": "",  # left to intake: inferred from the vendor's knowledge entry
        "when": "March 2025",
        "source": "https://news.example.org/acme",
        "extra": "Two engineers stayed for a week of training.",
    }
    # A field added to the list later is filled too, so the test asks intake to store it.
    typed = TipForm(**{s.name: given.get(s.name, f"{s.label} as typed"[: s.limit]) for s in TIP_FIELDS})
    for interaction_id in (101, 102):  # the second is similar to the first: it gets a duplicate hint
        filed = await tips.file_tip(
            typed, reporter=Reporter(555_000_111), anonymous=False, interaction_id=interaction_id
        )
    async with db.sessions() as session:
        row = (await session.exec(select(Tip).where(Tip.id == filed.id))).one()
    empty = [
        name
        for name in COLUMNS.keys()  # noqa: SIM118 (a column collection iterates columns)
        if name not in LATER and getattr(row, name) in (None, "")
    ]
    assert empty == [], f"intake never writes {empty}"
    assert row.technology == "interception" and row.technology_by == "inferred"
