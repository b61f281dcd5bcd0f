"""Ranking nudges among the near-ties at the top of a ranking: the kind of entry a question asks
for, and whether it asks about the current or an earlier state of things. Kept apart from the
engine's evidence so the nudges and their sizes have one home."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.kb.analysis import QueryAnalysis
from bot.kb.in_force import (
    about_rules,
    in_force_at,
    line_mates,
    named_apart,
    not_begun,
    not_in_force,
    to_come,
)
from bot.kb.model import Entry
from bot.kb.rules_in_time import asks_in_force
from bot.kb.time_words import UNTIMED, YEAR, AskedTime, time_direction

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
# (entry index, rank score, the model's features) of a candidate, as the engine ranks them
Rows = list[tuple[int, float, list[float]]]


def cued(
    entries: Sequence[Entry],
    mean_year: Sequence[float | None],
    query: QueryAnalysis,
    ranked: Rows,
    exact: dict[int, float],
    lang: str = "en",
    asked: AskedTime = UNTIMED,
) -> Rows:
    """Apply the kind and time cues to the near-ties at the top. An entry of the kind asked for
    that the question names by its own title or alias gets the kind cue twice: 'who makes
    Pegasus' asks for the vendor whose product it is, not the cases that mention it most. A rule
    that stopped applying in a year `asked.ended` (the years the question asks the rules up to) gets
    the period cue in place of the time cue, and one that began to apply in or after the last such
    year loses as much; asked what came after a year (`asked.later`), a near-tie with a year after it gets the
    period cue when another has none: that one cannot tell it. Asked the rules in force in one year
    (`asked.at`: 'what EU rule applied in 2022?'), a rule in force then by its card's dates gets the period
    cue and one not yet or no longer in force loses as much, in the month asked of it where named
    ('in force in March 2021': 428/2009, not the recast of Sept 2021; 'welche Regeln galten 2015?' got the
    EAR rule of 2022 at 0.84). A rule the question names outright loses nothing: its card's dates
    answer 'did the AI Act apply before 2024?', and a question naming a rule asks of that one only
    ('did the US human-rights listing rule apply in 2022?' lost 0.34 -> 0.13 to the EAR rule in force),
    unless by a name of the line of rules it belongs to ('the dual-use regulation in 2013' is 428/2009:
    in_force.named_apart)."""
    if not ranked:
        return ranked
    forms = (f for alts in query.alts.values() for f in alts)
    kinds = {f.split(":", 1)[1] for f in forms if f.startswith(("kind:", "cue:"))}
    words = set(query.raw) - set(query.country)  # 'new zealand' is no new thing
    direction = time_direction([w for w in query.raw if w in words], lang)
    in_force = asks_in_force(query, lang)
    ended, later, at = asked.ended, asked.later, asked.at
    if not kinds and not direction and not (at and in_force):
        return ranked
    best = max(r[1] for r in ranked)
    near = [r for r in ranked if r[1] >= best - CUE_MARGIN]
    # a rule that ended in the year asked, a little further behind than a near-tie too: the period
    # names it as its title does ('the regime in force until Sept 2021')
    # named by a name it shares with the rule it replaced, a rule is not named outright (in_force.py)
    own = named_apart(entries, exact, query.raw) if in_force else set(exact)
    # and the rules of a line named so are all in reach: the time asked says which of them is meant
    line = line_mates(entries, exact, own) if in_force else set()
    reach = [i for i, score, _ in ranked if score >= best - PERIOD_CUE or i in line]
    ends = [i for i in reach if entries[i].ended in ended] if direction < 0 else []
    period = dict.fromkeys(ends, PERIOD_CUE)
    unbegun = set()
    if direction < 0 and ended and in_force:
        unbegun = {i for i in reach if not_begun(entries[i], asked) and i not in own}
    elif (
        at
        and in_force
        and not direction
        and not to_come(asked)
        and not any(entries[i].kind == "rule" for i in own)
    ):
        unbegun = {i for i in reach if not_in_force(entries[i], asked) and i not in own}
        period = dict.fromkeys((i for i in reach if in_force_at(entries[i], asked)), PERIOD_CUE)
    if in_force and (ended or at):
        unbegun |= {i for i in reach if about_rules(entries[i], query) and i not in exact}
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
    years = {w for w in query.raw if YEAR.fullmatch(w)}
    if len(years) != 1 or not ranked or time_direction(list(query.raw), lang):
        return ranked
    best = max(r[1] for r in ranked)
    near = {i: ys for i, score, _ in ranked if score >= best - CUE_MARGIN and (ys := act_years(entries[i]))}
    hits = {i for i, ys in near.items() if ys & years}
    if len(near) < 2 or len(hits) != 1:
        return ranked
    return [(i, score + NUMBER_CUE if i in hits else score, x) for i, score, x in ranked]
