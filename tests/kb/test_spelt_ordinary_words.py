"""An ordinary word of a language written with its vowels (Cyrillic) is read as a firm's name only
when it spells the name closely (misread26): 'наказал' ("punished", stem 'наказа') shares Nexa's
consonants, so "why did Washington punish Positive Technologies?" in Russian named Amesys/Nexa and
was held or answered with the Nexa card. A name a member spells in Cyrillic ('Нексу', 'Позитив',
'Целлебрайт') is still read (spelt.py, VOWELLED)."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered


@pytest.mark.parametrize(
    "question",
    [
        "Министерство торговли США наказало российскую фирму. Как оно наказало Positive Technologies?",
        "Почему американцы наказали Positive Technologies?",
        "наказала ли Америка Позитив?",
        "Накажут ли снова фирму Позитив?",
    ],
)
def test_an_ordinary_russian_word_names_no_firm(engine: SearchEngine, question: str) -> None:
    assert "nexa" not in engine.read(question).text.split()


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("За что американский Минторг наказал Positive Technologies?", "positive-technologies"),
        ("Как Вашингтон наказал российскую компанию Позитив Текнолоджиз и когда?", "positive-technologies"),
        # the name itself, spelt in Cyrillic, still reads as the firm
        ("Какую систему компания Нексa продала Египту?", ("amesys-nexa", "case-nexa-egypt-cerebro")),
        ("Кто подал жалобу на Нексу во Франции?", ("amesys-nexa", "case-nexa-egypt-cerebro")),
    ],
)
def test_a_punished_firm_is_answered_and_nexa_still_read(
    engine: SearchEngine, question: str, expected: str | tuple[str, ...]
) -> None:
    answered(engine, question, expected)
