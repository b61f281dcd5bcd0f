"""A region named by two words, or by its adjective (session 28, plain28): 'Central Asia', 'a Central
Asian country', 'the Southeast Asian city-state'. Its second word ('asia', 'asian') was read as a word
of its own that no statement about Kazakhstan or Singapore holds, and the right card ranked first was
refused. Each question answered below was refused on int28; the near misses, asking what no card
tells of the region, stay refused."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # the Hermit case names Kazakhstan: 0.38 and 0.10 on int28
        ("which central asian government used hermit", "case-hermit-2022"),
        ("whose android spyware turned up in central asia in 2022", "case-hermit-2022"),
        (
            "Whose Android and iOS spyware was found on phones in Central Asia after the 2022 protests?",
            "case-hermit-2022",
        ),
    ],
)
def test_a_region_in_two_words_is_its_countries(engine: SearchEngine, question: str, entry: str) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    "question",
    [
        "did cellebrite sell to central asia?",
        "did sandvine sell to southeast asian governments?",
        "which latin american government bought candiru",
        "which middle eastern country fined nso",
    ],
)
def test_what_no_card_tells_of_the_region_stays_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)
