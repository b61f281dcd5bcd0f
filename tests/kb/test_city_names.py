"""A city a question names, in any campaign language, is a place the card must name (cities18).

Countries were read in every language, cities in none: "IDEMIA a vendu des systèmes à la police de
Pékin aussi ?" was answered with IDEMIA's card (0.93), which names Shanghai's police, never Beijing's;
"Hikvision поставлял камеры в московское метро?" with Hikvision's (0.91), which never names Moscow.
Cities are CLDR's exemplar cities and data/cities.yaml (bot/kb/cities.py). A capital still speaks for
its government where the card names the country and none of its cities ('blacklisted by
Washington'), and a vendor's home town is where it works ('the Tel Aviv firm').
"""

from __future__ import annotations

import pytest
from wordfreq import zipf_frequency

from bot.kb.cities import city_countries, city_names
from bot.kb.elsewhere import asked_places
from bot.kb.place_names import LANGUAGES, key_of
from bot.kb.search import SearchEngine
from bot.kb.service import KnowledgeService
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "IDEMIA a vendu des systèmes à la police de Pékin aussi ?",
        "Hikvision поставлял камеры в московское метро для распознавания лиц?",
        "Czy Hikvision dostarczył kamery dla moskiewskiej policji?",
        "Hat Hikvision Kameras an die Moskauer Polizei verkauft?",
        "Hikvision Moskova polisine kamera sattı mı?",
        "Ha venduto Dahua telecamere alla polizia di Mosca?",
        "Heeft Dahua camera's aan de politie in Teheran verkocht?",
        "A Dahua vendeu câmeras para a polícia de Teerã?",
        "Sålde Axis kameror till polisen i Teheran?",
        "¿Vendió Cellebrite UFED a la policía de Lima?",
        "Cellebrite a-t-il vendu UFED à la police de Nairobi ?",
        "NSO Pegasus'u Bakü'de kullandı mı?",
        "هل استخدم بريداتور في الرياض؟",
        "Hikvision İstanbul'da kamera kurdu mu?",
        "Did Axis sell cameras to the Tehran police?",
        "did hikvision sell cameras to moscow police",  # typed in lower case
        "cellebrite ufed sold to nairobi cops?",
    ],
)
def test_a_city_no_card_names_is_refused(kb: KnowledgeService, question: str) -> None:
    refused(kb, question)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Qu'a vendu Noldus à Pékin ?", "noldus"),
        ("Что продала Noldus в Пекин?", "noldus"),
        ("What did Noldus sell to Beijing?", "noldus"),
        ("Qu'est-ce que l'affaire Morpho à Shanghai ?", "case-morpho-shanghai-2015"),
        ("What happened with Pegasus in Budapest?", "case-pegasus-hungary"),
        ("Was hat Nexa in Kairo verkauft?", "amesys-nexa"),
        ("Qu'a vendu Nexa à l'Égypte, au Caire ?", "case-nexa-egypt-cerebro"),
        ("Which spyware firm from Tel Aviv is Candiru?", "candiru"),  # its home town
        ("Did Sandvine sell DPI to Minsk?", "case-sandvine-turkey-belarus-egypt"),  # Belarus's capital
    ],
)
def test_a_city_the_card_names_is_answered(kb: KnowledgeService, question: str, entry: str) -> None:
    answered(kb, question, entry)


@pytest.mark.parametrize(
    ("question", "city"),
    [
        ("IDEMIA a vendu des systèmes à la police de Pékin aussi ?", "Beijing"),
        ("Hikvision поставлял камеры в Москву?", "Moscow"),  # a case form
        ("Czy Hikvision sprzedał kamery do Moskwy?", "Moscow"),
        ("Hikvision поставлял камеры в московское метро?", "Moscow"),  # an adjective, lower case
        ("Qu'a vendu Nexa au Caire ?", "Cairo"),  # 'Le Caire' without its article
        ("هل باعت هيكفيجن كاميرات لشرطة موسكو؟", "Moscow"),
    ],
)
def test_a_city_is_read_in_its_forms(question: str, city: str) -> None:
    assert city in dict(asked_places(question)), asked_places(question)


@pytest.mark.parametrize(
    "question",
    [
        "Seul NSO a vendu Pegasus au Mexique ?",  # French 'alone', Turkish for Seoul
        "Sam NSO sprzedał Pegasusa?",  # Polish 'alone', Turkish 'Şam' (Damascus)
        "Haga una lista de las empresas de Israel",  # Spanish 'do', 'La Haga' (The Hague)
        "Hikvision ama hangi ülkelere sattı?",  # Turkish 'but', Amman folded
        "Was facial recognition used against Roma in Hungary?",  # the people, not Italian Rome
        "Welcher Kanton hat Kameras von Axis gekauft?",  # German 'canton', Kiribati's Canton Island zone
    ],
)
def test_an_everyday_word_is_no_city(question: str) -> None:
    cities = set(city_countries())
    assert not cities & set(dict(asked_places(question))), asked_places(question)


@pytest.mark.parametrize(
    "question",
    [
        "¿Vendió Hikvision cámaras a lagos y ríos?",  # Spanish 'lakes', Nigeria's Lagos in capitals
        "¿La policía compró una lima?",  # Spanish 'file', Peru's Lima in capitals
    ],
)
def test_an_everyday_word_of_the_question_in_lower_case_is_no_city(
    engine: SearchEngine, question: str
) -> None:
    ordinary = frozenset(engine.read(question).ordinary)
    assert not set(city_countries()) & set(dict(asked_places(question, ordinary))), asked_places(
        question, ordinary
    )


def test_no_city_name_is_far_more_common_as_a_word() -> None:
    """Each one-word name of a city in another language is no more common, in any campaign language,
    than the city's English name is in some language by more than a tenfold (one zipf): 'seul' is,
    and cities.yaml leaves such names out (not_names). Names in a script of one region (Arabic,
    Cyrillic) are common in its own language's news, so only Latin ones are compared."""
    languages = [language for language in LANGUAGES if language != "zh"]
    common: list[str] = []
    for name, city in city_names().items():
        if " " in name or not name.isascii() or not name.isalpha() or name == key_of(city):
            continue
        as_word = max(zipf_frequency(name, language) for language in languages)
        english = key_of(city).split()[-1]
        as_city = max(zipf_frequency(english, language) for language in languages)
        if as_word >= 3.5 and as_word > as_city + 1.0:
            common.append(name)
    # the cities' and regions' own names in their own language
    own = {
        "alger",
        "lisboa",
        "warszawa",
        "milano",
        "torino",
        "napoli",
        "lombardia",
        "piemonte",
        "bayern",
        "bretagne",
    }
    assert set(common) <= own, common
