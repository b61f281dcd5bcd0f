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

from collections.abc import Sequence

from bot.kb.model import Entry
from bot.kb.time_words import (
    AFTER_WORDS,
    BEFORE_WORDS,
    after_words,
    before_words,
    later_words,
    placed_years,
    year_of,
)
from bot.kb.values import default_asked_values


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
