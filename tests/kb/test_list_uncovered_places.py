"""Asked for the rules of a place no entry covers, a member is told so, not handed other places' rules.

member14 (issue 10, item 5): "what are the Australian export rules for spyware" listed seven US, EU
and UK rules as what "may answer that". "Australian" was no place to the list reader (its table of
adjectives of origin held only the places entries name), so the list was narrowed by nothing but
"rules" and "spyware". A campaigner quoting that list to an Australian official would cite rules
that do not bind Australia. No entry covers Australia, Japan or Switzerland: the list is empty and
the engine refuses, offering the nearest entries as "did you mean".
"""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.answers import refused


@pytest.mark.parametrize(
    "question",
    [
        "what are the Australian export rules for spyware",
        "what are the Japanese export rules",
        "list the Swiss rules on spyware exports",
        "quelles sont les règles suisses sur l'exportation des logiciels espions",
        "what are Canada's rules on spyware exports",
    ],
)
def test_rules_of_a_place_no_entry_covers_are_refused(kb: KnowledgeService, question: str) -> None:
    # the nearest entries are offered, never a bare refusal
    result = refused(kb, question, offers=True)
    assert result.items == [], [e.id for e in result.items]


def test_rules_of_a_place_an_entry_covers_still_list(kb: KnowledgeService) -> None:
    # the guard is the place, not the wording: the US's own rules are still listed
    items = {e.id for e in kb.search("what are the US export rules for spyware").items}
    assert "us-ear-cybersecurity-rule" in items
    assert all(kb.get(i).countries[0] == "United States" for i in items)  # type: ignore[union-attr]
