"""A refusal offers the entry the bot is surest of first (attack8t's review).

"Who makes pegasus" was refused with "Did you mean: Egypt: Ayman Nour and Ahmed Eltantawy targeted
with Predator spyware" first and NSO Group second, although the answer model was far surer of NSO
Group (0.86 against 0.57): suggestions came in the order of the raw evidence, and a member reads
the first one.
"""

from __future__ import annotations

import json


def test_nso_group_comes_first_for_who_makes_pegasus(cli) -> None:
    code, out, _ = cli("ask", "--json", "who makes pegasus")
    assert code == 0
    result = json.loads(out)
    first = result["entry"]["id"] if result["answered"] else result["alternatives"][0]["id"]
    assert first == "nso-group"


def test_suggestions_are_in_order_of_confidence(cli) -> None:
    code, out, _ = cli("ask", "--json", "hacking team new name")
    assert code == 0
    scores = [a["score"] for a in json.loads(out)["alternatives"]]
    assert scores == sorted(scores, reverse=True)
