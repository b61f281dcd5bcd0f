"""The core's words to a tipster come in the language of the request (no language passed in): the
refusals a tipster can meet (form problems, a mistyped receipt, the cooldown, the cap, a closed tip).
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest

from bot.clock import FakeClock
from bot.errors import InvalidInput, NotFound
from bot.i18n import FIRST_STRONG_ISOLATE, use_locale
from bot.settings import Settings
from bot.store.engine import Database
from bot.tips.intake import validate_form
from bot.tips.model import Reporter, TipForm
from bot.tips.receipts import normalise_receipt
from bot.tips.service import TipService
from tests.tips.conftest import MEMBER, MOD, form


def test_form_problems_in_german_and_arabic_name_the_translated_field() -> None:
    bad = TipForm(what="short", source="ftp://example.org/x")
    with use_locale("de"):
        german = [e.message for e in validate_form(bad, min_length=20)]
    with use_locale("ar"):
        arabic = [e.message for e in validate_form(bad, min_length=20)]
    assert german == [
        "Bitte schreib etwas mehr darüber, was passiert ist (mindestens 20 Zeichen; du hast 5 geschrieben).",
        "Nur Weblinks (beginnend mit https:// oder http://) werden angenommen.",
    ]
    assert arabic[0].startswith("يُرجى كتابة المزيد") and "20" in arabic[0]
    with use_locale("de"):
        too_long = validate_form(TipForm(what="x" * 40, vendor="v" * 201), min_length=20)
    assert too_long[0].message == "„Anbieter oder Produkt“ hat 201 Zeichen; erlaubt sind 200."


def test_a_mistyped_receipt_is_explained_in_the_members_language() -> None:
    with (
        use_locale("fr"),
        pytest.raises(InvalidInput, match=r"^Un reçu compte 6 mots.*\(vous en avez saisi 2\)"),
    ):
        normalise_receipt("abandon ability")
    with use_locale("es"), pytest.raises(InvalidInput, match="«zzzz» no es una palabra de recibo"):
        normalise_receipt("abandon ability able about above zzzz")


async def test_cooldown_and_cap_refusals_in_german_and_arabic_with_their_plurals(
    db: Database, settings: Settings, clock: FakeClock
) -> None:
    strict = settings.model_copy(
        update={"tip_cooldown_seconds": 60, "tip_max_open_per_member": 1, "tip_rate_window_hours": 24}
    )
    tips = TipService(db, strict, clock)
    clock.set(datetime(2026, 1, 5, 9, 0, 30, tzinfo=UTC))
    await tips.file_tip(form(), reporter=MEMBER, anonymous=True)
    with use_locale("de"), pytest.raises(InvalidInput) as waiting:
        await tips.file_tip(form(), reporter=MEMBER, anonymous=True)
    assert waiting.value.args[0].startswith(
        "Danke – du hast gerade erst einen Hinweis gesendet. Bitte warte "
    )
    assert waiting.value.args[0].endswith(" 2 Minuten, bevor du einen weiteren sendest.")
    clock.advance(minutes=5)
    with use_locale("de"), pytest.raises(InvalidInput) as capped:
        await tips.file_tip(form(), reporter=MEMBER, anonymous=True)
    # One tip: the singular, and "24 Stunden" from the plural of the window.
    assert capped.value.args[0].startswith(
        "Du hast in letzter Zeit bereits 1 Hinweis gesendet (erlaubt sind 1 pro 24 Stunden)."
    )
    with use_locale("ar"), pytest.raises(InvalidInput) as arabic:
        await tips.file_tip(form(), reporter=MEMBER, anonymous=True)
    assert "كل 24 ساعة" in arabic.value.args[0]  # 11-99 take the singular noun in Arabic


async def test_a_closed_tip_and_an_unknown_receipt_answer_in_arabic_ids_kept_in_order(
    tips: TipService,
) -> None:
    filed = await tips.file_tip(form(), reporter=None, anonymous=True)
    await tips.reject(MOD, filed.id, "")
    assert filed.receipt is not None
    with use_locale("ar"), pytest.raises(InvalidInput) as closed:
        await tips.reply_by_receipt(filed.receipt, "one more thing")
    assert closed.value.args[0].startswith(f"البلاغ {FIRST_STRONG_ISOLATE}{filed.public_id}")
    assert "(لن يُتابَع)" in closed.value.args[0] and "/tip new" in closed.value.args[0]
    with use_locale("it"), pytest.raises(NotFound, match=r"^Nessuna segnalazione corrisponde"):
        await tips.status_by_receipt("abandon ability able about above absent")


async def test_a_refusal_is_worded_in_the_filers_language_when_another_member_started_the_batch(
    db: Database, settings: Settings, clock: FakeClock
) -> None:
    """Filings that arrive together are written in one batch by a task the first of them started;
    a German member refused in that batch must still read German, not the first filer's English."""
    strict = settings.model_copy(update={"tip_cooldown_seconds": 60})
    tips = TipService(db, strict, clock)
    clock.set(datetime(2026, 1, 5, 9, 0, 30, tzinfo=UTC))
    await tips.file_tip(form(), reporter=MEMBER, anonymous=True)  # MEMBER is now in the cooldown

    async def german_member_again() -> Exception | None:
        with use_locale("de"):
            try:
                await tips.file_tip(form(), reporter=MEMBER, anonymous=True)
            except InvalidInput as refused:
                return refused
        return None

    # The English filer goes first and starts the batch; the German filing joins it.
    first, refused = await asyncio.gather(
        tips.file_tip(form(), reporter=Reporter(user_id=555555555555555555), anonymous=True),
        german_member_again(),
    )
    assert first is not None and isinstance(refused, InvalidInput)
    assert refused.args[0].startswith("Danke – du hast gerade erst einen Hinweis gesendet."), refused.args[0]
