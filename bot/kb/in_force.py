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

A rule named right after 'before' is the question's time, not what it asks ('dual use rules before
the recast'): the rule it replaced is (`preceded`). The recast's name won it 0.99 there; the anchor
cue (roles.py) only took 0.1 off a lead of 0.5 that its name gave it.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.kb.cues import Rows
from bot.kb.index import SearchIndex
from bot.kb.roles import ANCHOR_CUE, name_at
from bot.kb.time_words import (
    AFTER_WORDS,
    BEFORE_WORDS,
    DETERMINERS,
    after_words,
    before_words,
    later_words,
    placed_years,
    year_joiners,
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


def preceded(index: SearchIndex, words: Sequence[str], rows: Rows, lang: str = "en") -> Rows:
    """The rows with each rule that a rule named right after a before-word replaced ('before the
    recast', 'before the 2021 recast', 'prior to Regulation 2021/821') just above that rule (by
    ANCHOR_CUE): the question names it by what came after it."""
    before = BEFORE_WORDS | before_words(lang)
    passed = DETERMINERS | year_joiners(lang) | {"to"}  # 'vor der Neufassung', 'avant la refonte'
    named: dict[str, int] = {}
    for n, word in enumerate(words):
        if word in before:
            start = n + 1
            # past an article and a year ('before the 2021 recast'), not an act's number
            while start < len(words) and (
                words[start] in passed or ("/" not in words[start] and year_of(words[start]))
            ):
                start += 1
            named.update((index.entries[i].id, i) for i in name_at(index, words, start)[1])
    if not named:
        return rows
    scores = {i: score for i, score, _ in rows}
    out: Rows = []
    for i, score, x in rows:
        after = named.get(index.entries[i].replaced_by or "")
        if after is not None and after in scores and i not in named.values():
            score = max(score, scores[after] + ANCHOR_CUE)
        out.append((i, score, x))
    return out
