"""Plain descriptions of cases, firms and codes (session 30, plain): what a member who forgot the name
writes, and twins that must keep their answer or stay refused.

- a maker's home said of its gear ('hacked with Israeli spyware', 'Anglo-German spyware') is the
  home of a firm the case tells of, not a place the case must name (bot/kb/parented.py
  `maker_places`); a firm's own card must be that maker (Noldus, Dutch, is no French or Swedish maker
  though its card links them);
- a capital before a protest or a movement stands for its country ('the Bangkok protest
  movement');
- '... before he was jailed' tells who a person is, not an outcome asked."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, not_answered_with, refused


@pytest.mark.parametrize(
    ("question", "entries"),
    [
        # refused at 0.01 on int30 (the Turkey case first: 'Israeli' and 'protest' unexplained)
        ("the Bangkok protest movement hacked with Israeli spyware", "case-pegasus-thailand-2022"),
        ("Thai protest movement hacked with Israeli spyware, what happened?", "case-pegasus-thailand-2022"),
        # refused at 0.19 ('dissidents', and Germany never named by the Bahrain case)
        (
            "Bahraini dissidents in London targeted with Anglo-German spyware",
            ("case-finfisher-bahrain", "gamma-finfisher"),
        ),
    ],
)
def test_a_plain_description_is_answered(
    engine: SearchEngine, question: str, entries: str | tuple[str, ...]
) -> None:
    answered(engine, question, entries)


@pytest.mark.parametrize(
    "question",
    [
        # Kenya is named by no Israeli vendor's case: the maker's home spares no destination
        "Kenyan activists hacked with Israeli spyware",
        # a verdict asked still is one
        "how long was Mansoor jailed for?",
        "Chinese dissidents hacked with spyware",
    ],
)
def test_near_misses_stay_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


def test_a_firm_linked_to_the_makers_is_not_them(engine: SearchEngine) -> None:
    # the report on the three firms' supplies: Noldus's card and its case link Idemia and Axis, but
    # a French biometrics firm and a Swedish camera maker are not Noldus
    question = (
        "that 2020 study saying a French biometrics firm, a Swedish camera maker and a Dutch software"
        " house supplied chinese public-security bodies"
    )
    not_answered_with(engine, question, "noldus")
    not_answered_with(engine, question, "case-noldus-china")


def test_a_jailing_that_dates_the_description(engine: SearchEngine) -> None:
    # 0.004 on int30 (a verdict read as asked); the card's arrest tells it
    result = engine.search(
        "the Emirati activist hit by three different vendors' spyware before he was jailed"
    )
    assert result.confidence > 0.3
