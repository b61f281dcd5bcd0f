"""Names typed by ear further than a typo (session 26, para26): a long 'i' spelt 'igh' or with a
final silent 'e' ('Cognight', 'Cognite' for Cognyte), and a surname without the Arabic article the
card fuses to it ('Tantawi' for Eltantawy). Read as names no card holds, they refused the right card
on int26; the same names asking what no card holds stay refused."""

from __future__ import annotations

import pytest

from bot.kb.misspelt import without_article
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("what did cognight sell to myanmar", ("case-cognyte-myanmar", "cognyte")),
        ("how was tantawi's phone attacked in egypt", ("case-egypt-nour-eltantawy", "sandvine")),
    ],
)
def test_a_name_typed_by_ear_is_the_name(engine: SearchEngine, question: str, entry: tuple[str, ...]) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    "question",
    [
        "did cognight sell anything to norway?",
        "did tantawi sue sandvine in canada?",
        "how much did cognite earn in 2019?",
    ],
)
def test_the_same_names_asking_what_no_card_holds(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


def test_only_a_fused_article_is_left_out() -> None:
    assert without_article("eltantawy") == "tantawy"
    assert without_article("alhathloul") == "hathloul"
    # English words and short names keep their first letters
    assert without_article("element") is None
    assert without_article("alliance") is None
    assert without_article("elbit") is None
