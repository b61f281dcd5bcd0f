"""Whose rules a question asks for: 'EU rules on dual-use goods', 'UK export rules', 'Regeln der EU'
name a place's own rules, and a rule that place made (its title names it: 'EU Dual-Use Regulation')
answers them before a multilateral regime or a report that only lists the place among its countries
(the Wassenaar Arrangement lists the EU and was answered first at 0.69). A ranking nudge among
near-ties, as cues.py's. The words are data (data/list_words.yaml)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from bot.kb.cues import CUE_MARGIN, Rows
from bot.kb.model import Entry
from bot.kb.place_names import key_of, list_words, words_of
from bot.kb.places import JOINERS, place_spans
from bot.kb.text import STOPWORDS, asking_sentence

# The forms of rule a place makes itself (knowledge/README.md, "Form (rules)"): not a multilateral
# regime, nor the reports, inquiries and campaigns about rules
OWN_FORMS = frozenset({"law", "guidance", "sanctions"})
# Where list_words.yaml keeps the nouns of rules: (table, kind)
_RULE_NOUNS = (
    ("kind_nouns", "rule"),
    ("kind_nouns", "law"),
    ("kind_nouns", "sanction"),
    ("kind_singulars", "rule"),
)
# What a near-tie made by the place asked gains: as much as CUE_MARGIN, so it passes any near-tie
OWNER_CUE = CUE_MARGIN
# Words that may stand between the place and its rules ("UK export rules", "Japan's export control rules")
REACH = 2


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """(the nouns of rules, every language, plural and singular; the words that join rules to their
    place: 'rules of the EU', 'règles de l'UE')."""
    table = list_words()
    nouns = " ".join(table[part][kind] for part, kind in _RULE_NOUNS)
    return frozenset(key_of(w) for w in nouns.split()), frozenset(table["rule_owner_before"].split())


def asked_owners(question: str) -> set[str]:
    """`owners` of the question, a long one's asking sentence only: 'we keep being told the 2021
    overhaul of the EU export rules fixed it ... which countries exported to whom, according to that
    report?' tells of the EU's rules in passing and asks of a report (answered with the EU's
    regulation at 0.95 when the whole text was read)."""
    said = asking_sentence(question) or question
    return owners(words_of(said), said)


def owners(words: Sequence[str], question: str) -> set[str]:
    """The places whose own rules the question asks for: a place right before a noun of rules, a
    word or two apart ('EU rules', 'UK export rules', 'German export law', 'EU-Regeln'), or after one
    joined by 'of' ('rules of the EU', 'normas de la UE')."""
    nouns, joins = _words()
    found: set[str] = set()
    if nouns.isdisjoint(words):  # no rules named: no place's (its places unread, ~0.1 ms a long question)
        return found
    for start, end, country, region, _ in place_spans(words, question):
        after = [w for w in words[end : end + REACH + 1] if w != "s"]  # "Japan's"
        ahead = False
        for w in after:
            if w in nouns:
                ahead = True
                break
            if w in STOPWORDS:
                break
        lead = start
        while lead > 0 and words[lead - 1] in JOINERS and words[lead - 1] not in joins:
            lead -= 1
        behind = lead > 1 and words[lead - 1] in joins and words[lead - 2] in nouns
        if ahead or behind:
            found.update(region or {country})
    return found


def made_by(entry: Entry) -> frozenset[str]:
    """The places a rule's title names as its maker ('EU Dual-Use Regulation', 'UK export
    controls'): none for a regime, a report, an inquiry or a campaign, whatever places they list."""
    return _maker(entry.title) if entry.kind == "rule" and entry.form in OWN_FORMS else frozenset()


def places_named(text: str) -> frozenset[str]:
    """The places a text names (a region's as the region: 'EU'), as a title names its maker (here) or
    a rule's country and a question their places (others_rules.py)."""
    spans = place_spans(words_of(text), text)
    return frozenset(c for _, _, country, region, _ in spans for c in region or {country})


_maker = lru_cache(maxsize=256)(places_named)  # a rule's title: read once


def owned(entries: Sequence[Entry], question: str, ranked: Rows) -> Rows:
    """The near-tie rules made by a place the question asks the rules of go first among the near-ties;
    nothing changes when no near-tie is (Japan's export rules: none here, and still refused)."""
    if not ranked:
        return ranked
    places = asked_owners(question)
    if not places:
        return ranked
    best = max(r[1] for r in ranked)
    hits = {i for i, score, _ in ranked if score >= best - CUE_MARGIN and made_by(entries[i]) & places}
    if not hits:
        return ranked
    return [(i, score + OWNER_CUE if i in hits else score, x) for i, score, x in ranked]
