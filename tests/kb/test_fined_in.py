"""answer11: "which companies were fined in Italy?" listed Area SpA beside Clearview AI. A fine in Italy
is one an Italian authority imposed: the Garante fined Clearview EUR 20m (facts-addendum); Area SpA,
an Italian firm, paid a US penalty (BIS, facts.md 3.9) and its Italian case ended in no recorded fine.
"Italian companies that were fined" still lists Area SpA: there Italy is the firm's home."""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.listing import listed


@pytest.mark.parametrize(
    "question", ["which companies were fined in Italy?", "quali aziende sono state multate in Italia?"]
)
def test_fined_in_a_country_lists_the_fines_imposed_there(kb: KnowledgeService, question: str) -> None:
    found = listed(kb, question)
    assert "clearview-ai" in found, question
    assert not found & {"area-spa", "case-area-syria"}, question


def test_a_firm_of_that_country_fined_elsewhere_is_still_listed_as_such(kb: KnowledgeService) -> None:
    assert "area-spa" in listed(kb, "which italian companies were fined?")
