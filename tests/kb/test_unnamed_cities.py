"""A city no entry names stands for its country where something went or happened, as a region does
(session 20, wrong20, reverted; session 21, desc21). 'Was Predator used against journalists in
Athens?' weighed 'athens' as an unknown name: the Angola and Mozambique case came first and the
question was refused, though the Greek case answers it as it answers the question with 'Greece'.
Read anywhere, the city also made a firm's home card explain what was asked of its home's
government or market ('does Ottawa restrict Sandvine's DPI exports?' answered with the Sandvine
case, which tells nothing of Canada's own controls; a held-out near miss was answered): so only after
a word of place ('to Riyadh, Doha and Muscat', 'in Athens', 'for Damascus')."""

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
        # in other languages the city was an ordinary word of the language, read as nothing (0.02-0.04)
        ("¿Se usó Predator contra periodistas en Atenas?", "case-predatorgate-greece"),
        ("Predator wurde gegen Journalisten in Athen eingesetzt?", "case-predatorgate-greece"),
        ("Predator a-t-il été utilisé contre des journalistes à Athènes ?", "case-predatorgate-greece"),
        # refused at 0.43 on main: the leak's card names Sudan, never Khartoum
        ("Did Hacking Team sell to Khartoum?", ("case-hacking-team-leak-2015", "hacking-team")),
    ],
)
def test_a_city_no_entry_names_reads_as_its_country(
    engine: SearchEngine, question: str, entry: str | tuple[str, ...]
) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    "question",
    [
        # the Hikvision cards never tell of Egypt, whether asked by its name or its capital's
        "did Hikvision sell cameras to Cairo?",
        "did Hikvision sell cameras to Egypt?",
        # Amesys sold to Libya, not Syria
        "Did Amesys sell Eagle to Damascus?",
        # read as Canada, the city made Sandvine's case (a Canadian firm) answer at 0.71 what it never
        # tells: Canada's own controls
        "does Ottawa restrict Sandvine's DPI exports?",
    ],
)
def test_a_city_of_a_country_the_card_never_names_is_still_refused(
    engine: SearchEngine, question: str
) -> None:
    refused(engine, question)
