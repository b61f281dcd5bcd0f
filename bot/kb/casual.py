"""Members' own English words for the domain (knowledge/casual.yaml): 'spy app', 'face scanning',
'snooping', 'govt' mapped to the terms the entries use (spyware, facial recognition, surveillance,
government), so a casual English question is read as the entries are written, the way the
multilingual glossary reads a German or Chinese one.

The table is reviewed data beside the entries, checked by `kb check` (`check_casual`): every term a
phrase maps to occurs in the knowledge base, and neither side is an entry's name, a number or a
year, so a row can only say how members word the domain, never a fact about one entry.

A phrase is replaced by its term in the question the ranking reads: the term then weighs what the
entries' own word weighs. Left as typed, a casual word is rare in general English ('snooping',
'scanning') and so weighed like a name; unknown to every entry, it counted against every answer
("uk rules for selling surveillance tech abroad" was refused at 0.20).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import yaml

from bot.kb.glossary import read_terms_table
from bot.kb.rx import led
from bot.kb.text import fold

CASUAL_FILE = "casual.yaml"
DEFAULT_PATH = Path(__file__).resolve().parents[2] / "knowledge" / CASUAL_FILE
# A phrase's last word may take a plural ending ('spy apps', 'face scanners'); any other form
# (snooping, snooped) is listed as a phrase of its own, so a reviewer sees every form that matches.
_ENDING = r"(?:s|es)?"
_DIGIT = re.compile(r"\d")
_WORDS = re.compile(r"[^\W_]+")
_PLAIN = re.compile(r"[A-Za-z]+(?:[ \-][A-Za-z]+)*")


class CasualTable:
    """(folded phrase, the knowledge base's term) pairs, longest phrases first, and one pattern
    over all of them."""

    def __init__(self, pairs: Iterable[tuple[str, str]] = ()) -> None:
        self.pairs = tuple(sorted(pairs, key=lambda p: (-len(p[0]), p[0])))
        self._terms = dict(self.pairs)
        body = "|".join(_phrase_pattern(p) for p, _ in self.pairs)
        # the letters a phrase can start with checked first (`rx.led`): the same matches
        self._pattern = led(rf"(?<![\w'])(?:{body}){_ENDING}(?!\w)", re.I) if body else None

    def english(self, question: str) -> str:
        """The question with every phrase of the table replaced by its term; the rest as typed
        (its case too: 'US' and 'us' read differently)."""
        if self._pattern is None:
            return question
        return self._pattern.sub(self._term, question)

    def _term(self, m: re.Match[str]) -> str:
        found = _key(m.group(0))
        for key in (found, found[:-1], found[:-2]):  # as typed, or without its plural ending
            if key in self._terms:
                return self._terms[key]
        return m.group(0)


def _key(text: str) -> str:
    """Folded words, apart by single spaces: 'Face-Scanning' -> 'face scanning'."""
    return " ".join(_WORDS.findall(fold(text)))


def _phrase_pattern(phrase: str) -> str:
    """A phrase's words apart by spaces or hyphens ('face-scanning')."""
    return r"[\s\-]+".join(re.escape(w) for w in phrase.split())


def _rows(data: object) -> Iterable[tuple[str, object]]:
    if isinstance(data, dict) and isinstance(data.get("terms"), dict):
        yield from ((str(k), v) for k, v in data["terms"].items())


def load_casual(path: Path) -> CasualTable:
    """The table at `path` (empty when the file is missing); an invalid file is refused by
    `kb check` before it is served, so loading only skips what it cannot use."""
    if not path.is_file():
        return CasualTable()
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    pairs: dict[str, str] = {}
    for term, phrases in _rows(data):
        for phrase in phrases if isinstance(phrases, list) else [phrases]:
            key = _key(str(phrase)) if phrase is not None else ""
            if key and key != _key(term):
                pairs.setdefault(key, term)
    return CasualTable(pairs.items())


@lru_cache(maxsize=1)
def default_casual() -> CasualTable:
    """The shipped table, read once."""
    return load_casual(DEFAULT_PATH)


def check_casual(
    path: Path, texts: Iterable[str], names: Iterable[str], actors: Iterable[str]
) -> list[tuple[int, str]]:
    """(line, message) for every problem of the table at `path`: unreadable YAML; a term that no
    entry holds (`texts`: each entry's title, aliases, summary, body, technologies); a phrase that
    is or holds an entry's name (`names`: titles and aliases; it would hide the name); a term that
    is or holds a vendor's or a case's name (`actors`: a row pointing at one would be a fact about
    it, not a way of wording the domain; a rule's name, 'Entity List', is the domain's own term);
    a number, or anything but plain English words; a phrase given for two terms."""
    data, root, unread = read_terms_table(path, "casual table")
    if unread:
        return unread
    corpus = " " + " ".join(_key(t) for t in texts) + " "
    names_taken = {_key(n) for n in names} - {""}
    actors_taken = {_key(n) for n in actors} - {""}
    lines = _lines(root)
    problems: list[tuple[int, str]] = []
    owner: dict[str, str] = {}
    for term, phrases in data["terms"].items():
        line = lines.get(str(term), 1)
        key = _key(str(term))
        why = _not_plain(str(term), key, actors_taken, "a vendor or case")
        if why:
            problems.append((line, f"term {term!r} {why}"))
            continue
        if f" {key} " not in corpus:
            problems.append((line, f"term '{term}' occurs in no entry: map phrases to the entries' words"))
        if not isinstance(phrases, list) or not phrases:
            problems.append((line, f"term '{term}' must map to a list of members' phrases"))
            continue
        for phrase in phrases:
            pkey = _key(str(phrase)) if phrase is not None else ""
            why = "is empty" if not pkey else _not_plain(str(phrase), pkey, names_taken, "an entry")
            if not why and pkey == key:
                why = "is its own term"
            if why:
                problems.append((line, f"term '{term}': phrase {phrase!r} {why}"))
                continue
            first = owner.setdefault(pkey, str(term))
            if first != term:
                problems.append((line, f"phrase '{phrase}' stands for both '{first}' and '{term}'"))
    return problems


def _not_plain(text: str, key: str, taken: set[str], whose: str) -> str:
    """Why a phrase or term cannot be in the table, or ''."""
    if _DIGIT.search(text):
        return "must not hold a number or a year: a fact, not a way of wording the domain"
    if not key or not _PLAIN.fullmatch(text.strip()):
        return "must be plain English words (letters, spaces and hyphens only)"
    padded = f" {key} "
    clash = next((n for n in sorted(taken) if f" {n} " in padded), None)
    if clash is not None:
        return f"names {whose} ('{clash}'): names go in the entry's aliases"
    return ""


def _lines(root: yaml.Node | None) -> dict[str, int]:
    """The 1-based line of each term under 'terms'."""
    if not isinstance(root, yaml.MappingNode):
        return {}
    terms = next((v for k, v in root.value if getattr(k, "value", None) == "terms"), None)
    if not isinstance(terms, yaml.MappingNode):
        return {}
    return {str(k.value): k.start_mark.line + 1 for k, _ in terms.value}
