"""Names spelt by ear in Russian (session 29, lang29): 'Аксис' (Axis) has too short a consonant
skeleton ('ks') to be looked up, and 'Блю Коут' (Blue Coat) spelt the name at 0.625, below a pair's
0.65, because 'ю' is 'yu' in Latin letters: both were unread and the question was refused."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Что Аксис продавала Китаю?", "case-axis-china-psb"),
        ("Блю Коут продавал оборудование в Сирию?", "case-blue-coat-syria"),
    ],
)
def test_a_name_spelt_by_ear_is_read(engine: SearchEngine, question: str, expected: str) -> None:
    r = engine.search(question)
    assert r.answered and r.entry is not None and r.entry.id == expected


@pytest.mark.parametrize(
    ("question", "name"),
    [("Что известно об Аксисе?", "axis"), ("Что такое Блю Коут?", "blue coat")],
)
def test_the_name_is_in_the_reading(engine: SearchEngine, question: str, name: str) -> None:
    assert name in engine.read(question).text


def test_ordinary_words_stay_words(engine: SearchEngine) -> None:
    # 'лишь' ('only') sounds 'lis' as 'lists' does: an ordinary word, never a name
    reading = engine.read("Лишь Иран покупал это оборудование?")
    assert "lists" not in reading.text.split()
