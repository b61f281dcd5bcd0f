"""review20a: lists that held more than the member asked for, found by attacking session 19's list
changes from the member's side.

- "What firm is behind Hermit?" listed Hacking Team beside RCS Lab: "behind" was no word of making,
  so every firm whose text says RCS Lab's names was offered, and Hacking Team's own "RCS" (its
  Remote Control System) read as RCS Lab's name. "What firm is behind Pegasus?" likewise offered
  Circles, COSEINC and Positive Technologies.
- "Who was hit with Dante?" listed every Hacking Team case, though only the firm's card tells of
  Dante (Kaspersky, targets in Russia and Belarus); "who was targeted by Predator?" listed Meta's
  takedown, which names Cytrox among seven firms and never Predator.
"""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.listing import listed


def shown(kb: KnowledgeService, question: str) -> set[str]:
    """What the member is shown: the list, or the one card answered."""
    result = kb.search(question)
    if result.as_list:
        return {e.id for e in result.items}
    return {result.entry.id} if result.answered and result.entry is not None else set()


@pytest.mark.parametrize(
    ("question", "maker"),
    [
        ("What firm is behind Hermit?", "rcs-lab"),
        ("What firm is behind Pegasus?", "nso-group"),
        ("welche Firma steckt hinter Pegasus?", "nso-group"),
    ],
)
def test_the_firm_behind_a_product_is_its_maker(kb: KnowledgeService, question: str, maker: str) -> None:
    assert shown(kb, question) == {maker}


def test_two_products_asked_who_is_behind_them_lists_both_makers(kb: KnowledgeService) -> None:
    assert listed(kb, "which companies are behind Pegasus and Predator?") == {"nso-group", "intellexa-cytrox"}


def test_firms_linked_to_hermit_leave_out_hacking_teams_own_rcs(kb: KnowledgeService) -> None:
    assert "hacking-team" not in listed(kb, "which companies are linked to Hermit?")


def test_a_later_product_is_not_every_case_of_its_maker(kb: KnowledgeService) -> None:
    got = shown(kb, "who was hit with Dante?")
    assert got == {"hacking-team"}


@pytest.mark.parametrize("question", ["who was targeted by Predator?", "Predator victims?"])
def test_predator_targets_are_the_cases_that_tell_of_predator(kb: KnowledgeService, question: str) -> None:
    got = listed(kb, question)
    assert {"case-predatorgate-greece", "case-egypt-nour-eltantawy", "case-predator-angola-mozambique"} <= got
    assert not got & {"case-meta-takedown-2021", "case-nexa-egypt-cerebro"}


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        # the Serbian case tells of Pegasus only in its body: "BIRN journalists were targeted with Pegasus"
        ("where was Pegasus used?", "case-cellebrite-hk-belarus-serbia"),
        # NSO's only product, and NSO the only firm the case links
        ("any cases about pegasus?", "case-whatsapp-v-nso"),
        # the title names FinFisher, FinSpy's maker
        ("which cases involve FinSpy?", "case-ahmed-mansoor"),
        # the firm named by its own name: every case of it
        ("which cases involve Intellexa?", "case-meta-takedown-2021"),
    ],
)
def test_cases_that_tell_of_the_product_or_its_maker_stay(
    kb: KnowledgeService, question: str, kept: str
) -> None:
    assert kept in listed(kb, question)


@pytest.mark.parametrize(
    "question",
    ["only the Pegasus cases in Europe please", "Pegasus cases in Europe", "Pegasus-Fälle in Europa?"],
)
def test_a_products_cases_in_a_place_are_where_it_went_not_its_makers_homes(
    kb: KnowledgeService, question: str
) -> None:
    # Ahmed Mansoor was targeted in the UAE; his case names Italy, the UK and Germany as the homes of
    # the firms whose spyware was used on him
    got = listed(kb, question)
    assert {"case-catalangate-2022", "case-pegasus-hungary", "case-pegasus-poland"} <= got
    assert "case-ahmed-mansoor" not in got


def test_a_makers_home_said_of_the_product_still_lists_its_cases(kb: KnowledgeService) -> None:
    # "Israeli" says where Pegasus comes from, not where its cases happened: the list is not emptied
    assert listed(kb, "all documented incidents involving the Israeli phone-hacking tool Pegasus, please")


def test_a_named_rule_joins_its_list_not_another_rule_of_the_same_name(kb: KnowledgeService) -> None:
    # the human-rights rule's title also opens "US Entity List", but it lists none of these firms
    got = listed(kb, "Chinese AI firms on the US Entity List")
    assert {"sensetime-megvii-iflytek-yitu", "us-entity-list"} <= got
    assert "us-entity-list-human-rights" not in got


@pytest.mark.parametrize(
    ("question", "firms"),
    [
        ("wer hat Libyen mit Überwachungstechnik beliefert?", {"amesys-nexa", "vastech", "zte"}),
        ("wer hat Ägypten mit Spyware beliefert?", {"intellexa-cytrox", "hacking-team"}),
    ],
)
def test_german_beliefert_asks_who_supplied(kb: KnowledgeService, question: str, firms: set[str]) -> None:
    # "beliefern" is the everyday German "supply (someone)": 'wer hat ... beliefert?' was refused
    assert firms <= listed(kb, question)


def test_who_supplied_a_firm_is_no_list(kb: KnowledgeService) -> None:
    assert listed(kb, "wer hat NSO beliefert?") == set()
