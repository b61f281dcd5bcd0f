"""The one escaping function for member text, tested as an attacker would use it.

A small model of how Discord (and CommonMark) read a message: a backslash before ASCII punctuation
shows that character; an unescaped `<`, `@`, `:`, `*`, `_`, `~`, `` ` ``, `|`, `[`, `]`, `(`, `)`,
`>`, `#`, `-`, `+` or a line-opening "1." can open markup (a mention `<@…>`, a channel, a
`</cmd:id>` link, a `<t:…>` timestamp, `@everyone`, Markdown, a masked or bare link). So escaped
text must leave none of them unescaped, no bidi control, and still show the member's words.
"""

from __future__ import annotations

import re
import string

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.text import BIDI_CONTROLS, escape_member_text, visible
from tests.fuzz.strategies import TRICKY, hostile_text

PUNCT = set(string.punctuation)
OPENERS = set("\\*_~`|[]()<>@:#-+")
# Discord's autolink rule (simple-markdown `url`): what would become a clickable link.
DISCORD_URL = re.compile(r"(?:https?|steam)://[^\s<]+[^<.,:;\"')\]\s]")
ATTACKS = [
    "<#123456789012345678>",
    "<@123456789012345678>",
    "<@!123456789012345678>",
    "<@&123456789012345678>",
    "</tip new:123456789012345678>",
    "<t:1700000000:R>",
    "<a:party:123456789012345678>",
    "@everyone",
    "@here",
    "**bold** __under__ ~~strike~~ ||spoiler|| `code` ```block```",
    "# heading",
    "-# subtext",
    "> quote",
    "1. list",
    "[ministry file](https://evil.example/x)",
    "https://discord.com@evil.example/login",
    "<https://evil.example>",
    "\u202eexe.pdf",
    "\u2066isolate\u2069 \u200emark\u200f",
]


def unescaped(rendered: str) -> list[str]:
    """Characters a reader's client would still treat as markup (outside backslash escapes)."""
    found, i = [], 0
    while i < len(rendered):
        ch = rendered[i]
        if ch == "\\" and i + 1 < len(rendered) and rendered[i + 1] in PUNCT:
            i += 2
            continue
        if ch in OPENERS:
            found.append(ch)
        i += 1
    return found


def assert_inert(out: str) -> None:
    assert not unescaped(out), (out, unescaped(out))
    assert not re.search(r"(?m)^\s*\d+\.", out), out  # a numbered list
    assert not (set(out) & BIDI_CONTROLS), out
    assert not DISCORD_URL.search(out), out
    assert not re.search(r"(?<!\\)@(everyone|here)", out), out


@given(st.one_of(hostile_text, st.lists(st.sampled_from(ATTACKS + TRICKY), max_size=12).map(" ".join)))
@settings(max_examples=300, deadline=None)
def test_any_member_text_is_inert_and_keeps_its_words(raw: str) -> None:
    out = escape_member_text(raw, one_line=False)
    assert_inert(out)
    kept = "".join(ch for ch in raw if ch not in BIDI_CONTROLS)
    if not ("://" in kept and "@" in kept):  # else a note follows the deceptive link (tested below)
        # Only the escapes are added, nothing is dropped: the member's words read the same.
        assert visible(out).split() == kept.split()


@given(hostile_text, st.integers(min_value=0, max_value=300))
@settings(max_examples=200, deadline=None)
def test_a_limit_is_kept_after_escaping_and_never_cuts_an_escape(raw: str, limit: int) -> None:
    out = escape_member_text(raw, limit)
    assert len(out) <= limit
    assert_inert(out)
    assert "\n" not in out  # one line by default


def test_each_known_attack_is_shown_as_text() -> None:
    for attack in ATTACKS:
        out = escape_member_text(attack, 500)
        assert_inert(out)
        assert visible(out).replace(" (goes to evil.example)", "") == "".join(
            ch for ch in attack if ch not in BIDI_CONTROLS
        )


def test_a_link_hiding_its_host_says_where_it_really_goes() -> None:
    out = visible(escape_member_text("see https://discord.com@evil.example/login now", 200))
    assert out == "see https://discord.com@evil.example/login (goes to evil.example) now"
    several = visible(escape_member_text("https://a@discord.com@evil.example", 200))
    assert several.endswith("(goes to evil.example)")
