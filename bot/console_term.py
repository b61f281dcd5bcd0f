"""The console's terminal: lines read with editing and history, text laid out for the window.

At a terminal the console reads with prompt_toolkit (Ctrl-C cancels the line being typed, Ctrl-D
quits, the event loop keeps running while it waits) and renders with rich: wrapped to the window's
width, Markdown headings as headings, long answers a window-height page at a time. Piped input and
output stay plain lines, so scripts and tests read exactly what they wrote.
"""

from __future__ import annotations

import asyncio
import io
import shutil
import unicodedata
from dataclasses import dataclass
from typing import Protocol, TextIO

PROMPT = "exportwatch> "
CANCELLED = "\x00cancelled"  # Ctrl-C: the line was dropped; nothing to run, nothing to page
NOT_UTF8 = "\x00not-utf8"  # bytes that are not UTF-8 text: said politely, never a stack trace


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
    from rich.console import Console
    from rich.markdown import Markdown
    from rich.text import Text

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
    console.print(Markdown(text, hyperlinks=False) if markdown else Text(text), crop=False)
    return [line.rstrip() for line in buffer.getvalue().rstrip("\n").split("\n")]


def paginate(lines: list[str], per_page: int | None) -> list[str]:
    if per_page is None or per_page < 1:
        return ["\n".join(lines)]
    return ["\n".join(lines[i : i + per_page]) for i in range(0, len(lines), per_page)] or [""]


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


class PromptReader:
    """prompt_toolkit at a terminal: line editing, history, Ctrl-C cancels the line, Ctrl-D quits."""

    def __init__(self, session: object | None = None) -> None:
        if session is None:
            from prompt_toolkit import PromptSession

            session = PromptSession()
        self.session = session

    async def read(self) -> str | None:
        try:
            line: str = await self.session.prompt_async(PROMPT)  # type: ignore[attr-defined]
        except KeyboardInterrupt:
            return CANCELLED
        except EOFError:
            return None
        if any(unicodedata.category(c) == "Cs" for c in line):
            return NOT_UTF8
        return line
