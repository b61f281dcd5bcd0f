"""'Which sanctions are there?' asks for the sanctions: the cards of form `sanctions` (the Entity List,
its human-rights listings, OFAC's designations), not every binding rule (session 36: it listed the EU AI
Act, the Pall Mall Code and the EU dual-use regulations). Rules and sanctions asked together still
list every form."""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.listing import assert_listed, listed

SANCTIONS = frozenset({"us-entity-list", "us-entity-list-human-rights", "us-ofac-spyware-sanctions"})
NOT_SANCTIONS = frozenset(
    {
        "eu-ai-act",
        "pall-mall-code-2025",
        "eu-recommendation-2024-2659",
        "eu-dual-use-2021-821",
        "wassenaar-arrangement",
    }
)


@pytest.mark.parametrize(
    "question",
    [
        "sanctions",
        "which sanctions are there?",
        "which sanctions do you have?",
        "welche Sanktionen gibt es gegen Spyware-Firmen?",
    ],
)
def test_sanctions_asked_list_the_sanctions_only(kb: KnowledgeService, question: str) -> None:
    got = listed(kb, question)
    assert got, f"{question!r}: no list"
    assert got <= SANCTIONS, f"{question!r}: {sorted(got - SANCTIONS)} are no sanctions"


def test_sanctions_against_vendors_list_no_other_rule(kb: KnowledgeService) -> None:
    assert_listed(
        kb, "quelles sanctions contre les vendeurs de spyware ?", {"us-ofac-spyware-sanctions"}, NOT_SANCTIONS
    )


@pytest.mark.parametrize(
    "question",
    [
        "which laws are there?",
        "which US laws and sanctions are there?",
        "Jakie amerykańskie przepisy i sankcje opisujecie?",
    ],
)
def test_laws_or_rules_beside_sanctions_keep_the_other_forms(kb: KnowledgeService, question: str) -> None:
    got = listed(kb, question)
    assert got & SANCTIONS and got - SANCTIONS, f"{question!r}: {sorted(got)}"
