"""A word that begins like a country's name but is an everyday word of another campaign language is
no place: Spanish 'Congreso' (parliament) began like 'Congo' and was read as a place the card never
names, so the Catalangate and Clearview cards were refused. A capital (a sentence's first word, a
German noun) does not make such a word a place either. Real inflected names still read."""

from __future__ import annotations

import pytest

from bot.kb.elsewhere import asked_places
from bot.kb.search import SearchEngine
from tests.kb.answers import answered


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # main refused each (0.31-0.55): 'Congreso' read as Congo, which no card names
        (
            "¿La jefa del CNI reconoció ante el Congreso que espiaron a Pere Aragonès?",
            "case-catalangate-2022",
        ),
        ("¿Qué dijo Paz Esteban en el Congreso sobre Catalangate?", "case-catalangate-2022"),
    ],
)
def test_a_parliament_word_is_no_place(engine: SearchEngine, question: str, expected: str) -> None:
    answered(engine, question, expected)


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("¿Qué dijo el Congreso sobre la venta de spyware?", None),
        ("Il Congresso ha indagato sulle intercettazioni?", None),
        ("O Congresso aprovou a lei de exportação?", None),
        # near-miss controls: the country itself, written whole or inflected, still reads
        ("¿Vendió Hacking Team su spyware al Congo?", "Congo - Brazzaville"),
        ("Czy FinFisher sprzedał coś do Rosji?", "Russia"),
        ("Kto sprzedał sprzęt do Egiptu?", "Egypt"),
        ("Кто продал шпионское ПО в Германии?", "Germany"),
        ("FinSpy Almanyadan mı satıldı?", "Germany"),
    ],
)
def test_which_words_name_a_place(question: str, place: str | None) -> None:
    asked = [country for country, _ in asked_places(question)]
    assert asked == ([place] if place else [])
