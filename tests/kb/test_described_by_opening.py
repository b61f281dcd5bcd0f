"""A firm described, not named, by what its card opens with (where it is from, what it makes) and by
what it did, which a later statement tells (session 20, desc20). `told` asked both of one statement,
so a description was refused with the right card first; the card's opening now counts with the
statement of the deed. The twins beside them describe a firm with a year, a place or a deed no card
gives it: they stay refused."""

from __future__ import annotations

import pytest

from bot.kb.calibration import FEATURES
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused

TOLD = FEATURES.index("told")


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # 'Israeli firm (founded 2019)' opens Paragon's card; the Italian phones are a later line
        # (refused at 0.52 before)
        ("the israeli firm founded in 2019 whose spyware was found on italian phones", "paragon-solutions"),
        # 'Chinese ... from Xiamen' and forensics open Meiya Pico's card; the police app is later (0.51)
        ("the chinese forensics company from xiamen behind a police phone-scanning app", "meiya-pico"),
    ],
)
def test_a_firm_described_by_its_opening_and_a_later_deed_is_answered(
    engine: SearchEngine, question: str, entry: str
) -> None:
    answered(engine, question, entry)


def test_what_the_opening_tells_counts_with_the_deeds_statement(engine: SearchEngine) -> None:
    """Described, every word Paragon's card holds is told: the opening says what it is, one later
    line where its spyware was found."""
    i, _, x = engine.evidence("the israeli firm founded in 2019 whose spyware was found on italian phones")[0]
    assert engine.entries[i].id == "paragon-solutions"
    assert x[TOLD] >= 0.9


@pytest.mark.parametrize(
    "question",
    [
        # Sandvine's gear did redirect users to spyware, reported in 2018: 2012 describes another firm
        "the canadian firm whose gear sent internet users to spyware in 2012",
        "the israeli firm founded in 2015 whose spyware was found on italian phones",
        "the israeli firm founded in 2019 that sold spyware to norway",
        "the Japanese firm that sold facial recognition to Peru",
        "the shenzhen radio maker that was fined in germany",
        "the chinese forensics firm from xiamen that sold phone scanners to kenya",
        "the german firm whose gear redirected users to spyware",
    ],
)
def test_a_description_no_card_fits_stays_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)
