"""The round-1 review of session 34 (fixrev): words that asked a topic in another sense. A bare
"settle" is also moving house ("which companies settled in Greece"), and "academic" the adjective of
"academic studies": neither asks for fines or for academics targeted; their twins still do."""

from __future__ import annotations

from bot.kb.list_everything import everything_about
from bot.kb.list_except import exclusion_at
from bot.kb.place_names import words_of
from bot.kb.topics import asked


def _topics(question: str) -> frozenset[str]:
    return asked(" ".join(words_of(question)))


def test_settling_somewhere_asks_no_fine() -> None:
    assert "fines" not in _topics("which companies settled in Greece after leaving Israel")
    assert "fines" not in _topics("where did the founders settle after the sale?")
    # twins: a settlement with an authority is still asked as a fine
    assert "fines" in _topics("which firms settled with US authorities?")
    assert "fines" in _topics("who paid money to settle with US authorities")
    assert "fines" in _topics("any cases where the US handed out a fine or settlement")


def test_the_adjective_academic_asks_no_academics() -> None:
    assert "academics" not in _topics("which academic studies cover facial recognition exports")
    assert "academics" not in _topics("any academic research on Predator?")
    # twins: the people, in several languages
    for question in (
        "academics targeted",
        "scholars hacked with Pegasus",
        "Akademiker, die ausspioniert wurden",
        "naukowcy inwigilowani",
        "учёные под слежкой",
        "الأكاديميين المستهدفين",
    ):
        assert "academics" in _topics(question), question


def test_one_home_for_the_exclusion_words() -> None:
    assert exclusion_at(["anything", "on", "egypt", "apart", "from", "amesys"], 3) == 2
    assert exclusion_at(["tout", "sur", "l", "egypte", "sauf", "amesys"], 4) == 1
    assert exclusion_at(["anything", "on", "egypt"], 2) == 0
    # what an everything-request asks about ends where the exclusion begins, in any language
    assert everything_about("anything on Egypt except Amesys") == ["egypt"]
    assert everything_about("tout sur l'Égypte sauf Amesys") == everything_about("tout sur l'Égypte")
