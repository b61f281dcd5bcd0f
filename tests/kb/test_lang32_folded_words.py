"""Word lists read against folded questions are folded when they load: list_words.yaml and
time_words.yaml's `present` write words as members type them ('компаний', 'чей', 'ой', 'أي',
'الآن', 'сейчас'), the question's words are folded ('компании', 'اي', 'الان', 'сеичас'), so an
unfolded word never matched: the Arabic list question 'أريد قائمة بكل الحالات ...' (a list, by
'قائمة') came back empty."""

from __future__ import annotations

import pytest

from bot.kb.in_force import asks_now
from bot.kb.list_names import NAME_ENDINGS
from bot.kb.place_names import list_words
from bot.kb.service import KnowledgeService
from bot.kb.text import fold, raw_tokens


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Какие правила действуют сейчас?", "ru"),
        ("Какой текущий регламент?", "ru"),
        ("ما هي القواعد المطبقة الآن؟", "ar"),
    ],
)
def test_asking_now_in_russian_and_arabic(question: str, lang: str) -> None:
    assert asks_now(raw_tokens(question), lang)


def test_a_past_year_asks_no_now_in_russian() -> None:
    assert not asks_now(raw_tokens("Какие правила действовали в 2015 году?"), "ru")


def test_list_words_are_folded_as_questions_are() -> None:
    assert "ои" in NAME_ENDINGS and "ой" not in NAME_ENDINGS
    cues = list_words()["list_cues"]["ar"].split()
    assert all(fold(w) == w for w in cues)


def test_names_as_written_stay_as_written() -> None:
    """A country name (a value, capitalised) is no word read: it keeps its accents."""
    africa = list_words()["regions"]["africa"]["countries"]
    assert "Côte d’Ivoire" in africa


def test_the_arabic_list_of_predator_cases(service: KnowledgeService) -> None:
    items = service.search("أريد قائمة بكل الحالات التي ظهر فيها برنامج بريداتور ضد أشخاص").items
    ids = {e.id for e in items}
    assert "case-predatorgate-greece" in ids and "case-egypt-nour-eltantawy" in ids


def test_role_words_are_folded_as_questions_are() -> None:
    from bot.kb.role_words import role_data

    assert "какои" in role_data()["which_other"]


def test_a_chinese_or_arabic_word_asked_anywhere_is_folded() -> None:
    from bot.kb.facts import word_pattern

    assert word_pattern((), ["نتائج"]).search(fold("ما نتائج التحقيق؟"))
