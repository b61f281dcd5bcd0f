"""A place a firm's card names in another role than a buyer (session 19, wrong19). Asked which firm
sold to a place, the engine answered the card that names the place as something else: Candiru's, whose
spyware hit victims in Iran (no customer named), for 'which israeli company sold spyware to iran?';
Allot's, whose gear passed through a Danish distributor on its way to Iran, for '... sold DPI to
denmark?'. The member would act on a sale the card never tells. Such questions are now refused, with
the card offered; asked of the firm by name, its card still answers (victims there, a halt of sales,
an unknown or denied sale is what a member asks about), and so does a firm that did sell there."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "offered"),
    [
        # answered on main with the card at 0.62, 0.62, 0.76, 0.74 and 0.62
        ("which israeli company sold spyware to iran?", "candiru"),
        ("which israeli firm sold DPI to denmark?", "allot"),
        ("quelle société israélienne a vendu des logiciels espions à l'Iran ?", "candiru"),
        ("que empresa israelense vendeu spyware para o Irã?", "candiru"),
        # 'an den', 'all'', 'aan': words of destination the list reader knows (buyer_before); 0.84-0.73
        ("Welche israelische Firma hat Spyware an den Iran verkauft?", "candiru"),
        ("quale azienda israeliana ha venduto spyware all'Iran?", "candiru"),
        ("welke Israëlische firma verkocht spyware aan Iran?", "candiru"),
        # 'продала', the feminine past ('компания'), was no sale word: answered at 0.62
        ("Какая израильская компания продала шпионское ПО в Иран?", "candiru"),
        # the firm's own home is no place it sold to
        ("which canadian company sold DPI to canada?", "sandvine"),
    ],
)
def test_which_firm_sold_there_is_not_a_card_naming_the_place_otherwise(
    engine: SearchEngine, question: str, offered: str
) -> None:
    refused(engine, question, offered, among=3)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("which israeli company sold DPI to iran?", "allot"),
        ("Welche israelische Firma hat DPI-Technik an den Iran verkauft?", "allot"),
        ("which french company sold surveillance gear to libya?", ("case-amesys-libya", "amesys-nexa")),
        ("which british firm sold spyware to bahrain?", ("case-finfisher-bahrain", "gamma-finfisher")),
        # named, the firm's card tells its tie to the place, whatever it is
        ("Did Allot sell gear to Denmark?", "allot"),
        ("Candiru a vendu des logiciels espions à l'Iran ?", ("candiru", "case-candiru-victims-2021")),
        ("Did NSO sell Pegasus to El Salvador?", ("nso-group", "case-pegasus-el-salvador-2022")),
        ("does cellebrite still sell to russia", ("cellebrite", "case-cellebrite-hk-belarus-serbia")),
        # used there, not sold: its victims answer
        ("was candiru spyware used against people in iran?", ("candiru", "case-candiru-victims-2021")),
    ],
)
def test_a_sale_the_card_tells_or_a_firm_named_is_still_answered(
    engine: SearchEngine, question: str, entry: str | tuple[str, ...]
) -> None:
    answered(engine, question, entry)
