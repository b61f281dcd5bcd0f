"""What a list answer asserts, read as a member reads it: under "N entries in the knowledge base
answer that", every entry listed for "which companies sold spyware to Israel?" is offered as a
record of a sale to Israel. Entries whose only tie to the country is that a firm they name is *from*
there assert a sale the knowledge does not hold (attack5 fixed this for vendors; these are the cases,
and the other ways members ask where a firm's customers are).

Reported by attack6 as strict xfails; fixed in bot/kb/places.py (pronouns), bot/kb/lists.py (an
unreviewed case's firms' homes) and bot/kb/data/list_words.yaml (customers/buy as sale words, Africa).
"""

from __future__ import annotations

import pytest

from bot.kb import lists
from bot.kb.model import Entry
from bot.kb.service import KnowledgeService
from tests.kb.test_list_sold_to import ENTRIES as SOLD_TO_ENTRIES
from tests.support.entries import kb_entry

ENTRIES = [
    *SOLD_TO_ENTRIES,
    kb_entry(
        "case-sudan-journalists",
        "case",
        ["Sudan", "Italy", "Israel"],
        ["spyware"],
        [2015],
        "Sudanese journalists targeted with Navigli and Cedarspy spyware (2015)",
        "Journalists in Sudan were targeted with Navigli Spyware and Cedarspy tools sold to its police.",
    ).model_copy(update={"related": ["milano-spy", "telaviv-spy"]}),
]


def _homes(case: Entry, by_id: dict[str, Entry]) -> set[str]:
    """Where the firms a case names come from (a vendor's countries begin with its home)."""
    firms = [by_id[r] for r in case.related if r in by_id and by_id[r].kind == "vendor"]
    return {f.countries[0] for f in firms if f.countries}


@pytest.mark.parametrize(
    ("question", "country"),
    [
        ("Which companies sold spyware to Israel?", "Israel"),
        ("Which companies sold spyware to Italy?", "Italy"),
        ("quelles entreprises ont vendu des logiciels espions à Israël ?", "Israel"),
    ],
)
def test_a_case_is_not_listed_as_a_sale_to_where_its_firms_come_from(
    service: KnowledgeService, question: str, country: str
) -> None:
    by_id = {e.id: e for e in ENTRIES}
    items = service.search(question).items  # none at all is right here: no entry is a sale there
    homes_only = [
        e.id for e in items if e.kind == "case" and country not in set(e.countries) - _homes(e, by_id)
    ]
    assert not homes_only


@pytest.mark.parametrize(
    ("question", "home_firm"),
    [
        ("Which vendors have customers in Israel?", "telaviv-spy"),
        ("Which companies have clients in the United States?", "netgear-us"),
        ("Which spyware vendors does Israel buy from?", "telaviv-spy"),
    ],
)
def test_a_firm_is_not_listed_as_having_customers_in_its_own_home(
    service: KnowledgeService, question: str, home_firm: str
) -> None:
    items = service.search(question).items
    assert home_firm not in {e.id for e in items}


REGION_ENTRIES = [
    kb_entry(
        f"china-{place.lower()}", "vendor", ["China", place], ["video surveillance"], [2019], name, about
    )
    for place, name, about in [
        ("Uganda", "Kampala Vision Co", "Chinese camera maker whose systems police in Uganda bought."),
        ("Zambia", "Lusaka Optics Co", "Chinese camera maker whose systems went to Zambia."),
        ("Canada", "Maple Lens Co", "Chinese camera maker whose systems are sold in Canada."),
    ]
]


def test_a_region_the_bot_does_not_know_is_not_read_as_anywhere() -> None:
    service = KnowledgeService.from_entries(REGION_ENTRIES)
    items = {e.id for e in service.search("Which Chinese companies sold surveillance to Africa?").items}
    assert "china-canada" not in items


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("Can you tell us which companies sold spyware?", "United States"),
        ("Show us which vendors sold spyware to Mexico", "United States"),
        ("Which companies could target us with spyware?", "United States"),
        # Portuguese "eu" is "I": the same table maps it to the European Union.
        ("quais empresas eu devo conhecer que venderam spyware?", "European Union"),
        ("Eu quero saber quais empresas venderam spyware ao México", "European Union"),
    ],
)
def test_a_pronoun_is_not_a_place(question: str, place: str) -> None:
    query = lists.detect(question, lists.NameTable(ENTRIES))
    assert query is not None, "still a list question"
    assert place not in query.countries | query.homes


def test_the_united_states_written_us_is_still_a_place() -> None:
    """The other side of the same rule: 'US' in capitals keeps meaning the country."""
    names = lists.NameTable(ENTRIES)
    for question in ("Which vendors sold spyware to the US?", "Which US companies sold to Syria?"):
        query = lists.detect(question, names)
        assert query is not None and "United States" in query.countries | query.homes


@pytest.mark.parametrize(
    "question",
    [
        "Which Chinese companies sold surveillance to North Africa?",  # not all of Africa
        "Which companies sold spyware to Eastern Europe?",  # not the European Union
        "Which Chinese companies sold surveillance to Asia?",  # not dropped
    ],
)
def test_a_region_the_bot_cannot_resolve_claims_no_list(question: str) -> None:
    """A place the bot cannot turn into countries gets the single answer or refusal, never a list
    that silently drops it or reads it as a bigger region."""
    service = KnowledgeService.from_entries(REGION_ENTRIES)
    assert lists.detect(question, lists.NameTable(REGION_ENTRIES)) is None
    assert not service.search(question).items


def test_africa_lists_the_firms_whose_gear_went_there() -> None:
    service = KnowledgeService.from_entries(REGION_ENTRIES)
    names = lists.NameTable(REGION_ENTRIES)
    for known in ("Which firms sold cameras to Southeast Asia?", "Which firms sold cameras to South Africa?"):
        assert lists.detect(known, names) is not None, known  # a region or country inside is still known
    items = {e.id for e in service.search("Which Chinese companies sold surveillance to Africa?").items}
    assert items == {"china-uganda", "china-zambia"}
