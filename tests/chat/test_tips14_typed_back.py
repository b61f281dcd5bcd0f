"""The text a refused step gives back (bot/chat/errors.typed_back) always fits one Discord message,
whatever the member typed: a description is at most 4,096 characters and a message's embeds at most
6,000 together (discord-api-docs, resources/message: embed limits); the fake checks it end to end for
one text, this for any. Up to the longest text a step takes (1,500), it comes back whole."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.chat.errors import typed_back
from bot.chat.render.text import DESCRIPTION_MAX, EMBED_TOTAL_MAX
from bot.text import escape_member_text, visible

TITLE = "Your answer, not sent: copy it to send again"
MARKUPISH = st.text(alphabet=st.sampled_from("ab \n*_`|[]()<>@:#-+\\.1x://@h.example"), max_size=1500)


@settings(max_examples=200, deadline=None)
@given(MARKUPISH)
def test_any_text_up_to_a_replys_limit_comes_back_whole_within_one_message(text: str) -> None:
    embeds = typed_back(TITLE, text)
    assert len(embeds) <= 10
    assert sum(len(e) for e in embeds) <= EMBED_TOTAL_MAX
    assert all(len(e.description or "") <= DESCRIPTION_MAX for e in embeds)
    shown = "".join(e.description or "" for e in embeds)
    assert visible(shown) == visible(escape_member_text(text, one_line=False))


def test_text_too_long_for_a_message_is_cut_and_says_so() -> None:
    embeds = typed_back(TITLE, "*" * 5000)
    assert sum(len(e) for e in embeds) <= EMBED_TOTAL_MAX
    assert "shortened to fit Discord" in embeds[-1].description
