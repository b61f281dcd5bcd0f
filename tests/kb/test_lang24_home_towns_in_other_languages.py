"""A firm's home town or region asked in another language's order ('entreprise de Salzbourg',
'empresa de Salzburgo', 'Firma aus Graz') or by its adjective ('Wiener Firma', 'société bavaroise',
'Texan company', data/cities.yaml): on main only 'a Salzburg company' was read as a home, so a card
that places its firm in no such town answered ('welche Wiener Firma hat Subzero entwickelt?' DSIRF at
0.97, 'quelle entreprise de Salzbourg…' 0.91; DSIRF's card says Austria, no town). A region's
adjective is told by a card naming one of its towns (Gamma's Munich for 'Bavarian')."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "quelle entreprise de Salzbourg a mis au point le logiciel espion Subzero ?",
        "¿qué empresa de Salzburgo creó el programa espía Subzero?",
        "welche Wiener Firma steckt hinter der Spyware Subzero?",
        "quale azienda viennese ha creato lo spyware Subzero?",
        "which Viennese outfit built the Subzero spyware?",
        "welche Firma aus Graz steckt hinter Subzero?",
    ],
)
def test_a_town_the_card_does_not_name_is_held_in_every_language(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # near-miss controls: the country itself, and a town the card names, still answer
        ("quelle entreprise autrichienne a mis au point le logiciel espion Subzero ?", ("dsirf",)),
        ("welche österreichische Firma steckt hinter der Spyware Subzero?", ("dsirf",)),
        ("quelle entreprise de Munich a conçu FinSpy ?", ("gamma-finfisher",)),
        ("welche Münchner Firma hat FinSpy entwickelt?", ("gamma-finfisher",)),
    ],
)
def test_the_country_or_a_named_town_still_answers(
    engine: SearchEngine, question: str, entry: tuple[str, ...]
) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # refused on main at 0.15 and 0.54: the region's adjective was a name no card holds
        ("which Lombard firm built Syria's email interception?", ("case-area-syria", "area-spa")),
        ("which Bavarian firm is behind FinSpy?", ("gamma-finfisher",)),
    ],
)
def test_a_regions_adjective_is_told_by_a_card_naming_its_town(
    engine: SearchEngine, question: str, entry: tuple[str, ...]
) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    "question",
    ["which Bavarian firm is behind Subzero?", "which Lombard firm is behind FinSpy?"],
)
def test_a_region_no_card_places_the_firm_in_is_still_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)
