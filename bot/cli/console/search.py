"""The console's `/search`: what a typed search means (words and `key=value` filters) and how one
page of results reads. The session (session.py) keeps which page `/more` turns to next.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass
from typing import TYPE_CHECKING

import bot.cli.console.words as words
from bot.errors import InvalidInput
from bot.i18n import _
from bot.kb.filters import NAMES, Filters, SearchQuery
from bot.kb.present import NOTHING_FOUND

if TYPE_CHECKING:
    from bot.app import App

SEARCH_PAGE_SIZE = 8


@dataclass
class SearchState:
    """A search and the page last shown of it (what `/more` continues)."""

    search: SearchQuery
    page: int = 1


def search_page(app: App, state: SearchState) -> tuple[str, SearchState | None]:
    """Page `state.page` of the search as text, and the state `/more` continues from (None when
    this was the last page, nothing was found, or the search was small talk)."""
    page = app.kb.page(state.search, state.page, SEARCH_PAGE_SIZE)
    if page.talk is not None:  # "/search hi": the core's reply, as for a question
        return words.small_talk(page.talk), None
    if not page.entries:
        return words.shared(NOTHING_FOUND), None
    lines = [words.search_heading(page.query, page.filters, page.page, page.pages, page.total), ""]
    for number, entry in enumerate(page.entries, page.first_number):
        what = f"{words.kind_word(entry.kind)}, {words.status_word(entry.status)}"
        title, opener = words.command(entry.title), words.command(f"/open {entry.id}")
        head = f"{number}. "
        lines.append(f"{head}{title}  [{what}]  {opener}")
        # under the title, as its wrapped lines hang (term.py): "10." is wider than "9."
        lines.append(f"{' ' * len(head)}{' '.join(entry.summary.split())}")
    if page.has_next:
        return "\n".join([*lines, "", words.search_more()]), SearchState(state.search, page.page)
    return "\n".join(lines), None


def read_search(arguments: str) -> SearchQuery:
    """`QUERY [kind=..] [country=..] ...` (the filters `bot.kb.filters` declares); quotes allowed.
    A word whose key is no filter name stays part of the query ('a=b')."""
    try:
        tokens = shlex.split(arguments)
    except ValueError as err:
        raise InvalidInput(
            _("Could not read that search ({problem}); check the quotes.").format(problem=err)
        ) from None
    typed: dict[str, str] = {}
    query: list[str] = []
    for word in tokens:
        key, sep, value = word.partition("=")
        if sep and key.lower() in NAMES:
            typed[key.lower()] = value
        else:
            query.append(word)
    return SearchQuery(" ".join(query), Filters.parse(typed))


def parse_search(arguments: str) -> tuple[str, dict[str, str | int]]:
    """The query words and the filters in use by name (what `/search` typed here means)."""
    search = read_search(arguments)
    return search.query, search.filters.chosen()
