"""The firms named in NDAA s.889 and the FCC ban are all on their list (attack8t's review).

"Which firms are banned under NDAA 889?" and "which companies did the FCC ban?" left out ZTE, which
both measures name (facts.md 1.11) and whose own entry says so: the rule's entry did not link to it,
and a rule's list holds the firms it links to.
"""

from __future__ import annotations

import json

import pytest


@pytest.mark.parametrize(
    "question", ["which firms are banned under NDAA 889?", "which companies did the FCC ban?"]
)
def test_zte_is_among_the_firms_named(cli, question: str) -> None:
    code, out, _ = cli("ask", "--json", question)
    assert code == 0
    listed = {item["id"] for item in json.loads(out)["list"]}
    assert {"huawei", "zte", "hikvision", "dahua", "hytera"} <= listed
