"""Near misses answered as facts (issue 10, session 31), each refused now, with twins that keep their
answer: a coat of that colour ('where can I buy a warm blue coat for winter?' got Blue Coat's card at
0.94; senses.yaml `names`), the people who set up a firm whose card names no founder ('names of the
people who set up Cobwebs', 0.65; fact_kinds.yaml `founding`), someone who replaced a person in a post
('Who replaced Tal Dilian at the head of the Predator group?', 0.81; fact_kinds.yaml `replaced`),
another place's own rules asked of a rule made elsewhere ('Is there a Chinese export control law?':
Amnesty's report on EU exports to China at 0.70; bot/kb/others_rules.py), and a firm no card names
asked as listed ('Was the UAE's DarkMatter ever blacklisted by Commerce?': the Entity List card at
0.78; bot/kb/unknown_listed.py).
"""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "where can I buy a warm blue coat for winter?",
        "is a navy blue coat warm enough for winter?",
        "names of the people who set up Cobwebs",
        "Who replaced Tal Dilian at the head of the Predator group?",
        "How does China regulate the export of its own surveillance tech? Is there a Chinese export"
        " control law for this?",
        "what does Chinese law say about exporting spyware?",
        "Was the UAE's DarkMatter ever blacklisted by Commerce?",
    ],
)
def test_a_near_miss_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("did Blue Coat sell proxies to Syria?", "blue-coat"),
        ("blue coat devices in syria", "case-blue-coat-syria"),
        ("who set up Variston?", "variston"),
        ("who founded QuaDream?", "quadream"),
        ("what are the UK's export rules for surveillance tech?", "uk-export-controls"),
        ("US export rules for intrusion software", "us-ear-cybersecurity-rule"),
        ("Na czym polegają sankcje OFAC wobec Intellexy?", "us-ofac-spyware-sanctions"),
        ("Was Hikvision ever blacklisted by Commerce?", "us-entity-list"),
        ("Was Hikvison ever blacklisted by Commerce?", "us-entity-list"),
        ("was Intelexa sanctioned by the US?", "us-ofac-spyware-sanctions"),
        # attack on round 1: the firm's name in its own use, a name that says who listed, a rule named
        ("my Blue Coat logs", "case-blue-coat-syria"),
        ("your Blue Coat card", "blue-coat"),
        ("Was NSO blacklisted under Trump?", "us-entity-list"),
        ("British rules before Brexit: 428/2009?", "eu-dual-use-428-2009"),
        ("US rules under Wassenaar", "wassenaar-arrangement"),
        ("US rules in the Pall Mall Code", "pall-mall-code-2025"),
    ],
)
def test_the_twin_keeps_its_answer(engine: SearchEngine, question: str, expected: str) -> None:
    answered(engine, question, expected)
