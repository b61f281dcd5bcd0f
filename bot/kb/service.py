"""The knowledge base as the rest of the core sees it: load once, search fast, reload safely."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import date
from pathlib import Path

from bot.errors import UserFacingError
from bot.kb import (
    list_bare,
    list_english,
    list_except,
    list_gives_way,
    list_not_on,
    list_owned,
    list_select,
    list_sides,
    list_why,
    lists,
)
from bot.kb.casual import CASUAL_FILE
from bot.kb.chatter import asked_text
from bot.kb.check import CheckReport, Problem, check_directory
from bot.kb.filters import NO_FILTERS, Filters, SearchQuery
from bot.kb.glossary import GLOSSARY_FILE
from bot.kb.heap import refreeze_heap
from bot.kb.model import Entry
from bot.kb.place_names import country_name
from bot.kb.places import expand
from bot.kb.present import (
    Overview,
    SearchPage,
    clamp_page,
    counts_of,
    freshness_of,
    overview_of,
    page_count,
)
from bot.kb.result import SearchResult
from bot.kb.search import SearchEngine
from bot.kb.smalltalk import small_talk
from bot.kb.text import name_key


class KnowledgeInvalid(UserFacingError):
    """The knowledge directory has problems; the message lists them as path:line: message."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        shown = "\n".join(str(p) for p in problems[:50])
        more = f"\n... and {len(problems) - 50} more" if len(problems) > 50 else ""
        super().__init__(f"the knowledge base has {len(problems)} problem(s):\n{shown}{more}")


def _build(
    directory: Path, drafts: Path | None, threshold: float | None
) -> tuple[CheckReport, SearchEngine | None, tuple[str, ...]]:
    """The directory checked and, when clean, its engine. The glossary and the casual table are the
    directory's own, checked with its entries (`kb check`), never the package's: a deployment's
    KNOWLEDGE_DIR (or a wheel, which ships no knowledge/) searched with tables nobody checked
    against its entries. A missing table is an empty one (`missing_tables`, the third item: the bot
    logs it at start); an invalid one is a problem, so nothing is built from it. Run in a thread:
    every file it looks at is looked at here, off the event loop."""
    report = check_directory(directory, drafts)
    if report.problems:
        return report, None, ()
    missing = tuple(name for name in (GLOSSARY_FILE, CASUAL_FILE) if not (directory / name).is_file())
    return report, SearchEngine.of_directory(directory, report.entries, threshold), missing


# Shortest partial name `resolve` completes on its own (shorter ones are too ambiguous).
MIN_PREFIX = 4


class KnowledgeService:
    """Served entries (drafts are checked but never served) behind one atomically swapped engine."""

    def __init__(
        self,
        engine: SearchEngine,
        directory: Path,
        drafts: Path | None = None,
        threshold: float | None = None,
        missing_tables: tuple[str, ...] = (),
    ) -> None:
        self._engine = engine
        self._missing = missing_tables  # found by `_build`, with the engine built without them
        self._names = lists.NameTable(engine.entries, engine.went)
        lists.warm_up()  # the list tables, read now: not by the first list question (or worker child)
        _warm(engine, self._names)
        self.directory = directory
        self.drafts = drafts
        self.threshold = threshold
        self._reload_lock = asyncio.Lock()
        # Moves on every swap, so whatever holds a copy of the index (bot/kb/worker.py) can tell.
        self.generation = 0

    @classmethod
    async def load(
        cls, directory: Path, *, drafts: Path | None = None, threshold: float | None = None
    ) -> KnowledgeService:
        """Parse, validate and index off the event loop; refuse to start on invalid knowledge."""
        if not await asyncio.to_thread(Path(directory).is_dir):
            raise UserFacingError(
                f"the knowledge directory {directory} does not exist; set KNOWLEDGE_DIR (or --dir)"
            )
        report, engine, missing = await asyncio.to_thread(_build, Path(directory), drafts, threshold)
        if report.problems or engine is None:
            raise KnowledgeInvalid(report.problems)
        # built in a thread too: it reads the list tables and asks the warm-up questions
        return await asyncio.to_thread(cls, engine, Path(directory), drafts, threshold, missing)

    @classmethod
    def from_entries(cls, entries: list[Entry], *, threshold: float | None = None) -> KnowledgeService:
        """For tests and benchmarks that build knowledge in memory."""
        return cls(SearchEngine(entries, threshold), Path(), None, threshold)

    def missing_tables(self) -> list[str]:
        """The tables the knowledge directory lacked (glossary.yaml, casual.yaml) when the engine now
        serving was built: the bot searches without them, never with the package's, and says so when
        it starts (bot/cli/run.py, on the event loop: the build looked, in its thread). None for
        knowledge built in memory (tests, benchmarks), which searches with the package's."""
        return list(self._missing)

    @property
    def engine(self) -> SearchEngine:
        return self._engine

    def search(self, question: str, filters: Filters = NO_FILTERS, *, limit: int = 5) -> SearchResult:
        """The best entry or an honest refusal; a question that asks for a list also gets its list.

        Small talk ("hi", "thanks", "what can you do?") is no question: it comes back with `talk`
        set and nothing searched. A greeting in front of a question, or thanks after it, is left out
        of what is searched, so it cannot change the answer ("hi, who owns Axis?")."""
        # one consistent pair even if a reload swaps them
        return _answer(self._engine, self._names, question, filters, limit)

    def lookup(
        self, query: str, filters: Filters = NO_FILTERS, *, limit: int = 5, offset: int = 0
    ) -> list[tuple[Entry, float]]:
        rows, _ = self._engine.lookup(query, filters, limit=limit, offset=offset)
        return rows

    def lookup_total(self, query: str, filters: Filters = NO_FILTERS) -> int:
        """How many entries `lookup` would page through (for "page 2 of 5")."""
        _, total = self._engine.lookup(query, filters, limit=0)
        return total

    def page(self, search: SearchQuery, page: int, size: int) -> SearchPage:
        """Page `page` (1-based; clamped, so an old button past the end shows the last page) of a
        search, `size` results a page. One engine for total and rows, even if a reload swaps it.
        Small talk ("hi", "thanks") searches nothing: the page carries it, as `search` does for /ask."""
        talk = small_talk(search.query)
        if talk is not None:
            return SearchPage(search.query, search.filters.shown(), [], 1, 1, 0, talk=talk)
        rows, total = self._engine.lookup(search.query, search.filters, limit=10**9)
        pages = page_count(total, size)
        page = clamp_page(page, pages)
        first = (page - 1) * size
        return SearchPage(
            query=search.query,
            filters=search.filters.shown(),
            entries=[entry for entry, _ in rows[first : first + size]],
            page=page,
            pages=pages,
            total=total,
            first_number=first + 1,
        )

    def complete(self, prefix: str, *, kind: str | None = None, limit: int = 25) -> list[Entry]:
        return self._engine.catalogue.complete(prefix, kind=kind, limit=limit)

    def get(self, entry_id: str) -> Entry | None:
        i = self._engine.index.by_id.get(entry_id)
        return self._engine.entries[i] if i is not None else None

    def resolve(self, name: str, kind: str) -> Entry | None:
        """The entry a typed name means (/vendor, /rule, /case): an id, an exact title or alias,
        else a search hit confident enough to answer."""
        name = name.strip()
        entry = self.get(name)
        if entry is not None and entry.kind == kind:
            return entry
        key = name_key(name)
        candidates = self.complete(name, kind=kind, limit=5)
        names = {c.id: [name_key(n) for n in (c.title, *c.aliases)] for c in candidates}
        for candidate in candidates:
            if key in names[candidate.id]:
                return candidate
        # A place alone names no entry when several of the kind are about it: '/case Poland' opened
        # the EU export data gap (an alias starts 'Poland Rwanda'), not Pegasus in Poland; '/case
        # Egypt' one of five. The member is offered the entries instead.
        place = country_name(name)
        if place is not None and sum(place in e.countries for e in self.entries() if e.kind == kind) > 1:
            return None
        # A name typed in part ("hikvis", "wassen"): accepted when exactly one entry starts that way.
        prefixed = [c for c in candidates if any(n.startswith(key) for n in names[c.id])]
        if len(key) >= MIN_PREFIX and len(prefixed) == 1:
            return prefixed[0]
        result = self.search(name, Filters(kind=kind))
        return result.entry if result.answered else None

    def entries(self) -> list[Entry]:
        return list(self._engine.entries)

    def related(self, entry: Entry) -> list[Entry]:
        """The entry's related entries that exist, once each, never itself (a renamed id drops out)."""
        ids = [i for i in dict.fromkeys(entry.related) if i != entry.id]
        return [r for r in (self.get(i) for i in ids) if r is not None]

    def counts(self) -> dict[str, int]:
        return counts_of(self._engine.entries)

    def freshness(self) -> str:
        """'oldest to newest' last_reviewed dates, for /about ('' when empty)."""
        return freshness_of(self._engine.entries)

    def overview(self, today: date, stale_days: int) -> Overview:
        """Counts, freshness and entries overdue for review (not reviewed in `stale_days`), for /about."""
        return overview_of(self._engine.entries, today, stale_days)

    def newest_review(self) -> date | None:
        dates = sorted(e.last_reviewed for e in self._engine.entries)
        if not dates:
            return None
        parts = [int(p) for p in dates[-1].split("-")] + [1, 1]
        return date(parts[0], parts[1], parts[2])

    async def reload(self) -> list[Problem]:
        """Re-read the directory (entries, glossary and casual table); swap in the new index only when
        it is clean (old one keeps serving)."""
        async with self._reload_lock:
            report, engine, missing = await asyncio.to_thread(
                _build, self.directory, self.drafts, self.threshold
            )
            if engine is not None:
                names = lists.NameTable(engine.entries, engine.went)
                await asyncio.to_thread(_warm, engine, names)
                # Reference swaps, engine last: a search reads the names and engine into locals first.
                self._names, self._missing, self._engine = names, missing, engine
                self.generation += 1
                refreeze_heap()  # the old index was frozen with the rest: let it be freed
            return report.problems


def _answer(
    engine: SearchEngine, names: lists.NameTable, question: str, filters: Filters, limit: int
) -> SearchResult:
    """`KnowledgeService.search` over one engine and its name table."""
    talk = small_talk(question)
    if talk is not None:
        language = talk.language or engine.read(question).lang
        return SearchResult(question, False, 0.0, None, [], language=language, talk=talk)
    # the engine reads the question without its greeting, thanks and chat (chatter.asked_text), as
    # it does for every caller; the list detection reads the same words
    result = engine.search(question, filters, limit=limit)
    english = engine.read(question).text
    query = list_sides.list_query(names, question, english)
    negation = list_sides.negation(names, question, filters) if query is None else None
    if negation is not None:
        # "Israel-based companies that aren't in the spyware business": read as no list, its whole set
        # less what the negated clause names (bot/kb/list_negated.py); no list without it, no cost
        result.items = list_sides.negated(engine, names, question, filters, limit, negation)
    if query is not None and not filters.any:
        # ranked on the question as typed, which the engine cuts alike (and has just ranked)
        query = list_english.with_english(replace(query, wording=question), english, names)
        # One item is a list answer too ("which cases involve Paragon?"): `SearchResult.as_list`
        # says how it is shown (the only one held, or the card the engine already answers with).
        shown, total = list_select.catalogue(query, names)
        if shown:  # "list every vendor you have": the first ones, and how to browse them all
            result.items, result.total, result.browse = shown, total, tuple(sorted(query.kinds))
        else:
            result.items = list_sides.chosen(engine, names, question, query, filters, limit)
            card = result.entry if result.answered else None
            if query.several and list_gives_way.gives_way(query, result.items, lambda: card):
                # "who was targeted in Hungary?", "UK surveillance export rules": one case or rule
                # meets it, and the engine answers with its card (a list of countries: with or without)
                result.items = []
        if (
            query.excluded
            and result.entry is not None
            and not list_except.keep(result.entry, query.excluded, names.by_id, names)
        ):  # "everything on Egypt apart from Amesys": never the card left out as the answer
            result.answered = False
        if result.items and (off := list_not_on.rules_not_on(asked_text(question), names)):
            # "Chinese firms not on the Entity List": firms whose cards record no listing, said so
            result.unrecorded = tuple(sorted(names.by_id[r].title for r in off))
        if query.countries:  # each item's sentence naming the place (bot/kb/list_why.py)
            wanted = expand(query.countries)
            result.why = {e.id: s for e in result.items if (s := list_why.why(e, wanted)) is not None}
    return result


# A member's first questions after a start or a reload paid ~2-4 ms more than later ones (caches
# and tables each kind of question fills on first use): these are asked once when an engine is
# built, before it serves (and before the search worker is forked from it).
WARM_QUESTIONS = (
    "A friend keeps telling me about a company that sold cameras to a ministry years ago; which "
    "rules would cover that export, and who documented it?",
    "which companies sold spyware to Mexico?",
    "¿Qué empresas venden tecnología de vigilancia?",
)


def _warm(engine: SearchEngine, names: lists.NameTable) -> None:
    list_select.warm_up(engine.entries)
    # the names of products (list_bare.py), read once per table: by the first list question naming a
    # product ('what measures affect Hikvision and ZTE...?', ~6 ms), which none of the questions below is
    list_bare.product_keys(names)
    list_owned.warm_up(names)  # the firms' owners ("owned by Canon or by Advent?"), once per table
    for question in WARM_QUESTIONS:
        _answer(engine, names, question, NO_FILTERS, 5)
