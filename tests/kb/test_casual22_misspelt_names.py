"""Names typed by ear (session 22, casual22): 'sitrox' and 'cytrocks' for Cytrox, 'daua' for Dahua.
A word that is no English word and no word of the knowledge base, spelt as one name sounds or (when
long) an edit beyond a typo of it, is that name; a typed word with a letter dropped is the name it
spells rather than a name's everyday word ('data'). Each was refused on main with the name weighed as
one no card holds; a word that is English, or close to two names, or far from a name's start, is
never read so ('anyvision' is another firm, no Hikvision)."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused

CYTROX = ("intellexa-cytrox", "case-egypt-nour-eltantawy", "case-predator-files-2023")
DAHUA = ("case-hikvision-dahua-xinjiang", "dahua")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("sitrox spyware egypt opposition", CYTROX),
        ("what did cytrocks sell", CYTROX),
        ("daua xinjiang uyghur alarms", DAHUA),
        ("daua blacklisted by us?", DAHUA),
    ],
)
def test_a_name_typed_by_ear_is_that_name(
    engine: SearchEngine, question: str, expected: tuple[str, ...]
) -> None:
    answered(engine, question, expected)


def test_typed_by_ear_reads_the_one_name(engine: SearchEngine) -> None:
    correct = engine.index._correct
    assert correct("cytrocks") == "cytrox"
    assert correct("sitrox") == "cytrox"
    assert correct("daua") == "dahua"
    assert correct("anyvision") is None  # another firm, not Hikvision: its start differs


@pytest.mark.parametrize(
    "question",
    [
        "anyvision cameras west bank",  # another firm than Hikvision
        "what is anyvision",
        "who owns cytronix",  # no firm the knowledge holds
        "data cameras xinjiang",
    ],
)
def test_near_misses_stay_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)
