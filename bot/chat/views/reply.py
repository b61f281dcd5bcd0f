"""The whole reply to a question (/ask, mention-to-ask): its embed and its view, from an `App.ask`
outcome. It sits above answer.py (cards, buttons) and search.py (the /search pages a cut-short list
points to), which builds on answer.py: here neither imports the other back."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord

from bot.chat.render import entry_embed, list_embed, no_answer_embed, talk_embed
from bot.chat.views.answer import (
    PickEntrySelect,
    RateButton,
    entry_view,
    ratings_off,
    suggestions_view,
)
from bot.chat.views.search import browse_button, browse_label
from bot.i18n import pgettext
from bot.kb.render import more_lines, unrecorded_lines
from bot.kb.smalltalk_reply import reply

if TYPE_CHECKING:
    from bot.app import App, AskOutcome


def answer_reply(
    app: App, question: str, outcome: AskOutcome, *, rate_here: bool
) -> tuple[discord.Embed, discord.ui.View | None]:
    """What /ask and mention-to-ask show for an `App.ask` outcome: a list, an entry card, the honest
    "I don't know" with close matches, or the reply to small talk. Rating buttons only with
    `rate_here` (only the asker sees it). /ask sends the view's rows prebuilt
    (bot/chat/views/prebuilt.py)."""
    return answer_embed(app, question, outcome), answer_view(app, outcome, rate_here=rate_here)


def answer_embed(app: App, question: str, outcome: AskOutcome) -> discord.Embed:
    """The embed of `answer_reply`."""
    result = outcome.result
    if result.talk is not None:  # not a question: nothing to rate or open
        return talk_embed(reply(result.talk))
    # A log write still in flight (a public answer does not wait for it) is expected to succeed.
    rating = outcome.question_id is not None or getattr(outcome, "pending", None) is not None
    if result.as_list:
        # under a list of firms "not on" a listing: their cards record none, which proves nothing
        said = unrecorded_lines(result) + more_lines(result, lambda _kind: f"“{browse_label()}”")
        more = " ".join(said).strip()
        embed = list_embed(question, result.items, english_note=result.english_note, more=more)
    elif result.answered and result.entry is not None:
        embed = entry_embed(
            result.entry,
            related=app.kb.related(result.entry),
            english_note=result.english_note,
            partial=result.partial,
        )
    else:
        return no_answer_embed(result.alternatives)
    if not rating and embed.footer.text:
        embed.set_footer(text=ratings_off(embed.footer.text))
    return embed


def answer_view(app: App, outcome: AskOutcome, *, rate_here: bool) -> discord.ui.View | None:
    """The view of `answer_reply`. Without `rate_here` it depends only on the listed items, the
    entry and its related entries, or the suggestions' ids and titles (and the language)."""
    result = outcome.result
    if result.talk is not None:
        return None
    if result.as_list:
        view = discord.ui.View(timeout=None)
        if outcome.question_id is not None and rate_here:
            view.add_item(RateButton(outcome.question_id, True))
            view.add_item(RateButton(outcome.question_id, False))
        view.add_item(
            PickEntrySelect(result.items, placeholder=pgettext("placeholder", "Open one of these entries…"))
        )
        if result.more:  # "list every vendor you have": the first ones, and the way to all of them
            view.add_item(browse_button(result.browse[0] if len(result.browse) == 1 else None))
        return view
    if result.answered and result.entry is not None:
        return entry_view(app, result.entry, question_id=outcome.question_id if rate_here else None)
    return suggestions_view(result.alternatives)
