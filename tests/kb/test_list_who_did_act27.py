"""lists27 (issue 10, list questions): "who did Commerce add to its blacklist?" got no list.

"Who was blacklisted by Commerce?" asks for the firms an authority acted on; asked in the active
voice ("who did the Commerce Department add ...", "who exactly did Commerce blacklist ...") the
question was read as asking for nothing. And a year asked of a body's act dates the firms by that
body's listings, not by any year their cards mention: a firm blacklisted in 2019 whose card speaks
of 2021 is not one of the 2021 listings.
"""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.listing import listed

LISTED_2021 = {"nso-group", "candiru", "positive-technologies", "coseinc"}
LISTED_OTHER_YEARS = {
    "hikvision",
    "dahua",
    "sensetime-megvii-iflytek-yitu",
    "meiya-pico",
    "intellexa-cytrox",
    "sandvine",
}


@pytest.mark.parametrize(
    "question",
    [
        "who did the Commerce Department put on its trade blacklist in 2021?",
        "who exactly did Commerce add to its blacklist in November 2021?",
    ],
)
def test_who_a_body_acted_on_in_a_year(kb: KnowledgeService, question: str) -> None:
    got = listed(kb, question, kind="vendor")
    assert got >= LISTED_2021, got
    assert not LISTED_OTHER_YEARS & got, got


@pytest.mark.parametrize(
    "question", ["who did the Pegasus Project expose?", "who did Citizen Lab work with?"]
)
def test_who_did_without_an_act_stays_one_answer(kb: KnowledgeService, question: str) -> None:
    assert not listed(kb, question, kind="vendor")
