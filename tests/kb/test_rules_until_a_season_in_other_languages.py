"""Rules asked up to a season or the end of a year in other languages (session 25). German 'bis'
('until') is also the US Bureau of Industry and Security's short name: 'Welche EU-Regeln galten bis
Herbst 2021?' was refused as naming the Entity List's agency. Dutch, Portuguese and Spanish put
three words between 'until' and the year ('tot de herfst van 2021', 'até o outono de 2021'): the
time cue did not read them, and the 2021 recast (applicable from 9 Sept 2021) was answered in place
of Regulation 428/2009. Italian 'fino all'autunno', Polish 'do', Swedish 'till' were not read."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, not_answered_with, refused

OLD, RECAST = "eu-dual-use-428-2009", "eu-dual-use-2021-821"


@pytest.mark.parametrize(
    "question",
    [
        "Welche EU-Exportregeln galten bis Herbst 2021?",
        "Welche Ausfuhrregeln hatte die EU bis Sommer 2021?",
        "Welche Regeln galten in der EU bis Ende 2020?",
        "welke EU-regels voor export golden tot de herfst van 2021?",
        "quais regras de exportação da UE valiam até o verão de 2021?",
        "¿qué reglas de exportación tenía la UE hasta el verano de 2021?",
        "quali norme UE valevano fino alla primavera 2020?",
        "vilka EU-regler gällde till våren 2020?",
        "EU:s regler för export fram till sommaren 2021",
        "EU:s exportkontroller till hösten 2021",
        "jakie przepisy UE obowiązywały do lata 2020?",
        "przepisy eksportowe UE do jesieni 2021 roku",
    ],
)
def test_the_rule_in_force_up_to_a_season_is_the_old_regulation(engine: SearchEngine, question: str) -> None:
    answered(engine, question, OLD)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # the agency itself, after an article, or just before its own 'bis'
        ("Welche Firmen hat das BIS 2021 gelistet?", "us-entity-list"),
        ("Hat das BIS bis 2021 Firmen gelistet?", "us-entity-list"),
    ],
)
def test_the_bis_after_an_article_is_the_agency(engine: SearchEngine, question: str, entry: str) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    "question",
    [
        # a year before any EU rule a card dates
        "Welche EU-Regeln galten bis Herbst 2005?",
        "welke EU-regels golden tot de zomer van 2004?",
    ],
)
def test_a_season_no_card_tells_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    "question",
    ["norme UE sull'export fino all'estate 2021", "regole europee per l'export fino all'autunno 2021"],
)
def test_the_recast_is_no_rule_up_to_its_own_autumn(engine: SearchEngine, question: str) -> None:
    not_answered_with(engine, question, RECAST)
