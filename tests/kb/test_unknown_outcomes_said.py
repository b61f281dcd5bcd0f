"""A card answering "how did it end?" says when the sources do not know (attack8t's review).

"What was the outcome of the Allot investigation in Israel?" and "what was Hytera's sentence?" were
answered with cards that stop at "the ministry opened an initial probe" and "sentencing hearing set
for 6 Nov 2025": the research brief found no outcome for either (addendum A7) and said so only in
the entries' editor notes, which members never see. A member read silence as "nothing came of it".
"""

from __future__ import annotations

import json

import pytest


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("what was the outcome of the allot investigation in israel", "allot"),
        ("what sentence did Hytera get", "hytera"),
    ],
)
def test_the_card_says_the_outcome_is_not_known(cli, question: str, entry: str) -> None:
    code, out, _ = cli("ask", "--json", question)
    assert code == 0
    shown = json.loads(out)["entry"]
    assert shown["id"] == entry
    assert "not in the sources" in shown["body"]
