"""The checks of tests/kb/answers.py fail saying what the member got: the question, the entry or the
refusal, the confidence and what was offered (a bare `assert` told none of it)."""

from __future__ import annotations

import pytest

from bot.kb.check import CheckReport
from bot.kb.result import Alternative, SearchResult
from tests.kb.answers import answered, refused


class Canned:
    """Answers every question with one result, as the engine would."""

    def __init__(self, result: SearchResult) -> None:
        self.result = result

    def search(self, question: str) -> SearchResult:
        return self.result


@pytest.fixture(scope="module")
def cards(shipped: CheckReport) -> Canned:
    nso = next(e for e in shipped.entries if e.id == "nso-group")
    offered = [Alternative("case-pegasus-mexico-2017", "case", "Pegasus in Mexico", 0.4)]
    return Canned(SearchResult("did nso sell to mexico?", True, 0.81, nso, offered))


def test_an_answer_with_another_card_says_which_and_how_sure(cards: Canned) -> None:
    with pytest.raises(AssertionError) as failed:
        answered(cards, "did nso sell to mexico?", "case-pegasus-mexico-2017")
    assert "'did nso sell to mexico?' answered with nso-group at 0.81" in str(failed.value)
    assert answered(cards, "did nso sell to mexico?", {"nso-group", "nso"}) is cards.result


def test_an_answer_where_a_refusal_was_wanted_says_what_was_answered(cards: Canned) -> None:
    with pytest.raises(AssertionError) as failed:
        refused(cards, "did nso sell to mexico?")
    assert "wanted a refusal: 'did nso sell to mexico?' answered with nso-group at 0.81" in str(failed.value)


def test_a_refusal_that_offers_the_wrong_cards_says_what_it_offered(cards: Canned) -> None:
    result = cards.result
    cards.result = SearchResult(result.question, False, 0.42, result.entry, result.alternatives)
    try:
        assert refused(cards, "did nso sell to mexico?", "case-pegasus-mexico-2017", among=1)
        with pytest.raises(AssertionError) as failed:
            refused(cards, "did nso sell to mexico?", "variston")
        assert "refused at 0.42 (top nso-group), offering ['case-pegasus-mexico-2017']" in str(failed.value)
        with pytest.raises(AssertionError):
            refused(cards, "did nso sell to mexico?", offers=False)
    finally:
        cards.result = result
