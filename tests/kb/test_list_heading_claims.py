"""What the line above a list answer claims, read as a member reads it (attack7's review).

A list is chosen from the entries' metadata, not read against the question. Asked "which companies
sold to Turkey?", the shipped knowledge lists Candiru's case because Microsoft and Citizen Lab found
victims in Turkey; no source names Candiru's customer (facts.md 2.16). Under "N entries in the
knowledge base answer that" a campaigner reads that as a documented sale to Turkey. The heading may
offer the entries, and must ask the member to check each; it must never say they answer.
"""

from __future__ import annotations

import pytest

from bot.i18n import use_locale
from bot.kb.render import list_heading

# The old headings' assertive verbs, singular and plural, in every catalog language.
ASSERTING = {
    "en": ("answers that:", "answer that:"),
    "de": ("beantwortet das:", "beantworten das:"),
    "fr": ("y répond :", "y répondent :"),
    "es": ("responde a eso:", "responden a eso:"),
    "it": ("risponde:", "rispondono:"),
    "ar": ("يجيب عن ذلك:", "يجيبان عن ذلك:", "تجيب عن ذلك:"),
}


def test_a_sale_list_that_holds_a_victims_case_does_not_claim_to_answer(cli) -> None:
    code, text, _ = cli("ask", "Which companies sold to Turkey?")
    assert code == 0
    heading, _, body = text.partition("\n")
    # Since i10truth9 the victims' case is no longer offered as a sale (its Turkey is `targeted_only`);
    # the heading still offers, never asserts
    assert "Candiru" not in body
    assert "answer that:" not in heading
    assert heading == "4 entries in the knowledge base may answer that (read each to check):"


@pytest.mark.parametrize("language", sorted(ASSERTING))
@pytest.mark.parametrize("count", [1, 2, 5, 12])
def test_no_language_claims_the_listed_entries_answer(language: str, count: int) -> None:
    with use_locale(language):
        heading = list_heading(count)
    assert not any(verb in heading for verb in ASSERTING[language])
    assert heading.endswith(":")  # still introduces the list
