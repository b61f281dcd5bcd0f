"""Member text made inert for display: the one escaping function every face and rendering uses.

Anything a member typed (a tip, a reply, a question, a search, input quoted in an error) is shown
to someone else as *text*, never as markup the bot appears to vouch for. Discord renders mentions
(`<@id>`, `<@&role>`, `<#channel>`), slash-command links (`</cmd:id>`), timestamps (`<t:…>`),
`@everyone`, Markdown, masked links and bare URLs; a backslash before any ASCII punctuation shows
that character literally (Discord's escape rule, and CommonMark's, so the Markdown files agree).
So every character that can open any of these (`MARKUP`) is escaped, and so is the dot of
a line-opening "1." (a numbered list): nothing can start a construct, and `https\\://` is no
longer a link, so a member's link is shown but never clickable (a moderator copies it on
purpose; a tracking link cannot be followed by a slip of the mouse). A link that hides its real
host behind `user@` (`https://discord.com@evil.example`) also says where it really goes.
Unicode bidirectional controls are removed: they can make text read differently from what it is.
"""

from __future__ import annotations

import re

# U+202A-U+202E (embeddings, overrides), U+2066-U+2069 (isolates), U+200E/U+200F (marks), U+061C.
BIDI_CONTROLS = frozenset(
    [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
    + ["\u200e", "\u200f", "\u061c"]
)
_BIDI_RE = re.compile("[" + "".join(sorted(BIDI_CONTROLS)) + "]")
# Backslash, emphasis, code, spoilers, links and masked links, mentions/channels/commands/timestamps
# (`<…>`), @everyone/@here, URL schemes (`:`), headings, quotes, subtext and list bullets.
MARKUP = frozenset("\\*_~`|[]()<>@:#-+")
_ESCAPE_RE = re.compile("([" + re.escape("".join(sorted(MARKUP))) + "])")
_LIST_NUMBER_RE = re.compile(r"^(\s*\d+)\.", re.MULTILINE)
# scheme://user@host: the part before "@" poses as the destination.
_USERINFO_URL_RE = re.compile(r"\b[a-z][a-z0-9+.-]*://[^\s/?#]*@([^\s/?#:@]+)\S*", re.IGNORECASE)
ELLIPSIS = "…"


def strip_bidi(text: str) -> str:
    return _BIDI_RE.sub("", text)


def _reveal_hosts(text: str) -> str:
    """After each link with a `user@` part, say which host it really goes to."""
    return _USERINFO_URL_RE.sub(lambda m: f"{m.group(0)} (goes to {m.group(1)})", text)


def _cut(text: str, budget: int) -> str:
    """At most `budget` characters, at a word boundary when one is near, ending in "…" when cut."""
    if len(text) <= budget:
        return text
    if budget <= len(ELLIPSIS):
        return ""
    head = text[: budget - len(ELLIPSIS)]
    space = head.rfind(" ")
    if space >= budget // 2:
        head = head[:space]
    return head.rstrip() + ELLIPSIS


def escape_member_text(text: str, limit: int | None = None, *, one_line: bool = True) -> str:
    """`text` as inert display text, at most `limit` characters once escaped (cut on a word).

    `one_line` folds newlines and runs of spaces into single spaces (fields, lists, table cells).
    """
    text = _reveal_hosts(strip_bidi(str(text)))
    text = " ".join(text.split()) if one_line else text.strip()
    budget = len(text) if limit is None else limit
    while True:
        shown = _LIST_NUMBER_RE.sub(r"\1\\.", _ESCAPE_RE.sub(r"\\\1", _cut(text, budget)))
        if limit is None or len(shown) <= limit:
            return shown
        budget -= max(1, (len(shown) - limit + 1) // 2)


def visible(escaped: str) -> str:
    """What a reader sees of escaped text (the inverse of the escaping, for tests and plain faces)."""
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", escaped)  # any escaped ASCII punctuation


# A link with a `user@` part and the note `_reveal_hosts` put after it.
_REVEALED_RE = re.compile(f"({_USERINFO_URL_RE.pattern}) \\(goes to [^\\s/?#:@]+\\)", re.IGNORECASE)


def unescaped(shown: str) -> str:
    """The member's text back from its escaped display (a tip form rebuilt from the message that
    shows it): the escapes and the bot's "(goes to host)" notes undone. What escaping removed
    (bidirectional controls, runs of spaces in one-line text) stays removed."""
    return _REVEALED_RE.sub(lambda m: m.group(1), visible(shown))
