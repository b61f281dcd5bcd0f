"""A member asking in Italian or Dutch who was sanctioned gets the sanctioned firms (gap10, truth review).

Italian "sanzionate" (sanctioned) was read as "fined", so "quali aziende sono state sanzionate?" listed
the fined firms (Clearview AI, Area SpA, Computerlinks: fines, not sanctions). Dutch "de VS" (the
United States) was not read as a place at all, so "door de VS gesanctioneerd" (sanctioned by the US)
listed nothing, and "gesanctioneerd" was no word of a sanction.
"""

from __future__ import annotations

import pytest

FINED_NOT_SANCTIONED = {"clearview-ai", "area-spa", "computerlinks", "blue-coat"}
US_SANCTIONED = {"nso-group", "intellexa-cytrox", "sandvine"}  # Entity List / OFAC measures in the brief


@pytest.mark.parametrize(
    "question",
    [
        "quali aziende sono state sanzionate dagli Stati Uniti?",
        "welke bedrijven zijn door de VS gesanctioneerd?",
    ],
)
def test_sanctioned_by_the_us_lists_the_firms_its_measures_name(listed, question: str) -> None:
    listed = listed(question)
    assert listed >= US_SANCTIONED
    assert not listed & FINED_NOT_SANCTIONED


def test_sanzionate_is_not_read_as_fined(listed) -> None:
    listed = listed("quali aziende sono state sanzionate?")
    assert listed and not listed & FINED_NOT_SANCTIONED


def test_an_english_vs_is_no_country(listed) -> None:
    # "vs" of a lawsuit's name stays "versus": the Dutch reading needs "de VS" in capitals
    from bot.kb.place_names import words_of
    from bot.kb.places import place_spans

    for question in ("WhatsApp vs NSO", "Meta VS NSO Group lawsuit"):
        assert [span[2] for span in place_spans(words_of(question), question)] == []
    question = "welke bedrijven verkochten aan de VS?"
    assert [span[2] for span in place_spans(words_of(question), question)] == ["United States"]
