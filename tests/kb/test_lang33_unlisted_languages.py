"""A question in a Latin-script language the glossary lacks (Romanian, Hungarian, Danish,
Indonesian ...) is not read word by word as English: 'Guvernul român a folosit Pegasus?' (did the
Romanian government use Pegasus?) read 'român' as Roman Giertych's first name and answered the
Polish Pegasus case at 0.75. Its ordinary words are that language's (never typo-corrected into
English ones, 'kormány' into 'Germany'), its countries read in English; English questions full of
misspelt names stay English."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from bot.kb.unlisted import unlisted_words
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "Guvernul român a folosit Pegasus?",  # did the Romanian government use Pegasus?
        "A fost folosit Pegasus în România?",
        "Hvem solgte Pegasus til Danmark?",  # who sold Pegasus to Denmark?
    ],
)
def test_a_place_no_card_covers_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Siapa pembuat kerangka eksploit Heliconia?", "variston"),  # who made the Heliconia framework?
        ("Hvem solgte Pegasus til Mexico?", ("case-pegasus-mexico-2017", "nso-group")),
    ],
)
def test_a_name_asked_is_still_answered(
    engine: SearchEngine, question: str, entry: str | tuple[str, ...]
) -> None:
    answered(engine, question, entry)


def test_its_countries_and_ordinary_words() -> None:
    ordinary, places, count = unlisted_words("Milyen kémprogramot használtak Magyarországon?", frozenset())
    assert places == {"magyarországon": "Hungary"}
    assert {"milyen", "hasznaltak"} <= set(ordinary) and count == 4


@pytest.mark.parametrize(
    "question",
    [
        "hik vision dahwa xinjiang mosques ipvm",
        "Pegasis spyware in Hungery",
        "Kandiru DevilTongue spyware",
        "Brezja Giertych Wrzosec pegasus",
        "sandwine egypt why blacklisted",
    ],
)
def test_english_with_misspelt_names_stays_english(question: str) -> None:
    assert unlisted_words(question, frozenset({"giertych", "pegasus"})) == ({}, {}, 0)
