"""Russian writes the English 'qu' (said 'kw') as 'кв': 'Квадрим' is Quadream, as Arabic 'كوادريم'
is, but its skeleton kept the v ('kfdrm' against 'kdrm') and 'что такое Квадрим?' was refused
(0.00). An everyday word with 'кв' stays a word ('квота': a quota)."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from bot.kb.translit import skeleton
from tests.kb.answers import answered, refused


def test_kv_is_qu() -> None:
    assert skeleton("Квадрим") == skeleton("quadream") == skeleton("كوادريم")


@pytest.mark.parametrize("question", ["что такое Квадрим?", "кто основал Квадрим?", "ما هي كوادريم؟"])
def test_quadream_in_cyrillic_and_arabic(engine: SearchEngine, question: str) -> None:
    answered(engine, question, "quadream")


def test_a_word_with_kv_stays_a_word(engine: SearchEngine) -> None:
    refused(engine, "какая квота на экспорт?")
