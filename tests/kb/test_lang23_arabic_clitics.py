"""Arabic glues 'and' (و, ف), 'with/in' (ب), 'to' (ل) and the article onto a place, two or three at
once (session 23, lang23): 'وللأردن' (and to Jordan), 'فبالمغرب' (so in Morocco), 'وبتايلاند' (and in
Thailand) read as unknown words, so a question naming such a place could not say where it asked."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("هل باعت Sandvine أجهزتها لمصر وللأردن؟", "jordan"),
        ("هل استخدم Pegasus فبالسلفادور؟", "el salvador"),
        ("هل استخدم Pegasus في الأردن وبتايلاند؟", "thailand"),
        ("وبأوغندا من ساعدت Huawei؟", "uganda"),
        ("ماذا عن فلأنغولا؟", "angola"),
    ],
)
def test_a_place_with_two_or_three_clitics_is_read(engine: SearchEngine, question: str, place: str) -> None:
    reading = engine.read(question)
    assert place in reading.text.casefold()
    assert reading.unread == 0.0
