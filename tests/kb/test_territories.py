"""lang12, issue 10: a place only counts against an answer if the question is read as naming it.
Territories of one word outside the fixed list ('Anguilla', 'Bermuda') and of two words no entry
lists ('Costa Rica', 'New Zealand') named nothing: 'Did NSO sell Pegasus to Costa Rica?' got NSO's
card at 0.79, 'Did Cellebrite sell UFED to Anguilla?' Cellebrite's at 0.92, and the 'new' of 'New
Zealand' was a stopword that asked for the newest entry (the Mexico case answered, 0.68)."""

from __future__ import annotations

import pytest

from bot.kb.calibration import FEATURES
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused

UNPLACED = FEATURES.index("unplaced")


@pytest.mark.parametrize(
    ("question", "vendor"),
    [
        ("Did Cellebrite sell UFED to Anguilla?", "cellebrite"),
        ("Did NSO sell Pegasus to Costa Rica?", "nso-group"),
        ("Did Hikvision sell cameras to Bermuda?", "hikvision"),
        ("Did NSO sell Pegasus to New Zealand?", "nso-group"),
        ("Did Sandvine sell to Sri Lanka?", "sandvine"),
    ],
)
def test_a_territory_the_vendor_card_never_names_counts_against_it(
    engine: SearchEngine, question: str, vendor: str
) -> None:
    rows = {engine.entries[i].id: x for i, _, x in engine.evidence(question)}
    assert rows[vendor][UNPLACED] == 1.0, question


@pytest.mark.parametrize(
    "question",
    [
        "Did NSO sell Pegasus to Costa Rica?",
        "Did NSO sell Pegasus to New Zealand?",
        "Did Hikvision sell cameras to Costa Rica?",
        "Did NSO sell Pegasus to Bermuda?",
    ],
)
def test_a_territory_no_entry_names_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "entries"),
    [
        ("Did Cellebrite sell to Hong Kong?", {"cellebrite", "case-cellebrite-hk-belarus-serbia"}),
        ("Did NSO sell Pegasus to El Salvador?", {"case-pegasus-el-salvador-2022", "nso-group"}),
        ("what is new in the EU dual use regulation", {"eu-dual-use-2021-821"}),
    ],
)
def test_a_place_an_entry_names_and_the_word_new_still_answer(
    engine: SearchEngine, question: str, entries: set[str]
) -> None:
    answered(engine, question, entries)
