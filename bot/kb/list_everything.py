"""Requests for everything held on something ("anything on Syria?", "что у вас есть о России?",
"todo lo que haya sobre España"): a list of whatever the entries hold there, not an answer to a
question about it. Apart from list_asks.py, which reads lists of a kind; lists.py asks both.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.kb.cities import city, city_countries
from bot.kb.list_asks import (
    CUE_PHRASES,
    FILLER,
    HEADLESS_WORDS,
    KIND_NOUNS,
    LIST_CUES,
    POINTING,
    SINGLE_CUES,
    words_and_breaks,
)
from bot.kb.list_except import exclusion_at
from bot.kb.list_towns import towns_asked
from bot.kb.list_who import who_acted_on
from bot.kb.place_names import apart, list_words
from bot.kb.places import JOINERS, place_spans, places

_WORD = re.compile(r"[^\W_]+")

# Everything held on something, said in the campaign's languages ("anything on Syria?", "alles über
# Polen", "ما الذي لديكم عن المغرب؟"): folded phrases, each followed by what it asks about.
EVERYTHING_PHRASES = tuple(
    sorted((f" {p} " for p in list_words()["everything_phrases"]), key=len, reverse=True)
)


EVERYTHING_LOOSE = tuple(f" {p} " for p in list_words()["everything_loose"])


def everything_known(
    question: str, vocabulary: frozenset[str], named: Callable[[str], set[str]] | None = None
) -> bool:
    """An everything-request ("anything on Syria?", "что у вас есть о России?") about something the
    knowledge base knows: every word of what it asks about is a place or in the entries' `vocabulary`.
    "Anything on a company called Tessaract Defence?" asks about a firm it does not hold: the engine
    answers that. A vague noun's phrase ("material on", "stuff about": EVERYTHING_LOOSE) asks about a
    place or something an entry `named` ("stuff about Hikvision"); "training material on digital
    security" asks for teaching material, which no entry is."""
    about = everything_about(question)
    about = everything_around(question) if about is None else about
    if not about:
        return False
    placed = [any(places([word], word, KIND_NOUNS["vendor"])) for word in about]
    placed = [p or i in _towns(about) for i, p in enumerate(placed)]  # "Alles über München"
    # "su Astana e il Kazakistan": the words joining two places are the places'
    placed = [p or (any(placed) and w in JOINERS) for w, p in zip(about, placed, strict=True)]
    if named is not None and not any(placed) and not named(" ".join(about)):
        words, opens = words_and_breaks(question)
        # a name as the member wrote it ("material on Palestinians"), however the entries hold it
        cased = {
            w
            for w, capital, opened in zip(words, _cased(question), opens, strict=False)
            if capital and not opened
        }
        plain = f" {' '.join(words)} "
        if not cased.intersection(about) and any(p in plain for p in EVERYTHING_LOOSE):
            return False
    return all(word in vocabulary or place for word, place in zip(about, placed, strict=True))


# "Anything on Spain?" in a language the entries do not speak: a question as short as a headless list
# question (see `on_a_place`); a longer one says more than the place and the engine answers it.
PLACE_ALONE_WORDS = HEADLESS_WORDS
EVERYTHING_WORDS = frozenset(w for words in list_words()["everything_words"].values() for w in words.split())
# English asks for everything by its phrases ("anything on Serbia?", EVERYTHING_PHRASES): its lone
# "anything" is a yes/no question's ('has Serbia done anything wrong?'), which the engine answers.
FOREIGN_EVERYTHING_WORDS = frozenset(
    w for lang, words in list_words()["everything_words"].items() if lang != "en" for w in words.split()
)
# Words of the requests members make, which may stand around the place.
REQUEST_WORDS = frozenset(w for p in (*EVERYTHING_PHRASES, *CUE_PHRASES) for w in p.split())


def on_a_place(
    question: str, english: str, places_read: Callable[[str], set[str]], vocabulary: frozenset[str]
) -> bool:
    """ "Belarus ile ilgili neler var?", "todo lo que haya sobre España", "أي شي عن الإمارات؟": a short
    question with a word asking for everything and a place (read in the question's English reading,
    where the glossary knows "الإمارات"), every other word a request's or one the entries' vocabulary
    does not hold: nothing but the place narrows it, so it asks for everything held on the place.
    "¿Es legal el spyware en España?" holds words the entries know: the engine answers it.
    `places_read` reads the English reading's places: only for the few short questions with such a
    word (reading them for every question cost 0.2 ms each)."""
    if fronted_places(question):  # "Vietnam: who or what is connected?"
        return True
    if any(p in question for p in AROUND_UNSPACED):  # "关于新疆的所有内容"
        reading = words_and_breaks(english)[0]
        return bool(reading) and all(w in vocabulary or places_read(w) for w in reading)
    words, breaks = words_and_breaks(question)
    # "tutto sull'Egitto tranne Amesys": what is left out (list_except.py) narrows nothing asked
    cut = next((i for i in range(1, len(words)) if exclusion_at(words, i)), len(words))
    words, breaks = words[:cut], breaks[:cut]
    closing = _closing_request(words, breaks)
    if not (FOREIGN_EVERYTHING_WORDS.intersection(words) or closing):
        return False
    english_places = places_read(english)
    if not english_places:
        return False
    # counted as the English reading has them: the glossary reads a term of several words as one
    # ("casus yazılımla": "spyware"), which says no more than a word would; and a town in a country
    # asked ("España o Barcelona"), with the word joining it, says no more than the country
    said = [w for w in words if city_countries().get(city((w,), w) or "") not in english_places]
    if min(len(said) - (len(said) < len(words)), len(words_and_breaks(english)[0])) > PLACE_ALONE_WORDS:
        return False
    own = places(words, question, KIND_NOUNS["vendor"])
    if own[0] | own[1] and not (own[0] | own[1]) & english_places:
        return False
    asking = EVERYTHING_WORDS | LIST_CUES | REQUEST_WORDS | FILLER | set(words[closing or len(words) :])
    rest = [w for w in words if w not in asking and not any(places([w], w, KIND_NOUNS["vendor"]))]
    rest = [w for w in rest if w in said]
    # "anything on Orbitrix Signals in Israel": a name the entries do not hold, which the English
    # reading keeps as written, is no word of another language; "Polsce" reads "poland"
    read = set(words_and_breaks(english)[0])
    names = {
        w for w, cased, opens in zip(words, _cased(question), breaks, strict=False) if cased and not opens
    }
    names |= set(everything_about(question) or ())  # what "anything on ..." asks about, however written
    return all(w not in vocabulary and not (w in names and w in read) for w in rest)


def _cased(question: str) -> list[bool]:
    """Whether each word of `words_and_breaks` starts with a capital letter as the member wrote it."""
    return [m.group()[:1].isupper() for m in _WORD.finditer(apart(question))]


def everything_about(question: str) -> list[str] | None:
    """What an everything-request asks about ("anything on Syria?" -> ["syria"]): the words after its
    phrase up to the end of the clause or an exclusion word ("anything on Egypt except Amesys" ->
    ["egypt"]: list_except.py leaves Amesys out), fillers left out; None when it is no such request."""
    words, opens = words_and_breaks(question)
    plain = f" {' '.join(words)} "
    for phrase in EVERYTHING_PHRASES:
        at = plain.find(phrase)
        if at < 0:
            continue
        start = plain[: at + len(phrase)].count(" ") - 1  # index of the first word after the phrase
        about: list[str] = []
        for i in range(start, len(words)):
            if i > start and (opens[i] or exclusion_at(words, i)):
                break
            if words[i] not in FILLER:
                about.append(words[i])
        # "anything on that": what was said before, one thing the engine answers
        return [] if POINTING.intersection(about) else about
    return None


_AROUND = list_words()["everything_around"]
AROUND_NOUNS = frozenset(_AROUND["nouns"].split())
AROUND_LINKS = frozenset(_AROUND["links"].split())
AROUND_TIES = frozenset(_AROUND["ties"].split())
AROUND_CLOSINGS = frozenset(tuple(p.split()) for p in _AROUND["closings"])
# A question asking by a tie alone is the thing and the tie: "the Dubai angle", not "the Dubai angle
# in the Syria sale" (which asks about the sale's card)
TIE_WORDS = 4
AROUND_ALLS = frozenset(_AROUND["alls"].split())
AROUND_BACKS = tuple(f" {p} " for p in _AROUND["backs"])
AROUND_POLITE = frozenset(_AROUND["polite"].split())
AROUND_UNSPACED = tuple(_AROUND["unspaced"])


def everything_around(question: str) -> list[str] | None:
    """What a request for everything asks about when no phrase opens it ("Xinjiang-related stuff" ->
    ["xinjiang"], "Bahrain: everything", "Belarus: list it all", "all the stuff about Poland"): a short
    question of the thing and a vague noun with a link or an all-word ("-related stuff", "all the
    stuff"), or a back request ("all of it"); None otherwise. A question word ("is it all legal?")
    asks something of the thing: the engine answers it. Whether the thing is known: `everything_known`."""
    words, opens = words_and_breaks(question)
    if not words or len(words) > PLACE_ALONE_WORDS + 2:
        return None
    plain = f" {' '.join(words)} "
    backs = {w for b in AROUND_BACKS if b in plain for w in b.split()}
    if closing := _closing_request(words, opens):  # "Ghana or Nigeria: anything?"
        backs |= set(words[closing:])
    nouns = AROUND_NOUNS.intersection(words)
    # "the Dubai angle", "Belarus stuff": a tie or a vague noun after one place and nothing else
    said = (AROUND_TIES | AROUND_NOUNS).intersection(words[1:])
    if len(words) <= TIE_WORDS and said and _place_alone(words):
        backs |= said
    if not backs and not (nouns and (AROUND_LINKS | AROUND_ALLS).intersection(words)):
        return None
    request = backs | nouns | AROUND_LINKS | AROUND_ALLS | FILLER | EVERYTHING_WORDS | AROUND_POLITE
    request |= {"list"}
    about = [w for w in words if w not in request]
    return None if SINGLE_CUES.intersection(about) or POINTING.intersection(words) - backs else about


def _place_alone(words: list[str]) -> bool:
    """Every word is a place's, a tie's or a filler ("the Dubai angle", "the Hong Kong connection"): a
    tie to one place asks for everything there; "qosmos france syria... connection?" asks how a firm
    is tied to a sale, the engine's answer."""
    covered = {i for start, end, *_ in place_spans(words, " ".join(words)) for i in range(start, end)}
    covered |= _towns(words)  # "Munich connections": a town is a place too (bot/kb/list_towns.py)
    vague = AROUND_TIES | AROUND_NOUNS | FILLER
    return bool(covered) and all(i in covered or w in vague for i, w in enumerate(words))


def _closing_request(words: list[str], opens: list[bool]) -> int | None:
    """Where a last clause that only asks for everything starts ("Ghana or Nigeria: anything?", "Rwanda
    – alles", "Inwigilacja w Polsce – wszystkie materiały"): a word asking for everything, or an
    all-word and a vague noun ("all the material"), after a break that follows the thing asked about;
    None otherwise. Alone, English "anything" asks a yes/no question ("did Serbia do anything?"): here
    it is its own clause after the thing, with nothing of a question left in it."""
    start = max((i for i, opened in enumerate(opens) if opened), default=0)
    if start == 0:
        return None
    if tuple(words[start:]) in AROUND_CLOSINGS:  # "Azerbaijan - what have you got"
        return start
    clause = set(words[start:])
    asking = EVERYTHING_WORDS | AROUND_NOUNS | AROUND_ALLS | FILLER
    if not clause <= asking:
        return None
    said = EVERYTHING_WORDS.intersection(clause) or (AROUND_NOUNS & clause and AROUND_ALLS & clause)
    return start if said else None


ANYTHING_HOMED = frozenset(list_words()["anything_homed"].split())


def anything_homed(words: list[str], question: str) -> bool:
    """ "Anything headquartered in the Netherlands?", "anything with its HQ in Israel?": a short
    question opening on "anything" whose place is where something is based asks for the firms from
    there (only a firm has a home); "anything sold to Egypt?" names where gear went, no home, and
    "anything on a Greek firm called X?" asks for everything on one firm (`everything_known`)."""
    if not words or words[0] not in ANYTHING_HOMED or len(words) > PLACE_ALONE_WORDS + 2:
        return False
    if everything_about(question) is not None:
        return False
    where, homes = places(words, question, KIND_NOUNS["vendor"])
    return bool(homes) and not where


FRONTED_ASKS = frozenset(list_words()["fronted_asks"].split())
FRONTED_DEFINING = tuple(f" {p} " for p in list_words()["fronted_defining"])
KINDS_ASKED = frozenset(w for nouns in KIND_NOUNS.values() for w in nouns) | AROUND_NOUNS | AROUND_TIES


def fronted_places(question: str) -> bool:
    """ "Vietnam: who or what is connected?", "Serbia and Uganda: who helped watch people there?",
    "البحرين: من زوّدها بأدوات المراقبة؟": places said alone before the first break, then a short
    question asking who or what with no place or name of its own: whoever and whatever the entries tie
    to those places. "Serbia: who was targeted?" asks for the people (list_who.who_acted_on), and
    "Egypt: did NSO sell there?" asks no who or what: the engine answers them."""
    words, opens = words_and_breaks(question)
    start = next((i for i, opened in enumerate(opens) if opened and i > 0), None)
    if start is None or len(words) - start > PLACE_ALONE_WORDS:
        return False
    head, rest = words[:start], words[start:]
    covered = {i for begin, end, *_ in place_spans(head, " ".join(head)) for i in range(begin, end)}
    covered |= _towns(head)  # "Munich: who or what is connected?"
    if not covered or not all(i in covered or w in JOINERS for i, w in enumerate(head)):
        return False
    if not FRONTED_ASKS.intersection(rest) or place_spans(rest, " ".join(rest)):
        return False
    if _defining(rest):
        return False  # "Israel: what is the entity list?": the card of what it names
    cased = zip(_cased(question)[start:], opens[start:], strict=False)
    if any(capital and not opened for capital, opened in cased):
        return False  # "Mexico: who is the NSO customer?": a name asks about its own card
    return who_acted_on(words, opens) is None


def _defining(rest: list[str]) -> bool:
    """ "what is the entity list?", "was ist das Wassenaar-Abkommen?": a question of what one thing is
    (FRONTED_DEFINING), whose card answers it; "what are the cases?" or "what is the connection?"
    ask for a kind or for everything (KIND_NOUNS, everything_around's nouns and ties)."""
    plain = f" {' '.join(rest)} "
    said = next((p for p in FRONTED_DEFINING if plain.startswith(p)), None)
    return said is not None and not KINDS_ASKED.intersection(rest[len(said.split()) :])


def _towns(words: list[str]) -> set[int]:
    """Where the words name a town with a country ("munich", "munchen"): a place as a country is."""
    return {i for i, w in enumerate(words) if city_countries().get(city((w,), w) or "")}


def towns_alone(question: str) -> set[str]:
    """The towns an everything-request asks about when they are all it asks about ("Munich
    connections", "anything on Munich?", "Munich: who or what is connected?"), else none: "what do
    you have on the Tel Aviv firm that hacked ..." asks about one firm, the engine's answer."""
    words, opens = words_and_breaks(question)
    about = everything_about(question)
    about = everything_around(question) if about is None else about
    if not about:
        start = next((i for i, opened in enumerate(opens) if opened and i > 0), 0)
        about = words[:start] if start and fronted_places(question) else []
    cased = {w for w, c in zip(words, _cased(question), strict=False) if c}
    towns = {i for i in _towns(about) if about[i] in cased}
    if not towns or not all(i in towns or w in JOINERS or w in FILLER for i, w in enumerate(about)):
        return set()
    return towns_asked(" ".join(about))
