"""More ways a member asks for several (bot/kb/lists.py), each read as a plainer way is, so the list
readers need know only the plain ones: "who are the German surveillance companies?" as "which German
companies"; "which people were spied on with Candiru's spyware?" and "Pegasus victims in the Middle
East - who?" as "who was hit by ..." (list_who.py: the people targeted, where they were targeted and
not where the gear's maker is); "nur die EU-Regeln zu Dual-Use bitte" as "EU-Regeln zu Dual-Use";
German "wer hat ... geliefert?" and "¿Quién vende spyware a México?" as "who sold ...?"; "who got
filtering boxes into Syria?" as "who supplied ... to Syria?"; "Burma's state telecom: who supplied
its gear?" without the "its". Apart from list_who.py so each reading stays small; the vocabulary is
data in `data/list_words.yaml` (`who_are`, `people_nouns`, `victim_nouns`, `only_words`,
`people_before`, `polite_words`, `asks_more`, `buyer_pointers`, `who_has_sold`, `who_sells`, `who_sells_read`,
`got_into`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.kb.list_asks import FILLER, KIND_NOUNS, LIST_CUES, NAME_JOINERS, words_and_breaks
from bot.kb.list_heads import headless_kinds, narrowing
from bot.kb.list_who import GEAR, WHO, WHO_ACTED, WHO_AUXILIARIES, city_words
from bot.kb.parented import maker_places
from bot.kb.place_names import demonym, key_of, list_words, words_of
from bot.kb.places import place_spans
from bot.kb.tags import tagged

# How far a list cue reaches for the people it asks about ("which Mexican people", "quais pessoas").
PEOPLE_REACH = 2


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    data = list_words()
    who_are = data["who_are"]
    return {
        "fillers": frozenset(who_are["fillers"].split()),
        "people": frozenset(data["people_nouns"].split()),
        "victims": frozenset(data["victim_nouns"].split()),
        "only": frozenset(data["only_words"].split()),
        "polite": frozenset(data["polite_words"].split()),
        "asks_more": frozenset(data["asks_more"].split()),
        "pointers": frozenset(data["buyer_pointers"].split()),
        "before": frozenset(data["people_before"].split()),
    }


@lru_cache(maxsize=1)
def _who_pairs() -> dict[str, frozenset[str]]:
    """Each language's "who" of `who_are` -> that language's auxiliaries ("wie" -> "zijn waren")."""
    who_are = list_words()["who_are"]
    return {who_are["who"][lang]: frozenset(aux.split()) for lang, aux in who_are["auxiliaries"].items()}


@lru_cache(maxsize=1)
def _has_sold() -> list[dict[str, frozenset[str]]]:
    """`who_has_sold` per language: its "who", auxiliaries, participles and fillers."""
    return [
        {key: frozenset(str(words).split()) for key, words in row.items()}
        for row in list_words()["who_has_sold"].values()
    ]


def who_are(words: list[str], opens: list[bool]) -> set[str]:
    """The kinds "who are the <narrowing words> <plural noun>?" asks for: the noun's, when every word
    between the auxiliary and the noun narrows firms or is an article ("who are the Italy-based
    hacking or wiretap suppliers"), and the noun ends its clause. Empty otherwise: "who are the
    founders of NSO?" names no kind, "who are the companies' owners?" asks about the owners."""
    for i, word in enumerate(words[:-2]):
        if not opens[i] or words[i + 1] not in _who_pairs().get(word, ()):
            continue
        for j in range(i + 2, len(words)):
            kinds = {kind for kind, nouns in KIND_NOUNS.items() if words[j] in nouns}
            if kinds:
                ends = j + 1 == len(words) or opens[j + 1]
                return kinds if ends else set()
            if not _narrows(words[j]):
                break
    return set()


def _narrows(word: str) -> bool:
    """A word that narrows firms (an origin, a place, a technology, the field) or joins them."""
    joins = FILLER | _table()["fillers"]
    gear = word in GEAR or any(word.endswith(t) and len(word) > len(t) + 2 for t in _gear_tails())
    return word in narrowing() or gear or word in joins or demonym(word) is not None


@lru_cache(maxsize=1)
def _gear_tails() -> tuple[str, ...]:
    """The heads of compounds of gear ("filtertechnik"): list_words.yaml `gear_tails`."""
    return tuple(list_words()["gear_tails"].split())


def people_asked(words: list[str], opens: list[bool]) -> str | None:
    """ "targeted" when the question asks which people something was done to: a list cue right
    before people ("which people", "welche Personen") and a verb of being targeted after them, or a
    victim noun after a cue or before a clause-final "who" ("Predator victims in Europe - who?").
    Whether a name, place or technology narrows them is `lists.detect`'s to check."""
    table = _table()
    targeted = WHO_ACTED["targeted"]
    for i, word in enumerate(words):
        people, victims = word in table["people"], word in table["victims"]
        if not (people or victims):
            continue
        cued = any(w in LIST_CUES for w in words[max(0, i - PEOPLE_REACH) : i])
        if people and cued and targeted.intersection(words[i + 1 :]):
            return "targeted"
        if (
            people
            and all(demonym(w) is not None or w in table["before"] for w in words[:i])
            and _targeted_next(words[i + 1 :], targeted)
            and not _asks_more(words[i + 2 :], opens[i + 2 :])
        ):
            return "targeted"
        if victims and (cued or (words[-1] in WHO and opens[-1])):
            return "targeted"
    return None


def _asks_more(words: list[str], opens: list[bool]) -> bool:
    """Whether a later clause asks something else ("activists targeted in Bahrain - did they win in
    court?": one story, the engine's to answer), opened by a word of `asks_more`; a comma between the
    places ("journalists hacked in Jordan, Thailand or El Salvador") or "- which cases?" asks no more."""
    return any(o and w in _table()["asks_more"] for w, o in zip(words, opens, strict=True))


def targeted_where(countries: set[str], question: str) -> set[str] | None:
    """Of the places a list of people targeted reads, those where they were targeted: not the home of
    the gear's maker ("Greek journalists hacked with Israeli spyware": Israel is the maker's; read as a
    place, Candiru's and QuaDream's victims joined the list). None when no place is left but one was read."""
    makers = maker_places(question)
    kept = {c for c in countries if tagged("country", c) not in makers}
    return None if countries and not kept else kept


def _targeted_next(words: list[str], targeted: frozenset[str]) -> bool:
    """After a plural of people heading the question (only origins before it), a verb of being targeted
    right after it, over auxiliaries ("reporters targeted in Greece and Angola", "journalists who were
    hacked", "giornalisti spiati in Grecia"): the people the cases there tell of. A description that
    says more first ("dissidents in London targeted with ...") is one story: the engine answers it.
    Other plurals of people joined to it come first ("Polish lawyers and senators who got hacked")."""
    at = 0
    people = _table()["people"]
    while at + 1 < len(words) and words[at] in NAME_JOINERS and words[at + 1] in people:
        at += 2
    while at < len(words) and (words[at] in WHO_AUXILIARIES or words[at] in WHO):
        at += 1
    return at < len(words) and words[at] in targeted


def only_kinds(words: list[str], question: str) -> set[str]:
    """The kinds a noun phrase asks for when a word narrowing it to what it names opens or closes it
    ("just the British rules and actions", "nur die EU-Regeln zu Dual-Use bitte"): read without that
    word and the polite words around it, as the noun phrase alone is (`headless_kinds`)."""
    table = _table()
    around = table["only"] | table["polite"]
    start, end = 0, len(words)
    while start < end and words[start] in around:
        start += 1
    while end > start and words[end - 1] in around:
        end -= 1
    said = table["only"].intersection(words[:start] + words[end:])
    return headless_kinds(words[start:end], question) if said and end > start else set()


def who_has_sold(english: str) -> bool:
    """ "Wer hat Gaddafis Regime mit Abhörtechnik ausgestattet?": who sold, asked in the German perfect
    (the participle last), read in the question's English reading ("wer hat libya regime mit
    interception ausgestattet"): only words that narrow the firms or say gear between the auxiliary
    and the participle. "Wer hat NSO gegründet?" ends in no participle of sale: one answer."""
    words, _ = words_and_breaks(english)
    if len(words) < 4:
        return False
    said = (r for r in _has_sold() if words[0] in r["who"] and words[1] in r["auxiliaries"])
    row = next(said, None)
    # the participle as the glossary reads it too ("verkauft": "sells", `who_sells_read`)
    if row is None or words[-1] not in row["participles"] | _sells_read():
        return False
    # a place's or a city's words narrow as a country's name does: "in Oost-Jeruzalem" (read "east
    # jerusalem"), as in `list_who.asks_who_sold`
    placed = {i for start, end, *_ in place_spans(words, english) for i in range(start, end)}
    between = [(i, w) for i, w in enumerate(words) if 1 < i < len(words) - 1]
    cities = city_words()
    return all(_narrows(w) or w in row["fillers"] or w in cities or i in placed for i, w in between)


@lru_cache(maxsize=1)
def _sells_read() -> frozenset[str]:
    return frozenset(list_words()["who_sells_read"].split())


@lru_cache(maxsize=1)
def _sells() -> list[tuple[frozenset[str], frozenset[str]]]:
    """`who_sells` per language: its "who" and its verbs of sale or making, with the English the
    glossary reads some of them as (`who_sells_read`)."""
    read = frozenset(list_words()["who_sells_read"].split())
    rows = list_words()["who_sells"].values()
    return [(frozenset(r["who"].split()), frozenset(r["verbs"].split()) | read) for r in rows]


def who_sells(english: str) -> bool:
    """ "Quem fabrica câmeras de vigilância?", "¿Quién vende spyware a México?": a language's "who"
    opening the question, its own verb of sale or making right after it, and in the English reading
    ("quem fabrica cameras de surveillance") only words that narrow the firms or say gear, as
    `who_has_sold` reads them. "Wer verkauft Pegasus?" names one product: the engine answers."""
    words, _ = words_and_breaks(english)
    if len(words) < 3 or not any(words[0] in who and words[1] in verbs for who, verbs in _sells()):
        return False
    placed = {i for start, end, *_ in place_spans(words, english) for i in range(start, end)}
    cities = city_words()
    return all(_narrows(w) or w in cities or i in placed for i, w in enumerate(words) if i > 1)


def who_sold_abroad(english: str) -> bool:
    """Who sold or made gear, asked in another language (its English reading): German or Dutch in the
    perfect (`who_has_sold`), or any with its own "who" and verb (`who_sells`)."""
    return who_has_sold(english) or who_sells(english)


def buyer_pointed(words: list[str], question: str) -> list[str]:
    """The words without an "its" or "their" that points back to a buyer a place names before the "who"
    ("Burma's state telecom: who supplied its interception gear?" reads as "... who supplied
    interception gear?"); unchanged when no place comes before it ("who made its spyware?")."""
    pointers = [i for i, w in enumerate(words) if w in _table()["pointers"]]
    who = next((i for i, w in enumerate(words) if w in WHO), None)
    if not pointers or who is None or not any(end <= who for _, end, *_ in place_spans(words, question)):
        return words
    return [w for i, w in enumerate(words) if i not in pointers or i < who]


# How many words of gear may stand between the verb of bringing and its "into" ("got web filtering
# boxes into Syria").
INTO_REACH = 5
# "who got <gear> into <place>": the verbs of bringing and the words of "into" (data `got_into`)
GOT_VERBS = frozenset(list_words()["got_into"]["verbs"].split())
GOT_INTO = frozenset(list_words()["got_into"]["into"].split())


def as_supplied(question: str) -> str:
    """The question with "who got <gear> into <place>" written "who supplied <gear> to <place>": a
    verb of bringing right after "who" and, at most `INTO_REACH` words on, "into" before a place
    (`data/list_words.yaml`, `got_into`). Unchanged otherwise: "who got hacked?", "who got gear?",
    "how did Pegasus get into phones?" (no "who" before the verb)."""
    verbs, into = GOT_VERBS, GOT_INTO
    tokens = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[\w'’-]+", question)]
    folded = [key_of(t) for _, _, t in tokens]
    for i in range(1, len(tokens) - 2):
        if folded[i] not in verbs or folded[i - 1] not in WHO:
            continue
        reach = range(i + 2, min(len(tokens) - 1, i + 2 + INTO_REACH))
        at = next((j for j in reach if folded[j] in into), None)
        if at is None:
            continue
        (vs, ve, _), (is_, ie, _) = tokens[i], tokens[at]
        if not any(span[0] == 0 for span in place_spans(words_of(question[ie:]), question)):
            continue  # "who got spyware into his phone?": no place
        return f"{question[:vs]}supplied{question[ve:is_]}to{question[ie:]}"
    return question


def warm_up() -> None:
    """Read the who-sold tables now, at the build, not on a member's first "who sold" question."""
    _who_pairs()
    _has_sold()
    _sells()
