"""A rule named noun first with words between, as most campaign languages write it (session 19).

'Vad är EU:s förordning om produkter med dubbla användningsområden?' reads 'regulation om produkter
med dual-use': the head noun comes first and the goods stand between it and 'dual-use', so the name
'dual-use regulation' was never found, and the EU regulation in force lost to (or tied with) the one
it replaced: the Spanish and Portuguese questions got 428/2009, the French, Italian, Polish and Dutch
ones were refused. Only 'Projeto Pegasus' (the name's next word) was read the other way round.
Other places' dual-use rules must stay refused. None of these phrasings is in a tune file.
"""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import first_given as first

CURRENT = "eu-dual-use-2021-821"


@pytest.mark.parametrize(
    "question",
    [
        "Qu'est-ce que le règlement européen sur les biens à double usage ?",  # refused at 0.60
        "¿Qué es el reglamento europeo de productos de doble uso?",  # was 428/2009
        "Che cos'è il regolamento europeo sui prodotti a duplice uso?",  # refused at 0.62
        "Czym jest unijne rozporządzenie o produktach podwójnego zastosowania?",  # refused at 0.58
        "Wat regelt de Europese verordening voor producten voor tweeërlei gebruik?",  # refused at 0.46
        "O que diz o regulamento europeu sobre produtos de dupla utilização?",  # was 428/2009
    ],
)
def test_the_regulation_on_dual_use_goods_is_the_dual_use_regulation(
    engine: SearchEngine, question: str
) -> None:
    assert first(engine, question) == (True, CURRENT)


@pytest.mark.parametrize(
    "question",
    [
        "Qu'est-ce que le règlement chinois sur les biens à double usage ?",
        "¿Qué dice el reglamento de Brasil sobre productos de doble uso?",
    ],
)
def test_another_places_dual_use_rule_stays_refused(engine: SearchEngine, question: str) -> None:
    assert not engine.search(question).answered
