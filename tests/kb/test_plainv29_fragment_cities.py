"""A city at the end of a fragment stands for the place asked (session 29, plainv): 'Qozmos kit
damascus' is Qosmos in Syria, as 'qosmos in damascus' was. A city not after a word of place was read
as a thing of the city at home ('the Moscow stock exchange') and, no card naming it, weighed as an
unknown name: the right firm, ranked first, was refused (0.57, 0.60). In a fragment of a few words a
city near its end, not its first word, is the place (cities.py `fragment_end`); a city the firm's card
never names, by its country, still holds the firm under the cut-off."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "entries"),
    [
        ("Qozmos kit damascus", {"qosmos"}),
        ("qosmos damascus", {"qosmos"}),
        # a capital some card names (Cairo): its country too
        ("sandvine cairo", {"sandvine", "case-sandvine-turkey-belarus-egypt"}),
        ("finfisher cairo", {"gamma-finfisher", "case-finfisher-egypt-uk-licensing"}),
        # answered on int29 too
        ("blue coat damascus", {"blue-coat", "case-blue-coat-syria"}),
    ],
)
def test_a_city_ending_a_fragment(engine: SearchEngine, question: str, entries: set[str]) -> None:
    answered(engine, question, entries)


@pytest.mark.parametrize(
    "question",
    [
        "qosmos kit minsk",  # Belarus: never on Qosmos's card
        "cognyte kit nairobi",
        "hikvision moscow office",
        "the moscow stock exchange",  # not a fragment's end: a thing of the city
    ],
)
def test_a_city_the_card_never_names(engine: SearchEngine, question: str) -> None:
    refused(engine, question)
