"""A firm asked for by its home, in any language, is not answered by a card whose firms are from
elsewhere or sold other gear (session 19, fit19; found by review19a). A member acts on the firm
named: 'welche kanadische Firma verkaufte Kameras an Ägypten?' answered with Sandvine's DPI case
would pin a camera sale on a firm that sold none. The English twins were refused by the model's
relation features, which other languages do not get (`told` is read in short English only)."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        # answered on int19 with the Sandvine case at 0.73, 0.77 and 0.84: Sandvine sold DPI gear
        "welche kanadische Firma verkaufte Kameras an Ägypten?",
        "¿qué empresa canadiense vendió cámaras a Egipto?",
        "quelle entreprise canadienne a vendu des caméras à l'Égypte ?",
        # the PEGA inquiry at 0.86: it tells of NSO Group and Intellexa, no Polish firm
        "która polska firma sprzedała oprogramowanie szpiegujące Węgrom?",
        # the Huawei case at 0.66: Huawei is Chinese
        "welche israelische Firma verkaufte Kameras an Uganda?",
        # VASTech at 0.69 and 0.77: VASTech is South African
        "quelle entreprise japonaise a vendu des systèmes d'interception à la Libye ?",
        "welche japanische Firma verkaufte Abhörsysteme an Libyen?",
        # no 'which': a relative clause describes the firm (the PEGA inquiry at 0.85, Sandvine's case)
        "la empresa española que vendió spyware a Grecia",
        "die kanadische Firma, die Kameras an Ägypten verkaufte",
    ],
)
def test_a_firm_described_by_a_home_or_gear_its_card_contradicts_is_refused(
    engine: SearchEngine, question: str
) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("which canadian company sold DPI gear to Egypt?", "sandvine"),
        (
            "welche kanadische Firma verkaufte DPI-Technik an Ägypten?",
            ("sandvine", "case-sandvine-turkey-belarus-egypt"),
        ),
        (
            "la empresa canadiense que vendió equipos DPI a Egipto",
            ("sandvine", "case-sandvine-turkey-belarus-egypt"),
        ),
        ("quelle entreprise sud-africaine a vendu des systèmes d'interception à la Libye ?", "vastech"),
        (
            "¿qué empresa británica vendió sistemas de vigilancia masiva a los estados del Golfo?",
            "bae-systems",
        ),
    ],
)
def test_a_firm_described_by_what_its_card_tells_is_still_answered(
    engine: SearchEngine, question: str, entry: str | tuple[str, ...]
) -> None:
    answered(engine, question, entry)
