"""Session 28 (round 2) list readings, from the member's side.

- Case and firm nouns in more languages and forms: Italian "vicende", Russian nouns in the case a cue
  governs ("в каких делах"); a cue said after the things it asks for ("..., vilka har ni?").
- A plural noun heading a question makes victims a facet ("casos con víctimas en España").
- Southern Africa read as a region in the campaign's languages ("casos na África austral?").
"""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.listing import listed

SYRIA = {"case-area-syria", "case-blue-coat-syria", "case-hermit-2022", "case-sandvine-turkey-belarus-egypt"}
SPAIN = {"case-candiru-victims-2021", "case-catalangate-2022"}
SOUTHERN_AFRICA = {"case-predator-angola-mozambique", "case-huawei-uganda-zambia"}


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("vicende che riguardano la Siria", SYRIA),
        ("casi che riguardano la Siria", SYRIA),  # the twin that was read before
        ("В каких делах фигурирует Candiru?", SPAIN),
        ("Какие дела связаны с Candiru?", SPAIN),  # the twin
        ("Kameraföretag från Kina, vilka har ni?", {"hikvision", "dahua"}),
    ],
)
def test_list_nouns_and_cues_in_other_languages(
    kb: KnowledgeService, question: str, wanted: set[str]
) -> None:
    got = listed(kb, question)
    assert wanted <= got, got


@pytest.mark.parametrize(
    "question", ["casos con víctimas en España", "cases with victims in Spain", "Fälle mit Opfern in Spanien"]
)
def test_victims_narrow_the_cases_a_noun_asks_for(kb: KnowledgeService, question: str) -> None:
    assert listed(kb, question) == SPAIN


def test_victims_alone_still_ask_for_victims(kb: KnowledgeService) -> None:
    # the twin: a bare "Predator victims?" lists Predator's cases as before
    got = listed(kb, "Predator victims?")
    assert "case-predatorgate-greece" in got, got


@pytest.mark.parametrize("question", ["casos na África austral?", "cases in southern Africa"])
def test_southern_africa_is_a_region(kb: KnowledgeService, question: str) -> None:
    assert listed(kb, question) == SOUTHERN_AFRICA


def test_africa_stays_the_continent(kb: KnowledgeService) -> None:
    got = listed(kb, "cases in Africa")
    assert {"case-amesys-libya", "case-nexa-egypt-cerebro"} | SOUTHERN_AFRICA <= got, got


def test_brands_are_firms(kb: KnowledgeService) -> None:
    got = listed(kb, "Chinese brands?")
    assert {"hikvision", "dahua", "huawei", "zte", "hytera"} <= got, got
    assert all(kb.get(i).kind == "vendor" for i in got), got
