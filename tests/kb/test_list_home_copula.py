""" "Which vendors are from France?" asks where firms come from (attack7's review).

With a verb between the companies and "from", the place was read as where things happened, so the
list held Clearview AI (a US firm fined in France), Area SpA (Italian) and the cases involving France,
each offered to a campaigner as a French vendor.
"""

from __future__ import annotations

import json

import pytest


@pytest.mark.parametrize(
    ("question", "french"),
    [
        ("Which vendors are from France?", {"qosmos", "amesys-nexa", "idemia"}),
        ("Which companies come from France?", {"qosmos", "amesys-nexa", "idemia"}),
    ],
)
def test_only_french_firms_are_listed_as_from_france(cli, question: str, french: set[str]) -> None:
    code, out, _ = cli("ask", "--json", question)
    assert code == 0
    listed = {item["id"] for item in json.loads(out)["list"]}
    assert listed == french
