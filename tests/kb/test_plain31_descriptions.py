"""Plain descriptions of firms and cases (session 31, plain): what a member who forgot the name
writes, and twins that must keep their answer or stay refused.

- a question that opens 'the <place> <firm noun>' asks for that firm as 'which <place> firm' does,
  not for the list that names it (bot/kb/firm_asked.py `opening`);
- a capital before a noun of a case ('the Amman probe', 'the Warsaw affair') stands for its country,
  as before a noun of people (data/cities.yaml `capital_before`);
- the press's everyday words ('mail', 'overhaul', 'wound up') are the cards' (synonyms.yaml)."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "entries"),
    [
        # the Entity List's card answered (0.68): it names the firm, but the firm was asked
        ("the Singapore company blacklisted by the US for trafficking in exploits", "coseinc"),
        # refused at 0.37 and 0.12, the case first: the capital weighed as a name no card holds
        ("the Amman probe that found two HRW staff among the targets", "case-pegasus-jordan-2024"),
        # read as its country, as the country named is
        ("the Jordan probe that found two HRW staff among the targets", "case-pegasus-jordan-2024"),
        (
            "the Warsaw affair where the justice minister told MPs how many people had been targeted",
            "case-pegasus-poland",
        ),
        # refused at 0.39: 'overhaul' is the recast that replaced it
        (
            "the European export-control regulation that governed spyware before the 2021 overhaul",
            "eu-dual-use-428-2009",
        ),
    ],
)
def test_a_plain_description_is_answered(
    engine: SearchEngine, question: str, entries: str | tuple[str, ...]
) -> None:
    answered(engine, question, entries)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # twins that keep their answer: a firm named, and 'which' as before
        ("which Singapore company was blacklisted by the US for trafficking in exploits?", "coseinc"),
        ("the Pegasus hacking of Human Rights Watch staff in Jordan", "case-pegasus-jordan-2024"),
        # several firms of that home: the rule that names them all still answers
        ("the Chinese company banned by the FCC", "us-other-measures"),
    ],
)
def test_twins_keep_their_answer(engine: SearchEngine, question: str, entry: str) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    "question",
    [
        # near misses: a capital whose country no card tells of, and a firm of a home none has
        "the Oslo probe that found spyware on two journalists' phones",
        "the Lisbon affair where the minister told MPs how many people had been targeted",
        "the Norwegian company blacklisted by the US for trafficking in exploits",
    ],
)
def test_near_misses_stay_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)
