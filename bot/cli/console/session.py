"""The terminal face: the member commands typed at a prompt, served by the same core, shown as text.

For trying the bot and for editing knowledge without a Discord token: edit a file, `/reload`, ask
again. At a terminal, answers are laid out for the window (`term`); piped input and output
are plain lines, so scripts and tests feed it lines. Reading never blocks the event loop.
"""

from __future__ import annotations

import logging
import shlex
import sys
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TextIO

from bot.about import NOT_LEGAL_ADVICE, WHAT_IT_IS, data_statement, knowledge_line
from bot.cli.console.term import (
    CANCELLED,
    NOT_UTF8,
    LineReader,
    PipeReader,
    PromptReader,
    Screen,
    entry_markdown,
    paginate,
    plain,
    render,
    strip_unreadable,
)
from bot.errors import InvalidInput, UserFacingError
from bot.kb.filters import NAMES, Filters, SearchQuery, specs
from bot.kb.model import Entry
from bot.kb.present import NO_ANSWER, NOTHING_FOUND
from bot.kb.render import ENGLISH_NOTE, STATUS_LABEL, entry_text, list_text

if TYPE_CHECKING:
    from bot.app import App
    from bot.kb.search import Alternative

log = logging.getLogger(__name__)

PAGE_LINES = 40  # piped output (no window to fit)
ECHO_LIMIT = 80  # typed names quoted back in replies are cut to this many characters
SEARCH_PAGE_SIZE = 8
TIP_POINTER = (
    "If you know something the campaign should look into, file it in Discord with /tip "
    "(you can stay anonymous)."
)
TIPS_IN_DISCORD = (
    "Tips are filed in Discord, not in this console: use /tip new in a direct message to the bot or "
    "in the server (you can stay anonymous), then /tip status and /tip reply with your receipt."
)
TRIAGE_ELSEWHERE = "Triage is done in Discord (/triage) or from a shell: python -m bot triage --help."
NOT_UTF8_REPLY = "That line was not UTF-8 text, so it was ignored; please type it again."
MORE_PROMPT = "-- {n} more page(s): press Enter or type /more --"

HELP = """\
Type a question to ask it, or a command:
  /ask QUESTION        ask a question (plain text does the same)
  /vendor NAME         show a vendor entry      /rule NAME   a rule      /case NAME   a case
  /search QUERY {search_filters}
  /more                next page of the last long answer or search
  /open ID             show an entry by its id (ids are shown under each entry)
  /rate yes|no         rate the last answer (helpful or not), kept for the weekly summary
  /about               what the knowledge base holds and how fresh it is
  /reload              re-read the knowledge files after editing them (problems are listed)
  /help                this help             /quit   leave (Ctrl-D works too; Ctrl-C clears the line)
Long answers come a page at a time: Enter (or /more) shows the next.
Tips and triage are not available here: use /tip and /triage in Discord.""".format(
    search_filters=" ".join(f"[{name}={spec.example}]" for name, spec in specs())
)


@dataclass
class SearchState:
    search: SearchQuery
    page: int = 1


@dataclass
class Console:
    """One console session: the app, where to write, and what `/more` and `/rate` refer to."""

    app: App
    out: TextIO
    screen: Callable[[], Screen] | None = None  # the window to fit; None = plain piped lines
    pending: list[str] = field(default_factory=list)  # pages still to show with /more
    search: SearchState | None = None
    last_question_id: int | None = None
    rated: bool | None = None  # the rating given to the last answer, if any

    def _emit(self, text: str) -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def write(self, text: str = "", *, markdown: bool = False) -> None:
        """Short replies: wrapped to the window, never paged."""
        if self.screen is None or not text:
            self._emit(plain(text) if markdown else text)
        else:
            self._emit("\n".join(render(text, self.screen(), markdown=markdown)))

    def show(self, text: str, *, head: str = "") -> None:
        """Long text a page at a time; the rest waits for Enter or `/more`.

        `head` is curated Markdown (an entry) rendered as such at a terminal; `text` is plain.
        """
        if self.screen is None:
            whole = "\n".join(part for part in (plain(head) if head else "", text) if part)
            pages = paginate(whole.splitlines(), PAGE_LINES)
        else:
            screen = self.screen()
            lines = render(head, screen, markdown=True) if head else []
            if text:
                lines += ([""] if lines else []) + render(text, screen)
            pages = paginate(lines, screen.page_lines)
        self._emit(pages[0])
        self.pending = pages[1:]
        self.search = None
        if self.pending:
            self._emit(MORE_PROMPT.format(n=len(self.pending)))

    def show_entry(self, entry: Entry, extra: list[str]) -> None:
        if self.screen is None:
            self.show(entry_text(entry) + "\n".join(["", *extra]))
        else:
            self.show("\n".join(extra).strip("\n"), head=entry_markdown(entry))

    # --- commands -----------------------------------------------------------------------------------

    async def ask(self, question: str) -> None:
        if not question.strip():
            raise InvalidInput("Ask a question, e.g. `which rules cover spyware exports?`")
        outcome = await self.app.ask(question, source="console")
        result = outcome.result
        self.last_question_id = outcome.question_id
        self.rated = None
        if result.items:
            note = ["", ENGLISH_NOTE] if result.english_note else []
            self.show("\n".join([list_text(result.items, lambda e: f"/open {e.id}"), *note]))
        elif result.answered and result.entry is not None:
            extra = ["", f"(match {round(result.confidence * 100)}%)"]
            if result.english_note:
                extra.append(ENGLISH_NOTE)
            extra += self._related_lines(result.entry)
            if self.last_question_id is not None:
                extra.append("Was this helpful? /rate yes or /rate no")
            self.show_entry(result.entry, extra)
        else:
            self.show(self._no_answer(result.alternatives))

    def _no_answer(self, alternatives: Sequence[Alternative], heading: str = NO_ANSWER) -> str:
        lines = [heading]
        if alternatives:
            lines += ["", "Did you mean:"]
            lines += [f"  - {alt.title} ({alt.kind}) — /open {alt.id}" for alt in alternatives]
        lines += ["", TIP_POINTER]
        return "\n".join(lines)

    def _related_lines(self, entry: Entry) -> list[str]:
        related = self.app.kb.related(entry)
        if not related:
            return []
        return ["", "Related:"] + [f"  - {r.title} ({r.kind}) — /open {r.id}" for r in related]

    async def lookup(self, kind: str, name: str) -> None:
        if not name.strip():
            raise InvalidInput(
                f"Give a name, e.g. /{kind} "
                + {"vendor": "NSO Group", "rule": "Wassenaar", "case": "Pegasus"}[kind]
            )
        entry = self.app.kb.resolve(name, kind)
        if entry is not None:
            self.show_entry(entry, self._related_lines(entry))
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
        self.show_entry(entry, self._related_lines(entry))

    async def search_command(self, arguments: str) -> None:
        search = read_search(arguments)
        self.search = None
        self.pending = []
        state = SearchState(search)
        self.write(self._search_page(state))

    def _search_page(self, state: SearchState) -> str:
        page = self.app.kb.page(state.search, state.page, SEARCH_PAGE_SIZE)
        if not page.entries:
            self.search = None
            return NOTHING_FOUND
        shown = ", ".join(f"{k}={v}" for k, v in page.filters.items())
        heading = f"Search {echo(page.query)}" if page.query else "All entries"
        heading += f" ({shown})" if shown else ""
        heading += f": page {page.page} of {page.pages}, {page.total} result(s)"
        lines = [heading, ""]
        for number, entry in enumerate(page.entries, page.first_number):
            lines.append(f"{number}. {entry.title}  [{entry.kind}, {entry.status}]  /open {entry.id}")
            lines.append(f"   {' '.join(entry.summary.split())}")
        if page.has_next:
            lines += ["", "-- type /more for the next page --"]
            self.search = SearchState(state.search, page.page)
        else:
            self.search = None
        return "\n".join(lines)

    async def more(self) -> None:
        if self.search is not None:
            self.search.page += 1
            self.write(self._search_page(self.search))
        elif self.pending:
            self._emit(self.pending.pop(0))
            if self.pending:
                self._emit(MORE_PROMPT.format(n=len(self.pending)))
        else:
            self.write("Nothing more to show.")

    async def rate(self, answer: str) -> None:
        value = answer.strip().lower()
        if value not in {"yes", "no", "y", "n"}:
            raise InvalidInput("Use /rate yes or /rate no.")
        if self.last_question_id is None or not hasattr(self.app, "rate"):
            raise UserFacingError("There is no answer to rate yet (or ratings are unavailable).")
        helpful = value.startswith("y")
        word = "helpful" if helpful else "not helpful"
        if self.rated == helpful:
            self.write(f"You already rated the last answer {word}; ask another question to rate again.")
            return
        await self.app.rate(self.last_question_id, helpful)  # one rating per answer: the latest wins
        changed = self.rated is not None
        self.rated = helpful
        self.write(
            f"Changed your rating of the last answer to {word}."
            if changed
            else "Thanks, noted for the weekly summary."
        )

    async def about(self) -> None:
        """What Discord's /about says (one shared text), plus the status labels used here."""
        counts = self.app.kb.counts()
        held = ", ".join(f"{n} {kind}{'s' if n != 1 else ''}" for kind, n in counts.items())
        labels = "; ".join(f"{k}: {v}" for k, v in STATUS_LABEL.items())
        self.show(
            "",
            head="\n\n".join(
                [
                    "## About ExportWatch",
                    WHAT_IT_IS,
                    f"It holds {held}.",
                    "## Knowledge base",
                    knowledge_line(self.app).replace("\n", "  \n"),
                    f"Status labels: {labels}",
                    "## What is stored, and for how long",
                    data_statement(self.app.settings),
                    f"*{NOT_LEGAL_ADVICE}*",
                ]
            ),
        )

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
        if line == CANCELLED:
            return True
        if line == NOT_UTF8:
            self.write(NOT_UTF8_REPLY)
            return True
        line = clean(line)
        if not line:
            if self.pending:  # Enter turns the page
                await self.more()
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
        elif command == "/tip":
            self.write(TIPS_IN_DISCORD)
        elif command == "/triage":
            self.write(TRIAGE_ELSEWHERE)
        else:
            self.write(f"Unknown command {command}. Type /help for the list.")
        return True


def clean(line: str) -> str:
    """The line without control characters (stray escapes, pasted NULs), which never help a search."""
    return strip_unreadable(line)


def echo(text: str) -> str:
    """Typed text quoted back in a reply: repr (so escapes stay visible), cut to a readable length."""
    return repr(text if len(text) <= ECHO_LIMIT else text[:ECHO_LIMIT] + "…")


def read_search(arguments: str) -> SearchQuery:
    """`QUERY [kind=..] [country=..] ...` (the filters `bot.kb.filters` declares); quotes allowed.
    A word whose key is no filter name stays part of the query ('a=b')."""
    try:
        words = shlex.split(arguments)
    except ValueError as err:
        raise InvalidInput(f"Could not read that search ({err}); check the quotes.") from None
    typed: dict[str, str] = {}
    query: list[str] = []
    for word in words:
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


async def run_console(
    app: App,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    reader: LineReader | None = None,
    screen: Screen | None = None,
) -> int:
    """Serve commands until /quit, Ctrl-D or end of input; returns the exit code (0)."""
    stdin = stdin if stdin is not None else sys.stdin
    out = stdout if stdout is not None else sys.stdout
    interactive = (
        reader is None
        and stdin is sys.stdin
        and stdout is None
        and sys.stdin.isatty()
        and sys.stdout.isatty()
    )
    if reader is None:
        reader = PromptReader() if interactive else PipeReader(stdin)
    fit = (lambda: screen) if screen is not None else Screen.of_terminal if interactive else None
    console = Console(app, out, screen=fit)
    counts = app.kb.counts()
    console.write(f"ExportWatch console: {sum(counts.values())} entries loaded. Type /help for commands.")
    while True:
        line = await reader.read()
        if line is None:
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
