"""Intake: validation messages, filing, idempotent replays, receipts, anti-abuse, duplicates."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from sqlmodel import select

from bot.clock import FakeClock
from bot.errors import InvalidInput, NotFound
from bot.settings import Settings
from bot.store.engine import Database
from bot.store.tables.tips import Tip, TipEvent, TipRateKey
from bot.tips.intake import LIMITS, TipFormError, link_problem, validate_form
from bot.tips.model import TipForm
from bot.tips.receipts import hash_receipt, new_receipt, normalise_receipt, wordlist
from bot.tips.service import TipService
from tests.tips.conftest import MEMBER, MOD, form


def test_valid_form_has_no_errors() -> None:
    assert validate_form(form(), min_length=30) == []


def test_every_problem_is_reported_at_once_with_its_field() -> None:
    bad = TipForm(what="too short", vendor="v" * (LIMITS["vendor"] + 1), source="ftp://x.org/file")
    errors = validate_form(bad, min_length=30)
    fields = {e.field for e in errors}
    assert fields == {"what", "vendor", "source"}
    what = next(e for e in errors if e.field == "what")
    assert "at least 30 characters" in what.message and "you wrote 9" in what.message
    assert "limit is 200" in next(e for e in errors if e.field == "vendor").message


@pytest.mark.parametrize(
    ("url", "hint"),
    [
        ("www.example.org/report", "https://"),
        ("javascript:alert(1)", "web links"),
        ("https://", "website address"),
        ("https://localhost/x", "does not look like"),
        ("https://exa mple.org", "spaces"),
        ("https://example.org:99999/x", "could not be read"),
    ],
)
def test_bad_links_get_a_specific_polite_message(url: str, hint: str) -> None:
    problem = link_problem(url)
    assert problem is not None and hint in problem


@pytest.mark.parametrize(
    "url", ["https://example.org/a?b=c", "http://news.example.co.uk", "https://192.0.2.1/x"]
)
def test_good_links_pass(url: str) -> None:
    assert link_problem(url) is None


async def test_rejected_form_keeps_what_was_typed(tips: TipService) -> None:
    typed = form(what="short", source="not a link")
    with pytest.raises(TipFormError) as err:
        await tips.file_tip(typed, reporter=MEMBER, anonymous=True)
    assert err.value.form == typed
    assert {e.field for e in err.value.errors} == {"what", "source"}


async def test_anonymous_tip_stores_no_reporter_and_only_a_receipt_hash(
    tips: TipService, db: Database
) -> None:
    filed = await tips.file_tip(form(), reporter=MEMBER, anonymous=True, interaction_id=42)
    assert filed.public_id == f"TIP-{filed.id:04d}" and filed.receipt is not None
    assert len(filed.receipt.split()) == 6
    async with db.sessions() as s:
        tip = await s.get(Tip, filed.id)
        assert tip is not None
        assert tip.reporter_id is None and tip.anonymous
        assert filed.receipt not in tip.receipt_hash
        assert tip.receipt_hash == hash_receipt(filed.receipt)
        events = (await s.exec(select(TipEvent))).all()
        assert [(e.action, e.actor_id, e.actor_role) for e in events] == [("file", None, "tipster")]


async def test_contact_allowed_tip_keeps_member_id_for_moderators(tips: TipService) -> None:
    filed = await tips.file_tip(form(), reporter=MEMBER, anonymous=False)
    detail = await tips.show(MOD, filed.id)
    assert detail.tip.reporter_id == MEMBER.user_id and not detail.tip.anonymous


async def test_replayed_interaction_never_files_twice(tips: TipService, db: Database) -> None:
    first = await tips.file_tip(form(), reporter=MEMBER, anonymous=True, interaction_id=9001)
    again = await tips.file_tip(form(), reporter=MEMBER, anonymous=True, interaction_id=9001)
    assert again.replayed and again.id == first.id and again.receipt is None
    # Concurrent replays too: the unique interaction id decides.
    results = await asyncio.gather(
        *(tips.file_tip(form(), reporter=MEMBER, anonymous=True, interaction_id=9002) for _ in range(5))
    )
    assert len({r.id for r in results}) == 1 and sum(r.receipt is not None for r in results) == 1
    async with db.sessions() as s:
        assert len((await s.exec(select(Tip))).all()) == 2


def test_receipts_are_six_list_words_and_accept_prefixes_and_punctuation() -> None:
    receipt = new_receipt()
    words = receipt.split()
    assert len(words) == 6 and all(w in wordlist() for w in words)
    typed = "-".join(w[:4].upper() for w in words)
    assert normalise_receipt(typed) == receipt
    assert new_receipt() != receipt


@pytest.mark.parametrize(("typed", "hint"), [("one two", "6 words"), ("zzzz " * 6, "not a receipt word")])
def test_malformed_receipts_are_refused_politely(typed: str, hint: str) -> None:
    with pytest.raises(InvalidInput, match=hint):
        normalise_receipt(typed)


async def test_unknown_receipt_is_not_found(tips: TipService) -> None:
    with pytest.raises(NotFound):
        await tips.status_by_receipt(new_receipt())


async def test_cooldown_and_cap_apply_to_anonymous_tipsters_without_storing_them(
    db: Database, settings: Settings, clock: FakeClock
) -> None:
    strict = settings.model_copy(
        update={"tip_cooldown_seconds": 60, "tip_max_open_per_member": 2, "tip_rate_window_hours": 24}
    )
    tips = TipService(db, strict, clock)
    clock.set(datetime(2026, 1, 5, 9, 0, 30, tzinfo=UTC))
    await tips.file_tip(form(), reporter=MEMBER, anonymous=True)
    with pytest.raises(InvalidInput, match="Please wait"):
        await tips.file_tip(form(), reporter=MEMBER, anonymous=True)
    clock.advance(seconds=61)  # the cooldown ends at the next whole minute after 60 s
    with pytest.raises(InvalidInput, match="Please wait"):
        await tips.file_tip(form(), reporter=MEMBER, anonymous=True)
    clock.advance(seconds=60)
    second = await tips.file_tip(form(), reporter=MEMBER, anonymous=True)
    clock.advance(minutes=5)
    with pytest.raises(InvalidInput, match="already filed 2 tips"):
        await tips.file_tip(form(), reporter=MEMBER, anonymous=True)
    # Another member is unaffected; closing a tip no longer frees a slot (that would need a link).
    other = await tips.file_tip(form(), reporter=MEMBER.__class__(user_id=5), anonymous=True)
    assert other.id
    await tips.reject(MOD, second.id, "not enough to go on")
    with pytest.raises(InvalidInput, match="already filed 2 tips"):
        await tips.file_tip(form(), reporter=MEMBER, anonymous=True)
    async with db.sessions() as s:
        rows = (await s.exec(select(TipRateKey))).all()
    # Rows hold a keyed hash and an expiry, nothing else: no member, no tip, no filing time.
    assert {c.name for c in TipRateKey.__table__.columns} == {"key", "expires_at"}
    assert len({r.key for r in rows}) == len(rows) == 4  # 3 cap slots + the other member's cooldown
    assert all(str(MEMBER.user_id) not in r.key for r in rows)
    # The window forgets: a new day, a new allowance.
    clock.set(datetime(2026, 1, 6, 0, 1, tzinfo=UTC))
    await tips.file_tip(form(), reporter=MEMBER, anonymous=True)


async def test_concurrent_filings_by_one_member_respect_the_cap(
    db: Database, settings: Settings, clock: FakeClock
) -> None:
    tips = TipService(db, settings.model_copy(update={"tip_max_open_per_member": 3}), clock)
    results = await asyncio.gather(
        *(tips.file_tip(form(), reporter=MEMBER, anonymous=True) for _ in range(8)), return_exceptions=True
    )
    assert sum(not isinstance(r, BaseException) for r in results) == 3
    assert all(isinstance(r, InvalidInput) for r in results if isinstance(r, BaseException))


async def test_possible_duplicates_of_open_tips_and_knowledge_entries(tips: TipService) -> None:
    first = await tips.file_tip(form(), reporter=MEMBER, anonymous=True)
    same = await tips.file_tip(
        form(what="Acme Vision signed a facial recognition contract for the whole city in March."),
        reporter=None,
        anonymous=True,
    )
    assert first.public_id in same.possible_duplicates
    known = await tips.file_tip(
        form(
            vendor="Morpho", country="China", what="Morpho biometric identification systems sold to police."
        ),
        reporter=None,
        anonymous=True,
    )
    assert "knowledge entry idemia" in known.possible_duplicates
    unrelated = await tips.file_tip(
        form(
            vendor="Zeta Networks", country="Nowhere", what="Deep packet inspection boxes shipped to an ISP."
        ),
        reporter=None,
        anonymous=True,
    )
    assert unrelated.possible_duplicates == ""


def test_receipt_words_are_uniform_over_the_whole_list() -> None:
    """Every 11-bit slice of the one random draw must be able to pick every word, at every position."""
    from collections import Counter

    from bot.tips.receipts import RECEIPT_WORDS, new_receipt, wordlist

    words = set(wordlist())
    per_position = [Counter() for _ in range(RECEIPT_WORDS)]
    for _ in range(6000):
        drawn = new_receipt().split()
        assert len(drawn) == RECEIPT_WORDS and set(drawn) <= words
        for position, word in enumerate(drawn):
            per_position[position][word] += 1
    for counts in per_position:  # ~2.9 draws per word per position: most words must appear
        assert len(counts) > 1700


async def test_nul_characters_are_dropped_not_a_crash(tips: TipService) -> None:
    """Found by the fuzz test once it reached storage: PostgreSQL refuses NUL in text, so a pasted
    NUL used to end a filing (and a reply) in a database error instead of a filed tip."""
    filed = await tips.file_tip(
        form(what="Spyware\x00 sold to the police of the capital city."), reporter=None, anonymous=True
    )
    assert filed.receipt is not None
    await tips.ask(MOD, filed.id, "Which city?")
    await tips.reply_by_receipt(filed.receipt, "The\x00 capital.")
    detail = await tips.show(MOD, filed.id)
    assert detail.tip.what == "Spyware sold to the police of the capital city."
    assert detail.messages[-1].body == "The capital."
