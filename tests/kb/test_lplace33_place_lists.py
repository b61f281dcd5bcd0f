"""Lists of a place, from the member's side (lplace33): everything held on a town ("Munich
connections"), a closing request ("Serbia: whatever you've got"), a place the cards name only in
passing ("Madagascar or Mongolia, any traces?"), another language's request ("Cosa c'è su ...") and
two homes joined ("Austrian or Spanish-based hacking-tool sellers"). A place no card names stays an
empty list, and a single question keeps its single answer."""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService


def items(kb: KnowledgeService, question: str) -> set[str]:
    return {e.id for e in kb.search(question).items}


@pytest.mark.parametrize(
    "question",
    ["Munich connections", "anything on Munich?", "Munich: who or what is connected?", "Alles über München"],
)
def test_everything_on_a_town_is_the_cards_naming_it(kb: KnowledgeService, question: str) -> None:
    got = items(kb, question)
    assert {"computerlinks", "gamma-finfisher", "case-finfisher-turkey-prosecution"} <= got
    assert "utimaco" not in got  # a German firm, but no card of it names Munich


@pytest.mark.parametrize("question", ["Lyon connections", "anything on Lyon?", "Lyon: whatever you've got"])
def test_a_town_no_card_names_stays_empty(kb: KnowledgeService, question: str) -> None:
    result = kb.search(question)
    assert result.items == [] and not result.answered  # "I don't have that", not a guess
    assert items(kb, question.replace("Lyon", "Munich"))  # while its twin on a named town lists


def test_a_closing_request_for_whatever_is_held(kb: KnowledgeService) -> None:
    got = items(kb, "Serbia: whatever you've got")
    assert {"case-cellebrite-hk-belarus-serbia", "cellebrite"} <= got


def test_a_place_named_only_in_passing(kb: KnowledgeService) -> None:
    assert items(kb, "Madagascar or Mongolia, any traces?") == {
        "case-egypt-nour-eltantawy",
        "case-predator-files-2023",
    }


def test_italian_what_is_there_on_a_town_and_its_country(kb: KnowledgeService) -> None:
    got = items(kb, "Cosa c'è su Astana e il Kazakistan?")
    assert {"rcs-lab", "case-hermit-2022"} <= got


def test_swedish_cases_noun(kb: KnowledgeService) -> None:
    assert "case-pegasus-project-2021" in items(kb, "Vilka ärenden rör Marocko?")


def test_two_homes_with_based_and_a_singular_technology(kb: KnowledgeService) -> None:
    assert items(kb, "Austrian or Spanish-based hacking-tool sellers") >= {"dsirf", "variston"}


@pytest.mark.parametrize(
    "question",
    [
        "did NSO leave any traces in Serbia?",  # a yes/no question about one firm
        "Cosa c'è su una società chiamata Zorbex?",  # a firm no card holds
    ],
)
def test_twins_that_stay_single(kb: KnowledgeService, question: str) -> None:
    # no list; a near miss refused on its candidates (a yes/no about NSO, a firm no card holds)
    result = kb.search(question)
    assert result.items == [] and not result.answered and result.alternatives
