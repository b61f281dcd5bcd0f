"""The list side of `KnowledgeService.search` (bot/kb/service.py): the list a question asks for, and the
sides of a described exclusion ("Chinese companies other than the camera makers", "Israel-based
companies that aren't in the spyware business"), each side read as a question of its own. Apart from
the service because a side is answered as the service answers a question, without its presentation
(catalogue pages, why-sentences, 'not on' notes), and the negation gate (`negation`) is asked both for
the question and for each of its sides: one home keeps the two reads alike."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bot.kb import list_english, list_except, list_gives_way, list_negated, list_rulers, list_select, lists
from bot.kb.chatter import asked_text, typed_text
from bot.kb.filters import Filters
from bot.kb.model import Entry
from bot.kb.search import SearchEngine
from bot.kb.smalltalk import small_talk

# Confidence the best entry needs before wording alone (no country, name, technology or period)
# may choose a list: below it the question is probably not about what the entries hold.
LIST_CONFIDENCE = 0.25


def list_query(names: lists.NameTable, question: str, english: str) -> lists.ListQuery | None:
    """The list the question asks for (`lists.detect`), read from the words it asks (`asked_text`)."""
    query = lists.detect(asked_text(question), names, english)
    if (query is None or query.several) and (typed := typed_text(question)) != asked_text(question):
        # a list cue in the lead-in left out; it asks more plainly than a "who" read as plural
        plainer = lists.detect(typed, names, english)
        query = plainer if plainer is not None and not plainer.several else query
    return query


def negation(names: lists.NameTable, question: str, filters: Filters) -> tuple[str, str] | None:
    """The reading of a question asking for no list (`list_query` found none) as a whole set less a
    negated clause (bot/kb/list_negated.py): (the whole, the clause without its negation), or None
    when the question has filters, no negated clause, or a whole that is no list."""
    if filters.any:
        return None
    read = list_negated.negated(asked_text(question))
    if read is None or lists.detect(read[0], names) is None:
        return None
    return read


def negated(
    engine: SearchEngine,
    names: lists.NameTable,
    question: str,
    filters: Filters,
    limit: int,
    read: tuple[str, str],
) -> list[Entry]:
    """A question read as no list: its whole set less what its negated clause (`read`) names, or none."""
    return (
        list_except.without_described(
            asked_text(question),
            names,
            lambda q: subtractable(engine, names, q, filters, limit),
            listed=False,
            read=read,
            home=lambda e: list_select.home(e, names.by_id),
        )
        or []
    )


def chosen(
    engine: SearchEngine,
    names: lists.NameTable,
    question: str,
    query: lists.ListQuery,
    filters: Filters,
    limit: int,
) -> list[Entry]:
    """A list's entries: the whole set less the described ones ("Chinese companies other than the
    camera makers"), or those `list_select.select` chooses."""
    left = list_except.without_described(
        asked_text(question),
        names,
        lambda q: subtractable(engine, names, q, filters, limit),
        home=lambda e: list_select.home(e, names.by_id),
    )
    if left is not None:
        return left
    chosen = list_select.select(query, names, _relevance(engine), LIST_CONFIDENCE)
    # a ruler's name stands for his country only while he ruled ("who sold to Mubarak?")
    return list_rulers.within_rule(question, chosen)


def subtractable(
    engine: SearchEngine, names: lists.NameTable, question: str, filters: Filters, limit: int
) -> list[Entry] | None:
    """A side of a described exclusion as a list, or None when it is a catalogue shown in part
    ("which firms": the first twelve of every firm), which no subtraction can be told from: the
    items `KnowledgeService.search` gives it, without its work on anything else. The engine ranks the
    side only when its items are the engine's (the side is no list) or a list read as plural may give
    way to its card: each side cost a whole search, ~5-15 ms (the ranking and the items' sentences)."""
    if small_talk(question) is not None:
        return []
    english = engine.read(question).text
    query = list_query(names, question, english)
    if query is None:
        read = negation(names, question, filters)
        if read is not None:
            return negated(engine, names, question, filters, limit, read)
        return engine.search(question, filters, limit=limit).items
    query = list_english.with_english(replace(query, wording=question), english, names)
    if list_select.catalogue(query, names)[0]:
        return None
    items = chosen(engine, names, question, query, filters, limit)
    if query.several and list_gives_way.gives_way(
        query, items, lambda: _card(engine, question, filters, limit)
    ):
        return []
    return items


def _card(engine: SearchEngine, question: str, filters: Filters, limit: int) -> Entry | None:
    """The card the engine answers with, or None when it refuses."""
    result = engine.search(question, filters, limit=limit)
    return result.entry if result.answered else None


def _relevance(engine: SearchEngine) -> Callable[[str], tuple[list[tuple[Entry, float]], float]]:
    def relevance(question: str) -> tuple[list[tuple[Entry, float]], float]:
        rows, top = engine.order(question)
        return [(engine.entries[i], score) for i, score in rows], top

    return relevance
