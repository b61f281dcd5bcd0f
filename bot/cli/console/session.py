"""The terminal face: the member commands typed at a prompt, served by the same core, shown as text.

For trying the bot and for editing knowledge without a Discord token: edit a file, `/reload`, ask
again. At a terminal, answers are laid out for the window (`term`); piped input and output
are plain lines, so scripts and tests feed it lines. Reading never blocks the event loop.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TextIO

import bot.cli.console.words as words
from bot.about import NOT_LEGAL_ADVICE, WHAT_IT_IS, data_statement, knowledge_line
from bot.cli.console.search import SearchState, read_search, search_page
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
from bot.i18n import _, format_number, ngettext, translation_note
from bot.kb import render as shown
from bot.kb.model import Entry
from bot.kb.present import CLOSE_NAMES, NO_ANSWER, NO_MATCH_HINT
from bot.kb.render import ENGLISH_NOTE, LIST_ENGLISH_NOTE, PARTIAL_NOTE, STATUS_LABEL, entry_text, list_text
from bot.questions.service import NOT_RATEABLE

if TYPE_CHECKING:
    from bot.app import App
    from bot.kb.result import Alternative

log = logging.getLogger(__name__)

PAGE_LINES = 40  # piped output (no window to fit)


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
    refused: bool = False  # the last question got no answer (nothing to rate: a knowledge gap)

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
            self._emit(words.more_prompt(len(self.pending)))

    def show_entry(self, entry: Entry, extra: list[str]) -> None:
        if self.screen is None:
            self.show(entry_text(entry) + "\n".join(["", *extra]))
        else:
            self.show("\n".join(extra).strip("\n"), head=entry_markdown(entry))

    # --- commands -----------------------------------------------------------------------------------

    async def ask(self, question: str) -> None:
        outcome = await self.app.ask(question, source="console")
        result = outcome.result
        self.rated = None
        self.refused = result.talk is None and not result.rateable
        # Only an answer (a card or a list) is rated, as in Discord: the rule is SearchResult.rateable.
        self.last_question_id = outcome.question_id if result.rateable else None
        prompt = [_("Was this helpful? /rate yes or /rate no")] if self.last_question_id is not None else []
        if result.talk is not None:  # "hi", "thanks": the core's reply, with the console's commands
            self.write(words.small_talk(result.talk))
        elif result.as_list:
            note = ["", words.shared(LIST_ENGLISH_NOTE)] if result.english_note else []
            # "list every vendor you have": the first ones, and /search kind=vendor to browse them all
            more = shown.more_lines(result, lambda k: words.command(f"/search kind={k}" if k else "/search"))
            listed = list_text(result.items, lambda e: words.command(f"/open {e.id}"))
            warned = shown.unrecorded_lines(result)  # "not on the Entity List": no card records a listing
            self.show("\n".join([listed, *warned, *more, *note, *(["", *prompt] if prompt else [])]))
        elif result.answered and result.entry is not None:
            # No "match 89%": a member cannot read it, and the card answers (the figure stays in
            # `python -m bot ask` and its --json, for the people who tune the search).
            extra = [""] + ([words.shared(ENGLISH_NOTE)] if result.english_note else [])
            extra += [words.shared(PARTIAL_NOTE).format(ask=result.partial)] if result.partial else []
            extra += self._related_lines(result.entry)
            extra += ["", *prompt] if prompt else []
            self.show_entry(result.entry, extra)
        else:
            self.show(self._no_answer(result.alternatives))

    def _no_answer(self, alternatives: Sequence[Alternative]) -> str:
        lines = [words.shared(NO_ANSWER)]
        if alternatives:
            lines += ["", _("Did you mean:")]
            lines += [words.listed(alt.title, alt.id, alt.kind) for alt in alternatives]
        else:
            lines += ["", words.shared(NO_MATCH_HINT).format(search=words.command("/search"))]
        lines += ["", words.tip_pointer()]
        return "\n".join(lines)

    def _related_lines(self, entry: Entry) -> list[str]:
        related = self.app.kb.related(entry)
        if not related:
            return []
        return ["", _("Related:")] + [words.listed(r.title, r.id, r.kind) for r in related]

    async def lookup(self, kind: str, name: str) -> None:
        if not name.strip():
            example = {"vendor": "NSO Group", "rule": "Wassenaar", "case": "Pegasus"}[kind]
            raise InvalidInput(
                _("Give a name, e.g. {example}").format(example=words.command(f"/{kind} {example}"))
            )
        entry = self.app.kb.resolve(name, kind)
        if entry is not None:
            self.show_entry(entry, self._related_lines(entry))
            return
        suggestions = self.app.kb.complete(name, kind=kind, limit=CLOSE_NAMES)
        lines = [words.no_entry_called(kind, words.echo(name.strip()))]
        if suggestions:
            lines += ["", _("Closest names:")] + [words.listed(e.title, e.id) for e in suggestions]
        self.show("\n".join([*lines, "", words.tip_pointer()]))

    async def open(self, entry_id: str) -> None:
        entry_id = entry_id.strip()
        if not entry_id:
            raise InvalidInput(
                _("Give an entry id, e.g. {example} (ids are shown under each entry).").format(
                    example=words.command("/open nso-group")
                )
            )
        entry = self.app.kb.get(entry_id)
        if entry is None:
            lines = [
                _("No entry has the id {id}. Ids are shown under each entry.").format(id=words.echo(entry_id))
            ]
            close = self.app.kb.complete(entry_id, limit=CLOSE_NAMES)
            if close:
                lines += ["", _("Closest names:")] + [words.listed(e.title, e.id) for e in close]
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
        text, self.search = search_page(self.app, state)
        return text

    async def more(self) -> None:
        if self.search is not None:
            self.search.page += 1
            self.write(self._search_page(self.search))
        elif self.pending:
            self._emit(self.pending.pop(0))
            if self.pending:
                self._emit(words.more_prompt(len(self.pending)))
        else:
            self.write(words.nothing_more())

    async def rate(self, answer: str) -> None:
        value = answer.strip().casefold()
        yes, no = words.rating_answers()
        if value not in yes | no:
            raise InvalidInput(_("Use /rate yes or /rate no."))
        if self.refused:
            raise UserFacingError(words.shared(NOT_RATEABLE))
        if self.last_question_id is None or not hasattr(self.app, "rate"):
            raise UserFacingError(_("There is no answer to rate yet (or ratings are unavailable)."))
        helpful = value in yes
        if self.rated == helpful:
            self.write(
                _("You already rated the last answer helpful; ask another question to rate again.")
                if helpful
                else _("You already rated the last answer not helpful; ask another question to rate again.")
            )
            return
        await self.app.rate(self.last_question_id, helpful)  # one rating per answer: the latest wins
        changed = self.rated is not None
        self.rated = helpful
        if not changed:
            # Console questions (editors testing knowledge) never count in the weekly summary
            # (bot/summary/queries.py), so neither do their ratings: never promise otherwise.
            self.write(_("Thanks, noted. Console ratings are not counted in the weekly summary."))
        else:
            self.write(
                _("Changed your rating of the last answer to helpful.")
                if helpful
                else _("Changed your rating of the last answer to not helpful.")
            )

    async def about(self) -> None:
        """What Discord's /about says (one shared text), plus the status labels used here."""
        labels = "; ".join(f"{words.status_word(k)}: {words.shared(v)}" for k, v in STATUS_LABEL.items())
        note = translation_note()  # a translation no native speaker has checked yet says so
        parts = [
            "## " + _("About ExportWatch"),
            words.shared(WHAT_IT_IS),
            words.held(self.app.kb.counts()),
            "## " + _("Knowledge base"),
            knowledge_line(self.app).replace("\n", "  \n"),
            _("Status labels: {labels}").format(labels=labels),
            "## " + _("What is stored, and for how long"),
            data_statement(self.app.settings),
            f"*{words.shared(NOT_LEGAL_ADVICE)}*",
            *([f"*{note}*"] if note else []),
        ]
        self.show("", head="\n\n".join(parts))

    async def reload(self) -> None:
        problems = await self.app.kb.reload()
        if problems:
            n = len(problems)
            self.write(
                ngettext(
                    "Not reloaded: {n} problem; still serving the previous version.",
                    "Not reloaded: {n} problems; still serving the previous version.",
                    n,
                ).format(n=format_number(n))
            )
            for problem in problems[:50]:
                self.write(f"  {problem}")
        else:
            n = len(self.app.kb.entries())
            self.write(ngettext("Reloaded {n} entry.", "Reloaded {n} entries.", n).format(n=format_number(n)))

    async def handle(self, line: str) -> bool:
        """Run one line; False means quit."""
        if line == CANCELLED:
            return True
        if line == NOT_UTF8:
            self.write(words.not_utf8_reply())
            return True
        line = clean(line)
        if not line:
            if self.pending:  # Enter turns the page
                await self.more()
            return True
        if not line.startswith("/"):
            await self.ask(line)
            return True
        command, _sep, rest = line.partition(" ")
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
            self.write(words.help_text())
        elif command == "/tip":
            self.write(words.tips_in_discord())
        elif command == "/triage":
            self.write(words.triage_elsewhere())
        else:
            self.write(words.unknown_command(command))
        return True


def clean(line: str) -> str:
    """The line without control characters (stray escapes, pasted NULs), which never help a search."""
    return strip_unreadable(line)


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
    console.write(words.greeting(sum(counts.values())))
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
            console.write(words.went_wrong())
    console.write(words.bye())
    return 0
