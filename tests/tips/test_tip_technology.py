"""A tip's technology: inferred at intake, confirmed by the tipster, set by a moderator.

From the member's side: they never have to know the vocabulary, and a value they could not have
picked is refused politely. From the moderator's: only moderators change it, every change is in the
audit trail, and it is not a "first action" (the summary's triage latency stays honest).
"""

from __future__ import annotations

import pytest
from sqlmodel import col, select

from bot.clock import FakeClock
from bot.errors import InvalidInput, PermissionDenied
from bot.kb.service import KnowledgeService
from bot.settings import Settings
from bot.store.engine import Database
from bot.store.tables.tips import Tip, TipEvent
from bot.tips.intake import TipFormError
from bot.tips.service import TipService
from tests.tips.conftest import MEMBER, MOD, NOBODY, form
from tests.tips.test_tip_fields import entries


@pytest.fixture
def tips(db: Database, settings: Settings) -> TipService:
    return TipService(db, settings, FakeClock(), KnowledgeService.from_entries(entries()))


async def stored(db: Database, tip_id: int) -> Tip:
    async with db.sessions() as session:
        return (await session.exec(select(Tip).where(Tip.id == tip_id))).one()


PLAIN = "A shipment of equipment reached the ministry's basement in unmarked crates."


@pytest.mark.parametrize(
    ("what", "vendor", "expected"),
    [
        (
            "Face recognition cameras were put up at every metro station in the capital.",
            "",
            "facial recognition",
        ),
        (PLAIN, "Acme Intercept GmbH", "interception"),  # the vendor's entry: first tag the bot knows
        (PLAIN, "acmespy", "interception"),  # an alias, typed in lower case
        (PLAIN.replace("equipment", "AcmeSpy equipment"), "", "interception"),  # a vendor the text names
        ("Spyware by Acme Intercept was found on the phones of reporters last spring.", "Acme", "spyware"),
        (PLAIN, "Some Unknown Firm", ""),
    ],
)
async def test_intake_infers_the_technology(
    tips: TipService, db: Database, what: str, vendor: str, expected: str
) -> None:
    filed = await tips.file_tip(form(what=what, vendor=vendor), reporter=None, anonymous=True)
    tip = await stored(db, filed.id)
    assert (tip.technology, tip.technology_by) == (expected, "inferred" if expected else "")
    assert await tips.infer_technology(form(what=what, vendor=vendor)) == expected  # what the preview shows


async def test_the_tipsters_choice_wins_in_the_bots_spelling(tips: TipService, db: Database) -> None:
    filed = await tips.file_tip(
        form(vendor="Acme Intercept", technology="Face Recognition"), reporter=MEMBER, anonymous=True
    )
    tip = await stored(db, filed.id)
    assert (tip.technology, tip.technology_by) == ("facial recognition", "tipster")


async def test_a_made_up_technology_is_a_polite_field_error(tips: TipService, db: Database) -> None:
    with pytest.raises(TipFormError) as caught:
        await tips.file_tip(form(technology="the thing in my van"), reporter=MEMBER, anonymous=True)
    [error] = caught.value.errors
    assert error.field == "technology" and "\n" not in error.message
    assert "not a technology the bot tracks" in error.message and "spyware" in error.message
    async with db.sessions() as session:
        assert (await session.exec(select(Tip))).all() == []


async def test_a_moderator_sets_and_clears_it_with_an_audit_event(tips: TipService, db: Database) -> None:
    filed = await tips.file_tip(form(what=PLAIN, vendor=""), reporter=None, anonymous=True)
    view = await tips.set_technology(MOD, filed.public_id, "DPI")
    assert (view.technology, view.technology_by) == ("deep packet inspection", "moderator")
    tip = await stored(db, filed.id)
    assert tip.first_action_at is None and tip.status == "new"  # not a decision, not a first action
    cleared = await tips.set_technology(MOD, filed.id, "none")
    assert (cleared.technology, cleared.technology_by) == ("", "")
    async with db.sessions() as session:
        events = (
            await session.exec(select(TipEvent).where(TipEvent.tip_id == filed.id).order_by(col(TipEvent.id)))
        ).all()
    assert [(e.action, e.detail, e.actor_id) for e in events[1:]] == [
        ("technology", "deep packet inspection", MOD.user_id),
        ("technology", "none", MOD.user_id),
    ]


async def test_members_cannot_and_bad_values_are_refused(tips: TipService, db: Database) -> None:
    filed = await tips.file_tip(form(), reporter=None, anonymous=True)
    with pytest.raises(PermissionDenied):
        await tips.set_technology(NOBODY, filed.id, "spyware")
    with pytest.raises(InvalidInput, match="not a technology the bot tracks"):
        await tips.set_technology(MOD, filed.id, "toaster")
    assert (await stored(db, filed.id)).technology == "facial recognition"  # unchanged, as inferred


async def test_an_accepted_tips_draft_names_its_technology(tips: TipService) -> None:
    filed = await tips.file_tip(form(), reporter=None, anonymous=True)
    await tips.accept(MOD, filed.id)
    path = await tips.draft_from_tip(MOD, filed.id)
    assert (
        "technologies:\n- facial recognition" in path.read_text()
        or "[facial recognition]" in path.read_text()
    )
