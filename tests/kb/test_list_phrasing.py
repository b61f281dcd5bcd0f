"""List questions as members type them without the textbook "which ...": a bare plural noun phrase
("french companies in the database?"), "... what do you have?", a country by the name members use
("Turkey", not Babel's "Türkiye"), German's dative "in welchen Fällen". Each used to fall through to
one entry picked among many right ones."""

from __future__ import annotations

import pytest

from bot.kb.place_names import country_names, regions
from tests.kb.listing import listed


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("french companies in the database?", {"amesys-nexa", "idemia", "qosmos"}),
        ("dutch firms in the kb?", {"noldus", "tkh-group"}),
        (
            "which cases involve turkey?",
            {"case-finfisher-turkey-prosecution", "case-sandvine-turkey-belarus-egypt"},
        ),
        ("Which companies sold to Hong Kong?", {"cellebrite", "case-cellebrite-hk-belarus-serbia"}),
        ("pegasus abuse in Poland - what do you have?", {"case-pegasus-poland"}),
        (
            "In welchen Fällen geht es um FinFisher?",
            {"case-finfisher-bahrain", "case-finfisher-turkey-prosecution"},
        ),
    ],
)
def test_the_list_a_member_asks_for_without_saying_which(kb, question, wanted) -> None:
    assert wanted <= listed(kb, question)


@pytest.mark.parametrize(
    "question",
    [
        "what is nso group?",  # a question word asking for one thing
        "who founded paragon solutions?",
        "NSO Group Pegasus Mexico",  # keywords, no plural noun
        "how did french companies get licences for libya",  # too long and a question word
    ],
)
def test_a_short_question_for_one_thing_stays_one_answer(kb, question) -> None:
    assert listed(kb, question) == set()


def test_a_past_sale_brings_the_cases_that_document_it(kb) -> None:
    got = listed(kb, "Which companies supplied telecom monitoring centres?")
    assert {"trovicor", "case-trovicor-iran-bahrain", "case-amesys-libya"} <= got
    # What firms sell today is a question about the firms alone.
    assert not {
        e for e in listed(kb, "Which companies sell deep packet inspection gear?") if e.startswith("case-")
    }


def test_of_the_does_not_put_the_firms_out_of_the_cues_reach(kb) -> None:
    got = listed(kb, "which of the surveillance-for-hire firms meta banned in dec 2021 do you have info on?")
    assert {"black-cube", "cobwebs-technologies", "cognyte"} <= got


def test_a_region_is_its_countries_and_latin_america_is_not_the_united_states(kb) -> None:
    got = listed(kb, "pegasus cases in latin america?")
    assert {"case-pegasus-mexico-2017", "case-pegasus-el-salvador-2022"} <= got
    assert "case-whatsapp-v-nso" not in got  # a US court case, not one in Latin America


def test_every_region_country_is_spelt_as_entries_spell_countries() -> None:
    known = set(country_names().values())
    assert all(countries <= known for countries in regions().values())
