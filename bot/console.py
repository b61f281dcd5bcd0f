"""The terminal face: the member commands typed at a prompt, served by the same core, shown as text.

For trying the bot and for editing knowledge without a Discord token: edit a file, `/reload`, ask
again. Lines are read in a worker thread so the event loop (and anything scheduled on it) keeps
running, and piped input works the same as a terminal, so tests feed it lines.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import shlex
import sys
import unicodedata
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TextIO

from bot.errors import InvalidInput, UserFacingError
from bot.kb.model import KINDS, Entry
from bot.kb.render import ENGLISH_NOTE, STATUS_LABEL, entry_text, list_text

log = logging.getLogger(__name__)

PROMPT = "exportwatch> "
PAGE_LINES = 40
ECHO_LIMIT = 80  # typed names quoted back in replies are cut to this many characters
SEARCH_PAGE_SIZE = 8
SEARCH_FILTERS = ("kind", "country", "technology", "year")
NO_ANSWER = "I don't have a sourced answer for that."
TIP_POINTER = "If you know something the campaign should look into, file it in Discord with /tip " \
              "(you can stay anonymous)."

HELP = """\
Type a question to ask it, or a command:
  /ask QUESTION        ask a question (plain text does the same)
  /vendor NAME         show a vendor entry      /rule NAME   a rule      /case NAME   a case
  /search QUERY [kind=vendor] [country=China] [technology="facial recognition"] [year=2019]
  /more                next page of the last long answer or search
  /open ID             show an entry by its id (ids are shown under each entry)
  /rate yes|no         rate the last answer (helpful or not), kept for the weekly summary
  /about               what the knowledge base holds and how fresh it is
  /reload              re-read the knowledge files after editing them (problems are listed)
  /help                this help             /quit   leave (Ctrl-D works too)
Tips and triage are not available here: use /tip and /triage in Discord."""


@dataclass
class SearchState:
    query: str
    filters: dict[str, Any]
    page: int = 0


@dataclass
class Console:
    """One console session: the app, where to write, and what `/more` and `/rate` refer to."""

    app: Any  # bot.app.App
    out: TextIO
    pending: list[str] = field(default_factory=list)  # pages still to show with /more
    search: SearchState | None = None
    last_question_id: int | None = None

    def write(self, text: str = "") -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def show(self, text: str) -> None:
        """Print long text a page at a time; the rest waits for `/more`."""
        lines = text.splitlines()
        pages = ["\n".join(lines[i : i + PAGE_LINES]) for i in range(0, len(lines), PAGE_LINES)] or [""]
        self.write(pages[0])
        self.pending = pages[1:]
        self.search = None
        if self.pending:
            self.write(f"-- {len(self.pending)} more page(s): type /more --")

    # --- commands -----------------------------------------------------------------------------------

    async def ask(self, question: str) -> None:
        if not question.strip():
            raise InvalidInput("Ask a question, e.g. `which rules cover spyware exports?`")
        outcome = await self.app.ask(question, source="console")
        result = outcome.result
        self.last_question_id = outcome.question_id
        if result.items:
            note = ["", ENGLISH_NOTE] if result.english_note else []
            self.show("\n".join([list_text(result.items, lambda e: f"/open {e.id}"), *note]))
        elif result.answered and result.entry is not None:
            extra = [f"(match {round(result.confidence * 100)}%)"]
            if result.english_note:
                extra.append(ENGLISH_NOTE)
            extra += self._related_lines(result.entry)
            if self.last_question_id is not None:
                extra.append("Was this helpful? /rate yes or /rate no")
            self.show(entry_text(result.entry) + "\n\n" + "\n".join(extra))
        else:
            self.show(self._no_answer(result.alternatives))

    def _no_answer(self, alternatives: list[Any], heading: str = NO_ANSWER) -> str:
        lines = [heading]
        if alternatives:
            lines += ["", "Did you mean:"]
            lines += [f"  - {alt.title} ({alt.kind}) — /open {alt.id}" for alt in alternatives]
        lines += ["", TIP_POINTER]
        return "\n".join(lines)

    def _related_lines(self, entry: Entry) -> list[str]:
        related = [r for r in (self.app.kb.get(i) for i in entry.related) if r is not None]
        if not related:
            return []
        return ["", "Related:"] + [f"  - {r.title} ({r.kind}) — /open {r.id}" for r in related]

    async def lookup(self, kind: str, name: str) -> None:
        if not name.strip():
            raise InvalidInput(f"Give a name, e.g. /{kind} " + {"vendor": "NSO Group", "rule": "Wassenaar",
                                                                  "case": "Pegasus"}[kind])
        entry = self.app.kb.resolve(name, kind)
        if entry is not None:
            self.show(entry_text(entry) + "\n".join(["", *self._related_lines(entry)]))
            return
        suggestions = self.app.kb.complete(name, kind=kind, limit=5)
        lines = [f"I have no {kind} entry called {echo(name.strip())}."]
        if suggestions:
            lines += ["", "Closest names:"] + [f"  - {e.title} — /open {e.id}" for e in suggestions]
        self.show("\n".join([*lines, "", TIP_POINTER]))

    async def open(self, entry_id: str) -> None:
        entry_id = entry_id.strip()
        if not entry_id:
            raise InvalidInput("Give an entry id, e.g. /open nso-group (ids are shown under each entry).")
        entry = self.app.kb.get(entry_id)
        if entry is None:
            lines = [f"No entry has the id {echo(entry_id)}. Ids are shown under each entry."]
            close = self.app.kb.complete(entry_id, limit=5)
            if close:
                lines += ["", "Closest names:"] + [f"  - {e.title} — /open {e.id}" for e in close]
            self.show("\n".join(lines))
            return
        self.show(entry_text(entry) + "\n".join(["", *self._related_lines(entry)]))

    async def search_command(self, arguments: str) -> None:
        query, filters = parse_search(arguments)
        self.search = None
        self.pending = []
        state = SearchState(query, filters)
        self.write(self._search_page(state))

    def _search_page(self, state: SearchState) -> str:
        kb = self.app.kb
        total = kb.lookup_total(state.query, **state.filters)
        rows = kb.lookup(state.query, limit=SEARCH_PAGE_SIZE, offset=state.page * SEARCH_PAGE_SIZE,
                         **state.filters)
        if not rows:
            self.search = None
            return "Nothing in the knowledge base matches that. Try fewer words or filters."
        pages = max(1, -(-total // SEARCH_PAGE_SIZE))
        shown = ", ".join(f"{k}={v}" for k, v in state.filters.items())
        heading = f"Search {echo(state.query)}" if state.query else "All entries"
        heading += (f" ({shown})" if shown else "") + f": page {state.page + 1} of {pages}, {total} result(s)"
        lines = [heading, ""]
        for number, (entry, _) in enumerate(rows, state.page * SEARCH_PAGE_SIZE + 1):
            lines.append(f"{number}. {entry.title}  [{entry.kind}, {entry.status}]  /open {entry.id}")
            lines.append(f"   {' '.join(entry.summary.split())}")
        if state.page + 1 < pages:
            lines += ["", "-- type /more for the next page --"]
            self.search = state
        else:
            self.search = None
        return "\n".join(lines)

    async def more(self) -> None:
        if self.search is not None:
            self.search.page += 1
            self.write(self._search_page(self.search))
        elif self.pending:
            self.write(self.pending.pop(0))
            if self.pending:
                self.write(f"-- {len(self.pending)} more page(s): type /more --")
        else:
            self.write("Nothing more to show.")

    async def rate(self, answer: str) -> None:
        value = answer.strip().lower()
        if value not in {"yes", "no", "y", "n"}:
            raise InvalidInput("Use /rate yes or /rate no.")
        if self.last_question_id is None or not hasattr(self.app, "rate"):
            raise UserFacingError("There is no answer to rate yet (or ratings are unavailable).")
        await self.app.rate(self.last_question_id, value.startswith("y"))
        self.last_question_id = None
        self.write("Thanks, noted for the weekly summary.")

    async def about(self) -> None:
        counts = self.app.kb.counts()
        held = ", ".join(f"{n} {kind}{'s' if n != 1 else ''}" for kind, n in counts.items())
        lines = ["ExportWatch answers only from the campaign's reviewed, sourced knowledge base.",
                 f"It holds {held}."]
        if self.app.kb.freshness():
            lines.append(f"Entries were last reviewed {self.app.kb.freshness()}.")
        lines.append("Status labels: " + "; ".join(f"{k}: {v}" for k, v in STATUS_LABEL.items()))
        self.write("\n".join(lines))

    async def reload(self) -> None:
        problems = await self.app.kb.reload()
        if problems:
            self.write(f"Not reloaded: {len(problems)} problem(s); still serving the previous version.")
            for problem in problems[:50]:
                self.write(f"  {problem}")
        else:
            self.write(f"Reloaded {len(self.app.kb.entries())} entries.")

    async def handle(self, line: str) -> bool:
        """Run one line; False means quit."""
        line = clean(line)
        if not line:
            return True
        if not line.startswith("/"):
            await self.ask(line)
            return True
        command, _, rest = line.partition(" ")
        command = command.lower()
        if command in {"/quit", "/exit"}:
            return False
        if command in {"/vendor", "/rule", "/case"}:
            await self.lookup(command[1:], rest)
            return True
        simple: dict[str, Callable[[], Awaitable[None]]] = {
            "/ask": lambda: self.ask(rest),
            "/search": lambda: self.search_command(rest),
            "/more": self.more,
            "/open": lambda: self.open(rest),
            "/rate": lambda: self.rate(rest),
            "/about": self.about,
            "/reload": self.reload,
        }
        if command in simple:
            await simple[command]()
        elif command == "/help":
            self.write(HELP)
        else:
            self.write(f"Unknown command {command}. Type /help for the list.")
        return True


def clean(line: str) -> str:
    """The line without control characters (stray escapes, pasted NULs), which never help a search."""
    return " ".join("".join(" " if unicodedata.category(c) == "Cc" else c for c in line).split())


def echo(text: str) -> str:
    """Typed text quoted back in a reply: repr (so escapes stay visible), cut to a readable length."""
    return repr(text if len(text) <= ECHO_LIMIT else text[:ECHO_LIMIT] + "…")


def parse_search(arguments: str) -> tuple[str, dict[str, Any]]:
    """`QUERY [kind=..] [country=..] [technology=..] [year=..]` -> (query, filters); quotes allowed."""
    try:
        words = shlex.split(arguments)
    except ValueError as err:
        raise InvalidInput(f"Could not read that search ({err}); check the quotes.") from None
    filters: dict[str, Any] = {}
    query: list[str] = []
    for word in words:
        key, sep, value = word.partition("=")
        if sep and key.lower() in SEARCH_FILTERS:
            filters[key.lower()] = value.strip()
        else:
            query.append(word)
    if "kind" in filters and filters["kind"] not in KINDS:
        raise InvalidInput(f"kind must be one of {', '.join(KINDS)}.")
    if "year" in filters:
        if not filters["year"].isdigit():
            raise InvalidInput("year must be a number like 2019.")
        filters["year"] = int(filters["year"])
    return " ".join(query), {k: v for k, v in filters.items() if v != ""}


async def _read_line(stdin: TextIO, interactive: bool) -> str | None:
    """One line from the user, read off the event loop; None at end of input."""
    if interactive:
        try:
            return await asyncio.to_thread(input, PROMPT)
        except EOFError:
            return None
    line = await asyncio.to_thread(stdin.readline)
    return line if line else None


async def run_console(app: Any, *, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """Serve commands until /quit or end of input; returns the exit code (0)."""
    stdin = stdin if stdin is not None else sys.stdin
    out = stdout if stdout is not None else sys.stdout
    interactive = stdin is sys.stdin and stdout is None and sys.stdin.isatty()
    if interactive:
        with contextlib.suppress(ImportError):  # not on every platform
            import readline  # noqa: F401  (line editing and history for input())
    console = Console(app, out)
    counts = app.kb.counts()
    console.write(f"ExportWatch console: {sum(counts.values())} entries loaded. Type /help for commands.")
    while True:
        line = await _read_line(stdin, interactive)
        if line is None:
            if interactive:
                console.write()  # Ctrl-D leaves the cursor after the prompt
            break
        try:
            if not await console.handle(line):
                break
        except UserFacingError as err:
            console.write(str(err))
        except Exception:  # a bug must not end the session or show the member a traceback
            log.exception("console command failed")
            console.write("Sorry, something went wrong on our side; the error was logged. Try again.")
    console.write("Bye.")
    return 0
