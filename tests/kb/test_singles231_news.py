"""singles231: 'nso news?', 'any updates on candiru?' ask what 'latest on nso?' asks. The cards hold
'news' and 'update' (publishers, the EU list's updates), so the ranking weighed them as asked and
refused the firm ('nso update?' .19, 'nso news?' .46) while 'latest on nso?' answered (.97)."""

from __future__ import annotations

import pytest

from bot.kb.news_asks import news_asked
from bot.kb.service import KnowledgeService
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("nso update?", "nso-group"),
        ("yo, nso news?", "nso-group"),
        ("any updates on candiru?", "candiru"),
        ("the latest news on hacking team", "hacking-team"),
        ("nso group news?", "nso-group"),
        ("munich prosecutors vs the FinSpy bosses - any update?", "case-finfisher-turkey-prosecution"),
    ],
)
def test_an_ask_for_news_gets_the_card(kb: KnowledgeService, question: str, entry: str) -> None:
    answered(kb, question, entry)


@pytest.mark.parametrize(
    "question",
    [
        "what spyware stories are in the news today?",
        "any news on nso opening an office in singapore?",
        "tesla news?",
    ],
)
def test_news_of_what_no_card_holds_stays_refused(kb: KnowledgeService, question: str) -> None:
    refused(kb, question)


@pytest.mark.parametrize(
    "question",
    [
        "was it in the news?",
        "which news outlets covered the Predator Files?",
        "did the EU update its rules?",
        "did nso make news?",
    ],
)
def test_news_inside_a_question_stays_as_typed(question: str) -> None:
    assert news_asked(question) == question
