"""lrule31: firms a government may not buy from itself. "which firms are banned from US government
procurement?" got no list, or one narrowed by "US" read as where gear went (Hytera alone has a US
sale). Procurement is now a topic in every campaign language (data/list_topics.yaml), and its place is
the buyer that barred the firms (list_authority.buyers): the firms of its measures whose cards say so,
and the one firm a measure names with them whose card is silent (list_authority.said_or_listed_with)."""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.listing import listed

# Huawei's card says "Safe City", not procurement: NDAA 889 names it with the four whose cards do
BARRED = {"hikvision", "dahua", "hytera", "zte", "huawei"}


@pytest.mark.parametrize(
    "question",
    [
        "which firms are banned from US government procurement?",
        "Welche Firmen sind von der US-Beschaffung ausgeschlossen?",
        "Chinese firms hit by US procurement bans",
    ],
)
def test_firms_barred_from_a_governments_own_buying(kb: KnowledgeService, question: str) -> None:
    got = listed(kb, question)
    assert got >= BARRED, got
    assert not got & {"nso-group", "candiru", "intellexa-cytrox"}, got  # listed, not barred from buying


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        # buying said as a customer's: no procurement topic, the places are where gear went
        ("which governments bought Pegasus?", {"case-pegasus-mexico-2017"}),
        ("which Chinese firms are on the US Entity List?", {"hikvision", "dahua"}),
    ],
)
def test_twins_about_buying_or_listing_keep_their_lists(
    kb: KnowledgeService, question: str, wanted: set[str]
) -> None:
    assert wanted <= listed(kb, question)
