"""Russian writes the EU 'ЕС' (Европейский союз) as English writes 'EU', and the glossary had only
'Евросоюз': 'какие правила ЕС действовали до 2021 года?' was read without its place, listed US and UK
rules beside the EU's and was refused (0.06) where 'which EU rules were in force before 2021?' is
answered (0.95). Another place's rules stay refused."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "какие правила ЕС действовали до 2021 года?",
        "какие правила экспорта действовали в ЕС до 2021 года?",
    ],
)
def test_the_eu_rules_before_a_year_in_russian(engine: SearchEngine, question: str) -> None:
    answered(engine, question, "eu-dual-use-428-2009")


def test_another_places_rules_in_russian_stay_refused(engine: SearchEngine) -> None:
    refused(engine, "какие правила действовали в Бразилии до 2021 года?")
