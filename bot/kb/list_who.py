"""Who a "who" question asks for several of (bot/kb/lists.py): "who sells DPI gear?" the firms,
"who was hit by Pegasus?" the cases that tell who was hit, "who is on the entity list?" the firms it
names. "Who" is singular and plural alike; these readings say when it is plural. Apart from
list_asks.py, which reads list cues and kind nouns; the vocabulary is data in `data/list_words.yaml`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from bot.kb.cities import city_names
from bot.kb.list_asks import ALL_NOUNS, CATALOGUE, FILLER, ONE_TARGET, POINTING
from bot.kb.list_heads import ALL_AFTER, RELATIVES, narrowing
from bot.kb.list_names import NameTable
from bot.kb.list_query import MAKER_WORDS, USE_WORDS
from bot.kb.place_names import list_words
from bot.kb.places import place_spans
from bot.kb.topics import ORGANISATIONS, topics


def _data() -> dict[str, Any]:
    return dict(list_words())


WHO = frozenset(_data()["who_words"].split())
GEAR = frozenset(_data()["gear_words"].split())  # "who sells DPI gear?"
WHO_AUXILIARIES = frozenset(_data()["who_auxiliaries"].split() + _data()["who_other_auxiliaries"].split())
# a platform's acts ("who was removed by Meta?"): acts on firms, listed only as `narrowed` says
PLATFORM_ACTS = frozenset(_data()["platform_acted"].split() + _data()["platform_active"].split())
PLATFORM_LISTS = frozenset(_data()["platform_lists"].split())  # "removed from the entity list"
_PLATFORM_SAYS = re.compile("|".join(rf"(?<!\w){re.escape(w)}" for w in _data()["platform_says"].split()))
WHO_ACTED = {how: frozenset(words.split()) for how, words in _data()["who_acted"].items()}
WHO_ACTED["acted"] |= frozenset(_data()["platform_acted"].split())
WHO_ON = frozenset(_data()["who_on"].split())
WHOSE = frozenset(_data()["whose_words"].split())
SCOPE = frozenset(_data()["scope_words"].split())  # "... among the companies you track?"
WHO_ACTED_WORDS = frozenset(_data()["who_acted_words"].split())  # "qui a été ciblé", "wer wurde"
FINAL_AUXILIARIES = frozenset(_data()["who_final_auxiliaries"].split())  # the participle comes last
# "who else was hit by Pegasus?": a word between "who" and its verb that keeps the question plural
WHO_ELSE = "else"
HELPERS = frozenset(_data()["who_helpers"].split())  # "who helped wire up ...": who did it
BEHIND_EVENTS = frozenset(_data()["who_behind_events"].split())  # "who was behind the ... infections"
PARTICLES = frozenset(_data()["who_particles"].split())  # "wire up", "kitted out"
# "wer alles wurde mit Pegasus ausspioniert?": "else" or an all-word ("alles") before the auxiliary
WHO_PLURAL = frozenset({WHO_ELSE}) | ALL_AFTER
# "Kogo szpiegowano Pegasusem?", "¿a quién espiaron con Pegasus?": "whom" and an active or impersonal
# verb of targeting (or a participle of one) at most this many words after it
WHOM = frozenset(_data()["whom_words"].split())
TARGETED_ACTIVE = frozenset(_data()["targeted_active"].split())
WHOM_REACH = 3
WHOM_AFTER = "a"  # Spanish "¿a quién ...?": the preposition opens the clause
WHOM_AUXILIARIES = frozenset(_data()["whom_auxiliaries"].split())  # "who did Candiru target?"
ACTED_ACTIVE = frozenset(_data()["acted_active"].split() + _data()["platform_active"].split())  # "add"
# "who exactly did Commerce add?": at most this many words between "who" and its auxiliary
WHO_TO_AUXILIARY = 2
# "who did the Commerce Department add?": the act's verb at most this many words after the auxiliary
ACTED_REACH = 4


@lru_cache(maxsize=1)
def _gear_words() -> frozenset[str]:
    """The words of gear or of what narrows a set of firms: built once, not on each "who" question
    (the union of every place's words cost ~0.2 ms a question)."""
    return narrowing() | GEAR


@lru_cache(maxsize=1)
def _told_words() -> frozenset[str]:
    """What a clause of use may hold and still tell no one case: `_gear_words` and the filler."""
    return _gear_words() | FILLER


@lru_cache(maxsize=1)
def _narrowing_words() -> frozenset[str]:
    """The words that may follow a "who" or "whose" verb in a list question: `_told_words` and nouns."""
    return _told_words() | ALL_NOUNS


def warm_up() -> None:
    """Build the word sets above now, at build, not on the first "who" or "whose" question."""
    city_words()
    _narrowing_words()


def asks_who_sold(words: list[str], verbs: frozenset[str]) -> bool:
    """ "Who sells DPI gear?", "who supplied surveillance gear to Libya?": "who" and a verb of sale or
    making right after it, and after the verb only words that narrow the firms (places, origins,
    technologies) or say gear: "who made the spyware used against Mansoor?" asks about one
    case, "who made it?" about one thing. "Who else sells spyware?" asks the same. A relative clause
    after the gear says which gear ("who makes the CCTV cameras that keep coming up in reports"): a
    name in it is `lists.detect`'s to check. "Who was behind the 2022 phone infections in Kazakhstan?"
    asks the same: an auxiliary, "behind" (MAKER_WORDS), and the attack's nouns and year may stand with
    the narrowing words (`BEHIND_EVENTS`)."""
    for i, word in enumerate(words[:-1]):
        verb = i + 1 + (words[i + 1] == WHO_ELSE)
        verb += verb < len(words) and words[verb] in HELPERS
        behind = verb + 1 < len(words) and words[verb] in WHO_AUXILIARIES and words[verb + 1] in MAKER_WORDS
        verb += behind
        if word in WHO and verb < len(words) and (words[verb] in verbs or behind):
            after = words[verb + 1 :]
            after = after[1:] if after and after[0] in PARTICLES else after
            # "behind the 2022 phone infections": the attack's nouns and its year
            after = [w for w in after if not (w in BEHIND_EVENTS or w.isdigit())] if behind else after
            said = _gear_words()
            # a relative clause, or one cut to its verb of use: "the gear used for Gaddafi's monitoring"
            opening = RELATIVES | _USED
            opens = (j for j in range(1, len(after)) if after[j] in opening and after[j - 1] in said)
            clause = next(opens, None)
            rest = set(after[:clause]) - city_words()
            if clause is not None and ONE_TARGET & set(after[clause + 1 :]):
                return False  # "who made the spyware that hit him?": one case
            told = (
                set(after[clause + 1 :]) - city_words() - _placed(after[clause + 1 :])
                if clause is not None
                else set()
            )
            if clause is not None and after[clause] in _USED and not told <= _told_words():
                return False  # "who made the spyware used against Mansoor?": one case, its card
            # "... among the companies you track?": the entries it picks among, not what was sold
            scope = SCOPE | CATALOGUE if SCOPE & rest else frozenset()
            return not POINTING & rest and rest - scope <= _narrowing_words()
    return False


def _placed(words: list[str]) -> set[str]:
    """The words of the places the words name ("xinjiang", "gaddafi")."""
    return {w for start, end, *_ in place_spans(words, " ".join(words)) for w in words[start:end]}


# Verbs of use that open a relative clause cut short after gear ("the gear used for ..."): the list words'
_USED = USE_WORDS


@lru_cache(maxsize=1)
def city_words() -> frozenset[str]:
    """The words of the cities' names ("tehran", "tripoli", "san salvador"): where the gear went, a
    narrowing as a country's name is ("whose monitoring centres went to Tehran?")."""
    return frozenset(w for name in city_names() for w in name.split() if len(w) >= 4) - FILLER


# The words of gear a "whose" may govern ("whose monitoring centres", "whose surveillance kit"), at most.
GEAR_PHRASE = 3


def asks_whose(words: list[str], opens: list[bool], verbs: frozenset[str]) -> bool:
    """ "Whose equipment reached Iran?", "whose spyware was used in Mexico?": "whose" opening a clause,
    gear or a technology right after it, a verb of use or sale (`verbs`, over auxiliaries) and then only
    words that narrow the firms, as `asks_who_sold` reads them: "whose kit in Gaddafi's capital taped
    calls?" and "whose spyware sales documents did protesters find?" ask about one thing."""
    gear = _gear_words()
    for i, word in enumerate(words[:-2]):
        if word not in WHOSE or not opens[i] or words[i + 1] not in gear:
            continue
        # "whose monitoring centres", "whose surveillance gear": a noun phrase of gear, a few words
        at = next(
            (j for j in range(i + 2, i + 1 + GEAR_PHRASE) if j >= len(words) or words[j] not in gear),
            i + 1 + GEAR_PHRASE,
        )
        while at < len(words) and words[at] in WHO_AUXILIARIES:
            at += 1
        rest = set(words[at + 1 :]) - city_words()
        if at < len(words) and words[at] in verbs:
            return not POINTING & rest and rest <= _narrowing_words()
    return False


def who_acted_on(words: list[str], opens: list[bool]) -> str | None:
    """What a "who" question asks several of when it asks who had something done to them: "who was hit
    by Pegasus?" the people targeted ("targeted": told by the cases), "who got sanctioned by the US?"
    the firms an authority acted on ("acted"), "who is on the entity list?" the firms a list names
    ("on"). "Who" is singular or plural alike; an auxiliary and a participle of being acted on say a
    set of those it was done to, where "who founded NSO?" or "who is behind Predator?" ask for one.
    Whether something narrows the set (a name, a place, an authority) is `lists.detect`'s to check.
    Only a "who" opening a clause asks: "the UAE guy who got hacked by three firms" tells of one.
    Asked as "whom" with the verb active or impersonal ("Kogo szpiegowano Pegasusem?"), the same."""
    if _whom_targeted(words, opens):
        return "targeted"
    if _acted_active(words, opens):
        return "acted"
    for i, word in enumerate(words[:-1]):
        if word not in WHO_ACTED_WORDS or not opens[i]:
            continue
        at = i + 1 + (words[i + 1] in WHO_PLURAL)
        start = at
        while at < len(words) and words[at] in WHO_AUXILIARIES:
            at += 1
        if at == start or at >= len(words):
            return None  # "who founded NSO?": no auxiliary, the member asks who did something
        if words[at] in WHO_ON:
            return "on"
        if FINAL_AUXILIARIES.intersection(words[start:at]):
            # "wer wurde mit Predator ausspioniert?": the participle closes the clause
            ends = [j for j in range(at + 1, len(words) + 1) if j == len(words) or opens[j]]
            at = ends[0] - 1
        return next((how for how, said in WHO_ACTED.items() if words[at] in said), None)
    return None


def _whom_targeted(words: list[str], opens: list[bool]) -> bool:
    """ "Kogo szpiegowano Pegasusem?" (Polish impersonal), "¿a quién espiaron con Pegasus?", "wen hat
    Predator ausspioniert?": a "whom" opening a clause (Spanish after "a") and a verb of targeting,
    active, impersonal or a participle, within `WHOM_REACH` words after it. English asks it with
    "who" and an auxiliary ("who did Candiru target?"), the verb within reach after the auxiliary."""
    verbs = TARGETED_ACTIVE | WHO_ACTED["targeted"]
    for i, word in enumerate(words):
        after_a = i > 0 and words[i - 1] == WHOM_AFTER and opens[i - 1]
        aux = word in WHO and i + 1 < len(words) and words[i + 1] in WHOM_AUXILIARIES
        at = i + 1 + aux
        if (
            (word in WHOM or aux)
            and (opens[i] or after_a)
            and verbs.intersection(words[at : at + WHOM_REACH])
        ):
            return True
    return False


def _acted_active(words: list[str], opens: list[bool]) -> bool:
    """ "Who did Commerce add to its blacklist?", "who exactly did the Treasury sanction in 2024?": a
    "who" opening a clause, an auxiliary right after it (or one word on), and an active verb of an
    authority's act within `ACTED_REACH` words after the auxiliary: the firms acted on, as "who was
    blacklisted by Commerce?" asks. "Who did the Pegasus Project expose?" names no such act."""
    for i, word in enumerate(words):
        if word not in WHO or not opens[i]:
            continue
        aux = next(
            (
                j
                for j in range(i + 1, i + 1 + WHO_TO_AUXILIARY)
                if j < len(words) and words[j] in WHOM_AUXILIARIES
            ),
            None,
        )
        if aux is not None and ACTED_ACTIVE.intersection(words[aux + 1 : aux + 1 + ACTED_REACH]):
            return True
    return False


def hit_by_measure(how: str | None, kinds: set[str]) -> bool:
    """Whether "who was hit by ..." names a measure, not gear: "who was hit by the US entity list in
    2021?" asks for the firms it acted on, as "who was blacklisted" does; read as people targeted,
    the US became where gear was used and the list came back empty. `kinds`: the named entries'."""
    return how == "targeted" and kinds == {"rule"}


def narrowed(
    how: str,
    named_kinds: set[str],
    placed: bool,
    about: frozenset[str] = frozenset(),
    words: list[str] | None = None,
    names: NameTable | None = None,
) -> bool:
    """A "who" question asking who had something done to them is a list when what did it narrows the
    set: a list or rule it names ("who is on the entity list?"), or for the others a named firm or
    product (`named_kinds`, the kinds of the entries named), a technology, a place or an authority
    (`placed`); firms acted on, also an organisation that acted, one of the topics asked (`about`:
    "who did Meta kick off?", "who was banned by Meta?") when the firms' cards tell it removing them
    (`removed_by`: "who did Google remove?" named firms Google only reported). A platform's act
    (`PLATFORM_ACTS`) is listed only so, never from a place, a rule or a list ("who was removed from
    the entity list?": no card records it). A named case is one card, which tells who."""
    if "case" in named_kinds:
        return False
    if how == "on":
        return "rule" in named_kinds
    said = set(words or ())
    organisations = about & ORGANISATIONS
    by_platform = how == "acted" and bool(organisations) and all(removed_by(o, names) for o in organisations)
    if how == "acted" and PLATFORM_ACTS & said:
        return by_platform and not (placed or "rule" in named_kinds or PLATFORM_LISTS & said)
    return bool(named_kinds) or placed or by_platform


def removed_by(organisation: str, names: NameTable | None) -> bool:
    """Some firm's card tells the organisation removing or banning it ("Meta removed it in Dec 2021"):
    a word of removal right after the organisation's name (`REMOVED_REACH` characters)."""
    said = next((t.says for t in topics() if t.name == organisation), None)
    return (
        names is not None
        and said is not None
        and any(
            _PLATFORM_SAYS.search(text, m.end(), m.end() + REMOVED_REACH) is not None
            for i, text in names.texts.items()
            if names.by_id[i].kind == "vendor"
            for m in said.finditer(text)
        )
    )


# "that meta removed from its platforms", "meta banned": the act a few words after the organisation
REMOVED_REACH = 20


def behind(words: list[str]) -> bool:
    """ "Who was behind the attacks in Ireland?": "who", an auxiliary, "behind" and an attack's nouns
    (`BEHIND_EVENTS`): the firms whose gear was used where the attacks were (a case's destinations),
    never a firm's home or seat, read as where gear was used (`ListQuery.used`)."""
    return any(
        word in WHO
        and words[i + 1 : i + 2] != []
        and words[i + 1] in WHO_AUXILIARIES
        and words[i + 2 : i + 3] != []
        and words[i + 2] in MAKER_WORDS
        and not BEHIND_EVENTS.isdisjoint(words[i + 3 :])
        for i, word in enumerate(words)
    )


def used(words: list[str]) -> bool:
    """The list asks where gear was used: a verb of use ("used in Mexico"), or who was behind attacks
    (`behind`: "who was behind the attacks in Ireland?" asks where they were, not a firm's seat)."""
    return bool(USE_WORDS.intersection(words)) or behind(words)
