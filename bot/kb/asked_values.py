"""The words of a question asking a value or an outcome, and what a statement giving one holds.

Read from data (bot/kb/data/asked_values.yaml, in the glossary's twelve languages) into patterns:
per kind of value, the words asking it ("how much", "since when", "was X fined?") and what a
statement telling it holds ('remains', 'was convicted', a state begun with its date). values.py
weighs them on each entry's statements (features `unvalued`, `unstated`, `unsettled`); kept apart
because these are the question's words and their table, not what an entry's statements give.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from bot.kb.facts import word_pattern
from bot.kb.text import fold, stem

ASKED_VALUES_FILE = Path(__file__).with_name("data") / "asked_values.yaml"
# Languages that elide an article or preposition onto the next word ("d'amendes", "l'amende",
# "dell'export"): fold() joins the two ('damendes'), which no word asking a value matches
ELIDING = frozenset({"fr", "it"})
_ELIDED = re.compile(r"(?<=\w)['’](?=\w)")
# A clause: 'is that true, since when does it apply, and does it also stop exports?' asks since
# when of applying, not of a stop named in the next clause
_CLAUSE = re.compile(r"[,;:.!?¿¡]+|\s(?:and|but|or)\s")
# Kinds weighed apart (feature `unstated`): what a statement giving one holds is data (`holds`).
# law: of a place asked (`unstated`); began: a state's start with its date ('since when?'), and when
# the question names the state ('still banned?'), kind 'began:<state>': that state's start only
STATED = ("count", "status", "law", "began")
# What came after what an entry tells (feature `unsettled`): weighed on the whole entry, not on the
# statements about what is asked (the fine on Area's card stands apart from Syria and Italy).
OUTCOMES = (
    *(
        "appeal",
        "verdict",
        "release",
        "charge",
        "lawsuit",
        "fine",
        "punished",
        "collected",
        "result",
        "findings",
    ),
    "done",  # what was demanded or promised, done
    "lifted",  # a listing, sanction or ban reversed: not told by the listing itself
    "frozen",  # money or assets frozen: not told by a listing or sanctions
    "liquidator",  # who winds a firm up: not told by its liquidation
    "revenue",  # what a firm takes in a year: not told by a sale's price or a fine
)
# Outcomes that are a firm's own: on its own card a statement giving one is the firm's, named or not
# ('turnover about EUR 20m' on Area's card names no Area)
OWN_OUTCOMES = frozenset({"liquidator", "revenue"})
# Outcomes that are measures taken over a place ('was Sandvine punished for Belarus?'): on a case
# told of several places, the statement telling one must name the place asked (values.py)
PLACED_OUTCOMES = frozenset({"punished", "fine"})
# The outcome that is any measure taken (a fine, a listing, a ban): its word is told by whatever
# statement gives one ('was Sandvine punished?' by 'the US added Sandvine to the Entity List')
MEASURE = "punished"


@dataclass(frozen=True)
class AskedValues:
    """Per kind of value, the pattern of a question asking for it (and its patterns in one language)."""

    asks: dict[str, re.Pattern[str]]
    asks_in: dict[str, dict[str, re.Pattern[str]]]
    # per kind of STATED and OUTCOMES, what a statement giving one holds (matched on its text, any case)
    holds: dict[str, re.Pattern[str]]
    # what a statement saying the sources do not know how it ended holds (a `result` too)
    unknown: re.Pattern[str] = re.compile(r"(?!)")
    # a question asking of anyone ('was anyone fined?'): its outcome is no named party's
    anyone: re.Pattern[str] = re.compile(r"(?!)")
    claims: re.Pattern[str] = re.compile(r"(?!)")  # a claim told, no state begun (kind `began`)
    # a state begun a question may name ('still banned? since when'): (its asking words, what a
    # statement telling it holds), weighed as kind 'began:<state>' in place of `began`
    states: Mapping[str, tuple[re.Pattern[str], re.Pattern[str]]] = field(default_factory=dict)
    still: frozenset[str] = frozenset()  # states whose start says nothing of now: `status` weighed too
    claims_dated: re.Pattern[str] = re.compile(r"(?!)")  # a claim dating a state named: it tells it
    # states asked by name even without 'still' ('since when is paragon banned in italy'): a ban's
    # start is itself the date asked, which no dated sale or inquiry tells
    alone: frozenset[str] = frozenset()
    # per kind, words asking it only beside another kind (that kind -> pattern): 'in the end' a tally
    beside: Mapping[str, Mapping[str, re.Pattern[str]]] = field(default_factory=dict)
    # per kind, phrases asking something else though they hold its words, left out before its words
    # are looked for ('when was he jailed?': the date he was locked up, which an arrest gives)
    asks_not: Mapping[str, re.Pattern[str]] = field(default_factory=dict)
    # per kind, phrases holding its words that give none, left out before its `holds` are looked for
    # ('countries sanctioned by the US' where a firm says it does not sell: no measure on the firm)
    holds_not: Mapping[str, re.Pattern[str]] = field(default_factory=dict)

    def asking_words(self, words: Sequence[str], kind: str) -> frozenset[str]:
        """The words that by themselves ask a value of `kind` ('punished' asks a measure, any one):
        `told` (relations.py) reads them as told by a statement giving one, whatever its words."""
        return frozenset(w for w in words if kind in self.asked(w))

    def of_anyone(self, question: str) -> bool:
        """Whether the question asks its outcome of anyone at all, not of the parties it names."""
        return bool(self.anyone.search(fold(question)))

    def asked(self, question: str, lang: str = "en") -> frozenset[str]:
        text = fold(_ELIDED.sub(" ", question) if lang in ELIDING else question)
        found = set()
        for kind, pattern in self.asks.items():
            local = self.asks_in[kind].get(lang)
            own = self.asks_not[kind].sub(" ", text) if kind in self.asks_not else text
            if pattern.search(own) or (local is not None and local.search(own)):
                found.add(kind)
        for kind, others in self.beside.items():
            if any(other in found and pattern.search(text) for other, pattern in others.items()):
                found.add(kind)
        if "began" in found:  # the state asked, when named: a statement must tell that one begun
            if "status" not in found:  # no 'still': only a state in the clause asking since when
                text = " , ".join(c for c in _CLAUSE.split(text) if self.asks["began"].search(c)) or text
            state = next((name for name, (asks, _) in self.states.items() if asks.search(text)), None)
            if "status" not in found and state not in self.alone:  # 'since when has X sold to Y'
                found.discard("began")  # a date asked, no more: any dated sale answers
            elif "status" in found or state is not None:
                found.discard("status")  # 'anymore? since when': when it began, not whether it holds
                if state is not None:
                    found.symmetric_difference_update({"began", began_kind(state)})
                    if state in self.still:
                        found.add("status")
        return frozenset(found)


def load(path: Path = ASKED_VALUES_FILE) -> AskedValues:
    whole = yaml.safe_load(path.read_text(encoding="utf-8"))
    data = whole["kinds"]
    return AskedValues(
        {k: word_pattern(v.get("asks", ()), v.get("asks_anywhere", ())) for k, v in data.items()},
        {k: {lang: word_pattern(w) for lang, w in (v.get("asks_in") or {}).items()} for k, v in data.items()},
        {k: _holds(data[k].get("holds", ())) for k in (*STATED, *OUTCOMES)},
        _holds(whole.get("unknown_outcome", ())),
        word_pattern(whole.get("anyone", ())),
        _holds(data["began"].get("claims", ())),
        {
            name: (word_pattern(state["asks"]), _holds(state["holds"]))
            for name, state in (data["began"].get("states") or {}).items()
        },
        frozenset(n for n, state in (data["began"].get("states") or {}).items() if state.get("still")),
        _holds(data["began"].get("claims_dated", ())),
        frozenset(n for n, state in (data["began"].get("states") or {}).items() if state.get("alone")),
        {
            k: {other: word_pattern(words) for other, words in v["asks_beside"].items()}
            for k, v in data.items()
            if v.get("asks_beside")
        },
        {k: word_pattern(v["asks_not"]) for k, v in data.items() if v.get("asks_not")},
        {k: re.compile("|".join(v["holds_not"]), re.I) for k, v in data.items() if v.get("holds_not")},
    )


def began_kind(state: str) -> str:
    """The kind of value a state begun is weighed as ('began:banned')."""
    return f"began:{state}"


def began_kinds() -> tuple[str, ...]:
    """Every state begun a question may name, as kinds (weighed with STATED's, feature `unstated`)."""
    return tuple(map(began_kind, default_asked_values().states))


# A word that denies what follows: 'Charges are not a conviction' tells of no conviction, 'no
# appeal was filed' of no appeal. A statement saying the sources do not know how it ended is its
# own pattern (the kind `result`), which starts with no such word.
_DENIED = "".join(rf"(?<!\b{w} )" for w in ("not", "not a", "not an", "no", "never", "without", "nor"))


def _holds(patterns: Sequence[str]) -> re.Pattern[str]:
    """One pattern of what a statement giving a kind holds, each alternative from a word's start
    and not right after a word denying it."""
    if not patterns:
        return re.compile(r"(?!)")
    # one word-start check, then the denials, before one alternation: a check per alternative at
    # every position tripled the engine's build (~0.9 s -> 2.7 s: every statement, every kind)
    return re.compile(rf"(?<!\w){_DENIED}(?:{'|'.join(patterns)})", re.IGNORECASE)


@lru_cache(maxsize=1)
def default_asked_values() -> AskedValues:
    return load()


@lru_cache(maxsize=1)
def value_words(path: Path = ASKED_VALUES_FILE) -> dict[str, frozenset[str]]:
    """Per kind of value, the stems of the words that only ask for it ('date'): what no statement
    tells beside the value it gives (the file's `value_words`)."""
    whole = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {kind: frozenset(map(stem, words)) for kind, words in (whole.get("value_words") or {}).items()}


@lru_cache(maxsize=1)
def own_words(path: Path = ASKED_VALUES_FILE) -> re.Pattern[str]:
    """The words saying a place's own (the kind `law`, `own`: 'eigenes', 'egna'; own_law.py)."""
    whole = yaml.safe_load(path.read_text(encoding="utf-8"))
    return word_pattern(whole["kinds"]["law"].get("own", ()))
