"""review12a: a place of two words is mentioned only where both its words are (or its tag). lang12
read the place's last word alone, so any entry with the everyday word 'city', 'islands' or
'netherlands' counted as naming Vatican City, the Cayman Islands or the Caribbean Netherlands: Dahua's
card answered 'did Dahua sell to Vatican City?' at 0.89 and Clearview's (a Dutch fine) 'did Clearview
sell to the Caribbean Netherlands?' at 0.90, for sales no entry records. answer12's 'elsewhere'
refuses them too since; this keeps 'unplaced' itself honest for the next fit."""

from __future__ import annotations

import pytest

from bot.kb.calibration import FEATURES
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused

UNPLACED = FEATURES.index("unplaced")


@pytest.mark.parametrize(
    ("question", "vendor"),
    [
        ("Did Dahua sell cameras to Vatican City?", "dahua"),
        ("Did Huawei sell to Vatican City?", "huawei"),
        ("Did Clearview AI sell to the Caribbean Netherlands?", "clearview-ai"),
        ("Did Noldus sell to the Caribbean Netherlands?", "noldus"),
    ],
)
def test_an_everyday_word_of_a_place_does_not_name_it(
    engine: SearchEngine, question: str, vendor: str
) -> None:
    rows = {engine.entries[i].id: x for i, _, x in engine.evidence(question)}
    assert rows[vendor][UNPLACED] == 1.0, question
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # both words of the place are in the entry: it still answers
        ("did nso sell pegasus to el salvador?", "case-pegasus-el-salvador-2022"),
        ("did cellebrite sell ufed to hong kong?", "cellebrite"),
    ],
)
def test_a_place_the_entry_names_still_answers(engine: SearchEngine, question: str, entry: str) -> None:
    answered(engine, question, entry)
