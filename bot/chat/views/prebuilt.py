"""/ask's components, built once and sent as a ready payload (issue 15).

Constructing a `discord.ui.View` is costly (each Button/Select builds its component model, the view
lays items out in rows), and /ask built one per answer and one per rating prompt, on the event loop
that answers a whole burst. Yet /ask's views hold only `DynamicItem`s, dispatched by custom id, and
bot/chat/sends.py sends them without storing them: all discord.py needs of them is
`to_components()`. So the rows a public answer's view produces are kept per entry object (or per
suggestion list) and language, and the rating prompt's per language with the question id put in.
The rows come from the very views bot/chat/views/answer.py builds, so they are what discord.py
would send (tests/chat/test_prebuilt.py compares them), and `view()` rebuilds the real view for
discord.py's public path when bot/chat/sends.py cannot take its own.

Keys hold entries weakly and check identity (as bot/chat/render/cards.py does): a `/kb reload`
makes new entry objects, so a reloaded entry never gets an old entry's buttons.
"""

from __future__ import annotations

import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from typing import TYPE_CHECKING, Any

import discord

from bot.chat.views.answer import (
    MAX_RELATED_BUTTONS,
    OpenEntryButton,
    rating_view,
)
from bot.chat.views.answer import _fits as fits
from bot.chat.views.reply import answer_embed, answer_view
from bot.i18n import current, use_locale

if TYPE_CHECKING:
    from bot.app import App, AskOutcome
    from bot.kb.model import EntryLabel

Rows = list[dict[str, Any]]
CACHED_MAX = 2048  # views kept (entries x languages, suggestion lists); each is a few hundred bytes
_SENTINEL_ID = 0  # the question id the rating template is built with


class Prebuilt:
    """A view's components, ready to send (bot/chat/sends.py puts `rows` in the body), plus
    `view()` for discord.py's public path. The rows may be shared by many messages: nothing may
    change them. `view()` builds in the language the rows were made in: it runs when sending,
    outside /ask's `public_language`, where the asker's own language is current (review11)."""

    __slots__ = ("_build", "_language", "rows")

    def __init__(self, rows: Rows, build: Callable[[], discord.ui.View | None]) -> None:
        self.rows, self._build, self._language = rows, build, current()

    def view(self) -> discord.ui.View | None:
        with use_locale(self._language):
            return self._build()


_views: OrderedDict[Hashable, tuple[tuple[weakref.ref[Any], ...], Rows]] = OrderedDict()


def _rows(view: discord.ui.View | None) -> Rows:
    return view.to_components() if view is not None else []


def _cached(key: Hashable, holds: Sequence[Any], build: Callable[[], discord.ui.View | None]) -> Prebuilt:
    """`build()`'s rows, built once per key, language and the very objects in `holds`."""
    full = (key, current(), tuple(id(o) for o in holds))
    held = _views.get(full)
    if held is not None and all(r() is o for r, o in zip(held[0], holds, strict=True)):
        _views.move_to_end(full)
        return Prebuilt(held[1], build)
    rows = _rows(build())
    _views[full] = (tuple(weakref.ref(o) for o in holds), rows)
    if len(_views) > CACHED_MAX:
        _views.popitem(last=False)
    return Prebuilt(rows, build)


def forget_views() -> None:
    """Drop every cached view (tests)."""
    _views.clear()
    _rating.clear()
    _buttons.clear()


_rating: dict[str, Rows] = {}


def rating_rows(question_id: int) -> Prebuilt:
    """`rating_view(question_id)`: the template of the current language with the id put in."""
    template = _rating.get(current())
    if template is None:
        template = _rating[current()] = _rows(rating_view(_SENTINEL_ID))
    old, new = f"rate:{_SENTINEL_ID}:", f"rate:{question_id}:"
    rows = [
        {**row, "components": [{**c, "custom_id": c["custom_id"].replace(old, new, 1)} for c in cs]}
        for row in template
        for cs in [row["components"]]
    ]
    return Prebuilt(rows, lambda: rating_view(question_id))


def answer_components(
    app: App, question: str, outcome: AskOutcome, *, rate_here: bool
) -> tuple[discord.Embed, Prebuilt]:
    """`answer_reply(...)` with its view as a `Prebuilt`. Only views without rating buttons (a
    public answer's: its rating prompt follows) are cached; the others are built as before."""
    embed = answer_embed(app, question, outcome)
    result = outcome.result

    def build() -> discord.ui.View | None:
        return answer_view(app, outcome, rate_here=rate_here)

    if rate_here or result.talk is not None:
        view = build()
        return embed, Prebuilt(_rows(view), lambda: view)
    if result.as_list:
        # a catalogue cut short ("list every vendor you have") adds its browse button
        return embed, _cached(("list", result.browse if result.more else ()), list(result.items), build)
    if result.answered and result.entry is not None:
        return embed, _cached(("entry",), [result.entry, *app.kb.related(result.entry)], build)
    return embed, suggestion_rows(result.alternatives, build)


_buttons: OrderedDict[tuple[str, str, str], dict[str, Any]] = OrderedDict()


def suggestion_rows(
    suggestions: Sequence[EntryLabel], build: Callable[[], discord.ui.View | None]
) -> Prebuilt:
    """`suggestions_view`'s rows from buttons kept per entry id, title and language: the lists of
    close matches vary with every question, their buttons do not. Its at most MAX_RELATED_BUTTONS
    buttons make one row."""
    buttons = []
    for s in list(suggestions)[:MAX_RELATED_BUTTONS]:
        key = (s.id, s.title, current())
        button = _buttons.get(key)
        if button is None:
            if not fits(f"entry:open:{s.id}"):
                continue
            button = _buttons[key] = dict(OpenEntryButton(s.id, s.title).item.to_component_dict())
            if len(_buttons) > CACHED_MAX:
                _buttons.popitem(last=False)
        buttons.append(button)
    return Prebuilt([{"type": 1, "components": buttons}] if buttons else [], build)
