"""listsb30 (issue 10, list questions): lists asked by what firms are NOT on, by a delivery verb, and
by a product's infections.

- "Israeli firms not on the Entity List" listed exactly NSO Group and Candiru: the firms that ARE
  on it, told to a member as not on it. The rule named after a negated "on" now leaves out its firms.
- "who equipped Syria's censorship system?" added Sandvine, whose card says Syria was only where
  users were targeted, no sale there: "equipped" is a verb of a sale, like "supplied" ("installed" is
  not: "cameras made in China installed in Uganda" keeps China the makers' home, test_list_made_in).
- "every Predator infection you know of" got nothing: an infection, said after "every" or "each", is a
  case (the plural "infections" is not read as a list's kind: single questions say it).
"""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.listing import listed

ON_ENTITY_LIST = {"nso-group", "candiru"}
ISRAELI_OFF_THE_LIST = {
    "allot",
    "black-cube",
    "cellebrite",
    "cobwebs-technologies",
    "cognyte",
    "paragon-solutions",
    "quadream",
}


@pytest.mark.parametrize(
    "question",
    [
        "Israeli firms not on the Entity List",
        "which Israeli companies are not on the US Entity List?",
        "Izraelskie firmy, których nie ma na amerykańskiej Entity List",
    ],
)
def test_firms_not_on_a_list_leave_out_its_firms(kb: KnowledgeService, question: str) -> None:
    got = listed(kb, question)
    assert not got & (ON_ENTITY_LIST | {"us-entity-list"}), got
    assert got >= ISRAELI_OFF_THE_LIST - {"black-cube"}, got


def test_firms_on_the_list_stay_its_firms(kb: KnowledgeService) -> None:
    # the twin without "not": the firms the list names, as before
    assert listed(kb, "Israeli firms on the Entity List", kind="vendor") == ON_ENTITY_LIST


def test_a_negation_without_a_rule_still_gives_no_list(kb: KnowledgeService) -> None:
    assert not listed(kb, "which companies have not sold to Egypt?")


def test_equipped_is_a_sale_not_a_place_targeted(kb: KnowledgeService) -> None:
    got = listed(kb, "who equipped Syria's censorship system?")
    assert "sandvine" not in got, got
    assert {"blue-coat", "case-blue-coat-syria"} <= got, got


@pytest.mark.parametrize(
    "question", ["every predator infection you know of", "give me each Predator infection file you keep"]
)
def test_infections_are_cases(kb: KnowledgeService, question: str) -> None:
    got = listed(kb, question)
    assert {"case-predatorgate-greece", "case-egypt-nour-eltantawy"} <= got, got
    assert {e for e in got if not e.startswith("case-")} == set(), got


@pytest.mark.parametrize(
    "question", ["Hermit and Heliconia: who's behind them", "who is behind Hermit and Heliconia?"]
)
def test_who_makes_several_products_lists_their_makers(kb: KnowledgeService, question: str) -> None:
    assert listed(kb, question) == {"rcs-lab", "variston"}


@pytest.mark.parametrize("question", ["who makes Hermit?", "who sells Pegasus?", "who made NSO and Candiru?"])
def test_who_makes_one_product_or_firms_stays_one_answer(kb: KnowledgeService, question: str) -> None:
    assert not listed(kb, question)


@pytest.mark.parametrize(
    "question",
    [
        "whose monitoring centres went to Tehran or Tripoli?",
        "whose monitoring centres went to Iran or Libya?",
    ],
)
def test_whose_gear_went_to_cities_lists_the_firms(kb: KnowledgeService, question: str) -> None:
    assert listed(kb, question, kind="vendor") >= {"trovicor", "amesys-nexa", "vastech"}


def test_whose_kit_doing_one_thing_stays_one_answer(kb: KnowledgeService) -> None:
    assert not listed(kb, "whose kit in Gaddafi's capital taped calls?")
