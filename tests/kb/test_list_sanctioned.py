"""'Which companies were sanctioned in 2024?' lists the companies sanctioned, not every company with
something in 2024 (attack7's review).

"Sanctioned" narrowed nothing, so the year alone chose the list: Cellebrite, Clearview AI, RCS Lab,
TKH, Variston, Paragon and Hacking Team were offered as sanctioned in 2024. The brief has two 2024
measures on vendors: OFAC on Intellexa (March and Sept 2024) and the Entity List on Sandvine (Feb 2024).
"""

from __future__ import annotations

import json

import pytest

NEVER_SANCTIONED = {"cellebrite", "clearview-ai", "rcs-lab", "tkh-group", "variston", "paragon-solutions"}


@pytest.mark.parametrize(
    "question", ["Which companies were sanctioned in 2024?", "Welche Firmen wurden 2024 sanktioniert?"]
)
def test_only_sanctioned_companies_are_listed(cli, question: str) -> None:
    code, out, _ = cli("ask", "--json", question)
    assert code == 0
    listed = {item["id"] for item in json.loads(out)["list"]}
    assert {"intellexa-cytrox", "sandvine"} <= listed
    assert not listed & NEVER_SANCTIONED
