"""Who acted, in a list question: the places it names as the authority that sanctioned, listed,
banned or fined ("sanctioned by the US", "under EU sanctions", "ABD tarafından yaptırım"), as
against the places gear went to (bot/kb/places.py). The act's words are data in
`data/list_words.yaml`."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from bot.kb.place_names import key_of, list_words
from bot.kb.places import CJK, JOINERS, place_spans


@lru_cache(maxsize=1)
def authority_words() -> tuple[tuple[str, ...], frozenset[str], frozenset[str]]:
    table = list_words()
    stems = tuple(key_of(w) for w in table["authority_words"].split())
    return stems, frozenset(table["authority_before"].split()), frozenset(table["authority_after"].split())


def _authority_word(word: str, stems: Sequence[str]) -> bool:
    """A word of a sanction, listing or ban: a long stem starts it ("sanctioned"), a short one
    is the word itself or its plural ("ban", "bans"; not "bank")."""
    long, short = _act_stems(tuple(stems))
    return word.startswith(long) or word in short or (word.endswith("s") and word[:-1] in short)


@lru_cache(maxsize=16)
def _act_stems(stems: tuple[str, ...]) -> tuple[tuple[str, ...], frozenset[str]]:
    """`stems` split for `_authority_word`: the long ones (a prefix), the short ones (a word)."""
    return tuple(s for s in stems if len(s) >= 5), frozenset(s for s in stems if len(s) < 5)


def names_an_act(words: Sequence[str], question: str = "") -> bool:
    """Whether a word of a sanction, listing or ban is in the question ("banned", "sanction"), or
    one written unspaced in it ("美国商务部制裁了哪些公司": `question`, when given)."""
    stems = authority_words()[0]
    unspaced = any(CJK.search(s) and s in question for s in stems)
    return unspaced or any(_authority_word(w, stems) for w in words)


def authorities(words: Sequence[str], question: str, nouns: frozenset[str] = frozenset()) -> set[str]:
    """The places the question names as the authority that sanctioned, listed or banned ("sanctioned
    by the US", "under EU sanctions", "US sanctions", "ABD tarafından yaptırım"): by/under X names who
    acted, to/in X where gear went. Empty when no word of such an act is in it. An adjective of origin
    right after one of `nouns` is the firms' home, whatever follows: "entreprises israéliennes
    sanctionnées par les États-Unis" are Israeli firms the US sanctioned."""
    stems, before, after = authority_words()
    return governed(words, question, stems, before, after, nouns=nouns, lists=_list_nouns())


@lru_cache(maxsize=1)
def _list_nouns() -> frozenset[str]:
    return frozenset(list_words()["authority_lists"].split())


def governed(
    words: Sequence[str],
    question: str,
    stems: Sequence[str],
    before: frozenset[str],
    after: frozenset[str],
    right_after: frozenset[str] = frozenset(),
    nouns: frozenset[str] = frozenset(),
    lists: frozenset[str] = frozenset(),
) -> set[str]:
    """The places an act's words (`stems`, as `_authority_word` reads them) govern: a place right
    before the act ("US sanctions"), right after it ("санкции США"), joined to it by a word of
    `before` ("by the US") or `after` ("ABD tarafından"), or by a word of `right_after` that follows
    the act itself ("fined in Italy", not "companies in Italy that were fined"), or right after a word
    of `lists` the act qualifies ("czarną listę USA", "schwarzen Liste der USA": as "US blacklist")."""
    acts = [i for i, w in enumerate(words) if _authority_word(w, stems)]
    acts += [-1 for s in stems if CJK.search(s) and s in question]
    if not acts:
        return set()
    found: set[str] = set()
    for start, end, country, region, adjective in place_spans(words, question):
        if adjective and start > 0 and words[start - 1] in nouns:
            continue  # "entreprises israéliennes sanctionnées": whose firms, not who acted
        lead = start
        while lead > 0 and words[lead - 1] in JOINERS:  # "by the US", "von den USA"
            lead -= 1
        governed = (
            (lead > 0 and words[lead - 1] in before)
            or (end < len(words) and words[end] in after)
            or end in acts  # "US sanctions", "US-sanctioned", "EU-sanktionierte"
            or (lead > 0 and lead - 1 in acts)  # "sanctions américaines", "санкции США"
            or (lead > 1 and words[lead - 1] in right_after and lead - 2 in acts)
            or (lead > 1 and words[lead - 1] in lists and lead - 2 in acts)
        )
        if governed:
            found.update(region or {country})
    return found
