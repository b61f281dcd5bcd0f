"""A firm's listing asked 'still' (issue 10, session 32): "is candiru still blacklisted?" ranked the
Entity List card first, which tells the 2021 listing and nothing of now, and Candiru's card, 'On the US
Entity List since Nov 2021', second: neither was read telling the present status, and the runner-up
was weighed against the first as a rival (0.50): refused. A listing begun and never told ended now
tells the status as of the card (data/asked_values.yaml), and the firm's card, linked with the listing,
is weighed with the first set aside (set_aside.py `status_pair`). Firms no card lists stay refused.
The firm is a vendor named in the question (review twins): 'still blacklisted?' named none and got
SenseTime's card (0.90), 'is NSO still blacklisted?' the 2021 Pegasus Project case (0.90).
"""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from bot.kb.service import KnowledgeService
from tests.kb.answers import answered, got, not_answered_with, refused


@pytest.mark.parametrize(
    "question",
    ["is candiru still blacklisted?", "is candiru's blacklisting still in place?"],
)
def test_a_listing_the_firms_card_dates_answers_still(engine: SearchEngine, question: str) -> None:
    answered(engine, question, ("candiru", "us-entity-list"))


def test_a_listing_asked_still_by_its_firm_keeps_its_answer(engine: SearchEngine) -> None:
    answered(engine, "is hikvision still on the entity list?", ("hikvision", "us-entity-list"))


@pytest.mark.parametrize(
    "question",
    ["is Noldus still blacklisted?", "is axis still sanctioned?", "is cellebrite still banned in the us?"],
)
def test_a_firm_no_card_lists_stays_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    "question",
    [
        "still blacklisted?",
        "is it still blacklisted?",
        "is he still blacklisted?",
        "is the company still blacklisted?",
        "are they still blacklisted?",
        "who is still blacklisted?",
    ],
)
def test_still_listed_naming_no_firm_is_no_firms_answer(engine: SearchEngine, question: str) -> None:
    # no firm named: the listing's linked firm cards are no answer (SenseTime's card, 0.90, before)
    refused(engine, question)


def test_which_firms_still_listed_gets_the_list_not_one_firm(service: KnowledgeService) -> None:
    result = not_answered_with(service, "which firms are still blacklisted?", "sensetime-megvii-iflytek-yitu")
    assert len(result.items) > 1, got(result)


@pytest.mark.parametrize(
    "question",
    [
        "is NSO still blacklisted?",
        "ist NSO noch auf der schwarzen Liste?",
        "¿sigue NSO en la lista negra?",
        "NSO è ancora nella lista nera?",
        "czy NSO jest nadal na czarnej liście?",
        "a NSO ainda está na lista negra?",
    ],
)
def test_a_case_linked_with_the_listing_is_no_firms_status(engine: SearchEngine, question: str) -> None:
    # the 2021 Pegasus Project card tells nothing of now (answered at 0.88-0.90 before)
    not_answered_with(engine, question, "case-pegasus-project-2021")


def test_the_firms_own_card_keeps_its_status_answer(engine: SearchEngine) -> None:
    answered(engine, "is NSO still on the entity list?", "nso-group")
