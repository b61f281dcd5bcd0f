"""A list of the firms on a rule holds the firms on it, not every firm whose summary names the body
behind the rule (attack8t's review).

"Which surveillance companies are on the Entity List?" listed Computerlinks FZCO: its summary says it
settled a penalty with the US Bureau of Industry and Security, one of the Entity List entry's names,
and a name in a summary was taken for membership. Computerlinks was never listed; presenting a firm
as blacklisted is a false and damaging claim.
"""

from __future__ import annotations

import json

import pytest


@pytest.mark.parametrize(
    "question",
    ["which surveillance companies are on the entity list", "which companies did BIS add to its blacklist"],
)
def test_a_firm_that_only_paid_a_bis_penalty_is_not_on_the_entity_list(cli, question: str) -> None:
    code, out, _ = cli("ask", "--json", question)
    assert code == 0
    listed = {item["id"] for item in json.loads(out)["list"]}
    assert {"hikvision", "nso-group", "sandvine"} <= listed
    assert "computerlinks" not in listed
