"""How a member asks for a list (bot/kb/lists.py): the kinds a question asks several of, and whether it
asks for everything held on something.

A list cue ("which", "welche", "哪些") governs a plural noun of a kind ("companies", "Fälle"); a
universal word governs a singular one ("every vendor", "jede Firma"); "which ones" asks for entries
unless the plural it points back to is something else ("gulf states?? which ones": states). A word
that names a particular list or thing is no request: "list" after a word that modifies it ("the entity list",
"any sanctions list") is that list, and a plural noun that modifies "list" ("sanctions list") is not
what is asked for. The vocabulary is data in `data/list_words.yaml`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from bot.kb.place_names import apart, list_words
from bot.kb.places import JOINERS, place_spans
from bot.kb.text import fold


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return dict(list_words())


KIND_NOUNS = {kind: frozenset(nouns.split()) for kind, nouns in _data()["kind_nouns"].items()}
ALL_NOUNS = frozenset().union(*KIND_NOUNS.values())
# Plural nouns that end a compound ("Überwachungsfirmen", "Kamerahersteller", "spywarebedrijven"),
# German, Dutch and Swedish: the compound is read as two words, its last one the noun of a kind
# ("uberwachungs firmen"), so that a list cue, an origin adjective and a place read it as "Firmen".
COMPOUND_HEADS = tuple(w for heads in _data()["compound_heads"].values() for w in heads.split())
# The shortest word before a compound's head ("Spionagefirmen"); "Unternehmen" itself is no compound.
COMPOUND_LEAD = 3


def split_compounds(words: list[str]) -> list[str]:
    """The words with each compound that ends in a plural noun of a kind split before that noun."""
    out: list[str] = []
    for word in words:
        out += _split(word)
    return out


@lru_cache(maxsize=8192)
def _split(word: str) -> tuple[str, ...]:
    """One word split before the compound head it ends in. Cached: every question's words are tried
    against every head (~90), twice a question, and members reuse the same few thousand words."""
    if len(word) <= COMPOUND_LEAD:
        return (word,)
    heads = (h for h in COMPOUND_HEADS if word.endswith(h) and len(word) - len(h) >= COMPOUND_LEAD)
    head = next(heads, "")
    return (word[: -len(head)], head) if head else (word,)


# Openers of a dated question that asks for one thing, not everything that month dates ("who was
# arrested in May 2024?": list_dates.month_only)
DATED_NOT = frozenset(_data()["dated_openers_not"].split())
# "every vendor", "jede Firma", "chaque affaire": a universal word before a singular noun of a kind
SINGULARS = {kind: frozenset(nouns.split()) for kind, nouns in _data()["kind_singulars"].items()}
LIKE_WORDS = frozenset(_data()["like_words"].split())
OTHER_WORDS = frozenset(_data()["other_words"].split())
# Words that join the names of a question of names alone ("NSO, Candiru and Intellexa?")
NAME_JOINERS = frozenset(_data()["name_joiners"].split())
ALL_SINGULARS = frozenset().union(*SINGULARS.values())
EACH_CUES = frozenset(_data()["each_cues"].split())
LIST_CUES = frozenset(w for words in _data()["list_cues"].values() for w in words.split())
# English list cues: the noun they govern is singular when English says it so ('which firm is...')
ENGLISH_CUES = frozenset(_data()["list_cues"]["en"].split())
# List cues that also open a yes/no question ("any German firm's gear in Area's system?")
YES_NO_CUES = frozenset(_data()["yes_no_cues"].split())
# Requests of several words ("give me", "do you have"): a cue at their last word.
CUE_PHRASES = tuple(f" {p} " for p in _data()["cue_phrases"])
# Requests that point back to what the question named ("Israeli surveillance firms - all of them",
# "... to Egypt? list them"): the kinds named anywhere before them are asked for.
BACK_REQUESTS = tuple(f" {p} " for p in _data()["back_requests"])
CJK_CUES = tuple(_data()["cjk_cues"].split())
# characters between a noun and the cue after it: "厂商有哪些", "公司都有哪些"
CJK_BEFORE = 2
SINGLE_CUES = frozenset(_data()["single_cues"].split())
# A list cue must stand this close before its plural noun ("which european ai companies").
CUE_REACH = 5
# A universal word this close before its singular noun ("every single vendor", "every Italian firm").
EACH_REACH = 3
# "french companies in the database?", "dutch firms in the kb?", "chinese surveillance camera makers":
# a question this short, its plural noun among its first words and no question word asking for one
# thing, asks for the list; when it holds one entry only, the engine's answer stands
# (`ListQuery.several`: "UK surveillance export rules" is one rule).
HEADLESS_WORDS, HEADLESS_REACH = 6, 4
# The list cue that is also a noun: a request only where a request can stand ("list every vendor",
# "can you list", "give me a list of"); after any other word it is a particular list ("the entity
# list", "a sanctions list", "its price list"), which a member asks about as one thing.
LIST_NOUN = "list"
REQUEST_BEFORE = frozenset(_data()["request_before_list"].split())
# What points back to a plural already said ("which ones"), English only: see `_pointed_at`.
ONES = "ones"
# Words ending in "s" that are no plural noun an "ones" could point back to.
NOT_PLURALS = frozenset(_data()["not_plurals"].split())
_CLAUSE_BREAK = re.compile(r"[.?!,;:()\[\]/|–—]|\s-|-\s")
_WORD = re.compile(r"[^\W_]+")
# Words a member puts around the thing asked about ("anything on the UAE / Emirates?"), and words that
# point back to what was said before.
POINTING = frozenset(_data()["pointing_words"].split())  # "anything on that": what was said before
FILLER = frozenset(_data()["everything_filler"].split()) | JOINERS
# The words of a request for every entry of a kind, besides its list cues and kind nouns.
CATALOGUE = FILLER | frozenset(_data()["catalogue_words"].split()) | EACH_CUES | LIST_CUES
CATALOGUE_PHRASE_WORDS = frozenset(w for p in CUE_PHRASES for w in p.split())


def words_and_breaks(question: str) -> tuple[list[str], list[bool]]:
    """The question's words as `place_names.words_of` splits them, and for each whether it opens a clause
    (first word, or after a full stop, comma, dash or question mark). Read once a question (a list
    question's readers each ask for them, ~3 times, ~10 us each); the lists are the caller's own."""
    words, opens = _words_and_breaks(question)
    return list(words), list(opens)


@lru_cache(maxsize=256)
def _words_and_breaks(question: str) -> tuple[tuple[str, ...], tuple[bool, ...]]:
    text = fold(apart(question)).casefold()
    words: list[str] = []
    opens: list[bool] = []
    end = 0
    for match in _WORD.finditer(text):
        parts = split_compounds([match.group()])
        opens.append(not words or bool(_CLAUSE_BREAK.search(text, end, match.start())))
        opens += [False] * (len(parts) - 1)
        words += parts
        end = match.end()
    return tuple(words), tuple(opens)


def asked_kinds(question: str, *, plainly: bool = False) -> set[str]:
    """Kinds the question asks several of: a plural noun a list cue governs ("which companies",
    "哪些公司"), or a singular one a universal word governs ("list every vendor you have").
    `plainly`: only a plural noun a cue governs, and no cue that opens a yes/no question ("any
    German firm's gear in ...?"), nor "which ones" pointing back (see `plainly_asked`)."""
    words, opens = words_and_breaks(question)
    cues_read = LIST_CUES - YES_NO_CUES if plainly else LIST_CUES
    cue_at = [i for i, w in enumerate(words) if w in cues_read and _is_cue(words, opens, i)]
    cue_at += _phrase_ends(words, CUE_PHRASES)
    kept = [i for i, w in enumerate(words) if w not in ("of", "the")]
    # "which of the surveillance-for-hire firms": "of the" does not take the noun out of the cue's reach
    position = {i: n for n, i in enumerate(kept)}
    cues = [position[i] for i in cue_at if i in position]
    kinds: set[str] = set()
    for i, word in enumerate(words if cues else ()):  # no cue (most questions): no noun it governs
        if i not in position or not any(0 < position[i] - c <= CUE_REACH for c in cues):
            continue
        if _after_singular_head(words, cue_at, i):
            continue  # "¿qué empresa vendió cámaras a empresas chinas?": the cue asks for one firm
        if word == ONES:
            kinds |= set() if plainly else _pointed_at(words[:i])
        elif not (i + 1 < len(words) and words[i + 1] == LIST_NOUN):  # "any sanctions list": a list
            if plainly and word in ALL_SINGULARS and _english_cue(words, kept, cues, position[i]):
                continue  # "which firm is behind the Pegasus Project?": one firm (Polish "firm" is plural)
            kinds |= {kind for kind, nouns in KIND_NOUNS.items() if word in nouns}
    if plainly:
        return kinds
    for i, word in enumerate(() if EACH_CUES.isdisjoint(words) else words):
        if any(words[j] in EACH_CUES for j in range(max(0, i - EACH_REACH), i)):
            kinds |= {kind for kind, nouns in SINGULARS.items() if word in nouns}
    if _phrase_ends(words, BACK_REQUESTS):
        kinds |= {kind for kind, nouns in KIND_NOUNS.items() if nouns.intersection(words)}
    # Scripts written without spaces: the cue and the noun within a few characters, else the noun
    # just before the cue ("监控摄像头厂商有哪些", camera makers: which are there)
    return kinds | _cjk_kinds(question, after=True) or _cjk_kinds(question, after=False)


def _after_singular_head(words: list[str], cue_at: list[int], at: int) -> bool:
    """Whether the noun at `at` follows a singular noun of a kind right after its cue: that noun is
    what the cue asks for, the later plural its object ("¿qué empresa vendió cámaras a empresas
    chinas?", "which rule covers companies...?"). A noun singular and plural alike ("Unternehmen",
    "foretag") asks for several as well."""
    cue = max((c for c in cue_at if c < at), default=None)
    head = cue + 1 if cue is not None else at
    return head < at and words[head] in ALL_SINGULARS and words[head] not in ALL_NOUNS


def _cjk_kinds(question: str, after: bool) -> set[str]:
    """The kinds whose noun stands a few characters after a cue (or, not `after`, right before it),
    in a script written without spaces."""
    kinds: set[str] = set()
    if not any(cue in question for cue in CJK_CUES):
        return kinds  # the common case, four looks instead of four per kind
    for kind, nouns in KIND_NOUNS.items():
        for cue in CJK_CUES:
            at = question.find(cue)
            if at < 0:
                continue
            for noun in (n for n in nouns if not n.isascii() and n in question):
                gap = question.find(noun, at) - at if after else at - question.rfind(noun, 0, at) - len(noun)
                if 0 <= gap <= (8 if after else CJK_BEFORE) and (after or question.rfind(noun, 0, at) >= 0):
                    kinds.add(kind)
    return kinds


def _english_cue(words: list[str], kept: list[int], cues: list[int], at: int) -> bool:
    """Whether an English cue ('which', 'what') governs the noun at `at` (a position among `kept`)."""
    return any(0 < at - c <= CUE_REACH and words[kept[c]] in ENGLISH_CUES for c in cues)


def _phrase_ends(words: list[str], phrases: tuple[str, ...]) -> list[int]:
    """The index of the last word of each phrase the words hold."""
    plain = f" {' '.join(words)} "
    ends = []
    for phrase in phrases:
        at = plain.find(phrase)
        while at >= 0:
            ends.append(plain[: at + len(phrase)].count(" ") - 2)
            at = plain.find(phrase, at + 1)
    return ends


def _is_cue(words: list[str], opens: list[bool], i: int) -> bool:
    """A list cue asks for a list, except "list" where it names a particular list."""
    return words[i] != LIST_NOUN or opens[i] or words[i - 1] in REQUEST_BEFORE


def _pointed_at(before: list[str]) -> set[str]:
    """The kinds "which ones" asks for: those of the nearest plural before it ("firms from the US -
    which ones?": the firms, not the US rules and cases too), none when that plural is no kind of
    entry ("gulf states?? which ones": states; "2 spywares ... which ones"): what it points back to
    is asked about, not listed. After nothing, entries of any kind."""
    for word in reversed(before):
        if word in ALL_NOUNS:
            return {kind for kind, nouns in KIND_NOUNS.items() if word in nouns}
        if _plural_like(word):
            return set()
    return {"any"}


def _plural_like(word: str) -> bool:
    return (
        word.isascii()
        and word.isalpha()
        and len(word) >= 4
        and word.endswith("s")
        and not word.endswith("ss")
        and word not in NOT_PLURALS
    )


# Technologies that name products ("which spyware ...?"), as the question's English reading says them.
PRODUCTS = frozenset(_data()["product_words"])
PRODUCT_WORDS = max(len(p.split()) for p in PRODUCTS)
FIELD = frozenset(_data()["field_words"].split())
WHERE = frozenset(_data()["where_words"].split())  # "where has spyware been found in Italy?"
WHERE_AUXILIARIES = frozenset(_data()["who_auxiliaries"].split())
# A question asking which products in more words than this tells a story (a friend's phone, a
# scandal in the news) and asks about the one thing it tells: the engine answers it.
PRODUCT_QUESTION_WORDS = 16
# Words after the cue that point at one person or thing ("what spyware was used on him", "which spyware
# was it"): one case, the engine's answer.
ONE_TARGET = frozenset(_data()["one_target_words"].split())
# Words asking what a rule allows or forbids ("which spyware is legal in Germany?"): see `asks_rule_act`.
RULE_ACTS = tuple(_data()["rule_act_words"].split())


def asks_rule_act(words: list[str]) -> bool:
    """ "Which spyware is legal in Germany?", "what spyware is prohibited in the EU?": the member asks
    what a rule allows or forbids there, not which products were found there (RULE_ACTS are stems)."""
    return any(w.startswith(RULE_ACTS) for w in words)


def asks_for_products(english: str, question: str = "") -> bool:
    """ "Which spyware was used in Greece?", "welche Spähsoftware ...", "quels logiciels espions ...":
    a list cue right before a technology that names products (at most one word of the field between:
    "which surveillance cameras"), read in the question's English reading, where the glossary has
    turned "Spähsoftware" or "logiciels espions" into "spyware" and kept the member's cue. The member
    asks for the products: the firms that make them and the cases where they were found. "What is
    spyware?" puts a word between the cue and the product, and asks what it is; "what spyware was
    used on him?" and a story that ends "which spyware was it?" ask about one case."""
    words, opens = words_and_breaks(english)
    if len(words) > PRODUCT_QUESTION_WORDS:
        return False
    if any(cue in question for cue in CJK_CUES) and not ONE_TARGET.intersection(words):
        # "哪些间谍软件是以色列制造的": the reading drops the cue and opens with the product it governed
        start = int(bool(words) and words[0] in FIELD and words[0] not in PRODUCTS)
        if any(" ".join(words[start : start + n]) in PRODUCTS for n in range(1, PRODUCT_WORDS + 1)):
            return True
    for i, word in enumerate(words):
        if word not in LIST_CUES or not _is_cue(words, opens, i) or ONE_TARGET.intersection(words[i:]):
            continue
        start = i + 1 + (i + 1 < len(words) and words[i + 1] in FIELD and words[i + 1] not in PRODUCTS)
        if any(" ".join(words[start : start + n]) in PRODUCTS for n in range(1, PRODUCT_WORDS + 1)):
            return True
    return _where_found(words, opens)


def _where_found(words: list[str], opens: list[bool]) -> bool:
    """ "Where has spyware been found on phones in Italy?": "where" opening a clause, an auxiliary and a
    product right after it ask where the products were found, as "which spyware was found ...?" does."""
    if ONE_TARGET.intersection(words):
        return False  # "where was spyware used against him?": one case
    for i, word in enumerate(words[:-2]):
        if word not in WHERE or not opens[i] or words[i + 1] not in WHERE_AUXILIARIES:
            continue
        if any(" ".join(words[i + 2 : i + 2 + n]) in PRODUCTS for n in range(1, PRODUCT_WORDS + 1)):
            return True
    return False


ORIGIN_WORDS = frozenset(_data()["origin_words"].split())
CJK_ORIGIN_WORDS = tuple(_data()["cjk_origin_words"].split())


# How far an origin word reaches for its place: "made in the UK" (3 words on), "in Israel
# hergestellt" (right before it: the verb comes last).
ORIGIN_AHEAD, ORIGIN_BEHIND = 3, 2


def says_origin(words: list[str], question: str) -> bool:
    """ "Which spyware is made in Israel?", "... kommt aus Italien", "...是以色列制造的": the question
    says where products are made, so its place is the makers' home, not where the gear went."""
    return bool(ORIGIN_WORDS.intersection(words)) or any(w in question for w in CJK_ORIGIN_WORDS)


def made_where(words: list[str], question: str) -> set[str] | None:
    """The places an origin word stands beside: the makers' homes. "Which spyware made in Italy was
    found in Kazakhstan?" asks for Italian makers and the gear in Kazakhstan; "which spyware designed
    for phones was used in Thailand?" names no place of origin at all. Each origin word takes the
    first place after it, or else the last right before it ("wird in Israel hergestellt"). None
    when the words cannot tell (Chinese: no spaces, "...是以色列制造的"), so every place is one."""
    if any(w in question for w in CJK_ORIGIN_WORDS):
        return None
    spans = place_spans(words, question)
    made: set[str] = set()
    for i, word in enumerate(words):
        if word not in ORIGIN_WORDS:
            continue
        ahead = [s for s in spans if i < s[0] <= i + ORIGIN_AHEAD]
        behind = [s for s in spans if i - ORIGIN_BEHIND <= s[1] - 1 < i]
        for _start, _end, country, region, _adjective in ahead[:1] or behind[-1:]:
            made |= region or {country}
    return made


def asks_catalogue(question: str) -> bool:
    """A request for every entry of a kind and nothing else ("list every vendor you have", "which
    cases do you cover?", "alle Firmen"): no word narrows it, so no relevance can choose among them.
    Its list is the catalogue's first entries and a pointer to browse them all (bot/kb/list_select.py)."""
    words, _ = words_and_breaks(question)
    nouns = ALL_NOUNS | ALL_SINGULARS
    if not any(w in nouns for w in words):
        return False
    return all(w in nouns or w in CATALOGUE or w in CATALOGUE_PHRASE_WORDS for w in words)


def asks_alike(words: list[str]) -> tuple[set[str], int]:
    """ "Are there other cases like Catalangate?", "any similar cases to the Hacking Team leak?",
    "companies similar to Hacking Team?", "gibt es weitere Firmen wie NSO?", "empresas similares a
    NSO": the kinds asked for and where what they should be like starts; (set(), 0) when the question
    asks for no others like something. A plural kind noun with an other-word at most two words before
    it and a like-word at most a word after it, or an other-word right after it (the languages that
    put the adjective after the noun, and "similar to"). Whether something of the kind is named after
    it is the caller's to check."""
    for i, word in enumerate(words):
        if word not in ALL_NOUNS:
            continue
        # "firms other than NSO" asks for every firm but one, not those like it
        after = bool(OTHER_WORDS.intersection(words[i + 1 : i + 2])) and words[i + 2 : i + 3] != ["than"]
        if not after and not OTHER_WORDS.intersection(words[max(0, i - 2) : i]):
            continue
        start = i + 1 + after
        like = [j for j in range(start, min(len(words), start + 2)) if words[j] in LIKE_WORDS]
        if like or after:
            kinds = {kind for kind, nouns in KIND_NOUNS.items() if word in nouns}
            return kinds, like[0] + 1 if like else start
    return set(), 0
