"""Facts a description of a firm or case gives besides its home, places, gear and years (described.py):
the other parties it names ('the Vienna company Microsoft said ...': a card that tells of Microsoft),
the month it dates an event to ('spun off in February 2021'), the cities it acted in, and the
country an adjective of origin, a country's or a city's name says ('Japanese', 'US', 'Munich');
and whether a firm asked for by its home contradicts an entry's firms (`contradicts`); and the
countries of firms that bought ('vendió a empresas chinas': `bought`), buyers, not the firm's home."""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from bot.kb.cities import cities_asked, city_countries, city_names, countries_of_cities
from bot.kb.city_places import cities_where
from bot.kb.list_asks import SINGULARS
from bot.kb.list_demonyms import other_demonyms
from bot.kb.list_query import KIND_NOUNS, SALE_WORDS, VENDOR_NOUNS
from bot.kb.model import Entry
from bot.kb.months import month_abbreviations, month_names, month_numbers
from bot.kb.place_names import country_name, demonym, list_words, regions, words_of
from bot.kb.places import NOUN_REACH, expand
from bot.kb.tags import tagged
from bot.kb.text import STOPWORDS

# A month before a year ('spun off in February 2021', '15 Feb 2011'): a date, read as year * 100 + month
_MONTH_YEAR = re.compile(r"\b([A-Za-z]{3,9})\.? ((?:19|20)\d\d)(?![\d/])")
# 'start-up(s)', a noun of firms written as two words ('startup' is one of VENDOR_NOUNS)
START_UP = re.compile(r"(?i)\bstart-(?=ups?\b)")
# A word written as a name inside a sentence ('the Vienna company Microsoft said ...'): not its first
_NAMED = re.compile(r"(?<=[\w,;:'’)\]] )[A-Z][\w&-]{2,}")
# Words that make the companies after them buyers, by language, and the articles between (list_words.yaml)
BUYER_BEFORE = {lang: frozenset(ws) for lang, ws in list_words()["buyer_before"].items()}
BUYER_ARTICLES = frozenset(list_words()["buyer_articles"])


def origin(word: str) -> str | None:
    """The country an adjective of origin names, list-only ones included ('hexagonal')."""
    table = other_demonyms()
    stems = (word[: len(word) - cut] for cut in range(4))
    return demonym(word) or next((table[s] for s in stems if s in table), None)


def place_word(word: str) -> str | None:
    """The country one word names: an adjective of origin, a country ('US'), or a city ('Munich')."""
    return origin(word) or country_name(word) or city_countries().get(city_names().get(word, ""))


def dates_of(text: str) -> frozenset[int]:
    """The months of a year an English text gives ('in February 2021', '15 Feb 2011', 'mid-February
    2011'), as year * 100 + month: a description that dates what happened to the month picks the
    card that dates it so among the many of that year."""
    names, short = month_numbers("en"), month_abbreviations("en")
    found = set()
    for word, year in _MONTH_YEAR.findall(text):
        low = word.lower()
        month = short.get(low) or (names.get(low[:4]) if len(low) > 3 else None)
        if month:
            found.add(int(year) * 100 + month)
    return frozenset(found)


@lru_cache(maxsize=1)
def _town_words() -> frozenset[str]:
    """Every word of the towns' names of more than one word ('tel', 'aviv', 'new', 'york')."""
    return frozenset(w for name in city_names() if " " in name for w in name.split())


def warm_up() -> None:
    """The tables a description's towns and parties read, now (`Described` is built with the engine):
    not by a member's first question telling of a firm by its town ('the Tel Aviv firm Google called
    out', 'entreprise de Salzbourg'), ~1 ms. The phrase reads cities.py's for a home town."""
    _town_words()
    cities_asked("entreprise de Salzbourg", VENDOR_NOUNS)


def party_names(typed: str) -> frozenset[str]:
    """The other parties an English description names, lower case: words written as names inside a
    sentence that are no place, people or month ('the Vienna company Microsoft said was behind
    hacks', 'the start-up Google called out', 'the agency Meta banned'). A card that tells of the
    same party is described by it as by a place it names: Microsoft's report is DSIRF's case."""
    months = month_names("en")
    found = set()
    for name in _NAMED.findall(typed):
        word = name.lower()
        month = word[:4] in months or any(m.startswith(word) for m in months)  # 'Feb', 'March'
        if word in STOPWORDS or month or place_word(word) or word in VENDOR_NOUNS or word in regions():
            continue
        if word in _town_words():  # 'the Tel Aviv firm': part of a town's name, no party
            continue
        found.add(word)
    return frozenset(found)


def contradicts(
    told: tuple[frozenset[str], frozenset[str]], homes: Collection[str], techs: Collection[str]
) -> bool:
    """Whether a question that asks which firm of a home ('welche kanadische Firma verkaufte Kameras
    an Ägypten?', which.py) contradicts what an entry tells of its firms: none of them is from there
    (a region's members count), or the gear asked is none its card names (Sandvine sold DPI, not
    cameras). The entry then answers of some other firm: a member would act on the wrong one.
    Nothing without a home asked, nor where the entry tells of no firm's home or gear."""
    if not homes:
        return False
    own_homes, own_techs = told
    names = {h.removeprefix("country:") for h in homes}
    table = regions()  # 'a Gulf firm', 'a European one': any member's
    members = set(expand(names)) | {m for n in names for m in table.get(n, ())}
    members = {tagged("country", m) for m in members} | set(homes)
    return bool(own_homes and members.isdisjoint(own_homes)) or bool(
        techs and own_techs and own_techs.isdisjoint(techs)
    )


def acted_in(text: str) -> frozenset[str]:
    """The countries (tagged) of the cities a description puts the firm's deeds in: after a word of
    place, over articles ('ended up in the Damascus email-snooping build', 'sold to Cairo'). Not a
    city acting ('did Washington blacklist', 'Washington blacklisted ...'): its government, no place
    the firm acted in (NSO's card names the US, Positive Technologies' does not)."""
    words = [w for w in words_of(text) if w not in ("the", "a", "an")]
    names, countries = city_names(), city_countries()
    found = cities_where(words, lambda w: countries.get(names.get(w, "")))
    return frozenset(tagged("country", countries[names[words[k]]]) for k in found)


_YEAR = re.compile(r"(?<![\d/])(?:19|20)\d\d(?![\d/])")
_SENTENCE = re.compile(r"(?<=[.;!?])\s+|\n+")
_PLURAL_FIRMS = KIND_NOUNS["vendor"] - SINGULARS["vendor"]  # not "firm": a plural of another language


def placed_years(entry: Entry) -> frozenset[tuple[str, int]]:
    """The (place tag, year) pairs a sentence of the card gives together: IDEMIA's Shanghai sale is
    dated 2015, its 2022 facts are of Argentina and its owners. A description that dates what happened
    in a place (`picks`) must give a year of that place's facts, not any year of the card."""
    pairs: set[tuple[str, int]] = set()
    names = {c: c.lower() for c in entry.countries}
    for sentence in _SENTENCE.split(" ".join((entry.summary, entry.body))):
        years = {int(y) for y in _YEAR.findall(sentence)}
        if not years:
            continue
        low = sentence.lower()
        where = {c for c, n in names.items() if n in low} | countries_of_cities(sentence, VENDOR_NOUNS)[0]
        pairs |= {(tagged("country", c), y) for c in where for y in years}
    return frozenset(pairs)


def several_firms(plain: str) -> bool:
    """Whether a question read by its places alone (`unhomed`, its words keyed as `plain`) asks for
    several firms: a plural noun of firms ('spyware vendors', 'firms', 'companies'), or homes joined by
    'or' ('Israeli or Cypriot-based'). A list, never a description of one firm."""
    words = plain.split()
    if not _PLURAL_FIRMS.isdisjoint(words):
        return True
    return any(
        w == "or" and 0 < k < len(words) - 1 and origin(words[k - 1]) and origin(words[k + 1])
        for k, w in enumerate(words)
    )


def bought(words: list[str], lang: str) -> set[str]:
    """The countries whose adjective qualifies companies that bought: companies after a word of
    destination or a sale verb, over articles ('sold to Chinese firms', 'vendió a empresas chinas',
    'vendu à une société chinoise'). Such a place is where gear went, not the described firm's home."""
    before = BUYER_BEFORE.get(lang, frozenset()) | BUYER_BEFORE["en"] | SALE_WORDS
    found: set[str] = set()
    for k, word in enumerate(words):
        if word not in VENDOR_NOUNS:
            continue
        origins = [c for w in words[k + 1 : k + 1 + NOUN_REACH] if (c := origin(w))]
        j = k - 1
        while j >= 0 and (c := origin(words[j])):  # 'to Chinese companies': the adjective first
            origins.append(c)
            j -= 1
        while j >= 0 and words[j] not in before and words[j] in BUYER_ARTICLES:
            j -= 1
        if origins and j >= 0 and words[j] in before:
            found.update(origins)
    return found
