"""Near misses answered (nm29): an actor asked doing what no card tells it did must be refused, and
the twins the cards do tell stay answered.

- A named subject that is no place, asked with a measure: 'did Amnesty ban Pegasus?' got the Pegasus
  Project case at 0.71, 'did Amnesty sanction NSO?' at 0.84 (Amnesty's line only has heads of state
  'on the list'); Meta's removal of Black Cube tells its ban, Commerce's Entity List its blacklist.
- A legislature named by a card only away from the other firm asked of: 'What did Congress say
  about Candiru?' got CatalanGate at 0.67, whose Congress committee heard the CNI, never of Candiru.
- A needless refusal: the first card held for an actor it never tells, the runner-up that tells it
  and explains as much is answered ('Il Parlamento ha parlato di Paragon?': Paragon's card names no
  parliament, the Italian case's COPASIR is its intelligence-oversight committee).
"""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "did Amnesty ban Pegasus?",
        "did Amnesty sanction NSO?",
        "What did Congress say about Candiru?",
        "Il Congresso ha parlato di Paragon?",
        "Has the Bundestag said anything about Paragon?",
    ],
)
def test_what_no_card_tells_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("did meta ban black cube? thought they were just private eyes", "black-cube"),
        ("did Commerce blacklist Sandvine?", "us-entity-list"),
        ("did OFAC sanction Intellexa?", "us-ofac-spyware-sanctions"),
        ("did the Treasury sanction Intellexa?", "us-ofac-spyware-sanctions"),
        ("What did the Spanish Congress say about Catalangate?", "case-catalangate-2022"),
        ("what did the european parliament say about pegasus?", "ep-pega-inquiry"),
        ("Il Parlamento ha parlato di Paragon?", "case-paragon-italy"),
    ],
)
def test_what_a_card_tells_stays_answered(engine: SearchEngine, question: str, expected: str) -> None:
    answered(engine, question, expected)
