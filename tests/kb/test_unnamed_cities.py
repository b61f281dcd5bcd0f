"""A city no entry names stands for its country, as a region does (session 20, wrong20; found by
review19). 'Was Predator used against journalists in Athens?' weighed 'athens' as an unknown name:
the Angola and Mozambique case came first and the question was refused, though the Greek case
answers it as it answers the question with 'Greece'."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Was Predator used against journalists in Athens?", "case-predatorgate-greece"),
        ("Was Predator used against journalists in Greece?", "case-predatorgate-greece"),
        ("Did Amesys sell Eagle to Tripoli?", "case-amesys-libya"),
    ],
)
def test_a_city_no_entry_names_reads_as_its_country(engine: SearchEngine, question: str, entry: str) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    "question",
    [
        # the Hikvision cards never tell of Egypt, whether asked by its name or its capital's
        "did Hikvision sell cameras to Cairo?",
        "did Hikvision sell cameras to Egypt?",
    ],
)
def test_a_city_of_a_country_the_card_never_names_is_still_refused(
    engine: SearchEngine, question: str
) -> None:
    refused(engine, question)
