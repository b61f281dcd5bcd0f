"""Lists asked by who reported ("what has Lookout turned up?", "what did IPVM dig up about Xinjiang?",
"spyware makers Google's threat team has attributed tools to", "Amnesty studies about facial matching").

The organisations are list topics (data/list_topics.yaml `organisations`): an entry is on the list when
its title or summary says the organisation (bot/kb/topics.py), and the rest of the question (a place, a
technology, a period) narrows it as any list's. This module only says whether the question asks for
what the organisation reported at all: an organisation named, then a word saying it reported, found or
attributed something (`source_verbs`), or a plural of what it published (`source_documents`), and no
sign that one thing is asked about (a question word such as "how many", a singular "firm", "it").
Whether an entry is named is the caller's test (bot/kb/lists.py): "what did IPVM find on Hikvision?"
asks about Hikvision, the engine's answer.
"""

from __future__ import annotations

from functools import lru_cache

from bot.kb import topics
from bot.kb.list_asks import ONE_TARGET, SINGULARS
from bot.kb.place_names import key_of, list_words

# What an organisation found is asked in a few words ("what has Lookout turned up?", "spyware Google's
# threat analysts pinned on someone"); a longer question describes one thing it found
FEW_WORDS = 8


@lru_cache(maxsize=1)
def _table() -> tuple[
    tuple[str, ...], frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]
]:
    """(verbs, folded and spaced), documents, openers, question words, words that open no source
    list (auxiliaries, articles) and one document's nouns (data/list_words.yaml); the organisation's
    team words: `_units`."""
    table = list_words()
    verbs = tuple(f" {key_of(v)} " for v in table["source_verbs"])
    documents = frozenset(key_of(d) for d in table["source_documents"])
    keys = ("source_openers", "source_questions", "source_auxiliaries", "source_document_singulars")
    openers, questions, auxiliaries, one = (frozenset(key_of(w) for w in table[key].split()) for key in keys)
    articles = frozenset(table["buyer_articles"])
    return verbs, documents, openers, questions, auxiliaries | articles, one


@lru_cache(maxsize=1)
def _units() -> frozenset[str]:
    """Words for a team of the organisation said after its name ("Google's threat team")."""
    return frozenset(key_of(w) for w in list_words()["source_units"].split())


def _named_length(plain: str, end: int, units: frozenset[str]) -> int:
    """How many words after an organisation's name (ending at `end` in `plain`) still name it: its
    possessive and its team ("Google['s threat team] has attributed ..."); read as its name."""
    n = 0
    for word in plain[end:].split():
        if word not in units:
            break
        n += 1
    return n


def _said(form: str, plain: str, question: str) -> bool:
    """A folded form in the question's words, or (a script written without spaces) in its text."""
    return form in plain or (not form.strip().isascii() and form.strip() in question)


def asked(words: list[str], question: str) -> bool:
    """The question asks for what an organisation it names reported, found or attributed."""
    plain = " ".join(words)
    said = topics.asked(plain) & topics.ORGANISATIONS
    if not said or not words:
        return False
    verbs, documents, openers, questions, not_first, one_document = _table()
    singular = SINGULARS["vendor"] | SINGULARS["case"] | SINGULARS["rule"] | one_document
    if (questions | not_first).intersection(words[:1]) or ONE_TARGET.intersection(words):
        return False  # "how many did Microsoft find", "the Barcelona start-up Google tied to ..."
    if singular.intersection(words):
        return False  # "which firm did Google out?", "what did Amnesty's 2023 report find?"
    if documents.intersection(words) or any(d in question for d in documents if not d.isascii()):
        return True  # "Amnesty studies about facial matching", "raporty Human Rights Watch"
    found = [m for t in topics.topics() if t.name in said for m in [t.ask.search(plain)] if m]
    start = min(m.start() for m in found)
    # the organisation's name is one word however it is spelt ("Human Rights Watch", "HRW"), and so
    # is its team after it ("Google's threat team")
    units = _units()
    named = sum(len(m.group(0).split()) - 1 + _named_length(plain, m.end(), units) for m in found)
    if len(words) - named > FEW_WORDS:
        return False  # "spyware Citizen Lab found on an Egyptian politician's phone in 2021": one thing
    after = f" {plain[start:]} "
    if not any(_said(v, after, question) for v in verbs):
        return False
    # "what has Lookout turned up?", or a noun phrase asking nothing else: "spyware Google's threat
    # analysts pinned on someone"
    return words[0] in openers or (start > 0 and not (openers | questions).intersection(words))


def warm_up() -> None:
    """Read the source words now, at the build, not on a member's first question naming an organisation."""
    _table()
    _units()
