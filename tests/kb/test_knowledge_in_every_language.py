"""A member who reads the bot in German, French, Spanish, Italian or Arabic gets answers from the
shipped knowledge (attack7's review).

The card's headings and source lines are translated, so an entry is longer in some languages than in
English. `kb check` measured it in English only; the Paragon case fitted there and ran past Discord's
4,096 characters in German, French, Spanish and Italian, so in those languages every question to the
CLI and the console failed with "the knowledge base has 1 problem(s)" instead of an answer.
"""

from __future__ import annotations

import pytest

from bot.i18n import LANGUAGES


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_member_gets_an_answer_in_every_language(cli, language: str) -> None:
    code, out, err = cli("--lang", language, "ask", "Where is NSO Group based?")
    assert (code, err) == (0, "")
    assert out.startswith("NSO Group (Pegasus spyware)\n")


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_list_question_is_answered_in_every_language(cli, language: str) -> None:
    code, out, err = cli("--lang", language, "ask", "Which cases involve FinFisher?")
    assert (code, err) == (0, "")
    assert "case-finfisher-bahrain" in out
