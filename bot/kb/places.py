"""Places in a list question, in every campaign language: which countries it names, and which of
them are where the companies come from ("Israeli firms", "UK-based vendors", "entreprises
françaises") rather than where the gear went ("sold to Egypt", "Chinese security agencies").

Country names come from Babel's territory names in every language the campaign uses, so "Ägypten",
"مصر" and "Egypt" mean the same place (place_names.py; inflected forms: inflected.py); adjectives of
origin are data in `data/list_words.yaml`.
"European"/"the EU" means the Union and each of its member states, as entries name the states.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from bot.kb.inflected import inflected
from bot.kb.inflected import warm_up as inflected_warm_up
from bot.kb.place_names import (
    EU,
    apart,
    country_names,
    demonym,
    demonyms,
    key_of,
    list_words,
    phrases,
    regions,
    words_of,
)
from bot.kb.text import STOPWORDS

# The Union's member states as entries name them (knowledge/README.md uses Babel's short names).
EU_MEMBERS = frozenset(
    "Austria Belgium Bulgaria Croatia Cyprus Czech_Republic Denmark Estonia Finland France Germany "
    "Greece Hungary Ireland Italy Latvia Lithuania Luxembourg Malta Netherlands Poland Portugal "
    "Romania Slovakia Slovenia Spain Sweden".replace("_", " ").split()
)
# Words right after a place that make it a company's home ("UK-based", "German-owned").
HOME_AFTER = frozenset(
    ["based", "owned", "headquartered", "registered", "incorporated", "ansassige", "basierte", "basees"]
)
# Words right before a place that make it a company's home ("based in Italy", "aus Israel").
HOME_BEFORE = frozenset(["based", "headquartered"])
# "from" makes a home only right after the companies ("firms from Israel", not "barred from US"), in
# every campaign language (list_words.yaml `origin_from`, "from the" written as one word too).
FROM = frozenset(list_words()["origin_from"].split())
# "spyware shops out of Spain": where the companies work from, as "from" after them.
OUT_OF = ("out", "of")
# "vendors are from France", "which firms come from Israel": a verb of being between the companies and
# "from" keeps the place their home (it listed Clearview, fined in France, as a French vendor).
COPULAS = frozenset(list_words()["origin_verbs"].split())
# Words that may join places of one list ("based in Canada, Russia or Dubai": all three are homes).
# "firmy z Rosji albo Singapuru": both are homes; "EU laws on exports and AI": two subjects (list_select.py)
CONJUNCTIONS = ("and", "or", "und", "oder", "et", "ou", "y", "o", "e", "en", "i", "lub", "albo", "och")
# Articles too: "based in Switzerland, the UK or Egypt".
_ARTICLES = ("the", "of", "der", "die", "den", "dem", "le", "la", "les", "l", "el", "los", "las", "il", "lo")
JOINERS = frozenset((*CONJUNCTIONS, *_ARTICLES, "eller", "ve", "veya", "и", "или", "gli", "de", "d", "het"))
# How far after an adjective of origin its noun may stand ("Israeli surveillance companies"), and
# before it in languages that put the adjective second ("entreprises françaises").
ADJECTIVE_REACH = 3
NOUN_REACH = 2
# Verbs of a sale (list_words.yaml `sale_words`): after one, an origin told is the buyers'
_SOLD = frozenset(list_words()["sale_words"].split())
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# Short names that are also everyday pronouns ("tell us", Portuguese "eu" = "I"): a place only as
# written in capitals ("US", "EU", "U.S.", "E.U.").
PRONOUN_NAMES = frozenset(["us", "eu", "u s", "e u"])


def _in_capitals(question: str, words: Sequence[str]) -> list[bool]:
    """Whether each of `words` is written in capitals in the question ("US", not "us"); when folding
    joined or split words ("50,000"), whether the question writes a short name in capitals at all."""
    tokens = re.findall(r"[^\W_]+", apart(question))
    pieces = [(w, t.isupper()) for t in tokens for w in words_of(t)]
    if [w for w, _ in pieces] == list(words):
        return [upper for _, upper in pieces]
    return [bool(re.search(r"\b(US|EU|U\.S|E\.U)\b", question))] * len(words)


@lru_cache(maxsize=1)
def vague_places() -> frozenset[str]:
    """Regions the table does not resolve to countries ("North Africa", "Asia"; list_words.yaml)."""
    names = list_words()["vague_places"].split(",")
    return frozenset(key_of(n) for n in names if n.strip())


def vague_place(words: Sequence[str]) -> bool:
    """The question names a region the place table cannot resolve, and not as part of one it can
    ("Southeast Asia", "South Africa"): names read longest first, as `places` reads them."""
    known, regional, vague = country_names(), regions(), vague_places()
    taken: set[int] = set()
    for start, end, phrase in sorted(phrases(words), key=lambda p: (p[0] - p[1], p[0])):
        if taken & set(range(start, end)):
            continue
        if phrase in vague:
            return True
        if phrase in regional or phrase in known:
            taken |= set(range(start, end))
    return False


def warm_up() -> None:
    """Read every place table now (lists.warm_up): Arabic endings cost the first Arabic place read."""
    for table in (country_names, demonyms, regions, vague_places, _cjk_names, name_starts):
        table()
    inflected_warm_up()


def expand(countries: Iterable[str]) -> frozenset[str]:
    """The places as entries may name them: the EU also means each member state."""
    found = set(countries)
    if EU in found:
        found |= EU_MEMBERS
    return frozenset(found)


def _out_of(words: Sequence[str], start: int, nouns: frozenset[str]) -> bool:
    """The place follows the companies and "out of" ("spyware shops out of Spain", "out of the UK")."""
    at = start - 1 if start > 0 and words[start - 1] == "the" else start
    return at > 2 and tuple(words[at - 2 : at]) == OUT_OF and words[at - 3] in nouns


def _told_home(words: list[str], lead: int, nouns: frozenset[str]) -> bool:
    """'firms in your files that are Italian': an adjective of origin told of the companies by a
    verb of being (read as where gear went, it listed Clearview and NSO's cases). Not after a sale:
    in 'firms that sold to people who are Syrian' the people are."""
    before = {*words[:lead]}
    return lead > 0 and words[lead - 1] in COPULAS and bool(nouns & before) and not before & _SOLD


def places(words: list[str], question: str, nouns: frozenset[str]) -> tuple[set[str], set[str]]:
    """(where things went or happened, where the companies come from) named in the question.

    An adjective of origin is a home only when it qualifies one of `nouns` (the words for companies);
    "Chinese security agencies" names a destination."""
    where: set[str] = set()
    homes: set[str] = set()
    if CJK.search(question):  # no spaces between words: look for each CJK name inside the text
        for name, named in _cjk_names():
            at = question.find(name)
            if at >= 0:  # "中国公司": a place right before the companies is their home
                follows = question[at + len(name) : at + len(name) + 3]
                (homes if any(follows.startswith(n) for n in nouns if CJK.search(n)) else where).add(named)
    last: tuple[int, bool] | None = None  # where the previous place ended, and whether it was a home
    spans: list[tuple[int, int, bool, Iterable[str]]] = []  # (start, end, an adjective, its places)
    home_of: list[bool] = []
    for start, end, country, region, adjective in place_spans(words, question):
        after, before = words[end : end + _modified(words, end)], words[max(0, start - NOUN_REACH) : start]
        # "firms from the Netherlands", "companies are from the UK": the article is no word between
        lead = start - 1 if start > 0 and words[start - 1] in _ARTICLES else start
        home = (
            (end < len(words) and words[end] in HOME_AFTER)
            or _based(words, start)
            or (lead > 1 and words[lead - 1] in FROM and words[lead - 2] in nouns)
            or _out_of(words, start, nouns)
            or (
                lead > 2
                and words[lead - 1] in FROM
                and words[lead - 2] in COPULAS
                and words[lead - 3] in nouns
            )
            or (adjective is not None and bool(nouns & {*after, *before}))
            or (adjective is not None and _told_home(words, lead, nouns))
            or (end < len(words) and words[end] in nouns)  # "İsrail şirketleri", "UK firms"
            or (region is not None and _region_of(words, end, nouns))
        )
        if not home and last is not None and all(w in JOINERS or w in FROM for w in words[last[0] : start]):
            home = last[1]  # "based in Canada, Singapore or Dubai", "from Singapore, or from Canada"
        last = (end, home)
        spans.append((start, end, adjective is not None, region or {country}))
        home_of.append(home)
    # "Austrian and Spanish spyware companies": an adjective of origin joined to the next one that
    # qualifies the firms qualifies them too (read alone, Austria was where gear went)
    for i in range(len(spans) - 2, -1, -1):
        (_, end, first, _), (start, _, second, _) = spans[i], spans[i + 1]
        if first and second and home_of[i + 1] and all(w in JOINERS for w in words[end:start]):
            home_of[i] = True
    for (*_, found), home in zip(spans, home_of, strict=True):
        (homes if home else where).update(found)
    return where, homes


@lru_cache(maxsize=1)
def _cjk_names() -> tuple[tuple[str, str], ...]:
    """The names written in Chinese characters (and their places), picked once: a Chinese question
    tested every name of every language for them (~3,000 regex searches, ~0.3 ms a question)."""
    return tuple((name, named) for name, named in country_names().items() if CJK.search(name))


@lru_cache(maxsize=1)
def _modifiers() -> frozenset[str]:
    """Words of a technology's name or of the field ("spyware", "interception", "surveillance")."""
    return frozenset(" ".join([*list_words()["technology_words"], list_words()["field_words"]]).split())


def _modified(words: Sequence[str], end: int) -> int:
    """How far after an adjective of origin its noun may stand: ADJECTIVE_REACH words, or further
    over words that name technologies and the joiners between them ("Italian spyware and
    interception companies": a home)."""
    at, mods = end, _modifiers()
    if at < len(words) and words[at] in HOME_BEFORE:  # "Spanish-based hacking-tool sellers"
        at += 1
    # a technology said in the singular as it narrows the noun ("hacking-tool sellers")
    while at < len(words) and (words[at] in JOINERS or words[at] in mods or f"{words[at]}s" in mods):
        at += 1
    return max(ADJECTIVE_REACH, at - end + 1)


def _region_of(words: Sequence[str], end: int, nouns: frozenset[str]) -> bool:
    """A region said as an adjective of the companies over words of their trade ("the Southeast
    Asian exploit trader", "a Gulf spyware firm"), as a demonym is: their home. Read as where gear
    went, a firm described by its region was never picked. Not over a joiner or any other stopword
    ("sold to Gulf governments and firms", "the Gulf, where firms...": the firms are others)."""
    for word in words[end : end + ADJECTIVE_REACH]:
        if word in nouns:
            return True
        if word in STOPWORDS or word in JOINERS or word in COPULAS or word in FROM:
            return False
    return False


# Words between "based" and its place ("based in the UK", "headquartered in the Netherlands").
HOME_LINKS = frozenset(["in", "the", "at", "out", "of"])


def _based(words: Sequence[str], start: int) -> bool:
    """The place at `start` follows "based" or "headquartered", over "in the" and the like, or
    another language's word for a firm's seat ("con sede in", "mit Sitz in": `_home_seats`)."""
    k = start - 1
    while k >= 0 and words[k] in HOME_LINKS:
        k -= 1
    if k >= 0 and words[k] in HOME_BEFORE and start - k <= 4:
        return True
    seats, links = _home_seats()  # "con sede in Italia", "mit Sitz in Deutschland"
    k = start - 1
    while k >= 0 and words[k] in links and start - k <= 3:
        k -= 1
    return k >= 0 and words[k] in seats


@lru_cache(maxsize=1)
def _home_seats() -> tuple[frozenset[str], frozenset[str]]:
    """Other languages' words for a firm's seat before its place, and the words between (list_words.yaml)."""
    table = list_words()
    return frozenset(table["home_seats"].split()), frozenset(table["home_seat_links"].split())


Span = tuple[int, int, str, frozenset[str] | None, str | None]


def place_spans(words: Sequence[str], question: str) -> tuple[Span, ...]:
    """Each place the words name, longest name first, left to right, as (start, end, country,
    region's countries or None, the adjective's country or None)."""
    return _place_spans(tuple(words), question)


@lru_cache(maxsize=64)
def _place_spans(words: tuple[str, ...], question: str) -> tuple[Span, ...]:
    """Memoised: a list question's places are read for where things went, who acted (sanctions)
    and who fined, each over every phrase of up to three words (~0.1-0.2 ms a long question)."""
    return tuple(_spans(words, question))


def _spans(words: Sequence[str], question: str) -> Iterable[Span]:
    names, starts = country_names(), name_starts()
    capitals: list[bool] = []  # read only for a short name that may be no place ('us', 'vs'): ~0.1 ms
    taken: set[int] = set()
    for start, end, phrase in sorted(phrases(words), key=lambda p: (p[0], p[0] - p[1])):
        if not taken.isdisjoint(range(start, end)):
            continue
        first = words[start]
        if not (
            first[:4] in starts or first[:3] in starts or phrase in _READ_ALWAYS or _ARABIC.search(first)
        ):
            continue  # most phrases: no name begins so, one look-up instead of ~10 (~0.1 ms a long question)
        # "South African outfits": an adjective of two words is one too, read whole (no stem)
        adjective = demonym(phrase) if end - start == 1 else demonyms().get(phrase)
        region = regions().get(phrase)  # "latin america" before "america" (the United States)
        # a region stands as its first member by name: callers read the whole region, but a set's
        # order follows string hashing, and a span must read the same in every process
        country = min(region) if region else names.get(phrase) or adjective
        if country is None and end - start < 3:  # three words are no inflected name (`inflected`)
            country = inflected(words[start:end])
        if not capitals and (phrase in PRONOUN_NAMES or phrase == "vs"):
            capitals = _in_capitals(question, words)
        if _us_by_article(phrase, start, words, capitals) or (
            phrase == "states" and _THE_STATES.search(question)
        ):
            country = "United States"
        short = ("uk", "us", "eu", "vs")
        if country is None or (end - start == 1 and len(phrase) < 3 and phrase not in short):
            continue
        if phrase in PRONOUN_NAMES and not all(capitals[start:end]):
            continue  # "tell us", "eu quero": a pronoun, not the United States or the Union
        taken |= set(range(start, end))
        yield start, end, country, region, adjective


# Read whatever their first letters: names in capitals only, and the United States as "the States".
_READ_ALWAYS = PRONOUN_NAMES | {"vs", "states"}
# An Arabic word may join an article or a clitic to a name (inflected.py): its first letters are not
# the name's.
_ARABIC = re.compile(r"[\u0600-\u06ff]")


@lru_cache(maxsize=1)
def name_starts() -> frozenset[str]:
    """The first three and four letters of the first word of every name `_spans` reads: a country's
    or region's in any campaign language (an inflected form keeps its stem's, inflected.py) and an
    adjective of origin's (`demonym` reads a stem of three letters or more). The one table of how a
    place's name may begin; elsewhere.py adds the names it reads besides (cities, other demonyms)."""
    firsts = [k.split()[0] for k in (*country_names(), *regions()) if k.split()]
    return frozenset({w[:4] for w in (*firsts, *demonyms())} | {w[:3] for w in demonyms() if len(w) == 3})


def _us_by_article(phrase: str, start: int, words: Sequence[str], capitals: Sequence[bool]) -> bool:
    """Dutch "de VS" (de Verenigde Staten): the United States, in capitals after the article; never
    the English "vs" (versus) of a lawsuit's name ("WhatsApp vs NSO")."""
    return phrase == "vs" and capitals[start] and start > 0 and words[start - 1] == "de"


# "firms headquartered in the States": the United States, capitalised after "the"; "the states that
# signed", "EU states" are no country ("the Gulf States" is a region, read first as the longer name)
_THE_STATES = re.compile(r"\b[Tt]he States\b")
