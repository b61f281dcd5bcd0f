"""Claims a card ties together that the brief keeps apart (review29's audit of the cards).

The brief (facts.md 2.4, Hikvision, S174) gives IPVM's two Xinjiang findings side by side: Hikvision
and Dahua won more than $1.2bn of large projects since 2016; a $53m facial-recognition system in
Pishan County (2017). The case card read "$1.2 billion ..., including a $53 million ... system in
Pishan": a relation no source states, which a member could repeat as Dahua's share of Pishan.
"""

from __future__ import annotations

import re

from tests.kb.conftest import ROOT

CARD = ROOT / "knowledge" / "cases" / "case-hikvision-dahua-xinjiang.md"


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n", text) if s.strip()]


def test_the_pishan_system_is_not_told_as_part_of_the_joint_figure() -> None:
    said = sentences(CARD.read_text(encoding="utf-8"))
    joint = [s for s in said if "1.2 billion" in s]
    assert joint, "the card no longer gives the joint figure: update this test with it"
    assert not any("Pishan" in s for s in joint)
    assert any("Pishan" in s and "53 million" in s for s in said)  # the finding itself is kept
