"""The rule a question asks for by the period it applied: 'the EU export regime that applied until
late 2021', 'what EU law governed dual-use exports before the 2021 overhaul?', 'Welke EU-regels
golden vóór september 2021?'.

A rule that no longer applies says when it stopped and what replaced it (`in_force_until`,
`replaced_by`: knowledge/README.md "Replaced rules"). Without that the time cue (cues.py) went by the
mean of an entry's years, and the Wassenaar Arrangement (founded 1996, its years from 1995 on) looked
older than Regulation 428/2009 (2009 to 2021), so 'until late 2021' answered Wassenaar. The year a
question puts an end to ('before'/'until' and the year, a month or 'late' between; in another language
its own before-words) is read in time_words.py, as are the time cue's before and after words; the
cue itself is in cues.cued, among the near-ties. So is the year a question asks what came after
('after 2021', not 'since 2021': `later_years`): an entry whose years all end by then cannot tell it.

Its mirror, a rule that only began to apply in or after the year asked up to (`in_force_from`: 'the
US rules before 2022' is no rule in force from March 2022), loses as much among the near-ties
(cues.py) and is held back when first (holds.py `begun_after`).

Whether a rule's card dates put it in force in a year asked (`not_begun`, `not_in_force`,
`in_force_at`) is told here too, for the cues among near-ties (cues.py) and the holds (holds.py):
one home for 'is this rule in force then'. A rule named right after 'before' is read in preceded.py.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date

from bot.kb.analysis import QueryAnalysis
from bot.kb.asked_values import default_asked_values
from bot.kb.index import SearchIndex
from bot.kb.model import Entry
from bot.kb.relations import BLOC
from bot.kb.rules_in_time import asked_start, asks_in_force, rule_verbs
from bot.kb.text import raw_tokens, stem
from bot.kb.time_words import (
    AFTER_WORDS,
    BEFORE_WORDS,
    AskedTime,
    after_words,
    asked_month,
    before_words,
    later_words,
    placed_years,
    placing_words,
    present_words,
    time_direction,
    year_of,
)


def warm_up() -> None:
    """Read time_words.yaml (its `present` words among them) now, when the engine is built: not on
    the first question that asks what applies today."""
    present_words("en")  # the whole file is read at once


def asks_now(words: Sequence[str], lang: str = "en") -> bool:
    """Whether the question asks the state of things now ('under the current EU regime', 'what
    applies today'), in English or its language (data/time_words.yaml `present`), and points to no
    earlier time as well (time_words.time_direction)."""
    now = present_words("en") | present_words(lang)
    return not now.isdisjoint(words) and time_direction(list(words), lang) > 0


def ended_years(words: Sequence[str], lang: str = "en") -> frozenset[int]:
    """The years the question asks the state of things up to: the year after a before-word (in
    English or the question's language), past an article, a month or a part of the year; in a
    language that puts it after (Turkish '2021'den önce') the year just before it."""
    return placed_years(words, lang, BEFORE_WORDS | before_words(lang))


def later_years(words: Sequence[str], lang: str = "en") -> frozenset[int]:
    """The years the question asks what came after ('did the EU add a list after 2021?', 'nach
    2021'): only the after-words that leave the year out, not 'since 2021', which takes it in."""
    return placed_years(words, lang, later_words("en") | later_words(lang))


def at_years(words: Sequence[str], lang: str = "en") -> frozenset[int]:
    """The one year a question asks the state of things in ('what EU rule applied in 2022?', 'Welche
    Regeln galten 2015?'): its only year, when no before- or after-word places it. Not an act's
    number ('2021/821')."""
    years = {y for w in words if "/" not in w and (y := year_of(w))}
    if len(years) != 1:
        return frozenset()
    placed = placed_years(words, lang, BEFORE_WORDS | AFTER_WORDS | before_words(lang) | after_words(lang))
    return frozenset(years - placed)


def asked_at(words: Sequence[str], text: str, lang: str = "en") -> frozenset[int]:
    """`at_years`, unless the question (`text`) asks when: 'a Commerce rule from 2021 ... when did
    it take effect?' describes the rule by its year and asks the date it began (answered 0.66, held
    as not in force in 2021)."""
    at = at_years(words, lang)
    return at if at and "date" not in default_asked_values().asked(text, lang) else frozenset()


# The forms of rule that apply to exports (model.Form): a report, an inquiry or a campaign is about
# rules, never itself in force ('which rules were in force in 2020?' listed Amnesty's 2020 report
# and the Reclaim Your Face campaign)
APPLYING_FORMS = frozenset({"law", "regime", "guidance", "sanctions"})


def applies(entry: Entry) -> bool:
    """Whether an entry is a rule that can be in force: a law, regime, guidance or sanctions."""
    return entry.kind == "rule" and entry.form in APPLYING_FORMS


def about_rules(entry: Entry, query: QueryAnalysis) -> bool:
    """Whether an entry is about rules without being one that applies (a report, an inquiry, a
    campaign: in_force.applies) and the question does not ask for its form ('which report ...'):
    asked the rules in force by a year, it is no answer ('le regole europee sull'export ... fino
    all'inverno 2020' answered Amnesty's 2020 report at 0.89; holds.py holds it back too)."""
    return entry.kind == "rule" and not applies(entry) and entry.form not in query.raw


def not_begun(entry: Entry, asked: AskedTime) -> bool:
    """Whether a rule began to apply (its card's `in_force_from`) in or after every year the
    question asks the rules up to (`asked.ended`): it was not in force then."""
    return entry.began is not None and bool(asked.ended) and entry.began >= max(asked.ended)


def not_in_force(entry: Entry, asked: AskedTime) -> bool:
    """Whether a rule's card dates put it out of force in the one year asked (`asked.at`): it began
    to apply after it or had stopped before it, or the year is still to come (`to_come`); in the
    month asked of that year too, where the question names one and the card dates the start or end
    to the month ('in force in March 2021' is not the 2021 recast, applicable from 9 Sept 2021:
    answered at 0.74)."""
    year = asked.year
    if year is None:
        return False
    if to_come(asked):
        return True  # no card's dates tell what will apply in a year to come (`to_come`)
    began, ended, month = entry.began, entry.ended, asked.month or 0
    start, stop = _month_of(entry.in_force_from), _month_of(entry.in_force_until)
    later = began is not None and (began > year or (began == year and month > 0 and start > month))
    return later or (ended is not None and (ended < year or (ended == year and 0 < stop < month)))


def to_come(asked: AskedTime) -> bool:
    """Whether the one year asked is still to come: no card's dates put a rule in force then, nor
    out of it. A rule in force now may be replaced by then, as 428/2009 was ('Welche
    Dual-Use-Verordnung gilt im Jahr 2040?' answered the recast at 0.79)."""
    return asked.year is not None and asked.year > date.today().year


def in_force_at(entry: Entry, asked: AskedTime) -> bool:
    """Whether a rule's card dates put it in force in the one year asked (in the month asked, where
    named): begun by then and not stopped before it. A rule without a start date says nothing of it."""
    return asked.year is not None and entry.began is not None and not not_in_force(entry, asked)


def shared_name(entries: Sequence[Entry], entry: Entry, words: Sequence[str]) -> bool:
    """Whether the question's words name a rule only by a name it shares with the rule it replaced
    (`replaced_by`): 'the dual-use regulation' is the 2021 recast's alias and 428/2009's title too,
    so asked in a year ('the dual-use regulation in spring 2005') it names whichever rule applied
    then, not the recast (answered at 0.78). Its words in any order: 'el reglamento de doble uso'
    reads 'regulation de dual-use'. A name of its own ('the recast', '2021/821') names it."""
    older = [e for e in entries if e.replaced_by == entry.id]
    if not older:
        return False
    named = [raw_tokens(a) for a in entry.aliases if set(raw_tokens(a)) <= set(words)]
    return bool(named) and all(any(_within(n, _all_tokens(e)) for e in older) for n in named)


def line_named(entries: Sequence[Entry], entry: Entry, words: Sequence[str]) -> bool:
    """Whether the question's words name a rule only by a name of the line of rules it belongs to:
    one it shares with the rule it replaced (`shared_name`), or, for a rule since replaced, one its
    successor shares with it and none of its own ('which EU dual-use regulation applied in 2000?'
    named 428/2009 through the recast's alias and was answered, though it applied only from 2009)."""
    if shared_name(entries, entry, words):
        return True
    later = next((e for e in entries if e.id == entry.replaced_by), None)
    if later is None or not shared_name(entries, later, words):
        return False
    theirs = _all_tokens(later)
    own = (raw_tokens(a) for a in (entry.title, *entry.aliases))
    return not any(set(n) <= set(words) and not _within(n, theirs) for n in own)


def named_apart(entries: Sequence[Entry], exact: Collection[int], words: Sequence[str]) -> set[int]:
    """Of the entries a question names outright (`exact`), those named apart from the rules they
    replaced or that replaced them: not a rule named by a name it shares with the rule it replaced
    (`shared_name`), nor a rule and its successor named together ('the EU dual-use regulation' is
    in the titles of both 428/2009 and the recast): the words name the line, and the year asked
    says which rule of it ('the EU dual-use regulation in 2013' is 428/2009)."""
    ids = {entries[i].id for i in exact}
    return {
        i
        for i in exact
        if entries[i].replaced_by not in ids
        and not any(entries[j].replaced_by == entries[i].id for j in exact)
        and not shared_name(entries, entries[i], words)
    }


def line_mates(entries: Sequence[Entry], named: Collection[int], apart: Collection[int]) -> set[int]:
    """The rules of the lines of rules a question names only by a line's name: the rules named
    outright (`named`) but not apart (`named_apart`), and those they replaced or that replaced
    them. The year asked says which of them is meant, however far ahead the name put the one it
    is an alias of ('le règlement sur les biens à double usage en 2016' ranked the recast 0.36 ahead
    of 428/2009, out of the period cue's reach, and was refused)."""
    ids = {entries[i].id for i in named if i not in apart and entries[i].kind == "rule"}
    ends = {entries[i].replaced_by for i in named if i not in apart and entries[i].kind == "rule"}
    return {j for j, e in enumerate(entries) if e.id in ids or e.replaced_by in ids or e.id in ends}


def _all_tokens(entry: Entry) -> list[str]:
    return [t for name in (entry.title, *entry.aliases) for t in [*raw_tokens(name), ""]]


def _within(part: Sequence[str], words: Sequence[str]) -> bool:
    """Whether `part` stands in `words` as a run of words."""
    size = len(part)
    return size > 0 and any(list(words[n : n + size]) == list(part) for n in range(len(words) - size + 1))


def asked_times(words: Sequence[str], text: str, lang: str = "en") -> AskedTime:
    """When a question asks (its words, its asking `text`), read once: the years it asks the rules
    up to (`ended_years`: 'until late 2021'), after (`later_years`: 'after 2021'), in (`asked_at`:
    'what rule applied in 2022?'), and the month it names of that year (`at_month`: 'in March 2021')."""
    at = asked_at(words, text, lang)
    return AskedTime(ended_years(words, lang), later_years(words, lang), at, at_month(words, at, lang))


def at_month(words: Sequence[str], at: frozenset[int], lang: str = "en") -> int | None:
    """The month a question names of the one year it asks the state of things in ('which EU rule was
    in force in March 2021?'), or None."""
    return asked_month(words, max(at), lang) if at else None


def _month_of(date: str | None) -> int:
    """The month of a card's date ('2021-09-09' -> 9); 0 when it gives only the year."""
    return int(date[5:7]) if date and len(date) >= 7 else 0


def dated(entries: Sequence[Entry], cands: Sequence[int], asked: AskedTime) -> list[int]:
    """The rules among `cands` whose card dates put them in force in the time `asked`: in the one
    year it asks (`at`), before the last year it asks the rules up to (`ended`: 'until late
    2021' is Regulation 428/2009, applied 2009 to Sept 2021), or after the year it asks what came
    after (`later`); a rule that began or stopped in the year asked fits only a month asked. Such a
    rule tells the words that place the question in time ('until', 'late', 'September', 'autumn') by
    its dates: they are not left unexplained (time_words.placing_words),
    which held 428/2009, first, at 0.26-0.47 ('the EU export regime that applied before September
    2021'). A rule without dates tells no time."""
    out = []
    for i in cands:
        entry = entries[i]
        if entry.kind != "rule" or (entry.began is None and entry.ended is None):
            continue
        if asked.at:
            # A year alone does not settle a rule that began or stopped during it: 'what EU rules
            # applied in spring 2021?' is not the recast, applicable from September (0.85 wrong).
            settled = asked.month is not None or asked.year not in (entry.began, entry.ended)
            fits = settled and in_force_at(entry, asked)
        elif asked.ended:
            fits = entry.began is None or entry.began < max(asked.ended)
        else:
            fits = bool(asked.later) and (entry.ended is None or entry.ended > min(asked.later))
        if fits:
            out.append(i)
    return out


def untimed(
    index: SearchIndex, in_time: Sequence[int], query: QueryAnalysis, lang: str, bound: frozenset[str]
) -> dict[int, frozenset[str]]:
    """Of each rule `in_time` (`dated`), the words (stems) its coverage and `told` leave out: the
    words placing the question in time that its text does not hold (its dates tell them, and the one
    year asked: 'which EU regulation was in force in 2016?' held 428/2009, 2009 to 2021, at 0.19), the
    places exports go to (`bound`: relations.destinations). None when the question names a place
    other than the EU that exports do not go to: it asks that place's rules ('what export rules did
    the UK apply before 2021?' got Regulation 428/2009 at 0.68, not the UK's card)."""
    if any(t not in bound and c != BLOC for t, c in query.country.items()):
        return {}
    asks = bool(in_time) and asks_in_force(query, lang)
    timed = {stem(w) for w in placing_words(query.raw, lang) | rule_verbs(query.raw)} if asks else set()
    if asks:
        # and the one year a question asks the rules in force in ('which EU regulation was in force
        # in 2016?'): their dates hold it. Not the time something else is asked of ('who will chair
        # the Pall Mall Process in 2027?', 'what happened at the Wassenaar plenary in December
        # 2025?': no rule's dates tell that), nor a year to come ('which EU rules apply in 2031?':
        # no card tells what will apply then)
        timed.update(str(year) for year in at_years(query.raw, lang) if year <= date.today().year)
    return {i: bound | {t for t in timed if not index.profile(i).get(t)} for i in in_time}


def started(
    entries: Sequence[Entry], rules: Sequence[int], words: Sequence[str]
) -> dict[int, frozenset[str]]:
    """Of each rule among `rules` whose card dates the day it began to apply (`in_force_from`), the
    words (stems) asking when it began ('the commerce dept rule on hacking tools, live since when?',
    'AI act bans start date?'): its date tells them, which its text need not say ('live',
    'enforceable', 'start'; the EAR rule 'took effect on 7 March 2022' was refused at 0.45). A rule
    without that date tells none (rules_in_time.asked_start)."""
    asked = {stem(w) for w in asked_start(words)}
    if not asked:
        return {}
    return {i: frozenset(asked) for i in rules if entries[i].began is not None}
