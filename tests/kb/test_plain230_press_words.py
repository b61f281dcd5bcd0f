"""Things and deeds in the press's words, which the cards say in their own (session 30 round 2,
plain2; bot/kb/data/synonyms.yaml): 'sales brochures' (the cards: documents, an offer, an invoice),
'diverted' (redirected), 'a petition' (a citizens' initiative, its signatures), 'a club of states'
(an arrangement). Unknown, each weighed like a name no card holds; twins keep their answer.

A region said as an adjective of the companies over words of their trade ("the Southeast Asian
exploit trader") is their home, as a demonym is (bot/kb/places.py `_region_of`)."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from bot.kb.service import KnowledgeService
from tests.kb.answers import answered


@pytest.mark.parametrize(
    ("question", "entries"),
    [
        # refused at 0.35 on int30 (the AI Act first): the campaign is a citizens' initiative
        ("the EU petition to ban facial recognition in public", "reclaim-your-face"),
        # refused at 0.20 on int30: the case says documents and an offer were found
        (
            "brochures for Gamma spyware found in Egypt",
            ("case-finfisher-egypt-uk-licensing", "gamma-finfisher"),
        ),
        # refused at 0.39 on int30: the cards call it a report
        ("the Amnesty study on EU exports to China", "amnesty-out-of-control-2020"),
        # refused at 0.61 on int30: the case says damages were awarded, a verdict
        ("who won the lawsuit against NSO?", "case-whatsapp-v-nso"),
        # twins answered before and after
        ("when did Cognyte win the Myanmar tender?", "case-cognyte-myanmar"),
        ("how much did WhatsApp win against NSO?", "case-whatsapp-v-nso"),
        ("the petition by EDRi", "reclaim-your-face"),
        ("the petition drive that needed a million signatures", "reclaim-your-face"),
        ("the club of states that controls dual-use exports", "wassenaar-arrangement"),
        (
            "FinFisher brochures found in Egypt's State Security headquarters",
            "case-finfisher-egypt-uk-licensing",
        ),
        ("which firm's network gear diverted downloads to spyware in Turkey?", "sandvine"),
    ],
)
def test_press_words_find_the_card(
    engine: SearchEngine, question: str, entries: str | tuple[str, ...]
) -> None:
    answered(engine, question, entries)


def test_a_diverted_download_ranks_the_case(engine: SearchEngine) -> None:
    # 0.08 on int30: 'diverted' unknown; the case says its gear was used to redirect users
    result = engine.search("whose gear diverted Turkish users to spyware?")
    assert result.alternatives and result.alternatives[0].id == "case-sandvine-turkey-belarus-egypt"
    assert result.confidence > 0.3


def test_a_region_over_words_of_the_trade_is_the_firms_home(service: KnowledgeService) -> None:
    # int30 read the region as where gear went: eight firms and cases that sold to Asia or elsewhere
    assert [e.id for e in service.search("list the Southeast Asian exploit traders").items] == ["coseinc"]
    # no Gulf firm is on file: none listed (int30 listed NSO, Gamma, Hacking Team... that sold there)
    assert not service.search("which Gulf spyware firms do you have?").items


def test_a_region_the_gear_went_to_stays_a_destination(service: KnowledgeService) -> None:
    # twin: 'Gulf governments and firms' are buyers, read over the joiner as before
    items = [
        e.id for e in service.search("list firms that sold spyware to Gulf governments and police").items
    ]
    assert "gamma-finfisher" in items and "hacking-team" in items
