"""Questions that ask for a list by their plural noun alone, without a list cue (bot/kb/lists.py):
"french companies in the database?", "italian spyware and interception companies", "Israeli spyware
firms blacklisted by the US", "Entreprises françaises liées à la surveillance en Libye". Apart from
list_asks.py, which reads list cues; the vocabulary is data in `data/list_words.yaml`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.kb.list_asks import (
    ALL_NOUNS,
    ALL_SINGULARS,
    FILLER,
    HEADLESS_REACH,
    HEADLESS_WORDS,
    KIND_NOUNS,
    LIST_CUES,
    NAME_JOINERS,
    SINGLE_CUES,
    words_and_breaks,
)
from bot.kb.place_names import country_names, demonyms, list_words, regions

# A longer question that opens with its noun phrase is one too when no question word asks for one
# thing: "Israeli spyware firms blacklisted by the US", "Entreprises françaises liées à la
# surveillance en Libye ou en Syrie", "casos de espionaje con Pegasus contra periodistas"; its plural
# noun among its first words (after an adjective or two), the rest words that narrow it. An
# auxiliary makes it a sentence ("law firms in Panama got hacked by Austrian spyware??"): a story the
# engine answers.
PHRASE_WORDS, PHRASE_REACH = 14, 3
_POSSESSIVE = re.compile(r"\w['’]s\b")
AUXILIARIES = frozenset(list_words()["who_auxiliaries"].split())
# Words that open a relative clause after a noun ("firms that...", "Firmen, die...", "cas où..."), folded
RELATIVES = frozenset(list_words()["relative_words"].split())
ALL_AFTER = frozenset(list_words()["all_after"].split())  # "wer alles?": everyone
# Plural nouns that end a noun phrase naming one thing: "Wassenaar 2013 intrusion software controls",
# "EU dual-use export rules" name one regime; "Italian spyware companies" are several, and so are
# "Jordan and Thailand hacking reports" (a report noun after places: the cases and reports there).
PHRASE_END_KINDS = ("vendor", "case", "document")
# Folded words that are a question word only as the member accented them: French "où" (where), not
# "ou" (or, "en Libye ou en Syrie").
ACCENTED_CUES = {"ou": "où"}
# Subjects that open an English relative clause without "that" after a plural noun ("Italian firms
# you've got on file", "US Treasury actions we should know"): the clause is the member's, not the
# question's verb.
CONTACT_SUBJECTS = frozenset(list_words()["contact_subjects"].split())
HELD_WHERE = tuple(tuple(p.split()) for p in list_words()["held_where"])


def headless_kinds(words: list[str], question: str = "") -> set[str]:
    """Kinds a question without a list cue asks for by its plural noun alone: a short one with the
    noun among its first words or last ("italian spyware and interception companies", a noun
    phrase ends in its noun), or a longer noun phrase that opens with it (`PHRASE_WORDS`)."""
    words = _without_held(_without_possessives(words, question))
    if len(words) > PHRASE_WORDS:
        return set()
    # "firms that were sanctioned by the US", "cases where spyware was used on lawyers", "entreprises
    # qui ont été sanctionnées": a relative clause's "who" and auxiliary say nothing of the question
    main = words[: _relative_at(words, question)]
    if _single_cue(main, question):
        return set()
    if len(words) <= HEADLESS_WORDS:
        kinds = {kind for kind, nouns in KIND_NOUNS.items() if nouns.intersection(words[:HEADLESS_REACH])}
        # its noun last, only after words that narrow it ("italian spyware and interception")
        modifiers = set(words[:-1]) - FILLER <= narrowing()
        last = set(words[-1:]) - ALL_SINGULARS if modifiers else set()
        return kinds | {kind for kind in PHRASE_END_KINDS if KIND_NOUNS[kind].intersection(last)}
    if AUXILIARIES.intersection(main):
        return set()
    # a noun that is singular too ("NSO firm", "Hacking Team's fall") says no plural by itself
    # its noun may stand later after words that only narrow it ("israeli phone spyware sellers ...")
    reach = max(PHRASE_REACH, next((i for i, w in enumerate(words) if w not in narrowing() | FILLER), 0) + 1)
    heads = set(words[:reach]) - ALL_SINGULARS
    return {kind for kind, nouns in KIND_NOUNS.items() if nouns.intersection(heads)}


def _without_possessives(words: list[str], question: str) -> list[str]:
    """The words without the "s" a possessive leaves once folded ("the EU's actions": "the eu s
    actions"): counted, it pushed the noun past its reach and "the EU's actions against spyware
    exports" asked for nothing that "EU actions against spyware exports" did. "U.S." keeps its "s"."""
    if not _POSSESSIVE.search(question):
        return words
    return [w for i, w in enumerate(words) if w != "s" or i == 0 or words[i - 1] == "u"]


def _without_held(words: list[str]) -> list[str]:
    """The words without where the member says the entries are kept ("firms in your files that ..."):
    counted, they pushed a noun phrase past `PHRASE_WORDS` and the question asked for nothing."""
    out: list[str] = []
    i = 0
    while i < len(words):
        held = next((p for p in HELD_WHERE if tuple(words[i : i + len(p)]) == p), None)
        out += [] if held else [words[i]]
        i += len(held) if held else 1
    return out


def _relative_at(words: list[str], question: str = "") -> int:
    """Where a relative clause after the plural noun that opens the question starts ("firms | that
    were...", "casos en los | que...", "les affaires | où ..." as the member accented it, not "ou",
    or; "firms | you've got"), or the question's length when none does."""
    folded = question.casefold()
    for i, word in enumerate(words[:PHRASE_REACH]):
        if word in ALL_NOUNS and word not in ALL_SINGULARS:
            after = range(i + 1, min(len(words), i + 4))
            opens = (
                j
                for j in after
                if words[j] in RELATIVES | CONTACT_SUBJECTS or ACCENTED_CUES.get(words[j], "\0") in folded
            )
            return next(opens, len(words))
    return len(words)


def _single_cue(words: list[str], question: str) -> bool:
    """The words hold a question word asking for one thing ("what", "wer", "où"), not for everyone
    ("wer alles?": `ALL_AFTER`)."""
    cues = {
        w
        for i, w in enumerate(words)
        if w in SINGLE_CUES and not ALL_AFTER.intersection(words[i + 1 : i + 2])
    }
    folded = question.casefold()
    return any(cue not in ACCENTED_CUES or ACCENTED_CUES[cue] in folded for cue in cues)


@lru_cache(maxsize=1)
def narrowing() -> frozenset[str]:
    """Every word of an origin, a place, a region or a technology's name, and the field's own
    ("surveillance gear"): the words that narrow a set of firms or cases."""
    names = (*demonyms(), *country_names(), *regions(), *list_words()["technology_words"])
    field = list_words()["field_words"].split()
    said = {w for name in names for w in name.split()}
    # a technology said in the singular as it narrows the noun ("hacking-tool sellers"), and a home
    # said with "-based" ("Spanish-based firms")
    tools = {w[:-1] for name in list_words()["technology_words"] for w in name.split() if len(w) > 4}
    return frozenset(said | tools | {"based", "headquartered"}) | frozenset(field)


def head_kinds(question: str, kinds: set[str]) -> set[str]:
    """The kinds a list cue asks for, without those of a noun its verb takes: "which cases involve
    Chinese companies?", "which laws restrict companies selling spyware?", "quelles règles
    s'appliquent aux entreprises ..." ask for cases and laws; the firms narrow them (as a facet),
    they are not asked for. The first plural noun after the cue is asked for, and each next one
    joined to it ("which companies and cases", "firms, cases or rules", "firms/cases"); the nouns after a word
    that joins nothing are its object. Unchanged when a noun stands before the cue or asks for
    entries of any kind ("which entries involve Chinese companies?": the companies)."""
    if len(kinds) < 2:
        return kinds
    words, opens = words_and_breaks(question)
    cue = next((i for i, w in enumerate(words) if w in LIST_CUES), None)
    found = [(i, k) for i, w in enumerate(words) for k, nouns in KIND_NOUNS.items() if w in nouns]
    if cue is None or not found or found[0][0] < cue or kinds - {k for _, k in found}:
        return kinds  # a noun before the cue, or one read in a script without spaces
    head = found[0][0]
    asked = {k for i, k in found if i == head}
    if "any" in asked:
        return kinds
    last = head
    for i, kind in found:
        if i == last:
            asked.add(kind)
        elif i == last + 1 or opens[i] or NAME_JOINERS.intersection(words[last + 1 : i]):
            asked.add(kind)
            last = i
        else:
            break
    return kinds & asked or kinds


def listings_only(words: list[str]) -> bool:
    """The question's only kind nouns are nouns of a listing act's firms ("Entity List additions"):
    they ask for firms only beside a rule that lists them (`lists.detect`)."""
    listing = frozenset(list_words()["listing_nouns"].split())
    said = ALL_NOUNS.intersection(words)
    return bool(said) and said <= listing
