"""Markdown-safe shortening and paging for Discord's hard limits (member text is escaped by bot.text).

Discord rejects a whole reply when one embed part is a character too long, and a cut in the
middle of `**bold**` or `[a link](url)` shows the member raw syntax. So every cut here lands on
a paragraph, line or word boundary, never inside a link, inline code or URL, and closes any
emphasis or code fence it leaves open (re-opening it on the next page when paging).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Discord's limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
TITLE_MAX = 256
DESCRIPTION_MAX = 4096
FIELDS_MAX = 25
FIELD_NAME_MAX = 256
FIELD_VALUE_MAX = 1024
FOOTER_MAX = 2048
AUTHOR_MAX = 256
EMBED_TOTAL_MAX = 6000
CONTENT_MAX = 2000
CHOICE_NAME_MAX = 100
CUSTOM_ID_MAX = 100
BUTTON_LABEL_MAX = 80
SELECT_OPTION_MAX = 100
SELECT_OPTIONS_MAX = 25

ELLIPSIS = "…"

# Spans a cut must never split: the reader would see raw syntax or a broken URL.
_ATOMIC = re.compile(
    r"\[[^\]\n]*\]\([^)\s]*\)"  # [label](url)
    r"|<https?://[^>\s]+>"  # <https://...>
    r"|https?://\S+"  # bare URL
    r"|`[^`\n]+`"  # inline code
    r"|<[@#][!&]?\d+>|<a?:\w+:\d+>"  # mentions, channels, custom emoji
)
# Emphasis a cut may split, as long as it closes the marker it leaves open.
_EMPHASIS = [
    re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*"),
    re.compile(r"__(?=\S)(.+?)(?<=\S)__"),
    re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"),
    re.compile(r"\|\|(?=\S)(.+?)(?<=\S)\|\|"),
    re.compile(r"(?<![*\w])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![*\w])"),
    re.compile(r"(?<![_\w])_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?![_\w])"),
]
_FENCE = re.compile(r"^\s*(```|~~~)(.*)$", re.MULTILINE)
# What a reopened fence carries of its opening line: the language, as Discord reads one after ```.
_FENCE_LANGUAGE = re.compile(r"[\w+#.-]{1,32}")


@dataclass(frozen=True)
class Cut:
    """A prefix of a Markdown text made valid on its own, and how to continue after it."""

    text: str  # what to show (closers appended)
    consumed: int  # how many characters of the source it covers
    reopen: str  # markers to put before the rest so it renders the same


def _atomic_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _ATOMIC.finditer(text)]


def _inside(pos: int, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    for start, end in spans:
        if start < pos < end:
            return start, end
    return None


@dataclass(frozen=True)
class _Fence:
    """A code fence still open at a cut: where its opening line starts, and what reopens it."""

    start: int
    marker: str  # "```" or "~~~", what closes it
    reopen: str  # the marker and its language, never the rest of the opening line


def _open_fence(prefix: str) -> _Fence | None:
    """The code fence still open at the end of `prefix`, if any."""
    opened: _Fence | None = None
    for match in _FENCE.finditer(prefix):
        if opened is not None:
            opened = None
            continue
        marker, info = match.group(1), match.group(2).strip()
        language = info if _FENCE_LANGUAGE.fullmatch(info) else ""
        opened = _Fence(match.start(), marker, marker + language)
    return opened


def _open_emphasis(text: str, pos: int) -> list[tuple[int, str]]:
    """Emphasis spans that start before `pos` and end after it, as (start, marker), outermost first."""
    straddling: list[tuple[int, str]] = []
    for pattern in _EMPHASIS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if start < pos < end:
                # A cut inside or right after the opening marker counts too: the caller then cuts
                # before the span rather than show a bare or half opener.
                straddling.append((start, text[start : match.start(1)]))
    straddling.sort()
    return straddling


def _boundary(text: str, budget: int) -> int:
    """The best place to cut `text` to at most `budget` chars: paragraph, line, then word."""
    window = text[: budget + 1]
    floor = budget // 2
    for sep in ("\n\n", "\n"):
        at = window.rfind(sep, 0, budget + 1)
        if at >= floor:
            return at
    spans = _atomic_spans(text)
    at = budget
    while at > 0:
        space = window.rfind(" ", 0, at + 1)
        if space <= 0:
            break
        span = _inside(space, spans)
        if span is None:
            return space
        at = span[0] - 1
    # One unbroken word (or link) longer than the budget: cut before it if it is a link, else hard.
    span = _inside(budget, spans)
    if span is not None and span[0] > 0:
        return span[0]
    return budget


def cut_markdown(text: str, budget: int) -> Cut:
    """A Markdown-valid prefix of `text` no longer than `budget` (closers included)."""
    if len(text) <= budget:
        return Cut(text, len(text), "")
    if budget <= 0:
        return Cut("", 0, "")
    # Spans never cross a line, so nothing past the line holding the cut can matter: scan only that.
    line_end = text.find("\n", budget)
    if line_end != -1:
        text = text[:line_end]
    # Leave room for closers; shrink until the result (with its closers) fits.
    reserve = 0
    while True:
        pos = _boundary(text, max(budget - reserve, 0))
        head = text[:pos].rstrip()
        fence = _open_fence(head)
        if fence is not None and "\n" not in head[fence.start :]:
            # The cut is on the fence's own opening line: nothing of its code would show, and
            # reopening that line on the next page could carry more than this page took (a line of
            # 5,000 backticks paged forever). Cut before the line; a line alone longer than the
            # page is cut hard as plain text below.
            head = text[: fence.start].rstrip()
            fence = None
        emphasis = [] if fence else _open_emphasis(text, len(head))
        # Never leave an opener with nothing after it ("**" then the cut): cut before that span.
        while emphasis and not text[emphasis[-1][0] + len(emphasis[-1][1]) : len(head)].strip():
            head = text[: emphasis[-1][0]].rstrip()
            emphasis = _open_emphasis(text, len(head))
        closers = "".join(marker for _, marker in reversed(emphasis))
        if fence:
            closers = "\n" + fence.marker
        shown = head + closers
        if len(shown) <= budget or budget - reserve <= 0:
            break
        reserve += len(shown) - budget
    spans = _atomic_spans(text)
    span = _inside(len(head), spans)
    if len(shown) > budget or not head or span is not None:
        # One link, code span or word longer than the budget: show its plain text, hard cut.
        span = span or _inside(budget, spans)
        end = span[1] if span is not None else len(head) or budget
        plain = strip_markdown(text[:end])
        return Cut(plain[:budget].rstrip(), end, "")
    reopen = (fence.reopen + "\n") if fence else "".join(marker for _, marker in emphasis)
    return Cut(shown, len(head), reopen)


def strip_markdown(text: str) -> str:
    """The visible text of Markdown: link labels without their URL, no emphasis or code markers."""
    text = re.sub(r"\[([^\]\n]*)\]\([^)\s]*\)", r"\1", text)
    text = re.sub(r"<(https?://[^>\s]+)>", r"\1", text)
    return re.sub(r"[*_`~|]|^#+\s*", "", text, flags=re.MULTILINE)


def shorten(text: str, limit: int, *, marker: str = "") -> str:
    """`text` if it fits, else a clean cut ending in "…" followed by `marker` (e.g. a read-more hint)."""
    if len(text) <= limit:
        return text
    suffix = ELLIPSIS + marker
    if len(suffix) >= limit:
        return ELLIPSIS[:limit]
    return cut_markdown(text, limit - len(suffix)).text + suffix


def shorten_plain(text: str, limit: int) -> str:
    """Plain-text cut at a word boundary (titles, labels, choice names)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    space = head.rfind(" ")
    if space >= limit // 2:
        head = head[:space]
    return head.rstrip(" ,;:-") + ELLIPSIS


def paginate(text: str, limit: int) -> list[str]:
    """Split Markdown into pages of at most `limit` chars, each valid on its own, nothing lost."""
    pages: list[str] = []
    rest = text.strip()
    assert limit > 0, "a page must hold at least one character"
    while rest:
        # Never 0 for limit >= 1: a Cut covers a non-empty head, or a hard cut of at least one char.
        cut = cut_markdown(rest, limit)
        assert cut.consumed > 0, "a page must cover at least one character"
        if cut.text.strip():  # a hard cut of pure markup shows nothing: no blank page for it
            pages.append(cut.text.rstrip())
        remaining = rest[cut.consumed :].strip()
        # What the next page reopens must be shorter than what this page took, or the rest would
        # never shrink: each page then adds to the list forever (issue 15's deep fuzz run grew to
        # 22 GB on one such body). cut_markdown keeps its reopens short; this keeps it a guarantee.
        reopen = cut.reopen if len(cut.reopen) < cut.consumed else ""
        rest = (reopen + remaining) if remaining else ""
    return pages or [""]


def discord_markdown(body: str) -> str:
    """Knowledge Markdown as embeds show it: headings become bold lines (embeds render few headings)."""
    return re.sub(r"^#{1,6}\s+(.+?)\s*#*\s*$", r"**\1**", body.strip(), flags=re.MULTILINE)
