"""Found by review11: an English question naming a country spelt alike in another language ('Did
NSO sell Pegasus to Venezuela?') was read as Spanish, the country one of its ordinary words, so the
place went unread and the vendor's card was the answer (0.86-0.94), though no entry names that
country: 85 of 792 such questions (264 countries x NSO, Cellebrite, Hikvision) were answered so, 27
after the fix (names of several words: 'San Marino', 'Costa Rica'). A member at risk reads "yes,
NSO sold there". A question of another language is read as before: its words equal to a country's
English name may be ordinary words of it (Turkish 'mali', financial)."""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.answers import answered, refused

# (question, a word the knowledge base never holds: no entry can explain it)
NEAR_MISSES = [
    "Did NSO sell Pegasus to Venezuela?",
    "Did NSO sell Pegasus to Portugal?",
    "Has NSO sold Pegasus to Colombia?",
    "Did Hikvision sell cameras to Uruguay?",
    "Did Hacking Team sell RCS to Paraguay?",
    "Did Hikvision sell cameras to Liechtenstein?",
    "Did Hikvision sell cameras to Togo?",
]


@pytest.mark.parametrize("question", NEAR_MISSES)
def test_a_country_no_entry_names_is_not_answered_by_the_vendor_card(
    kb: KnowledgeService, question: str
) -> None:
    refused(kb, question)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Did NSO sell Pegasus to Mexico?", "case-pegasus-mexico-2017"),
        ("Did Amesys sell to Libya?", "case-amesys-libya"),
        ("A Amesys vendeu para a Líbia?", "case-amesys-libya"),
        ("¿NSO vendió Pegasus a México?", "case-pegasus-mexico-2017"),
        ("Sandvine'in mali durumu nedir?", "sandvine"),  # 'mali': financial, not Mali
    ],
)
def test_a_country_an_entry_names_still_finds_it(kb: KnowledgeService, question: str, entry: str) -> None:
    answered(kb, question, entry)
