"""A rule named right after 'before' is the question's time, not what it asks ('dual use rules before
the recast'): the rule it replaced is (`preceded`). The recast's name won it 0.99 there; the anchor
cue (roles.py) only took 0.1 off a lead of 0.5 that its name gave it. Apart from in_force.py, which
the cues read (cues.py), as it reads the anchor cue (roles.py), which reads the cues."""

from __future__ import annotations

from collections.abc import Sequence

from bot.kb.cues import Rows
from bot.kb.index import SearchIndex
from bot.kb.roles import ANCHOR_CUE, name_at
from bot.kb.time_words import BEFORE_WORDS, DETERMINERS, before_words, year_joiners, year_of


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
