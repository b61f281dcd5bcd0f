"""The console's terminal: lines read with editing and history, text laid out for the window.

At a terminal the console reads with prompt_toolkit (Ctrl-C cancels the line being typed, Ctrl-D
quits, the event loop keeps running while it waits) and renders with rich: wrapped to the window's
width, Markdown headings as headings, long answers a window-height page at a time. Piped input and
output stay plain lines, so scripts and tests read exactly what they wrote.
"""

from __future__ import annotations

import asyncio
import io
import re
import shutil
import textwrap
import unicodedata
from dataclasses import dataclass
from typing import Protocol, TextIO

from bot.cli.console.words import kind_word, status_word
from bot.i18n import _, isolate, pgettext
from bot.kb.model import Entry
from bot.kb.render import heading_text, source_text

PROMPT = "exportwatch> "
CANCELLED = "\x00cancelled"  # Ctrl-C: the line was dropped; nothing to run, nothing to page
NOT_UTF8 = "\x00not-utf8"  # bytes that are not UTF-8 text: said politely, never a stack trace
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_HEADING = re.compile(r"^(##+)[ \t]*(.*\S)[ \t]*$", re.MULTILINE)


@dataclass(frozen=True)
class Screen:
    """The window text is laid out for; `color` only at a real terminal."""

    width: int
    height: int
    color: bool = False

    @classmethod
    def of_terminal(cls) -> Screen:
        """The current size, asked on every answer so a resized window is used at once."""
        size = shutil.get_terminal_size((80, 24))
        return cls(max(size.columns, 20), max(size.lines, 6), color=True)

    @property
    def page_lines(self) -> int:
        """Lines per page: the window less the prompt line and the "more" line."""
        return self.height - 2


def render(text: str, screen: Screen, *, markdown: bool = False) -> list[str]:
    """`text` as the lines a person sees in `screen`: wrapped at spaces, Markdown rendered if asked.

    Only curated knowledge is rendered as Markdown; anything a person typed is plain text, so it
    can never pose as markup.
    """
    if not markdown:
        return [wrapped for line in text.split("\n") for wrapped in _wrap(line, screen.width)]
    from rich.console import Console
    from rich.markdown import Markdown

    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=screen.width,
        color_system="standard" if screen.color else None,
        force_terminal=screen.color,
        highlight=False,
        markup=False,
        emoji=False,
    )
    text, links = _hold_links(text, screen.width)
    console.print(Markdown(text, hyperlinks=False), crop=False)
    return [line.rstrip() for line in _put_links(buffer.getvalue(), links).rstrip("\n").split("\n")]


# A link is never cut: "https://example.org/report-out-of-con" + "trol/" can be neither clicked
# nor copied. rich folds a word wider than the window, so each link goes through it as a stand-in
# of private-use characters (wide enough to start a line of its own when it needs one) and comes
# back whole; a link wider than the window runs past it and the terminal wraps it as one line.
_LINK = re.compile(r"https?://[^\s<>]+")
_STAND_IN = 0xE000  # the first character of Unicode's private use area
_STAND_INS = 6400  # its size: links beyond that many in one text are left to rich
_BETWEEN_PIECES = r"(?:[ \t]|\x1b\[[0-9;]*m)*\n(?:[ \t]|\x1b\[[0-9;]*m)*"  # a fold, in any style


def _hold_links(text: str, width: int) -> tuple[str, list[str]]:
    """`text` with each link (up to _STAND_INS) replaced by a stand-in, and the links in order."""
    links: list[str] = []

    def hold(match: re.Match[str]) -> str:
        if len(links) >= _STAND_INS:
            return match[0]
        links.append(match[0])
        return chr(_STAND_IN + len(links) - 1) * min(len(match[0]), max(width - 4, 1))

    return _LINK.sub(hold, text), links


def _put_links(rendered: str, links: list[str]) -> str:
    """The rendered text with each stand-in, folded over lines or not, replaced by its link."""
    if not links:
        return rendered
    chars = f"[{chr(_STAND_IN)}-{chr(_STAND_IN + len(links) - 1)}]"
    stand_in = re.compile(f"({chars})\\1*(?:{_BETWEEN_PIECES}\\1+)*")
    return stand_in.sub(lambda m: links[ord(m[1]) - _STAND_IN], rendered)


def plain(markdown: str) -> str:
    """Curated Markdown for piped output: emphasis markers and heading hashes dropped."""
    return "\n".join(
        ln.lstrip("#").strip() if ln.startswith("#") else ln
        for ln in markdown.replace("**", "").replace("  \n", "\n").splitlines()
    )


def entry_markdown(entry: Entry) -> str:
    """The whole entry as Markdown for the terminal: title and body headings render as headings."""
    meta = [
        _label(pgettext("console", "Kind"), kind_word(entry.kind)),
        _label(pgettext("console", "Status"), status_word(entry.status)),
    ]
    for label, values in (
        (pgettext("console", "Countries"), entry.countries),
        (pgettext("console", "Technologies"), entry.technologies),
        (pgettext("console", "Years"), [str(y) for y in entry.years]),
    ):
        if values:
            meta.append(_label(label, ", ".join(values)))
    sources_heading = "## " + pgettext("console", "Sources")
    # The prescribed section headings in the session's language, as on the Discord card.
    body = _HEADING.sub(lambda m: f"{m[1]} {heading_text(m[2])}", entry.body.strip())
    parts = [f"# {entry.title}", entry.summary.strip(), body, " · ".join(meta), sources_heading]
    # Bare URLs: an <autolink> would be shown twice ("url (url)") where links cannot be clicked.
    sources = (_AUTOLINK.sub(r"\1", source_text(s)) for s in entry.sources)
    parts.append("\n".join(f"{i}. {text}" for i, text in enumerate(sources, 1)))
    reviewed = _("Last reviewed: {date} · id: {id}")
    parts.append(reviewed.format(date=entry.last_reviewed, id=isolate(entry.id)))
    return "\n\n".join(p for p in parts if p)


def _label(label: str, value: str) -> str:
    return _("**{label}:** {value}").format(label=label, value=value)


_KEEP_TOGETHER = re.compile(r"(/open|/rate) (\S+)")
_GLUE = "\x00"
_NUMBERED = re.compile(r"\d{1,3}\. ")


def _wrap(line: str, width: int) -> list[str]:
    """One plain line wrapped at spaces: list items keep a hanging indent, and an id is never cut
    ("/open us-entity-list" stays on one line, whole)."""
    if len(line) <= width:
        return [line]
    indent = len(line) - len(line.lstrip())
    # a numbered item (a list answer, a search page, sources) hangs under its text, as bullets do:
    # "(Case, Established) — /open ..." wrapped to the left margin read as a new paragraph
    number = _NUMBERED.match(line.lstrip())
    mark = len(number.group(0)) if number else 2 if line.lstrip().startswith(("- ", "• ")) else 0
    hang = " " * (indent + mark)
    glued = _KEEP_TOGETHER.sub(lambda m: f"{m.group(1)}{_GLUE}{m.group(2)}", line)
    lines = textwrap.wrap(
        glued,
        width,
        subsequent_indent=hang,
        break_on_hyphens=False,
        break_long_words=False,
        drop_whitespace=True,
    )
    return [part.replace(_GLUE, " ") for part in lines] or [""]


def paginate(lines: list[str], per_page: int | None) -> list[str]:
    """Pages of at most `per_page` lines. A page that would end inside a paragraph (a list item and
    its "/open id" split over two pages) ends at the paragraph's blank line instead, when one is in
    the page's second half."""
    if per_page is None or per_page < 1:
        return ["\n".join(lines)]
    pages, start = [], 0
    while start < len(lines):
        end = min(start + per_page, len(lines))
        after = end
        if end < len(lines) and lines[end].strip() and lines[end - 1].strip():
            blank = next((j for j in range(end - 1, start + per_page // 2, -1) if not lines[j].strip()), None)
            if blank is not None:
                end, after = blank, blank + 1  # the blank line between pages is not shown
        pages.append("\n".join(lines[start:end]))
        start = after
    return pages or [""]


def strip_unreadable(line: str) -> str:
    """The line without control characters and undecodable bytes (lone surrogates), which never
    help a search and would crash a write to the terminal."""
    kept = (
        "" if unicodedata.category(c) == "Cs" else " " if unicodedata.category(c) == "Cc" else c for c in line
    )
    return " ".join("".join(kept).split())


class LineReader(Protocol):
    async def read(self) -> str | None:
        """The next line (or CANCELLED / NOT_UTF8); None when the person is done."""
        ...


class PipeReader:
    """Lines from a pipe or file, read in a worker thread so the event loop keeps running."""

    def __init__(self, stdin: TextIO) -> None:
        self.stdin = stdin
        self.raw = getattr(stdin, "buffer", None)  # bytes, so one bad line cannot derail the rest

    async def read(self) -> str | None:
        if self.raw is None:
            line = await asyncio.to_thread(self.stdin.readline)
            return line if line else None
        data = await asyncio.to_thread(self.raw.readline)
        if not data:
            return None
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return NOT_UTF8


class PromptSessionLike(Protocol):
    """What the reader uses of prompt_toolkit's PromptSession (tests pass a scripted one)."""

    async def prompt_async(self, message: str) -> str: ...


class PromptReader:
    """prompt_toolkit at a terminal: line editing, history, Ctrl-C cancels the line, Ctrl-D quits."""

    def __init__(self, session: PromptSessionLike | None = None) -> None:
        if session is None:
            from prompt_toolkit import PromptSession

            session = PromptSession()
        self.session = session

    async def read(self) -> str | None:
        try:
            line = await self.session.prompt_async(PROMPT)
        except KeyboardInterrupt:
            return CANCELLED
        except EOFError:
            return None
        if any(unicodedata.category(c) == "Cs" for c in line):
            return NOT_UTF8
        return line
