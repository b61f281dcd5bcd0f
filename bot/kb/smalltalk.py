"""Small talk: "hi", "thanks", "ok", "are you a bot?" told apart from questions, and what the bot replies.

A message made only of the phrases in data/small_talk.yaml (greetings, thanks, farewells, asking what
the bot does, with "please", "so much" or the bot's name beside them) is not a question the knowledge
base could answer: `KnowledgeService.search` gives it a `SmallTalk` instead of "I don't have that",
and `App.ask` keeps it out of the question log, so it never shows up as a knowledge gap. Anything else
in the message makes it a question ("help me find cases about Egypt"); a greeting in front of a
question, or thanks or a farewell after it, is left out of what is searched (`question_part`), so
"hi, who owns Axis?" gets the answer "who owns Axis?" gets.

A `SmallTalk` carries the language of its words when there is a catalog for it ("merci" -> French);
what the bot replies to it is bot/kb/smalltalk_reply.py.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from bot import i18n
from bot.kb.model import Entry
from bot.kb.text import fold

PHRASES_FILE = Path(__file__).with_name("data") / "small_talk.yaml"
# What a phrase says; `extra` words only stand beside them.
KINDS = ("greeting", "thanks", "farewell", "help", "ack", "about", "how_are_you")
# Which kind a message of several says, strongest first ("ok thanks" is thanks, "hi, are you a bot?"
# asks about the bot).
PRIORITY = ("help", "about", "how_are_you", "thanks", "farewell", "greeting", "ack")
NEUTRAL = "any"  # the file's key for words of no language (emoji, the bot's name)
# Small talk is short: a longer message is a question (and is never scanned phrase by phrase).
MAX_CHARS = 120
# A greeting in front of a question ends at a punctuation mark among the first this many characters.
GREETING_REACH = 60
COURTESY = ("greeting", "thanks", "farewell", "ack")  # what may stand beside a question without changing it
# Set off by a punctuation mark, "help:" or "what can you do?" in front of a question is only a
# preface too ("help: who sold FinFisher?"); unmarked it stays ("help me find cases about Egypt").
PREFACE = (*COURTESY, "help", "about", "how_are_you")
AFTER = ("thanks", "farewell", "ack")  # what may end a question without changing it ("…? ok thanks, bye")
SET_OFF = "set_off"  # the file's key for courtesies that are also ordinary words (see the file)


@dataclass(frozen=True)
class SmallTalk:
    """A message that is small talk: what it says, and the language to reply in (None: the member's)."""

    kind: str  # one of KINDS: "greeting", "thanks", "farewell", "help", "ack", "about", "how_are_you"
    language: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "language": self.language}


@dataclass(frozen=True)
class _Phrase:
    kind: str  # a KINDS value or "extra"
    languages: frozenset[str]  # every language whose list has it (empty: no language)
    set_off: bool = False  # also an ordinary word: dropped from a question only after a punctuation mark


_DROPPED = re.compile("[\U0001f3fb-\U0001f3ff\u200d\u0640]")  # emoji modifiers, joiners, tatweel


def _ascii_words() -> dict[int, str]:
    """What `normalise` makes of each ASCII character that is not part of a word."""
    table: dict[int, str] = {}
    for code in range(128):
        category = unicodedata.category(chr(code))
        if category[0] == "S":
            table[code] = f" {chr(code)} "
        elif category[0] in "PZC":
            table[code] = " "
    return table


_ASCII_WORDS = _ascii_words()


# Characters the two tables below remember. Members' questions use a few hundred; an attacker's
# questions of never-seen characters (any of 1.1 million) grew them by ~120 a question, to ~240 MiB
# in every process that searches (review11). Past it a character is worked out anew each time.
CHAR_TABLE_MAX = 4096


class _Words(dict[int, str | None]):
    """`normalise`'s table for any character, each worked out once, when first met (a look-up per
    character in str.translate, not a category look-up and an append in a Python loop)."""

    def __missing__(self, code: int) -> str | None:
        ch = chr(code)
        category = unicodedata.category(ch)
        if category[0] == "S":
            out: str | None = f" {ch} "
        elif category[0] == "M":  # what folding leaves of marks: variation selectors
            out = None
        elif category[0] in "PZC":
            out = " "
        else:
            out = ch
        if len(self) < CHAR_TABLE_MAX:
            self[code] = out
        return out


_WORDS_TABLE = _Words()


def normalise(text: str) -> str:
    """Folded words separated by single spaces: accents, case and punctuation do not matter, and a
    symbol (an emoji) is a word of its own."""
    text = fold(_DROPPED.sub("", text))
    if text.isascii():  # the common case, without a look-up per character
        return " ".join(text.translate(_ASCII_WORDS).split())
    return " ".join(text.translate(_WORDS_TABLE).split())


def _is_han(ch: str) -> bool:
    return "\u3040" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


# Words for matching: a run of letters, or one Han or kana character (those scripts need no spaces).
_WORD = re.compile(r"[\u3040-\u9fff\uf900-\ufaff]|[^\s\u3040-\u9fff\uf900-\ufaff]+")


@lru_cache(maxsize=256)
def words_of(text: str) -> tuple[str, ...]:
    """Memoised: small talk and the greeting cut read the same pieces of a question (~8 us each)."""
    return tuple(_WORD.findall(normalise(text)))


class Phrases:
    """The phrase lists, compiled: phrases by their words, matched longest first, word by word."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.table: dict[tuple[str, ...], _Phrase] = {}
        for language, kinds in data.items():
            set_off = {words_of(str(p)) for p in kinds.get(SET_OFF, ())}
            for kind, items in kinds.items():
                if kind == SET_OFF:
                    continue
                for item in items:
                    key = words_of(str(item))
                    known = self.table.get(key, _Phrase(kind, frozenset()))
                    languages = known.languages | (frozenset() if language == NEUTRAL else {language})
                    # in several languages' lists it names none of them; a kind outweighs `extra`
                    self.table[key] = _Phrase(
                        known.kind if known.kind != "extra" else kind,
                        frozenset(languages),
                        known.set_off or key in set_off,
                    )
        self.longest = max((len(key) for key in self.table), default=0)
        # the words a courtesy before a question may start with, and thanks after one may end with
        self.first = frozenset(k[0] for k, p in self.table.items() if p.kind in (*PREFACE, "extra"))
        self.last = frozenset(k[-1] for k, p in self.table.items() if p.kind in (*AFTER, "extra"))

    def parts(self, text: str) -> list[_Phrase] | None:
        """The phrases `text` is made of, or None when anything else is in it."""
        words = words_of(text)
        found: list[_Phrase] = []
        at = 0
        while at < len(words):
            for size in range(min(self.longest, len(words) - at), 0, -1):
                phrase = self.table.get(words[at : at + size])
                if phrase is not None:
                    found.append(phrase)
                    at += size
                    break
            else:
                return None
        return found


@lru_cache(maxsize=1)
def phrases() -> Phrases:
    return Phrases(read_phrases(PHRASES_FILE))


def read_phrases(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    problems = check_data(data)
    if problems:
        raise ValueError(f"{path}: {problems[0]}")
    return dict(data)


def check_data(data: object) -> list[str]:
    """What is wrong with the phrase lists (shape, an empty phrase, one phrase in two kinds)."""
    if not isinstance(data, dict):
        return ["the small-talk phrases must be a mapping of languages"]
    problems: list[str] = []
    kind_of: dict[str, tuple[str, str]] = {}
    for language, kinds in data.items():
        if not isinstance(kinds, dict):
            problems.append(f"{language}: must map kinds to lists of phrases")
            continue
        for kind, items in kinds.items():
            if kind == SET_OFF:
                continue
            if kind not in (*KINDS, "extra"):
                problems.append(f"{language}: unknown kind '{kind}' (one of {', '.join(KINDS)}, extra)")
                continue
            if not isinstance(items, list):
                problems.append(f"{language}.{kind}: must be a list of phrases")
                continue
            for item in items:
                key = normalise(str(item))
                if not key:
                    problems.append(f"{language}.{kind}: '{item}' has no word left after folding")
                    continue
                other = kind_of.setdefault(key, (kind, language))
                if other[0] != kind and "extra" not in (kind, other[0]):
                    problems.append(f"{language}.{kind}: '{item}' is also a {other[0]} phrase ({other[1]})")
    for language, kinds in data.items():
        if isinstance(kinds, dict) and kinds.get(SET_OFF) is not None:
            listed = {normalise(str(p)) for kind in COURTESY for p in kinds.get(kind) or ()}
            for item in kinds[SET_OFF] if isinstance(kinds[SET_OFF], list) else [kinds[SET_OFF]]:
                if normalise(str(item)) not in listed:
                    problems.append(
                        f"{language}.{SET_OFF}: '{item}' is not a greeting or thanks of {language}"
                    )
    return problems


def check_phrases(path: Path = PHRASES_FILE) -> list[str]:
    """`kb check`: the shipped phrase lists must load."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        return [f"cannot read the small-talk phrases: {exc}"]
    return check_data(data)


def names_taken(entries: Iterable[Entry]) -> list[str]:
    """`kb check`: a small-talk phrase that is also an entry's title or alias would hide the entry
    (the name alone would be answered as small talk, never searched)."""
    problems: list[str] = []
    for entry in entries:
        for name in (entry.title, *entry.aliases):
            talk = small_talk(name)
            if talk is not None:
                problems.append(
                    f"'{name}' ({entry.id}) reads as small talk ({talk.kind}): change the entry's name "
                    "or the phrase"
                )
    return problems


def small_talk(text: str) -> SmallTalk | None:
    """The message as small talk, or None when it is (or contains) a question."""
    if len(text) > MAX_CHARS:
        return None
    found = phrases().parts(text)
    said = [p for p in found or () if p.kind != "extra"]
    if not said:
        return None
    kinds = {p.kind for p in said}
    kind = next(k for k in PRIORITY if k in kinds)
    return SmallTalk(kind, _language(said))


def _language(said: list[_Phrase]) -> str | None:
    """The one language every phrase belongs to, when there is a catalog for it (English is the
    catalogs' source: an English "hi" gets the member's language, which may be English)."""
    common: set[str] | None = None
    for phrase in said:
        if phrase.languages:
            common = set(phrase.languages) if common is None else common & phrase.languages
    if common is None or len(common) != 1:
        return None
    language = next(iter(common))
    return language if language in i18n.LANGUAGES and language != i18n.SOURCE_LANGUAGE else None


def question_part(text: str) -> str:
    """The question without a greeting in front of it or thanks after it ("hi, who owns Axis?",
    "who owns Axis? thanks", "hello kto sprzedał Pegasus?"), so the search reads what the member
    asks; `text` unchanged otherwise. Something must be left to search, and a courtesy that is also an
    ordinary word ("buenas", "useful": `set_off` in the file) must be set off by a punctuation mark,
    as must "help" or "what can you do?" in front (`PREFACE`: "help: who sold FinFisher?")."""
    if len(text) > MAX_CHARS * 10:
        return text
    known = phrases()
    opening, closing = words_of(text[:GREETING_REACH]), words_of(text[-GREETING_REACH:])
    front = _cuts(text[:GREETING_REACH]) if opening and opening[0] in known.first else []
    for at, marked in sorted(front, reverse=True):  # the longest courtesy first
        head, rest = text[:at], text[at:]
        if rest.strip() and _courtesy(head, PREFACE if marked else ("greeting",), marked):
            text = rest.strip()
            break
    tail_at = max(0, len(text) - GREETING_REACH)
    back = _cuts(text[tail_at:]) if closing and closing[-1] in known.last else []
    for at, marked in sorted(back):  # the longest courtesy first
        head, rest = text[: tail_at + at], text[tail_at + at :]
        # the short tail first: normalising the whole head at every cut of a long question cost
        # ~0.3 ms, and a tail that is no courtesy needs no head
        if _courtesy(rest, AFTER, marked or _ends_marked(head)) and normalise(head):
            return head.strip()
    return text


def _courtesy(text: str, kinds: tuple[str, ...], marked: bool) -> bool:
    """Whether `text` is only phrases of `kinds` (with the bot's name, an emoji); unless `marked`
    (a punctuation mark sets it off), none of it may be an ordinary word."""
    found = phrases().parts(text) if text.strip() and len(text) <= MAX_CHARS else None
    if not found:
        return False
    said = [p for p in found if p.kind != "extra"]
    if not said or any(p.kind not in kinds for p in said):
        return False
    if marked:
        return True
    # unmarked, an "ok" of no language may stand beside thanks; "cool", "super", "vale" are words
    ordinary = ("extra", "ack")
    return not any(p.set_off for p in said) and all(p.kind not in ordinary or not p.languages for p in found)


def _ends_marked(text: str) -> bool:
    stripped = text.rstrip()
    return bool(stripped) and unicodedata.category(stripped[-1])[0] == "P"


def _cuts(text: str) -> list[tuple[int, bool]]:
    """Where `text` may be cut between a courtesy and a question: after a punctuation mark (True), at
    a space, or beside a Han or kana character, which need no space between words (False)."""
    marks = {at + 1 for at in _marks(text)}
    spaces = {m.start() for m in re.finditer(r"\s+", text)}
    if _HAN.search(text):  # most questions have none: no look at every position
        spaces |= {at for at in range(1, len(text)) if _is_han(text[at - 1]) or _is_han(text[at])}
    return [(at, True) for at in marks] + [(at, False) for at in spaces - marks]


_HAN = re.compile("[\u3040-\u9fff\uf900-\ufaff]")  # as _is_han


class _Marks(dict[str, bool]):
    """Whether a character is a mark `_marks` cuts after, each worked out once, when first met."""

    def __missing__(self, ch: str) -> bool:
        mark = unicodedata.category(ch)[0] == "P" and ch not in "'’-"
        if len(self) < CHAR_TABLE_MAX:
            self[ch] = mark
        return mark


_IS_MARK = _Marks()


def _marks(text: str) -> list[int]:
    """Positions of the punctuation marks (not apostrophes or hyphens, which join words), last first
    of a run so a run ("hi!!") is cut after its last mark."""
    spots = {i for i, ch in enumerate(text) if _IS_MARK[ch]}
    return sorted(i for i in spots if i + 1 not in spots)
