"""Names a list question asks both of (bot/kb/lists.py): "which firms on the US Entity List were also
sanctioned by OFAC?", "cases that involve both NSO and Candiru": an entry must mention one of each
phrase's entries, not any (bot/kb/list_select.py). The words are data in `data/list_words.yaml`:
one word ("both", "sowohl", "zowel"), a phrase ("à la fois") or a pair ("sia … che", "hem … hem")."""

from __future__ import annotations

from bot.kb.list_names import NameTable
from bot.kb.place_names import list_words

BOTH_WORDS = frozenset(str(list_words()["both_words"]).split())
BOTH_PHRASES = tuple(f" {p} " for p in list_words()["both_phrases"])
BOTH_PAIRS = tuple(tuple(str(p).split()) for p in list_words()["both_pairs"])


def says_both(words: list[str]) -> bool:
    """Whether the question says "both" in one of the campaign's languages: a word of `BOTH_WORDS`,
    a phrase of `BOTH_PHRASES` ("à la fois"), or a pair's first word answered by its second later on
    ("sia all'Egitto che alla Siria", "tanto a Egipto como a Siria", "hem Mısır'a hem Suriye'ye")."""
    if not BOTH_WORDS.isdisjoint(words):
        return True
    plain = f" {' '.join(words)} "
    if any(p in plain for p in BOTH_PHRASES):
        return True
    return any(first in words and second in words[words.index(first) + 1 :] for first, second in BOTH_PAIRS)


def each_of(words: list[str], named: set[str], names: NameTable) -> tuple[frozenset[str], ...]:
    """The names a question asks both of ("on the US Entity List and also sanctioned by OFAC"), each
    as the entries one phrase names ("US Entity List": the list and its human-rights rule); empty
    unless the question says both (`says_both`) and two phrases or more name entries: "which firms on
    the Entity List ... sanctioned by OFAC" read as either named the nine listed firms for one on both."""
    if not says_both(words):
        return ()
    said = {frozenset(owners) & named for _, _, owners in names.spans(words)}
    groups = tuple(sorted((g for g in said if g), key=sorted))
    return groups if len(groups) > 1 and len({n for g in groups for n in g}) == sum(map(len, groups)) else ()


def every_place(words: list[str], countries: set[str]) -> bool:
    """ "Which firms sold to both Egypt and Bahrain?", "sowohl nach Ägypten als auch nach Bahrain",
    "à la fois à l'Égypte et à Bahreïn": two places or more and a "both" (`says_both`) ask for what
    went to each, not to either (bot/kb/list_select.py `in_every_place`); without it, "to Egypt and
    Bahrain" is either."""
    return len(countries) > 1 and says_both(words)
