"""A firm described in another language (session 18, desc18b): Spanish, French, Italian and
Portuguese put the adjective of origin after the noun ('¿qué empresa británica...?'), where the
English reading leaves a country's name after 'company' and no home. The home is read from the
question as typed, as a list question reads it; never from firms that bought ('vendió a empresas
chinas': where the gear went). A description that fits no firm, or two, stays refused."""

from __future__ import annotations

import pytest

from bot.kb.described import Described
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # refused on int18 at 0.28, 0.31 and 0.42 (BAE Systems, facts of its card)
        (
            "¿qué empresa británica vendió sistemas de vigilancia masiva a los países del Golfo?",
            "bae-systems",
        ),
        (
            "quale azienda britannica ha venduto sistemi di sorveglianza di massa ai paesi del Golfo?",
            "bae-systems",
        ),
        ("qual empresa britânica vendeu sistemas de vigilância em massa aos países do Golfo?", "bae-systems"),
        # refused at 0.21: 'firma brytyjska', the adjective after the noun in Polish too
        (
            "która firma brytyjska sprzedała systemy masowej inwigilacji państwom Zatoki Perskiej?",
            "bae-systems",
        ),
        # refused at 0.59: no Russian adjective for South Africa (list_words.yaml other_demonyms)
        ("какая южноафриканская компания продала системы перехвата Ливии?", "vastech"),
    ],
)
def test_a_firm_described_with_its_adjective_after_the_noun_is_answered(
    engine: SearchEngine, question: str, entry: str
) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    "question",
    [
        "¿qué empresa británica vendió sistemas de vigilancia a Japón?",
        "qual empresa britânica vendeu sistemas de vigilância em massa ao Japão?",
        "quelle société britannique a vendu des systèmes de surveillance de masse au Brésil ?",
        "która brytyjska firma sprzedała systemy inwigilacji do Brazylii?",
        "какая британская компания продала системы слежки в Бразилию?",
        "hangi İngiliz şirketi Körfez ülkelerine kamera sattı?",
        "¿qué empresa española vendió programas espía a Francia?",
        "która kanadyjska firma sprzedała sprzęt DPI do Meksyku?",
        "какая южноафриканская компания продала системы перехвата Египту?",
        # two Italian firms sold to Syria (Area SpA, RCS Lab), two Israeli ones' spyware reached Mexico
        "quale azienda italiana ha venduto sistemi di sorveglianza alla Siria?",
        "która izraelska firma sprzedała oprogramowanie szpiegujące do Meksyku?",
        # the British are the buyers here, not the seller
        "¿qué empresa vendió sistemas de vigilancia masiva a empresas británicas del Golfo?",
        # a Swedish buyer: answered on int18 as Axis Communications (Swedish, cameras, 2013) at 0.62
        "¿qué empresa vendió cámaras de vigilancia a una empresa sueca en 2013?",
    ],
)
def test_a_description_no_entry_or_two_fit_stays_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "home", "bought"),
    [
        ("¿qué empresa vendió equipos de interceptación a empresas chinas en 2012?", None, "china"),
        (
            "quelle société britannique a vendu des caméras à une entreprise chinoise ?",
            "united kingdom",
            "china",
        ),
        ("which british firm sold cameras to chinese companies?", "united kingdom", "china"),
        ("quale società italiana ha venduto un centro di monitoraggio alla Siria?", "italy", None),
    ],
)
def test_the_origin_of_firms_that_bought_is_no_home(
    engine: SearchEngine, question: str, home: str | None, bought: str | None
) -> None:
    """ZTE is Chinese and sold interception gear in 2012: a question about a sale to Chinese firms
    must not describe it as the seller."""
    reading = engine.read(question)
    query = engine.index.analyse(reading.text, reading.ordinary)
    homes = Described.asked(reading.text, query, question, reading.lang, reading.ordinary)[0]
    assert (f"country:{home}" in homes) if home else True
    assert f"country:{bought}" not in homes if bought else homes == {f"country:{home}"}


def test_an_italian_preposition_is_no_technology(engine: SearchEngine) -> None:
    """'ai paesi del Golfo' (to the Gulf states) read as AI: a kind of gear BAE Systems never had."""
    question = "quale azienda britannica ha venduto sistemi di sorveglianza di massa ai paesi del Golfo?"
    reading = engine.read(question)
    query = engine.index.analyse(reading.text, reading.ordinary)
    techs = Described.asked(reading.text, query, question, reading.lang, reading.ordinary)[2]
    assert "artificial intelligence" not in techs
