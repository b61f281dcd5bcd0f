"""A place a member names that the card never names is asked about, however it is written (feature
`elsewhere`, bot/kb/elsewhere.py): Arabic joins 'to' to the name ('للمغرب', to Morocco; 'لمصر'),
so "did Hikvision sell cameras to Morocco?" read no place and was answered with the Hikvision card,
which never names Morocco; an adjective of origin only the list reader knew ('Huawei's Kenyan Safe
City') read no place either, and the Huawei card, about other countries, was nearly answered."""

from __future__ import annotations

import pytest

from bot.kb.elsewhere import asked_places
from bot.kb.service import KnowledgeService
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("هل باعت Hikvision كاميرات للمغرب؟", ("Morocco", True)),
        ("هل باعت الشركة أنظمة لمصر؟", ("Egypt", True)),
        ("هل باعت NSO برنامج بيغاسوس للسعودية؟", ("Saudi Arabia", True)),
        ("هل تم سجنه في الإمارات؟", ("United Arab Emirates", False)),
        ("did the kenyan police buy huawei safe city cameras?", ("Kenya", False)),
    ],
)
def test_the_place_is_read(question: str, place: tuple[str, bool]) -> None:
    assert place in asked_places(question)


@pytest.mark.parametrize(
    "question",
    [
        "هل باعت Hikvision كاميرات مراقبة للمغرب؟",
        "هل باعت Dahua كاميرات للمغرب؟",
        "Was Huawei's Kenyan Safe City project used to spy on journalists?",
    ],
)
def test_a_place_the_card_never_names_is_refused(kb: KnowledgeService, question: str) -> None:
    refused(kb, question, offers=True)


def test_a_place_the_card_names_is_still_answered(kb: KnowledgeService) -> None:
    answered(kb, "هل باعت BAE Systems أنظمة مراقبة للسعودية؟", "bae-systems")
