"""A common word of Russian or Arabic is not read as a name spelt in that script.

Names written in Cyrillic or Arabic are matched by their consonants ('بيغاسوس' is Pegasus), a loose
match by design. It also read 'связаны' ("linked") as the Hikvision brand Ezviz and 'القضايا' ("the
cases") as 'leaked': "Какие компании связаны с Египтом?" (which companies are linked to Egypt?) then
answered with Hikvision, and an Arabic question about cases was narrowed to leaks.
"""

from __future__ import annotations

import re

import pytest

from bot.kb.search import SearchEngine
from bot.kb.service import KnowledgeService


@pytest.mark.parametrize(
    ("question", "not_a_name"),
    [
        ("Какие компании связаны с Египтом?", "ezviz"),
        ("ما القضايا المرتبطة بمصر؟", "leaked"),
    ],
)
def test_a_common_word_is_not_a_spelt_name(engine: SearchEngine, question: str, not_a_name: str) -> None:
    assert not_a_name not in re.findall(r"\w+", engine.read(question).text)


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("ماذا حدث لهاتف احمد منصور؟", "ahmed"),  # a person's name as common as a word
        ("ماذا حدث لهاتف احمد منصور؟", "mansoor"),
        ("Кто продавал Пегасус?", "pegasus"),
        ("هل نشرت مايكروسوفت تقريرا؟", "microsoft"),
    ],
)
def test_names_spelt_in_another_script_are_still_read(engine: SearchEngine, question: str, name: str) -> None:
    assert name in re.findall(r"\w+", engine.read(question).text)


def test_a_list_linked_to_a_place_is_not_a_brand_sounding_like_a_word(shipped) -> None:
    service = KnowledgeService.from_entries(shipped.entries)
    got = {e.id for e in service.search("Какие компании связаны с Египтом?").items}
    assert "hikvision" not in got
    assert {"amesys-nexa", "sandvine"} <= got
