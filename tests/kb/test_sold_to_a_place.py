"""lang12, issue 10 item 5: "did Cellebrite sell UFED to <a country>?" got Cellebrite's card at
0.64-0.93 for 132 of 264 territories, though the card, like the research brief (facts.md 2.14,
3.22), names only Hong Kong and China, Belarus and Russia, Serbia and Israel. Its line "Cellebrite
said it does not sell to countries blacklisted by the FATF or sanctioned by the US or Israel" tells
'sell', and the model had seen few near misses whose vendor card explains all but the place. A
member reads "yes, Cellebrite sold there". Fixed by the places read (bot/kb/territories.py) and by
tune questions of this shape (lang12_tune.yaml; these countries are not among them)."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused

CELLEBRITE = {"cellebrite", "case-cellebrite-hk-belarus-serbia"}


@pytest.mark.parametrize(
    "question",
    [
        "Did Cellebrite sell UFED to Kenya?",
        "Did Cellebrite sell UFED to Peru?",
        "Does Cellebrite sell to Iceland?",
        "Did Cellebrite sell UFED to Ukraine?",
        "cellebrite ufed indonesia",
        "Did Cellebrite sell UFED to Anguilla?",
    ],
)
def test_a_place_the_brief_never_links_to_cellebrite_is_refused(engine: SearchEngine, question: str) -> None:
    result = refused(engine, question)
    assert result.alternatives and result.alternatives[0].id in CELLEBRITE  # still offered


@pytest.mark.parametrize(
    "question",
    [
        "Did Cellebrite sell UFED to Serbia?",
        "Did Cellebrite sell UFED to Belarus police?",
        "did cellebrite stop selling to russia",
        "Did Cellebrite sell to Hong Kong?",
    ],
)
def test_a_place_the_card_names_is_answered(engine: SearchEngine, question: str) -> None:
    answered(engine, question, CELLEBRITE)
