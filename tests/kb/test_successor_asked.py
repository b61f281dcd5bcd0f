"""What a firm's people did after it (issue 10, session 16): "Where did Variston's engineers end up
after the liquidation?" was answered (0.91) with Variston's card, which ends at the liquidation. The
fact kind `successor` (bot/kb/data/fact_kinds.yaml) is asked by a new company, another firm, where
its founders or staff went, and held only by a card that tells of a successor, a relaunch or where
its people went ('relaunched as Memento Labs').
"""

from __future__ import annotations

import pytest

from bot.kb.facts import default_fact_kinds
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


def test_where_a_firms_people_went_is_refused_when_no_card_tells(engine: SearchEngine) -> None:
    refused(engine, "Where did Variston's engineers end up after the liquidation?", "variston")


def test_a_relaunch_the_card_tells_is_answered(engine: SearchEngine) -> None:
    # 'Bought in 2019 by InTheCyber and relaunched as Memento Labs'
    answered(engine, "What did Hacking Team become after it was bought?", "hacking-team")


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("did the quadream founders start a new spyware company", True),
        ("did variston staff move to another spyware firm?", True),
        ("Les fondateurs ont-ils créé une nouvelle société ?", True),
        # a new name is a rename, which cards tell
        ("hacking team still exist? new name?", False),
        ("is cognyte just verint with a new name", False),
        # a new firm asked of something else, and new rules for companies: no successor
        ("new firm on the entity list 2024", False),
        ("what are the new company rules under the EU recast?", False),
        ("quelle nouvelle entreprise a été ajoutée à l'Entity List en 2024 ?", False),
        ("welche neue Firma kam 2024 auf die Entity List?", False),
        ("Haben die Gründer eine neue Firma gegründet?", True),
        ("¿Fundaron los ingenieros una nueva empresa?", True),
        ("what new company was formed from Hacking Team?", True),
    ],
)
def test_the_words_asking_a_successor(question: str, asked: bool) -> None:
    assert ("successor" in default_fact_kinds().asked(question)) is asked


def test_new_rules_for_companies_are_answered_by_the_rule(engine: SearchEngine) -> None:
    # int16 refused it at 0.17 ('new company' asked a successor no rule holds); main answered 0.79
    answered(engine, "what are the new company rules under the EU recast?", "eu-dual-use-2021-821")


@pytest.mark.parametrize(
    "question",
    ["welche neue Firma kam 2024 auf die Entity List?", "qual nova empresa entrou na Entity List em 2024?"],
)
def test_a_new_firm_on_a_list_is_answered_by_the_list(engine: SearchEngine, question: str) -> None:
    # int16 read 'neue Firma' / 'nova empresa' as a successor asked and refused (0.28-0.33; main 0.90+)
    answered(engine, question, "us-entity-list")
