"""Countries and victims asked for (bot/kb/lists.py): "which countries bought FinFisher?", "in which EU
countries was there a Pegasus scandal?", "Welche Länder haben Predator gekauft?", "Predator victims?".

Countries are no entries; the cases tell where a firm's gear went, so the list is the cases of what the
question names (or, naming nothing, of a technology in a place); so are the people targeted. Read
narrowly, because "which countries" also asks about one thing: a named rule or case ("which countries
signed the Pall Mall code?", "in which countries was Hermit found?") is its card, a firm's present
customers ("Positive Technologies sells to which governments?") are what its card says, and countries
that sold ("which EU countries shipped kit to Rwanda?") are no destinations. The caller lets the list
give way unless it holds two cases and the engine's card is no case (`gives_way`): "candiru victims -
which countries?" is one case's card, which names them all.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from bot.kb import list_asks
from bot.kb.place_names import country_names, list_words

# `ListQuery.several` of a list of countries or victims: the cases it needs two of
SEVERAL = "country"
# Topics a country asked for cannot be: "which countries bought FinFisher?" asks who bought the gear,
# not which firm was bought ("renamed" reads "bought" as a takeover).
NOT_TOPICS = frozenset({"renamed"})
# The cue may stand this many words before its noun ("which EU countries", "welche europäischen Länder").
CUE_REACH = 3


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return dict(list_words()["country_asks"])


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = _data()
    return tuple(frozenset(str(data[k]).split()) for k in ("nouns", "cues", "before"))  # type: ignore[return-value]


def warm_up() -> None:
    """Read the words now, with the other list tables (`lists.warm_up`), not on a member's question."""
    _words()


# Plural nouns for people targeted ("victims", "ofiary", "ضحايا"): `asks_victims`
VICTIMS = frozenset(str(_data()["victims"]).split())


def asked(
    question: str, english: str | None, selling: frozenset[str], acts: frozenset[str], headed: bool = False
) -> bool:
    """Whether the question asks for countries or victims: `asks_countries`, `asks_where_used`
    (`acts`: verbs of use or targeting), `asks_victims`. `headed`: a plural noun of a kind heads the
    question without a cue ("casos con víctimas en España", "cases with victims in Spain"): those
    entries are asked for, and the victims only narrow them."""
    return (
        asks_countries(question, selling)
        or asks_where_used(question, acts)
        or (not headed and asks_victims(question, english))
    )


def asks_countries(question: str, selling: frozenset[str]) -> bool:
    """A clause opens on a cue ("which", "in which", "w których") that governs a country noun, and no
    verb of selling stands in the question (`selling`: what a firm offers its customers is its card, and
    "which EU countries shipped kit to Rwanda?" asks for the sellers): buying and using are kept."""
    words, opens = list_asks.words_and_breaks(question)
    nouns, cues, before = _words()
    if selling.intersection(words):
        return False
    for i, word in enumerate(words):
        if word not in nouns or (i and f"{words[i - 1]} {word}" in country_names()):
            continue  # "what has United States done ...?" asks for no countries
        for c in range(max(0, i - CUE_REACH), i):
            at_open = opens[c] or (c > 0 and opens[c - 1] and words[c - 1] in before)
            # "Pegasus hangi ülkelerde kullanıldı?", "tell me which countries bought it": right
            # before its noun, a cue asks wherever it stands (a Turkish subject comes first)
            if words[c] in cues and (at_open or c == i - 1):
                return True
    return False


def asks_where_used(question: str, acts: frozenset[str]) -> bool:
    """ "Where was Pegasus used?", "dove in Europa è stato usato Pegasus?", "wo wurde FinFisher
    eingesetzt?": a where-word opening a clause and a verb of use or targeting (`acts`) ask where the
    gear went, i.e. the countries; "where is NSO based?" asks one firm's seat."""
    words, opens = list_asks.words_and_breaks(question)
    where = frozenset(str(_data()["where"]).split())
    return any(w in where and opens[i] for i, w in enumerate(words)) and bool(acts.intersection(words))


def asks_victims(question: str, english: str | None) -> bool:
    """A plural noun for people targeted heads the question or its English reading: a bare noun phrase
    ("Predator spyware victims?", "ضحايا بيغاسوس", read "pegasus victims") or a list cue before it
    ("which FinFisher targets ..."). Who they were is told by the cases, as where they were is; "how
    many of the catalan targets were hit with candiru" asks a number about one case."""
    for text in (question, english or ""):
        words, _ = list_asks.words_and_breaks(text)
        if VICTIMS.isdisjoint(words):
            continue  # most questions: one look-up, not a look for a cue before every word
        for i, word in enumerate(words):
            cued = any(w in list_asks.LIST_CUES for w in words[max(0, i - list_asks.CUE_REACH) : i])
            if word in VICTIMS and (len(words) <= list_asks.HEADLESS_WORDS or cued):
                return True
    return False


def not_topics(several: str) -> frozenset[str]:
    """The topics a list of `several` cannot be narrowed by (`NOT_TOPICS` for a list of countries)."""
    return NOT_TOPICS if several == SEVERAL else frozenset()


def narrowed(named_kinds: set[str], places: bool, technologies: bool) -> bool:
    """Whose cases: a firm or product named (and no rule or case, whose card tells its countries), or
    none named but a place and a technology ("in which EU countries was spyware used on journalists?")."""
    if named_kinds:
        return named_kinds == {"vendor"}
    return places and technologies


def gives_way(cases: int, card_kind: str | None) -> bool:
    """A list of countries gives way to the engine unless it holds two cases and the card is no case."""
    return cases < 2 or card_kind == "case"
