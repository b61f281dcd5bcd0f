"""Readings moved or read once without changing what a member gets (issue 10, session 31, mend): the
titles before names a card gives are read per card at load (holds.py `told_then`), the present words
live with the other time words (time_words.py), the month names and abbreviations come of one reading
of Babel (months.py), a firm's parents' homes of one reading of data/parents.yaml (parented.py), and
the places a card never mentions are counted beside the towns it names (elsewhere.py `unplaced`).
"""

from __future__ import annotations

import pytest

from bot.kb.in_force import asks_now
from bot.kb.months import month_abbreviations, month_names, month_numbers
from bot.kb.search import SearchEngine
from bot.kb.time_words import present_words
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        # a title before a name ('opposition senator Krzysztof Brejza'): what he was then, not now
        "is Brejza still a senator?",
        # a parent's home the table rules out: Axis is Canon's (Japan)
        "the Swedish camera maker owned by a Chinese group",
    ],
)
def test_what_the_card_does_not_tell_is_still_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the twin: no present asked, the title answers it
        ("was Brejza a senator when he was hacked?", "case-pegasus-poland"),
        # the twin: the parent's home data/parents.yaml gives
        ("the Swedish camera maker owned by a Japanese imaging group", "axis-communications"),
        # a month abbreviated dates the question as before
        ("was Pegasus used in Oct 2019?", "nso-group"),
    ],
)
def test_what_the_card_tells_is_still_answered(engine: SearchEngine, question: str, expected: str) -> None:
    answered(engine, question, expected)


def test_the_present_words_are_read_as_the_file_writes_them() -> None:
    # 'current' asks now; 'сейчас' is folded as the question's words are ('сеичас'): written
    # unfolded it never matched one (session 32)
    assert "current" in present_words("en")
    assert "сеичас" in present_words("ru")
    assert present_words("xx") == frozenset()
    assert asks_now(["the", "current", "rule"])
    assert not asks_now(["the", "old", "rule"])


def test_month_names_and_abbreviations_come_of_one_reading() -> None:
    assert month_numbers("de")["marz"] == 3
    assert "wrze" in month_names("pl")
    assert month_abbreviations("en")["oct"] == 10
    assert month_abbreviations("fr")["dec"] == 12
