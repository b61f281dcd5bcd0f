"""listsX19 (issue 10 item 5): list answers that held entries the member did not ask for.

"¿qué empresas de EEUU aparecen en la base?" asks which firms come from the US; the member's words
name no place Babel knows ("EEUU") and the English reading ("company de united states") has a
singular noun, so the place was read as where gear went: twelve firms and cases, most not American.
"from the" written as one word ("des États-Unis", "dos EUA", "degli Stati Uniti", "del Reino Unido")
was likewise no "from".
"""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.listing import listed

US_FIRMS = {"blue-coat", "clearview-ai", "narus", "netapp"}


@pytest.mark.parametrize(
    "question",
    [
        "¿qué empresas de EEUU aparecen en la base?",
        "quelles entreprises des États-Unis avez-vous ?",
        "quais empresas dos EUA aparecem aqui?",
        "quali aziende degli Stati Uniti avete?",
    ],
)
def test_firms_from_a_country_said_in_another_language_are_its_firms(
    kb: KnowledgeService, question: str
) -> None:
    assert listed(kb, question) == US_FIRMS


def test_firms_del_reino_unido_are_british(kb: KnowledgeService) -> None:
    assert listed(kb, "¿qué empresas del Reino Unido hay?") == {"bae-systems", "gamma-finfisher"}


def test_firms_that_sold_to_a_country_stay_a_destination(kb: KnowledgeService) -> None:
    got = listed(kb, "quelles entreprises ont vendu des systèmes à l'Égypte ?")
    assert {"amesys-nexa", "sandvine"} <= got, got


# Bloomberg's 2011 reports exposed the firms behind Syria's, Bahrain's and Iran's surveillance; not
# read as who exposed them, "in 2011" alone narrowed the list to every firm with a 2011 fact (Amesys,
# Blue Coat, Narus, IDEMIA, SenseTime ...).
SYRIA_2011 = {"area-spa", "netapp", "qosmos", "utimaco"}


@pytest.mark.parametrize(
    "question",
    ["which companies did Bloomberg expose in 2011?", "welche Firmen hat Bloomberg 2011 enthüllt?"],
)
def test_firms_a_publisher_exposed_are_those_its_reports_name(kb: KnowledgeService, question: str) -> None:
    got = listed(kb, question)
    assert SYRIA_2011 | {"allot", "trovicor"} <= got, got
    assert not got & {"amesys-nexa", "blue-coat", "narus", "idemia"}, got


# "Which firm sells Pegasus?" asks for its maker: the list held every firm whose text names NSO Group
# (Circles, "an NSO Group affiliate"; COSEINC; Positive Technologies), none of which sells Pegasus.
@pytest.mark.parametrize(
    ("question", "maker"),
    [
        ("which firm sells Pegasus?", "nso-group"),
        ("which companies sell Pegasus?", "nso-group"),
        ("¿qué empresas venden Pegasus?", "nso-group"),
        ("quelles entreprises vendent Predator ?", "intellexa-cytrox"),
    ],
)
def test_firms_that_sell_a_named_product_are_its_maker(
    kb: KnowledgeService, question: str, maker: str
) -> None:
    assert listed(kb, question, kind="vendor") == {maker}


def test_firms_linked_to_a_named_firm_still_list_its_affiliates(kb: KnowledgeService) -> None:
    assert "circles" in listed(kb, "which firms are connected to Pegasus?")


# "Which spyware vendors went bust?" read only "spyware": every spyware firm (NSO, Candiru, Intellexa,
# Hacking Team ...) was offered as closed. The entries say QuaDream was "shutting down", Variston went
# into liquidation and FinFisher became insolvent.
CLOSED = {"quadream", "variston", "case-finfisher-turkey-prosecution"}


@pytest.mark.parametrize(
    "question",
    [
        "which spyware companies went bust or shut down?",
        "which surveillance firms are insolvent?",
        "welche Spyware-Firmen sind pleite?",
        "quelles entreprises ont fait faillite ?",
    ],
)
def test_firms_that_closed_are_those_the_entries_say_closed(kb: KnowledgeService, question: str) -> None:
    assert listed(kb, question) == CLOSED


# "Cases where Citizen Lab and Microsoft exposed spyware together" read either organisation: every
# Citizen Lab case (Catalangate, Mansoor, El Salvador ...) was offered; the two they exposed jointly
# are the Candiru and QuaDream cases.
@pytest.mark.parametrize(
    "question",
    [
        "any cases where citizen lab and microsoft exposed spyware together?",
        "welche Fälle haben Citizen Lab und Microsoft gemeinsam aufgedeckt?",
    ],
)
def test_what_two_organisations_did_together_is_what_both_say(kb: KnowledgeService, question: str) -> None:
    assert listed(kb, question) == {"case-candiru-victims-2021", "case-quadream-victims-2023"}


def test_reports_by_one_organisation_or_another_are_either(kb: KnowledgeService) -> None:
    got = listed(kb, "which reports by Amnesty or Human Rights Watch do you have?")
    assert {"amnesty-out-of-control-2020", "case-pegasus-jordan-2024"} <= got, got
