"""List answers mended in session 29 (lists29), from the member's side: a question and the entries
the member gets, with twins that must stay as they were.

- "Who was listed alongside NSO?" missed Candiru (the English reading named NSO again, so every firm
  had to mention it), and a firm of another 2021 blacklist (SenseTime, Treasury, Dec 2021) must not
  join the firms the US Entity List took in with NSO on 3 Nov 2021 (knowledge/vendors/*.md).
- "Who helped wire up Gaddafi's snooping apparatus?" got nothing: a helper word and a particle around
  the verb of supply, and "apparatus" as gear. Libya: Amesys, Narus, VASTech, ZTE.
- "Within the Union's own countries": the EU's member states.
- "Какие фирмы США внесли в черный список?": the firms the US listed, not US firms.
"""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService

ALONGSIDE_NSO = {"candiru", "positive-technologies", "coseinc"}
LIBYA = {"amesys-nexa", "narus", "vastech", "zte"}
LISTED_BY_US = {"nso-group", "candiru", "hikvision", "dahua", "intellexa-cytrox"}
US_FIRMS = {"netapp", "narus", "blue-coat", "computerlinks", "area-spa", "clearview-ai"}


def _items(kb: KnowledgeService, question: str) -> set[str]:
    return {e.id for e in kb.search(question).items}


@pytest.mark.parametrize(
    "question",
    [
        "who was listed alongside NSO?",
        "who was blacklisted alongside NSO?",
        "who got blacklisted by Commerce together with NSO in november 2021",
        "who did Commerce add to its blacklist in 2021?",
    ],
)
def test_listed_with_nso_is_the_same_act(kb: KnowledgeService, question: str) -> None:
    got = _items(kb, question)
    assert got >= ALONGSIDE_NSO
    # SenseTime went on a Treasury investment blacklist in Dec 2021: another act
    assert "sensetime-megvii-iflytek-yitu" not in got


def test_added_together_with_candiru_names_nso(kb: KnowledgeService) -> None:
    assert {"nso-group", "positive-technologies", "coseinc"} <= _items(
        kb, "which firms were added together with Candiru?"
    )


def test_entity_list_2019_twin_unchanged(kb: KnowledgeService) -> None:
    got = _items(kb, "which companies were added to the entity list in 2019?")
    assert {"hikvision", "dahua", "sensetime-megvii-iflytek-yitu"} <= got
    assert not got & ALONGSIDE_NSO


@pytest.mark.parametrize(
    "question",
    [
        "who helped wire up Gaddafi's snooping apparatus?",
        "who equipped Gaddafi's snooping apparatus?",
        "who installed Libya's surveillance system?",
        "who supplied surveillance gear to Libya?",  # twin: as before
        "Quelles entreprises ont vendu du matériel de surveillance à Kadhafi ?",
    ],
)
def test_who_built_libyas_apparatus(kb: KnowledgeService, question: str) -> None:
    got = _items(kb, question)
    assert got >= LIBYA
    assert got <= LIBYA | {"case-amesys-libya"}


@pytest.mark.parametrize("question", ["who helped NSO?", "who installed Pegasus on his phone?"])
def test_helped_alone_is_no_list_of_firms(kb: KnowledgeService, question: str) -> None:
    assert not {e for e in _items(kb, question) if not e.startswith("case-")} - {"nso-group"}


def test_the_union_is_the_eu(kb: KnowledgeService) -> None:
    got = _items(kb, "NSO spyware scandals within the Union's own countries")
    assert {"case-pegasus-hungary", "case-pegasus-poland", "case-catalangate-2022"} <= got
    assert not got & {"case-pegasus-mexico-2017", "case-pegasus-jordan-2024", "case-ahmed-mansoor"}


def test_trade_union_is_no_place(kb: KnowledgeService) -> None:
    assert not _items(kb, "what does the union of journalists say about Pegasus?")


@pytest.mark.parametrize(
    "question",
    [
        "Какие фирмы США внесли в черный список?",
        "Какие фирмы внесли в черный список США?",  # twin: as before
        "which firms did the US add to its blacklist?",
        "¿Qué empresas incluyó EE. UU. en su lista negra?",
    ],
)
def test_firms_the_us_listed_not_us_firms(kb: KnowledgeService, question: str) -> None:
    got = _items(kb, question)
    assert got >= LISTED_BY_US
    assert not got & US_FIRMS


@pytest.mark.parametrize(
    "question",
    [
        "which firms were listed alongside Intellexa?",
        "which firms were added alongside Cytrox?",
        "which companies were sanctioned alongside Intellexa?",
    ],
)
def test_alongside_a_firm_listed_in_two_years(kb: KnowledgeService, question: str) -> None:
    # attack29: Intellexa's card dates its Entity List entry (2023) and its Treasury sanctions (2024);
    # read as 2023-2024 these took in Sandvine, listed in Feb 2024 by no act that listed Intellexa
    assert _items(kb, question) == {"intellexa-cytrox"}
