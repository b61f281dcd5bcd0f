"""Arabic 'ك' (like, as) is glued to a noun far less often than 'and', 'in' or 'to', and many names
begin with the letter itself: read as a clitic, 'كانديرو' (Candiru) lost its first letter and was
read as the town Anadyr, so 'what do you know about Candiru?' was refused as asking of a place no
card names (session 28). 'ك' before the article ('كالمغرب', like Morocco) is still read as one."""

from __future__ import annotations

import pytest

from bot.kb.elsewhere import asked_places
from bot.kb.search import SearchEngine


@pytest.mark.parametrize(
    "question",
    ["ماذا تعرف عن شركة كانديرو؟", "شركة كانديرو", "ما هي كانديرو"],
)
def test_a_name_beginning_with_kaf_is_the_firm(engine: SearchEngine, question: str) -> None:
    assert asked_places(question) == ()
    result = engine.search(question)
    assert result.answered and result.entry is not None and result.entry.id == "candiru"


def test_a_place_after_kaf_and_the_article_is_still_read() -> None:
    assert [p for p, _ in asked_places("هل Hikvision كالمغرب؟")] == ["Morocco"]


def test_a_sale_to_a_place_no_card_names_is_still_refused(engine: SearchEngine) -> None:
    # Hikvision's card never names Morocco: the Arabic 'to Morocco' must still be read.
    assert not engine.search("هل باعت Hikvision كاميرات للمغرب؟").answered
