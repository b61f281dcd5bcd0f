"""'Added' to a list is what the cards call listed, or tell by the list and its date (session 29,
data/synonyms.yaml): 'when was NSO added to the Entity List?' was refused (0.48) though the Pegasus
Project's card says 'the US added it to the Entity List on 3 November 2021', and 'did EU ever add its
own cyber surveillance control list after 2021?' was refused at 0.61."""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.answers import answered, refused

# the cards that tell NSO's listing with its date
NSO_LISTED = ("nso-group", "case-pegasus-project-2021", "us-entity-list")


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("when was NSO added to the Entity List?", NSO_LISTED),
        ("did EU ever add its own cyber surveillance control list after 2021? 🤷", "eu-dual-use-2023-2024"),
        # twins answered so already
        ("when was NSO Group put on the US Entity List?", "nso-group"),
        ("was Hikvision added to the Entity List?", "hikvision"),
    ],
)
def test_a_listing_asked_as_added_is_answered(
    kb: KnowledgeService, question: str, entry: str | tuple[str, ...]
) -> None:
    answered(kb, question, entry)


def test_a_firm_no_card_lists_stays_refused(kb: KnowledgeService) -> None:
    refused(kb, "when was FinFisher added to the Entity List?")
