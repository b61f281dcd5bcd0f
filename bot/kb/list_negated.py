"""A negated closing clause of a list question: "Israel-based companies that aren't in the spyware
business", "Aziende cinesi che non fanno telecamere", "Które izraelskie firmy od spyware nie trafiły na
czarną listę USA?". Read as a description, the negated clause asked for the very firms the member left
out (the camera makers, the spyware firms) or for nothing; read here, it is a described exclusion
(bot/kb/list_except.py): the whole set (the question without the clause) less the set the clause
names once its negation is dropped. The words are data in `data/list_words.yaml` (`negated`)."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.kb.place_names import country_names, demonyms, key_of, list_words, words_of
from bot.kb.text import fold

# What closes a clause ("other than the camera makers, which ...", "that don't make cameras, and ...").
CLAUSE = re.compile(r"[,;?!]")
# "non-" as a prefix ("non-Western firms", "non-EU"): part of the word, no negation.
PREFIX = re.compile(r"\bnon-(?=\w)", re.IGNORECASE)
# How far before the negation a relative word may open its clause ("that aren't", "che non",
# "die dort nicht").
RELATIVE_REACH = 3
# Words the whole set keeps before the clause, at least ("Chinese companies": two).
MIN_WHOLE = 2


@lru_cache(maxsize=1)
def _words() -> tuple[
    frozenset[tuple[str, ...]], frozenset[str], frozenset[str], frozenset[str], frozenset[str]
]:
    data = list_words()["negated"]
    cues = frozenset(tuple(p.split()) for p in data["cues"])
    weak = frozenset(data["weak"])
    return (
        cues | {(w,) for w in weak},
        frozenset(data["relatives"]),
        frozenset(data["kept"]),
        weak,
        frozenset(data["openers"]),
    )


def negated(text: str) -> tuple[str, str] | None:
    """The question without its negated clause (the whole set) and without the negation only (the
    set left out), as typed; None when no clause is negated, when a word of `kept` makes the negation
    no subtraction (a modal, a quality, "no longer"), when a question word opens the question ("Why
    did the EU not sanction NSO?" asks a reason, no list), or when too little is left for a whole set.
    A `weak` cue, an everyday word too ("no mercado", "ne hanno"), counts only after a relative word."""
    if (origin := _non_origin(text)) is not None:
        return origin
    words = words_of(PREFIX.sub("", text))  # "non-Western": no "non" to read, and no clause cut
    cues, relatives, kept, weak, openers = _words()
    if kept & set(words) or (words and words[0] in openers):
        return None
    for i in range(MIN_WHOLE, len(words)):
        for n in (2, 1):
            if tuple(words[i : i + n]) not in cues:
                continue
            start = next(
                (j for j in range(i - 1, max(i - 1 - RELATIVE_REACH, 0), -1) if words[j] in relatives), i
            )
            if n == 1 and words[i] in weak and start == i:
                continue  # "no mercado", "ne hanno venduto": no relative opens a clause
            if start < MIN_WHOLE:
                return None
            end = next((b for b in clause_ends(text, len(words)) if b > i), len(words))
            return _said(text, len(words), start, i, i + n, end)
    return None


# "non-" before a country's adjective or name ("non-Chinese CCTV brands", "non-Israeli spyware firms")
ORIGIN_PREFIX = re.compile(r"\bnon[-\s]?([^\W\d_]+)", re.IGNORECASE)


def _non_origin(text: str) -> tuple[str, str] | None:
    """'non-Chinese CCTV brands': the CCTV brands less the Chinese ones, as 'CCTV brands that aren't
    Chinese' reads; read as a description, the prefix was lost and the Chinese brands were listed. Only
    before a country's adjective or name (demonyms, country names); 'non-Western', 'non-binding' stay
    one word."""
    match = ORIGIN_PREFIX.search(text)
    if match is None or "-" not in text[match.start() : match.start(1)]:
        return None
    if non_origin(text) is None:
        return None
    whole = f"{text[: match.start()]}{text[match.end() :]}"
    whole = re.sub(r"\s+", " ", whole).strip()
    if len(words_of(whole)) < MIN_WHOLE:
        return None
    part = f"{text[: match.start()]}{text[match.start(1) :]}".strip()
    return whole, part


def non_origin(text: str) -> str | None:
    """The country a "non-" prefix leaves out ("non-US DPI vendors": the United States), as the
    English name a firm's home is listed under; None when no "non-" stands before a country."""
    match = ORIGIN_PREFIX.search(text)
    if match is None or "-" not in text[match.start() : match.start(1)]:
        return None
    key = key_of(match.group(1))
    return demonyms().get(key) or country_names().get(key)


def _said(text: str, count: int, start: int, cue: int, after: int, end: int) -> tuple[str, str] | None:
    spans = typed_spans(text)
    if len(spans) != count or after >= count:
        return None
    tail = text[spans[end][0] :] if end < count else ""
    whole = f"{text[: spans[start][0]].rstrip()} {tail}".strip()
    part = f"{text[: spans[cue][0]]}{text[spans[after][0] :]}".strip()
    return whole, part


def typed_spans(text: str) -> list[tuple[int, int]]:
    """Where each of `words_of`'s words stands in the text as typed (an apostrophe splits, as there)."""
    return [m.span() for m in re.finditer(r"[^\W_]+", re.sub(r"['’`´]", " ", text))]


def clause_ends(text: str, count: int) -> list[int]:
    """Word positions a comma, semicolon or question mark closes a clause before, in words_of's count."""
    out: list[int] = []
    seen = 0
    for piece in CLAUSE.split(fold(re.sub(r"['’`´]", " ", text))):  # "aren't": two words, as there
        seen += len(words_of(piece))
        if seen < count:
            out.append(seen)
    return out
