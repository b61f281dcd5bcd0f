"""A period asked in Spanish, Portuguese or Italian puts a little word between its before-word and
the year ('antes de 2021', 'prima del 2021', 'hasta 2021'): unread, the year alone named the 2021
recast's act number, and the recast was answered for the rules that applied before it (review20c)."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, first_given


@pytest.mark.parametrize(
    "question",
    [
        "¿qué reglas de la UE se aplicaban antes de 2021 a la exportación de vigilancia?",
        "quais regras da UE se aplicavam antes de 2021 às exportações de vigilância?",
    ],
)
def test_rules_before_a_year_are_never_answered_with_the_act_of_that_year(
    engine: SearchEngine, question: str
) -> None:
    was_answered, entry = first_given(engine, question)
    assert not (was_answered and entry == "eu-dual-use-2021-821"), f"{question!r} answered with the recast"


@pytest.mark.parametrize(
    "question",
    [
        "quali regole UE si applicavano prima del 2021 sul duplice uso?",
        "¿qué reglas europeas de doble uso había hasta 2021?",
    ],
)
def test_rules_up_to_a_year_are_the_regulation_that_ended_then(engine: SearchEngine, question: str) -> None:
    answered(engine, question, "eu-dual-use-428-2009")


def test_rules_from_a_year_keep_the_act_of_that_year(engine: SearchEngine) -> None:
    answered(engine, "quali regole UE si applicano dal 2021 sul duplice uso?", "eu-dual-use-2021-821")
