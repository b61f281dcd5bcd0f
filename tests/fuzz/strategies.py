"""Hostile text for fuzzing: unicode, zero-width and control characters, bidi marks, Markdown,
mentions and very long strings, mixed the way a real paste mixes them."""

from __future__ import annotations

from hypothesis import strategies as st

TRICKY = [
    "\u200b",
    "\u200d",
    "\ufeff",
    "\u200e",
    "\u200f",
    "\u202e",
    "\u2066",
    "\x00",
    "\x07",
    "\x1b[31m",
    "\r\n",
    "\t",
    "\u0301",
    "\U0001f4a3",
    "\U0001f1fa\U0001f1f8",
    "\ud7ff",
    "\uffff",
    "@everyone",
    "@here",
    "<@123>",
    "<@!123>",
    "<@&456>",
    "<#789>",
    "</ask:1>",
    "<t:1:R>",
    "**",
    "__",
    "*",
    "_",
    "~~",
    "||",
    "`",
    "```",
    "> ",
    "# ",
    "- ",
    "[x](https://evil.example)",
    "<https://e.example>",
    "\\",
    "'",
    '"',
    "=",
    "kind=",
    "year=",
    "country=",
    "/",
    "/ask ",
    "/more",
    "W47",
    "2026-W",
    "Pegasus",
    "NSO Group",
    "Wassenaar",
]


def _long(fragment_and_size: tuple[str, int]) -> str:
    fragment, size = fragment_and_size
    return (fragment * (size // max(len(fragment), 1) + 1))[:size]


FRAGMENT = st.sampled_from(TRICKY) | st.text(min_size=1, max_size=8)
mixed = st.lists(st.sampled_from(TRICKY) | st.text(max_size=12), max_size=40).map("".join)
long_text = st.tuples(FRAGMENT, st.integers(500, 6000)).map(_long)
hostile_text = st.one_of(st.text(max_size=300), mixed, long_text)


def within(limit: int, *, min_size: int = 0) -> st.SearchStrategy[str]:
    """Hostile text cut to what Discord itself would let through for an option of that length."""
    return hostile_text.map(lambda s: s[:limit]).filter(lambda s: len(s) >= min_size)


def at_limit(limit: int) -> st.SearchStrategy[str]:
    """Hostile text filling a field to its limit: what a renderer's length budget must survive
    (Markdown and mentions grow when escaped, so a card of full fields is the worst case)."""
    return FRAGMENT.map(lambda f: _long((f, limit)))
