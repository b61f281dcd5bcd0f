"""compound16: a card that answers only the first ask of a message says so, quoting the member's
words inert (no ping, no markup)."""

from __future__ import annotations

from bot.chat.render import entry_embed
from tests.chat.test_render import assert_within_limits, make_entry


def test_the_card_names_the_ask_it_answers_in_inert_words() -> None:
    embed = entry_embed(make_entry(), partial="who runs **acme** @everyone")
    notes = [f.value or "" for f in embed.fields if "first part of your question" in (f.value or "")]
    assert len(notes) == 1
    assert "\\*\\*acme\\*\\*" in notes[0] and "\\@everyone" in notes[0]
    assert_within_limits(embed)


def test_a_card_answering_the_whole_question_has_no_such_note() -> None:
    embed = entry_embed(make_entry())
    assert not any("first part of your question" in (f.value or "") for f in embed.fields)
