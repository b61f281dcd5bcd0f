"""Where a question's words place it in time: whether it asks the later or the earlier state of
things (`time_direction`), and the years its before- and after-words bound it by (`placed_years`).
One reading of the time words (data/time_words.yaml) and of a year beside them, for the time cue
among near-ties (cues.py) and the rule asked by the period it applied (in_force.py)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from unicodedata import normalize

import yaml

from bot.kb.english_zipf import english_zipf
from bot.kb.months import (
    any_month_fives,
    any_month_numbers,
    any_month_wholes,
    month_abbreviations,
    month_names,
    month_numbers,
)
from bot.kb.role_words import year_words
from bot.kb.text import raw_tokens

TIME_FILE = Path(__file__).with_name("data") / "time_words.yaml"
# A year a member types ('2021', '2021den' once Turkish's case ending is glued back on)
YEAR = re.compile(r"(?:19|20)\d\d(?!\d)")
# Joiners passed over between another language's before/after word and its year or month: at most
# two ('prima del 2021')
_JOINED = 2
# Words passed over between a before-word and the year it places ('prior to', 'until late september
# 2021'): at most four
_GAP = 4


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
    rule_verbs: frozenset[str]
    start_words: frozenset[str]
    asks_when: frozenset[str]
    rule_nouns: frozenset[str]
    rule_at_words: dict[str, frozenset[str]]
    history_openers: frozenset[str]
    rule_events: frozenset[str]
    parts: dict[str, frozenset[str]]
    present: dict[str, frozenset[str]]
    month_joiners: frozenset[str]
    month_spans: dict[str, tuple[int, int]]
    range_joiners: frozenset[str]
    not_own_forms: frozenset[str]
    did_bodies: frozenset[str]
    personal_words: frozenset[str]


@dataclass(frozen=True)
class AskedTime:
    """When a question asks, read once (in_force.asked_times) and shared by every test of a rule's
    dates (in_force.dated, not_begun, not_in_force; the cues and holds) so they cannot read it apart:
    the years it asks the rules up to (`ended`: 'until late 2021'), after (`later`: 'after 2021'),
    the one year it asks in (`at`: 'what rule applied in 2022?') and the month it names of that year
    (`month`: 'in March 2021')."""

    ended: frozenset[int] = frozenset()
    later: frozenset[int] = frozenset()
    at: frozenset[int] = frozenset()
    month: int | None = None

    @property
    def year(self) -> int | None:
        """The one year asked (`at`), or None."""
        return max(self.at, default=None)


# A question that asks no time
UNTIMED = AskedTime()


def _folded(table: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    return {lang: frozenset(t for w in words for t in raw_tokens(str(w))) for lang, words in table.items()}


@lru_cache(maxsize=1)
def time_table() -> TimeWords:
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
        rule_verbs=frozenset(data.get("rule_verbs", ())),
        start_words=frozenset(data.get("start_words", ())),
        asks_when=frozenset(data.get("asks_when", ())),
        rule_nouns=frozenset(data.get("rule_nouns", ())),
        rule_at_words=_folded(data.get("rule_at_words", {})),
        history_openers=frozenset(data.get("history_openers", ())),
        rule_events=frozenset(data.get("rule_events", ())),
        parts=_folded(data.get("year_parts", {})),
        # folded as the question's words are: written unfolded, Russian 'сейчас', 'текущий' and
        # Arabic 'الآن' never matched a folded question ('сеичас', 'الان')
        present=_folded(data.get("present") or {}),
        month_joiners=frozenset(data.get("month_joiners", ())),
        month_spans={
            t: (span["months"][0], span["months"][1])
            for span in data.get("month_spans", ())
            for w in span["words"]
            for t in raw_tokens(str(w))
        },
        range_joiners=frozenset(t for w in data.get("month_range_joiners", ()) for t in raw_tokens(str(w))),
        not_own_forms=frozenset(data.get("not_own_forms", ())),
        did_bodies=frozenset(data.get("did_bodies", ())),
        personal_words=frozenset(t for w in data.get("personal_words", ()) for t in raw_tokens(str(w))),
    )


def present_words(lang: str) -> frozenset[str]:
    """The language's words asking the state of things now ('current': in_force.asks_now), folded."""
    return time_table().present.get(lang, frozenset())


def before_words(lang: str) -> frozenset[str]:
    """The language's words that put what follows them before it (data/time_words.yaml)."""
    return time_table().before.get(lang, frozenset())


def after_words(lang: str) -> frozenset[str]:
    """The language's words that put what follows them after it ('since 2021', 'seit 2021')."""
    return time_table().after.get(lang, frozenset())


def later_words(lang: str) -> frozenset[str]:
    """The language's after-words that leave the year itself out ('after 2021', not 'since 2021')."""
    return time_table().later.get(lang, frozenset())


def year_joiners(lang: str) -> frozenset[str]:
    """The language's little words between a before/after word and its year ('antes de 2021')."""
    return time_table().joiners.get(lang, frozenset())


def postpositional() -> frozenset[str]:
    """The languages that put a before-word after what it places (Turkish '2021'den önce')."""
    return time_table().postpositional


def asked_month(words: Sequence[str], year: int, lang: str = "en", langs: tuple[str, ...] = ()) -> int | None:
    """The month a question names just before the year it asks ('in force in March 2021', 'im März
    2021', 'in March of 2021'), or None; `langs`: the months of those languages too, where the
    question's language is not known ('Allt från oktober 2019')."""
    numbers, others = month_numbers("en") | month_numbers(lang), any_month_numbers(langs)
    fives, wholes = any_month_fives(langs), any_month_wholes(langs)
    short = month_abbreviations("en") | month_abbreviations(lang)  # "in Oct 2019"
    joiners = time_table().month_joiners
    for n, word in enumerate(words):
        if year_of(word) != year or "/" in word:
            continue
        if cjk := _CJK_MONTH.match(normalize("NFC", " ".join(words[n : n + 2]))):  # folding split Hangul
            return int(cjk.group(1)) if 1 <= int(cjk.group(1)) <= 12 else None  # '2022年7月', '2022년 7월'
        at = n - 1
        at -= at >= 0 and words[at].isdigit() and len(words[at]) <= 2  # 'Nov 3, 2021'
        at -= at >= 1 and words[at] in joiners  # 'March of 2021', 'marzo de 2024'
        word = words[at] if at >= 0 else ""
        if word and (
            month := numbers.get(word[:4]) or short.get(word) or _other_month(word, others, fives, wholes)
        ):
            return month
    return None


# A month written after its year, as Chinese, Japanese and Korean write it ('2022年7月', '2022년 7월에')
_CJK_MONTH = re.compile(r"(?:19|20)\d\d\s*[年년]\s*(\d{1,2})\s*[月월]")


# An English word this common before a year is that word, not another language's month: "the entity
# list 2019" is no Polish November (listopad); unless it is a month's whole name ("mars 2024" is
# French March: left to an English reading that keeps it, it was no month)
_PLAIN_ENGLISH = 3.5


def _other_month(
    word: str, others: dict[str, int], fives: frozenset[str], wholes: frozenset[str]
) -> int | None:
    month = others.get(word[:4])
    # German "Liste", Spanish "lista" are no "listopad"; a month in another script is one in any of
    # its cases (Russian 'в марте 2024', whose wide names are 'март' and 'марта')
    if month is None or (word[:5] not in fives and word.isascii()):
        return None
    return month if english_zipf(word) < _PLAIN_ENGLISH or word in wholes else None


# The words that put a question in time, per language (data/time_words.yaml)
_TIME = time_table()
NEW_WORDS, OLD_WORDS = _TIME.new["en"], _TIME.old["en"]
BEFORE_WORDS, AFTER_WORDS = _TIME.before["en"], _TIME.after["en"]
DETERMINERS = frozenset({"the", "a", "an", "its", "this", "that"})


def time_direction(words: list[str], lang: str = "en") -> int:
    """+1 when a question asks about the later state of things, -1 the earlier, 0 neither or both.
    'before' and 'after' point too ('the dual-use regulation from before 2021' asks for the old
    one: it got the 2021 recast at 0.95), and a new word after 'before' ('before the recast')
    points back, not forward."""
    new = old = False
    prev: str | None = None  # the last word that was not an article
    dated = _dated_news(words, lang)
    for n, w in enumerate(words):
        if n in dated:
            continue
        if w in BEFORE_WORDS:
            old = old or w != "ahead" or words[n + 1 : n + 2] == ["of"]  # 'what lies ahead' is later
        elif w in AFTER_WORDS:
            new = new or words[n + 1 : n + 2] != ["when"]  # 'since when' asks a date
        elif w in NEW_WORDS and prev not in BEFORE_WORDS:
            new = True
        elif w in OLD_WORDS:
            old = True
        if w not in DETERMINERS:
            prev = w
    if lang != "en":
        later, earlier = _placed([w for n, w in enumerate(words) if n not in dated], lang)
        new, old = new or later, old or earlier
    return int(new) - int(old)


def _dated_news(words: Sequence[str], lang: str) -> frozenset[int]:
    """Where a word pointing to now stands right before a word placing it in a year: 'vigente en
    2016' is in force then, not now (the recast was held back, and the question refused at 0.50)."""
    table = time_table()
    news = table.new.get("en", frozenset()) | table.new.get(lang, frozenset())
    at = table.rule_at_words.get("en", frozenset()) | table.rule_at_words.get(lang, frozenset())
    return frozenset(n - 1 for _, n, _ in placings(words, lang, at) if n and words[n - 1] in news)


def _placed(words: list[str], lang: str) -> tuple[bool, bool]:
    """(later, earlier) as the question's own language says: its new and old words anywhere, its
    before and after words only beside a year or a month (data/time_words.yaml says why): the word
    next to it, past a joiner ('antes de 2021', 'prima del 2021'), or a year past a season."""
    table = time_table()
    later = any(w in table.new.get(lang, ()) for w in words)
    earlier = any(w in table.old.get(lang, ()) for w in words)
    before, after = table.before.get(lang, frozenset()), table.after.get(lang, frozenset())
    months = month_names(lang)
    post = lang in table.postpositional
    joiners = table.joiners.get(lang, frozenset()) | table.parts.get(lang, frozenset())  # 'avant l'automne'
    for n, w in enumerate(words):
        if w not in before and w not in after:
            continue
        if post:
            near = words[n - 1] if n else ""
        else:
            near = _past(words, n + 1, lambda x: x in joiners, _JOINED)
            near = "" if near in joiners else near
        if YEAR.match(near) or (near and near[:4] in months):
            later, earlier = later or w in after, earlier or w in before
    # and a year as far as `placed_years` reads one: past a season and its joiners ('tot de herfst
    # van 2021', 'até o outono de 2021' got the 2021 recast at 0.69-0.82, not 428/2009)
    later = later or bool(placings(words, lang, after))
    earlier = earlier or bool(placings(words, lang, before))
    return later, earlier


def placed_years(words: Sequence[str], lang: str, by: frozenset[str]) -> frozenset[int]:
    """The years the words `by` (before-words, or after-words) place the question by: the year after
    such a word (in English or the question's language), past an article, a month or a part of the
    year ('until late september 2021'); in a language that puts it after (Turkish '2021'den önce')
    the year just before it."""
    return frozenset(year for year, _, _ in placings(words, lang, by))


def placing_words(words: Sequence[str], lang: str = "en") -> frozenset[str]:
    """The words that place a question in time, not what it asks about: each before- or after-word
    with the words up to its year ('until late 2021', 'before autumn 2021', 'bis Herbst 2021'), and a
    month or part of the year just before a year ('in March 2021'); and the words asking what applied
    then ('applied', 'governed', 'in force'). A rule whose card dates fit that time tells them by its
    dates (in_force.py `dated`)."""
    by = BEFORE_WORDS | AFTER_WORDS | before_words(lang) | after_words(lang)
    out = {w for _, start, end in placings(words, lang, by) for w in words[start : end + 1]}
    out.update(w for w in words if w in time_table().in_force)
    out.update(words[n] for n in _dated_news(words, lang))  # 'vigente en 2016': in force then
    months = month_names("en") | month_names(lang)
    parts = year_words()[0] | time_table().parts.get(lang, frozenset())
    for n, word in enumerate(words):
        if n and year_of(word) and (words[n - 1] in parts or words[n - 1][:4] in months):
            out.update((words[n - 1], word))
    return frozenset(out)


def own_placing_words(words: Sequence[str], lang: str) -> frozenset[int]:
    """Where a language's own before- and after-words place a year ('bis Herbst 2021', 'bis Ende
    2021'): time words there, never a name (German 'bis' is also the BIS's short name: 'Welche
    EU-Regeln galten bis Herbst 2021?' was refused as naming it, 0.96 held to 0.50). Only the word
    nearest the year, not after an article: 'hat das BIS bis 2021 gelistet?' names the BIS."""
    if lang == "en":
        return frozenset()
    by = before_words(lang) | after_words(lang)
    if lang in postpositional():
        return frozenset(n for n, w in enumerate(words) if w in by and n and year_of(words[n - 1]))
    articles = DETERMINERS | year_joiners(lang)
    out = set()
    for n, word in enumerate(words):
        if word not in by or (n and words[n - 1] in articles):
            continue
        # any words between, up to the year ('bis Ende 2021', which `_placings` leaves out), but
        # no other such word
        for ahead in words[n + 1 : n + 1 + _GAP]:
            if year_of(ahead) or ahead in by:
                if year_of(ahead):
                    out.add(n)
                break
    return frozenset(out)


@lru_cache(maxsize=32)
def _passed(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The months (English and the language's, cut to four letters) and the words `placings` passes
    over between a before- or after-word and its year: built once a language, not on each of the
    ~5 calls a question makes."""
    months = month_names("en") | month_names(lang)
    parts, fillers = year_words()
    parts = parts | time_table().parts.get(lang, frozenset())
    return months, DETERMINERS | parts | fillers | year_joiners(lang) | {"to"}


def placings(words: Sequence[str], lang: str, by: frozenset[str]) -> list[tuple[int, int, int]]:
    """(year, first word, year's word) of each place the words `by` put a year: `placed_years`."""
    months, passed = _passed(lang)
    post = lang in postpositional()
    out: list[tuple[int, int, int]] = []
    for n, word in enumerate(words):
        if word not in by:
            continue
        if post and n > 0 and (year := year_of(words[n - 1])):
            out.append((year, n - 1, n))
            continue
        at = _past_at(words, n + 1, lambda x: x in passed or x[:4] in months, _GAP)
        if at < len(words) and (year := year_of(words[at])):
            out.append((year, n, at))
    return out


def _past(words: Sequence[str], start: int, passed: Callable[[str], bool], most: int) -> str:
    """The word from `start` on past at most `most` words that `passed` passes over, or ''."""
    at = _past_at(words, start, passed, most)
    return words[at] if at < len(words) else ""


def _past_at(words: Sequence[str], start: int, passed: Callable[[str], bool], most: int) -> int:
    """Where `_past` stops: the index of the word it gives (len(words): none)."""
    at = start
    while at < len(words) and at - start < most and passed(words[at]):
        at += 1
    return at


def year_of(word: str) -> int | None:
    """The year a word is ('2021', Turkish '2021den' with its case ending), or None."""
    return int(word[:4]) if YEAR.match(word) else None
