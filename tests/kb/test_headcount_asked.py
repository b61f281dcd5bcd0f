"""A firm's headcount asked of a card that mentions staff only in passing (issue 10, session 16):
"How many employees did QuaDream have?" was answered (0.75) by the card's 'remaining staff had been
called to a hearing', "Combien de salariés travaillent chez IDEMIA ?" (0.85) by 'a former employee's
blog'. The fact kind `staff` (bot/kb/data/fact_kinds.yaml) is now asked with a count or a word for
a firm's size, and held by a number of staff ('about 100 staff at its peak'); 'were HRW staff
targeted?' asks no headcount.
"""

from __future__ import annotations

import pytest

from bot.kb.facts import default_fact_kinds
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "offered"),
    [
        ("How many people does IDEMIA employ?", "idemia"),
        ("Combien d'employés a Area SpA ?", "area-spa"),
        # a year is no headcount: int16 read the case card's 'in February 2022 to Workers' Party MP'
        # as one and answered it (0.75)
        ("how many staff does QuaDream have?", "quadream"),
        ("QuaDream headcount", "quadream"),
    ],
)
def test_a_headcount_no_entry_gives_is_refused(engine: SearchEngine, question: str, offered: str) -> None:
    refused(engine, question, offered)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # 'former employees told TechCrunch it had about 100 staff at its peak'
        ("How many staff did Variston have?", "variston"),
        # staff as victims: 'At least 22 staff of the news site El Faro were hacked'
        ("How many El Faro staff were hacked with Pegasus?", "case-pegasus-el-salvador-2022"),
    ],
)
def test_staff_the_entry_tells_of_are_answered(engine: SearchEngine, question: str, expected: str) -> None:
    answered(engine, question, expected)


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Quanti dipendenti ha Area SpA?", True),
        ("how many people work at intellexa", True),
        ("Wie viele Mitarbeiter hat Cellebrite?", True),
        ("Were Human Rights Watch staff targeted with Pegasus in Jordan?", False),
        ("Who was Variston's main customer, according to former staff?", False),
    ],
)
def test_the_words_asking_a_headcount(question: str, asked: bool) -> None:
    assert ("staff" in default_fact_kinds().asked(question)) is asked
