"""Ranking nudges among the near-ties at the top of a ranking: the kind of entry a question asks
for, and whether it asks about the current or an earlier state of things. Kept apart from the
engine's evidence so the nudges and their sizes have one home."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from bot.kb.model import Entry
from bot.kb.query import QueryAnalysis
from bot.kb.text import raw_tokens

TIME_FILE = Path(__file__).with_name("data") / "time_words.yaml"
# A year a member types ('2021', '2021den' once Turkish's case ending is glued back on)
_YEAR = re.compile(r"(?:19|20)\d\d(?!\d)")
# Words either side of a before/after word of another language within which a year or month places it
NEAR = 1


@dataclass(frozen=True)
class TimeWords:
    """Per language, the folded words that point later or earlier (data/time_words.yaml)."""

    new: dict[str, frozenset[str]]
    old: dict[str, frozenset[str]]
    before: dict[str, frozenset[str]]
    after: dict[str, frozenset[str]]
    later: dict[str, frozenset[str]]
    postpositional: frozenset[str]
    joiners: dict[str, frozenset[str]]
    in_force: frozenset[str]


def _folded(table: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    return {lang: frozenset(t for w in words for t in raw_tokens(str(w))) for lang, words in table.items()}


@lru_cache(maxsize=1)
def _time_words() -> TimeWords:
    data = yaml.safe_load(TIME_FILE.read_text(encoding="utf-8"))
    return TimeWords(
        new=_folded(data["new"]),
        old=_folded(data["old"]),
        before=_folded(data["before"]),
        after=_folded(data["after"]),
        later=_folded(data["later"]),
        postpositional=frozenset(data.get("postpositional", ())),
        joiners=_folded(data.get("year_joiners", {})),
        in_force=_folded(data.get("in_force", {})).get("en", frozenset()),
    )


def before_words(lang: str) -> frozenset[str]:
    """The language's words that put what follows them before it (data/time_words.yaml)."""
    return _time_words().before.get(lang, frozenset())


def asks_in_force(query: QueryAnalysis) -> bool:
    """Whether a question asks which rules applied ('which EU rules applied before 2021?', 'what was
    in force before 2009?', German 'galten' read as 'in force'), not what happened before a year
    ('how was the recast negotiated before 2021?' is the later rule's own history)."""
    return says_in_force(query.raw)


def says_in_force(words: Sequence[str]) -> bool:
    """Whether the (English) words ask which rules applied: `asks_in_force` of any reading's words."""
    return not _time_words().in_force.isdisjoint(words)


def after_words(lang: str) -> frozenset[str]:
    """The language's words that put what follows them after it ('since 2021', 'seit 2021')."""
    return _time_words().after.get(lang, frozenset())


def later_words(lang: str) -> frozenset[str]:
    """The language's after-words that leave the year itself out ('after 2021', not 'since 2021')."""
    return _time_words().later.get(lang, frozenset())


def year_joiners(lang: str) -> frozenset[str]:
    """The language's little words between a before/after word and its year ('antes de 2021')."""
    return _time_words().joiners.get(lang, frozenset())


def postpositional() -> frozenset[str]:
    """The languages that put a before-word after what it places (Turkish '2021'den önce')."""
    return _time_words().postpositional


@lru_cache(maxsize=16)
def month_names(lang: str) -> frozenset[str]:
    """The language's month names, as written and as they stand alone (CLDR via Babel), folded
    and cut to their first four letters: Polish 'przed wrześniem' inflects 'wrzesień'."""
    from babel import Locale  # the catalogue is large: imported on first use

    try:
        months = Locale.parse(lang).months
    except (ValueError, LookupError):
        return frozenset()
    names = {n for ctx in ("format", "stand-alone") for n in months[ctx]["wide"].values()}
    return frozenset(t[:4] for n in names for t in raw_tokens(n))


# Ranking nudges among near-ties (within CUE_MARGIN of the best): a question that asks for a kind
# of entry ("what are the rules ...") or for the current/old state of things ("the new regulation",
# "the previous regime") prefers entries of that kind / about later or earlier years.
CUE_MARGIN = 0.15
KIND_CUE = 0.065  # 0.05 before BM25 weighed 0.5 of the score: near-ties are wider now
TIME_CUE = 0.06
FACT_CUE = 0.065  # a near-tie that holds the kind of fact asked, as KIND_CUE for the kind of entry
# What a near-tie rule gains that stopped applying in a year the question asks the rules up to ('the
# EU regime that applied until late 2021': in_force.py): as much as CUE_MARGIN, so it passes any
# near-tie. The mean-year time cue is then left out: the period has said which rule is meant.
PERIOD_CUE = 0.3
# What a near-tie gains that has a year after the one a question asks what came after ('did the EU
# add its own cyber-surveillance list after 2021?'), when another near-tie has none: that one tells
# nothing after it. As much as CUE_MARGIN, so it passes any such near-tie.
LATER_CUE = CUE_MARGIN
# What a near-tie rule loses that began to apply in or after the year a question asks the rules up
# to ('the US rules before 2022' is no rule in force from March 2022): as much as PERIOD_CUE gives.
UNBEGUN_CUE = PERIOD_CUE
# The words that put a question in time, per language (data/time_words.yaml)
_TIME = _time_words()
NEW_WORDS, OLD_WORDS = _TIME.new["en"], _TIME.old["en"]
BEFORE_WORDS, AFTER_WORDS = _TIME.before["en"], _TIME.after["en"]
DETERMINERS = frozenset({"the", "a", "an", "its", "this", "that"})
# (entry index, rank score, the model's features) of a candidate, as the engine ranks them
Rows = list[tuple[int, float, list[float]]]


def cued(
    entries: Sequence[Entry],
    mean_year: Sequence[float | None],
    query: QueryAnalysis,
    ranked: Rows,
    exact: dict[int, float],
    lang: str = "en",
    ended: frozenset[int] = frozenset(),
    later: frozenset[int] = frozenset(),
    at: frozenset[int] = frozenset(),
) -> Rows:
    """Apply the kind and time cues to the near-ties at the top. An entry of the kind asked for
    that the question names by its own title or alias gets the kind cue twice: 'who makes
    Pegasus' asks for the vendor whose product it is, not the cases that mention it most. A rule
    that stopped applying in a year `ended` (the years the question asks the rules up to) gets the
    period cue in place of the time cue, and one that began to apply in or after the last such year
    loses as much; asked what came after a year (`later`), a near-tie with a year after it gets the
    period cue when another has none: that one cannot tell it. Asked the rules in force in one year
    (`at`: 'what EU rule applied in 2022?'), a rule in force then by its card's dates gets the period
    cue and one not yet or no longer in force loses as much ('welche Regeln galten 2015?' got the
    EAR rule of 2022 at 0.84). A rule the question names outright loses nothing: its card's dates
    answer 'did the AI Act apply before 2024?', and a question naming a rule asks of that one only
    ('did the US human-rights listing rule apply in 2022?' lost 0.34 -> 0.13 to the EAR rule in force)."""
    if not ranked:
        return ranked
    forms = (f for alts in query.alts.values() for f in alts)
    kinds = {f.split(":", 1)[1] for f in forms if f.startswith(("kind:", "cue:"))}
    words = set(query.raw) - set(query.country)  # 'new zealand' is no new thing
    direction = time_direction([w for w in query.raw if w in words], lang)
    in_force = asks_in_force(query)
    if not kinds and not direction and not (at and in_force):
        return ranked
    best = max(r[1] for r in ranked)
    near = [r for r in ranked if r[1] >= best - CUE_MARGIN]
    # a rule that ended in the year asked, a little further behind than a near-tie too: the period
    # names it as its title does ('the regime in force until Sept 2021')
    reach = [i for i, score, _ in ranked if score >= best - PERIOD_CUE]
    ends = [i for i in reach if entries[i].ended in ended] if direction < 0 else []
    period = dict.fromkeys(ends, PERIOD_CUE)
    unbegun = set()
    if direction < 0 and ended and in_force:
        unbegun = {i for i in reach if not_begun(entries[i], ended) and i not in exact}
    elif at and in_force and not direction and not any(entries[i].kind == "rule" for i in exact):
        unbegun = {i for i in reach if not_in_force(entries[i], at) and i not in exact}
        period = dict.fromkeys((i for i in reach if in_force_at(entries[i], at)), PERIOD_CUE)
    if period:
        direction = 0  # the period says which rule: not the mean of its years
    elif later and direction > 0:
        since = min(later)
        after = {i for i, _, _ in near if any(y > since for y in entries[i].years)}
        if any(entries[i].years for i, _, _ in near if i not in after):
            period = dict.fromkeys(after, LATER_CUE)
    when = {i: year for i, _, _ in near if (year := mean_year[i]) is not None}
    lo, hi = min(when.values(), default=0.0), max(when.values(), default=0.0)
    out: Rows = []
    for i, score, x in ranked:
        if score >= best - CUE_MARGIN:
            entry = entries[i]
            if entry.kind in kinds:
                score += KIND_CUE * (2 if i in exact else 1)
            if direction and hi > lo and i in when:
                recency = (when[i] - lo) / (hi - lo)
                score += TIME_CUE * (recency if direction > 0 else 1.0 - recency)
        score += period.get(i, 0.0) - (UNBEGUN_CUE if i in unbegun else 0.0)
        out.append((i, score, x))
    return out


def not_begun(entry: Entry, ended: frozenset[int]) -> bool:
    """Whether a rule began to apply (its card's `in_force_from`) in or after every year `ended`
    that the question asks the rules up to: it was not in force then."""
    return entry.began is not None and bool(ended) and entry.began >= max(ended)


def not_in_force(entry: Entry, at: frozenset[int]) -> bool:
    """Whether a rule's card dates put it out of force in the one year `at` asks: it began to apply
    after it or had stopped before it."""
    year = max(at, default=None)
    if year is None:
        return False
    return (entry.began is not None and entry.began > year) or (
        entry.ended is not None and entry.ended < year
    )


def in_force_at(entry: Entry, at: frozenset[int]) -> bool:
    """Whether a rule's card dates put it in force in the one year `at` asks: begun by then and not
    stopped before it. A rule without a start date says nothing of it."""
    year = max(at, default=None)
    return year is not None and entry.began is not None and not not_in_force(entry, at)


def time_direction(words: list[str], lang: str = "en") -> int:
    """+1 when a question asks about the later state of things, -1 the earlier, 0 neither or both.
    'before' and 'after' point too ('the dual-use regulation from before 2021' asks for the old
    one: it got the 2021 recast at 0.95), and a new word after 'before' ('before the recast')
    points back, not forward."""
    new = old = False
    prev: str | None = None  # the last word that was not an article
    for n, w in enumerate(words):
        if w in BEFORE_WORDS:
            old = True
        elif w in AFTER_WORDS:
            new = new or words[n + 1 : n + 2] != ["when"]  # 'since when' asks a date
        elif w in NEW_WORDS and prev not in BEFORE_WORDS:
            new = True
        elif w in OLD_WORDS:
            old = True
        if w not in DETERMINERS:
            prev = w
    if lang != "en":
        later, earlier = _placed(words, lang)
        new, old = new or later, old or earlier
    return int(new) - int(old)


def _placed(words: list[str], lang: str) -> tuple[bool, bool]:
    """(later, earlier) as the question's own language says: its new and old words anywhere, its
    before and after words only beside a year or a month (data/time_words.yaml says why)."""
    table = _time_words()
    later = any(w in table.new.get(lang, ()) for w in words)
    earlier = any(w in table.old.get(lang, ()) for w in words)
    before, after = table.before.get(lang, frozenset()), table.after.get(lang, frozenset())
    months = month_names(lang)
    post = lang in table.postpositional
    joiners = table.joiners.get(lang, frozenset())  # 'antes de 2021', 'prima del 2021'
    for n, w in enumerate(words):
        if w not in before and w not in after:
            continue
        ahead = [x for x in words[n + 1 : n + 3 + NEAR] if x not in joiners]
        near = words[max(0, n - NEAR) : n] if post else ahead[:NEAR]
        if any(_YEAR.match(x) or x[:4] in months for x in near):
            later, earlier = later or w in after, earlier or w in before
    return later, earlier


# The year in a rule's act number ('Regulation (EC) No 428/2009', '(EU) 2021/821')
_ACT_YEAR = re.compile(r"(?<![\d/])(?:((?:19|20)\d\d)/\d+|\d+/((?:19|20)\d\d))(?![\d/])")
# enough to put it first among the near-ties
NUMBER_CUE = CUE_MARGIN


def act_years(entry: Entry) -> frozenset[str]:
    """The years of the act numbers in a rule's title: 428/2009 -> 2009, 2021/821 -> 2021 (the time
    cue's `_dated` in roles.py, and `numbered`)."""
    return frozenset(a or b for a, b in _ACT_YEAR.findall(entry.title))


def numbered(entries: Sequence[Entry], query: QueryAnalysis, ranked: Rows, lang: str = "en") -> Rows:
    """The one year a question names, when it is in the number of one near-tied rule and another
    near-tied rule is numbered by another year, puts that rule first among the near-ties: 'what did
    the 2009 dual use regulation say?' is 428/2009, not the 2021 recast (answered at 0.98), whose
    alias 'dual-use regulation' and the words 'replacing 428/2009' outweighed the year. Not when
    the year is a bound ('before September 2021': the time cue's) or one of several ('updates in
    2023 and 2024', 'since 2014 ... from 2021'): then it names no one act."""
    years = {w for w in query.raw if _YEAR.fullmatch(w)}
    if len(years) != 1 or not ranked or time_direction(list(query.raw), lang):
        return ranked
    best = max(r[1] for r in ranked)
    near = {i: ys for i, score, _ in ranked if score >= best - CUE_MARGIN and (ys := act_years(entries[i]))}
    hits = {i for i, ys in near.items() if ys & years}
    if len(near) < 2 or len(hits) != 1:
        return ranked
    return [(i, score + NUMBER_CUE if i in hits else score, x) for i, score, x in ranked]
