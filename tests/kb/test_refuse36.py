"""Session 36 (issue 10, helper refuse36), from the member's side: right answers that were refused.

- 'did NSO sell to Mexico?': the Mexico case says NSO's spyware was 'sold to the Mexican government',
  but 'sell' was told only by 'sale', 'supply', 'export' (data/synonyms.yaml): refused at .40.
- 'was Hikvision punished over Xinjiang?': 'punished' asks any measure, and the case tells the US
  listing; `told` looked for the word 'punished' itself (or 'penalty', 'fine'). A word asking a
  measure is now told by any statement giving one (asked_values.yaml `punished` holds); the places a
  firm says it does not sell to ('countries ... sanctioned by the US') give none (`holds_not`).
- 'was Amesys punished for Libya?': 'charged ...; no trial outcome is recorded' tells all the
  sources know.
- 'Blue Coat Silicon Valley Syria': a region of two words is told by a card naming one of its towns.
- 'A quanto ammontava la sanzione ad Area SpA?': a sanction in the singular (es, it, pt) is any
  measure, a penalty too, not only the sanctions listing.
Twins that must not move: a country no card names for that vendor, a firm no measure was taken
against, a place the measure is not tied to.
"""

from __future__ import annotations

import pytest

from bot.kb.asked_values import MEASURE
from bot.kb.search import SearchEngine
from bot.kb.values import value_masks
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("did NSO sell to Mexico?", "case-pegasus-mexico-2017"),
        ("does nso sell to the mexican government", "case-pegasus-mexico-2017"),
        ("i read about sandvine. did they ever get punished?", "case-sandvine-turkey-belarus-egypt"),
        ("was Hikvision punished over Xinjiang?", "case-hikvision-dahua-xinjiang"),
        ("was sandvine punished for egypt?", "case-sandvine-turkey-belarus-egypt"),
        ("was Amesys punished for Libya?", "case-amesys-libya"),
        ("Blue Coat Silicon Valley Syria", "case-blue-coat-syria"),
        ("Qual foi a sanção aplicada à Computerlinks?", "case-blue-coat-syria"),
        ("A quanto ammontava la sanzione ad Area SpA?", "case-area-syria"),
        ("¿Hubo alguna sanción contra Hikvision?", "case-hikvision-dahua-xinjiang"),
    ],
)
def test_a_card_that_tells_it_answers(engine: SearchEngine, question: str, expected: str) -> None:
    answered(engine, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "did NSO sell to Germany?",
        "did Hacking Team sell to Norway?",
        "did Intellexa sell Predator to Sweden?",
        "was Cellebrite punished?",
        "was Hacking Team ever punished?",
        "was sandvine punished for belarus?",
        "did Gamma get punished for Bahrain?",
        "was Huawei punished for Uganda?",
        "was Vannier jailed?",
        "was Amesys fined?",
    ],
)
def test_a_card_that_does_not_tell_it_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


def test_countries_a_firm_will_not_sell_to_are_no_measure_on_it() -> None:
    said = "Cellebrite said it does not sell to countries blacklisted by the FATF or sanctioned by the US."
    listed = "The US added Sandvine to the Entity List in February 2024."
    assert value_masks([said, listed])[MEASURE] == 0b10
