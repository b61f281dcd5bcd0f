"""A rule's number typed with two neighbouring digits swapped (session 19).

'executive order 14039 spyware' and 'regulation 2021/812' name nothing: typo correction reads letters
only, and only '821/2021' (the halves the other way round) was read as 2021/821. Such a number is
read as the one name it differs from by one swap. A number no name is one swap from (another
order, another regulation) and a plain year stay what they are: those questions stay refused.
"""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from bot.kb.text import number_typos


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("what does executive order 14039 ban?", "us-eo-14093"),
        ("is EO 14903 about commercial spyware?", "us-eo-14093"),
        ("regulation 2012/821 dual use, what is the article 5 catch-all?", "eu-dual-use-2021-821"),
    ],
)
def test_a_rule_number_with_two_digits_swapped_names_the_rule(
    engine: SearchEngine, question: str, entry: str
) -> None:
    result = engine.search(question)
    assert result.answered and result.entry is not None and result.entry.id == entry


@pytest.mark.parametrize(
    "question",
    [
        "what does executive order 14028 say about spyware?",
        "what does regulation 2019/452 say about surveillance exports?",
    ],
)
def test_another_number_stays_refused(engine: SearchEngine, question: str) -> None:
    assert not engine.search(question).answered


def test_years_and_clashes_are_no_typos() -> None:
    typos = number_typos({"2010", "2021/821", "2012/821", "14093"})
    assert "2001" not in typos  # a year asked is that year
    assert "2021/812" in typos and "2012/821" not in typos  # both are names: neither is a typo
    assert typos["14039"] == "14093"
