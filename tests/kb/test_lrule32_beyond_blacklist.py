"""lrule32: "Predator cases beyond Greece" listed the Greek cases (the place read as the list's own):
"beyond" and "outside" now leave out what follows, as "other than" does, in every language the cue
words hold (data/list_words.yaml except_before). And "amerykańską czarną listę", "liste noire
américaine": the place before a blacklist's "black" is who listed, not where gear went, so "which
Israeli firms landed on the American blacklist?" lists the firms listed, not every Israeli case."""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.listing import listed

GREECE = "case-predatorgate-greece"
ELSEWHERE = {"case-predator-angola-mozambique", "case-egypt-nour-eltantawy"}


@pytest.mark.parametrize(
    "question",
    [
        "Predator cases outside Greece",
        "Casi Predator al di fuori della Grecia",
        "Predator-Fälle außerhalb Griechenlands",
    ],
)
def test_beyond_a_place_leaves_it_out(kb: KnowledgeService, question: str) -> None:
    got = listed(kb, question)
    assert got >= ELSEWHERE, got
    assert GREECE not in got, got


def test_the_twin_in_the_place_keeps_it(kb: KnowledgeService) -> None:
    assert GREECE in listed(kb, "Predator cases in Greece")


@pytest.mark.parametrize(
    "question",
    [
        "Które firmy z Izraela trafiły na amerykańską czarną listę?",
        "Które firmy z Izraela są na amerykańskiej czarnej liście?",
        "Quelles entreprises israéliennes sont sur la liste noire américaine ?",
    ],
)
def test_the_american_blacklist_lists_the_firms_it_listed(kb: KnowledgeService, question: str) -> None:
    got = listed(kb, question)
    assert {"nso-group", "candiru"} <= got, got
    assert "case-pegasus-mexico-2017" not in got, got


# fixneg32: "czarną listę USA" (the place after the list's noun) listed cases in the US (Mansoor, Pegasus
# Mexico, ...) and Huawei beside the listed firms; now it reads as "the US blacklist" does.
@pytest.mark.parametrize(
    "question",
    [
        "które firmy trafiły na czarną listę USA?",
        "Welche Firmen stehen auf der schwarzen Liste der USA?",
        "which firms are on the US blacklist?",  # twin: as before
        "Какие фирмы внесли в черный список США?",  # twin: as before
    ],
)
def test_the_blacklist_of_a_place_lists_the_firms_it_listed(kb: KnowledgeService, question: str) -> None:
    got = listed(kb, question)
    assert {"nso-group", "candiru", "hikvision", "dahua"} <= got, got
    assert not {"case-ahmed-mansoor", "case-pegasus-mexico-2017", "case-pegasus-project-2021"} & got, got
