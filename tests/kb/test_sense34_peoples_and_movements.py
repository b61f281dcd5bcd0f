"""A people's everyday life and another place's movement (session 34, helper sense). 'what do
uyghurs eat?' got the Xinjiang case (0.65) and 'what music do catalans like?' Catalangate (0.96), on
the people's name alone; 'what does the Scottish independence movement think of the law?' got
Catalangate (0.76) by the glossary's 'independence movement'. Now the ask of food, dress, music,
language or feasts (senses.yaml `everyday_life`) holds the answer when nothing else names an entry,
and a movement asked by a place its card never names (senses.yaml `movement`) holds that card.
The questions about surveillance of the same peoples and of Catalonia's movement stay answered."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine

EVERYDAY = [
    "what do uyghurs eat?",
    "what do tibetans eat?",
    "what food do kurds eat?",
    "what language do the kurds speak?",
    "what languages do uyghurs speak?",
    "what do uyghurs wear?",
    "what music do catalans like?",
    "what music do mexicans listen to?",
    "what do mexicans eat at christmas?",
    "what do greeks eat at easter?",
    "what food do hungarians like?",
    "which holidays do uyghurs celebrate?",
    "what do palestinians eat for breakfast?",
    "what do israelis wear?",
    "what do emiratis wear?",
    "traditional uyghur food",
    "typical greek food",
    "famous mexican dishes",
    "uyghur cuisine",
    "¿Qué comen los uigures?",
    "que comen los mexicanos?",
    "Que mangent les Ouïghours ?",
    "was essen Uiguren?",
    "cosa mangiano gli italiani?",
    "o que comem os brasileiros?",
]

ELSEWHERE = [
    "what does the Scottish independence movement think of the law?",
    "what does the scottish independence movement think of the law?",
    "what does the Flemish independence movement want?",
    "what does the welsh independence movement want?",
    "kurdish independence movement hacked?",
    "what do Quebec separatists think about spyware?",
    "were basque separatists spied on with pegasus?",
    "what do Corsican nationalists want?",
    "what does the Puerto Rican independence party say?",
    "what did the Kurdish separatists say about the law?",
]

STAY = [
    ("were uyghurs tracked by hikvision cameras?", "case-hikvision-dahua-xinjiang"),
    ("was the Catalan independence movement targeted with Pegasus?", "case-catalangate-2022"),
    ("did the CNI spy on independence movement leaders?", "case-catalangate-2022"),
    ("was Pegasus used against the independence movement in Catalonia?", "case-catalangate-2022"),
    ("catalan independentists hacked - recap?", "case-catalangate-2022"),
    (
        "how many people linked to the catalan independence movement did citizen lab say were targeted?",
        "case-catalangate-2022",
    ),
    ("what do Mexican journalists say about Pegasus?", "case-pegasus-mexico-2017"),
]


@pytest.mark.parametrize("question", EVERYDAY + ELSEWHERE)
def test_refused(engine: SearchEngine, question: str) -> None:
    result = engine.search(question)
    assert not result.answered, (question, result.entry and result.entry.id, result.confidence)


@pytest.mark.parametrize(("question", "expected"), STAY)
def test_still_answered(engine: SearchEngine, question: str, expected: str) -> None:
    result = engine.search(question)
    assert result.answered and result.entry is not None and result.entry.id == expected
