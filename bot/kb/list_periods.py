"""The period a list question narrows to ("since 2021", "2019 oder früher", "przed 2020"), in the
campaign's languages; the question is folded and lower-cased (bot/kb/lists.py)."""

from __future__ import annotations

import re

from bot.kb.rules_in_time import says_in_force
from bot.kb.text import raw_tokens
from bot.kb.time_words import after_words, before_words, postpositional

# The open ends of a period ('before 2020' is OPEN_LO..2020, 'since 2022' 2022..OPEN_HI)
OPEN_LO, OPEN_HI = 1900, 2100
_YEAR = re.compile(r"(?<!\d)(19[89]\d|20[0-3]\d)(?!\d)")
# "since 2021", "vóór september 2021": a month may stand between the word and the year.
_SINCE = re.compile(
    r"\b(since|after|seit|depuis|desde|dal|sinds|od|sedan)\s+(\w+\s+)?(19|20)\d\d"
    # English "from" opens a period only when something says so ("from 2019 on", "from 2019 to
    # now"); "cases from 2015", like "which cases are from 2015", are cases of 2015.
    r"|\bfrom\s+(\w+\s+)?(19|20)\d\d\s+(on|onwards?|to now|to today|to date|until now|until today)\b"
)
# "2023 or later", "2019 und früher": the word after the year opens the period.
_LATER = re.compile(
    r"(19|20)\d\d\s+(or|and|oder|und|ou|et|o|y|e|of|en|lub|i|eller|och|veya|ve|или|и)\s+"
    r"(later|after|since|onwards|spater|danach|plus tard|apres|despues|mas tarde|dopo|piu tardi|later|"
    r"pozniej|senare|efter|sonra|позже|после)\b"
    r"|(19|20)\d\d\s*(onwards|onward)\b"
)
_EARLIER = re.compile(
    r"(19|20)\d\d\s+(or|and|oder|und|ou|et|o|y|e|of|en|lub|i|eller|och|veya|ve|или|и)\s+"
    r"(earlier|before|fruher|davor|plus tot|avant|antes|prima|eerder|wczesniej|tidigare|once|раньше|ранее)\b"
)
# "from 2015 to 2017", "desde 2015 hasta 2018", "von 2015 bis 2017": a since-word with a second year
# after a range word is the range, not everything since the first year.
_RANGE = re.compile(
    r"(19|20)\d\d\s*(-|–|to|until|till|through|bis|a|au|à|hasta|al|fino al|tot|do|till)\s*(19|20)\d\d"
)
# "which cases are from 2015?", "entries dating from 2019": a case *from* a year is of that year; only
# "from 2015 on(wards)" (in _LATER) or a since-word elsewhere opens the period.
_OF_YEAR = re.compile(r"\b(are|is|were|was|date|dates|dating)\s+from\s+(19|20)\d\d(?!\s+on\b)")
_BEFORE = re.compile(
    r"\b(before|until|prior to|vor|avant|antes de|prima del|voor|przed|fore)\s+(\w+\s+)?(19|20)\d\d"
)

_UNTIL = frozenset({"until"})
# "April '23", "Feb '24", "since '19": a year cut to its last two digits after an apostrophe, on its own
# (not Turkish "2021'den", whose apostrophe follows the year, nor "the '90s", a decade)
_SHORT_YEAR = re.compile(r"(?<![\w'’‘])['’‘](\d\d)(?![\w'’‘])")
# "post-2021", "pre-2010": only the hyphenated forms stand for after/before; a bare "post" or "pre" before a
# year is a word ("Washington Post in 2023 on NSO", "a blog post in 2021") and opens no period
_HYPHENED = (
    (re.compile(r"\bpost-((?:19|20)\d\d)(?!\d)", re.I), r"after \1"),
    (re.compile(r"\bpre-((?:19|20)\d\d)(?!\d)", re.I), r"before \1"),
)
# A case ending between a year and the word after it that places it (Turkish "2025'ten beri")
_ENDING = 4


def full_years(question: str) -> str:
    """The question with its short years written out ("stuff from April '23": "April 2023"), as a
    member means them: 80-99 the 1900s, 00-39 the 2000s; any other pair of digits stays as written.
    "post-2021" and "pre-2010" read "after 2021" and "before 2010"."""

    def full(match: re.Match[str]) -> str:
        short = int(match.group(1))
        return f"{2000 + short}" if short < 40 else f"{1900 + short}" if short >= 80 else match.group(0)

    question = _SHORT_YEAR.sub(full, question)
    for hyphened, plain in _HYPHENED:
        question = hyphened.sub(plain, question)
    return question


def _postposed(plain: str, year: int) -> tuple[int, int] | None:
    """The period a before- or after-word placed after its year asks, in a language that puts it there
    (data/time_words.yaml `postpositional`: Turkish "2025'ten beri" since 2025, "2010'dan önce" before
    2010), a short case ending between; None: no such word."""
    words = plain.split()
    for n, word in enumerate(words):
        if word != str(year):
            continue
        after = words[n + 1 : n + 3]
        after = after[1:] if len(after) == 2 and len(after[0]) <= _ENDING and after[0].isalpha() else after
        placed = after[:1]
        for lang in postpositional():
            if set(placed) & after_words(lang):
                return year, OPEN_HI
            if set(placed) & before_words(lang):
                return OPEN_LO, year - 1
    return None


def period(plain: str) -> tuple[int, int] | None:
    """The years a list question narrows to (inclusive), open-ended as 1900 or 2100; None: none."""
    years = sorted(int(y) for y in _YEAR.findall(plain))
    if not years:
        return None
    if _RANGE.search(plain) or (_OF_YEAR.search(plain) and not _LATER.search(plain)):
        return years[0], years[-1]
    if _SINCE.search(plain) or _LATER.search(plain):
        return years[0], OPEN_HI
    if _EARLIER.search(plain):
        return OPEN_LO, years[-1]
    if (before := _BEFORE.search(plain)) and before.group(1) not in _UNTIL:
        return OPEN_LO, years[-1] - 1  # 'before 2023' leaves 2023 out, 'until 2023' takes it in
    if before:
        return OPEN_LO, years[-1]
    if len(years) == 1 and (placed := _postposed(plain, years[0])):
        return placed
    return years[0], years[-1]


def applied(english: str | None) -> bool:
    """Whether a list question asks the rules that applied in its period ('which rules were in force
    in 2015?', German 'galten' read as 'in force'): then a rule's card dates say whether it belongs,
    not the years its text mentions (list_dates.in_period)."""
    return english is not None and says_in_force(raw_tokens(english))
