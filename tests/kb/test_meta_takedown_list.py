"""Every firm Meta removed in Dec 2021 that has an entry is on the list of them (attack8t's review).

"Which companies did Meta ban?" listed Cognyte, Cobwebs and Black Cube but not Intellexa / Cytrox:
Cytrox was one of the seven entities (research brief, addendum 3.40), but its entry did not say so,
and a list keeps only the entries whose summary says what is asked. A campaigner building a list of
surveillance-for-hire firms would have missed the Predator vendor.
"""

from __future__ import annotations

import json

import pytest


@pytest.mark.parametrize(
    "question", ["which companies did meta ban?", "which firms did Meta remove in 2021?"]
)
def test_cytrox_is_among_the_firms_meta_removed(cli, question: str) -> None:
    code, out, _ = cli("ask", "--json", question)
    assert code == 0
    listed = {item["id"] for item in json.loads(out)["list"]}
    assert {"intellexa-cytrox", "cognyte", "cobwebs-technologies", "black-cube"} <= listed
