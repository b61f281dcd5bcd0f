"""A firm's home told of the firms by a verb of being is their home (review27, issue 10 lists).

"firms in your files that are Italian" read 'Italian' as where gear went and listed Clearview,
NSO and the cases that name Italy; "vendors that are British" listed Candiru and Hacking Team. An
adjective of origin after 'are'/'is'/'sono', with the companies before it, is where they come from,
as in "Italian firms" (bot/kb/places.py).
"""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.listing import listed


@pytest.mark.parametrize(
    ("question", "homes"),
    [
        ("firms in your files that are Italian", {"area-spa", "rcs-lab", "hacking-team"}),
        ("vendors that are British", {"bae-systems", "gamma-finfisher"}),
        ("which of the firms you know are German?", {"utimaco", "gamma-finfisher", "trovicor"}),
        ("quali aziende sono italiane?", {"area-spa", "rcs-lab", "hacking-team"}),
    ],
)
def test_an_origin_told_by_a_verb_of_being_is_the_home(
    kb: KnowledgeService, question: str, homes: set[str]
) -> None:
    assert listed(kb, question) == homes


def test_after_a_sale_the_origin_told_is_the_buyers(kb: KnowledgeService) -> None:
    # the people are Syrian, not the firms: the firms that sold to Syria, not Syrian firms (none)
    got = listed(kb, "which firms sold to people who are Syrian", kind="vendor")
    assert {"area-spa", "blue-coat", "qosmos"} <= got, got
