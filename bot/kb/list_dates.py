"""When a list question asks for an event in a period ("added to the Entity List in 2021", "sanctioned
in 2024", "fined since 2015"), the year must be the event's, not any year the entry mentions.

An entry qualifies only if one of its clauses (a sentence, or a part of one between semicolons or
after ", and") says the event and dates it in the period (`on_date`: a date right after the event's
words, else the years of its comma-separated part, else the clause's); a sentence without a year of
its own takes the year a dated bullet opens with ("- 3 November 2021: the US added ...").

The event's words are data: the `dated` (else `says`) forms of the topics marked `event` in
data/list_topics.yaml, and the names of a rule the question names (its listings are the event: "firms
on the Entity List since 2021"). Without an event the period keeps matching any year of the entry
(`Entry.years`), as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from functools import lru_cache

from bot.kb import topics
from bot.kb.in_force import applies
from bot.kb.list_periods import OPEN_HI, OPEN_LO
from bot.kb.model import Entry
from bot.kb.place_names import LANGUAGES, key_of, words_of
from bot.kb.role_words import year_words
from bot.kb.time_words import asked_month, time_table, year_of

_YEAR = re.compile(r"(?<!\d)(19[89]\d|20[0-3]\d)(?!\d)")
# A sentence ends at ".", "!" or "?" before a capital or a digit, but not after an initial ("U.S.",
# "J. Smith") or a short abbreviation ("Sec. 889", "Nov. 2021"); a semicolon separates two facts.
_SENTENCE = re.compile(r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z][a-z])[.!?]\s+(?=[A-Z0-9\"“(])|;\s+")
# "fined it $100,000 in 2014, and Milan prosecutors ... seized about EUR 7 million in 2016": a comma
# before a joining word opens another fact with its own date (a list of one fact's dates, "Italy €20m
# in 2022, the Netherlands €30.5m in 2024", stays one clause).
_CLAUSE = re.compile(_SENTENCE.pattern + r"|,\s+(?:and|but|while|whereas|then)\s+")
_PART = re.compile(r",\s+")
# A date right after the event's words (folded): "entity list (3 Nov 2021)", "charged in May 2023",
# "fined it in 2022–2024" (both ends).
# The months' short names, in order ("sep" also reads "sept" and "september": `_month_said`)
_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTHS = "|".join((*_MONTH_NAMES, "sept"))
_DATE_AFTER = re.compile(
    rf"(?:\s(?:it|them|in|on|since|from|of|early|mid|late|\d{{1,2}}|(?:{_MONTHS})[a-z]*)){{0,4}}"
    r"\s(?:19[89]\d|20[0-3]\d)(?:\s(?:19[89]\d|20[0-3]\d))?(?!\d)"
)
# "- 3 November 2021: ...", "- 2013: ...": a bullet whose lead, before its colon, is a date.
_DATED_BULLET = re.compile(r"^\s*[-*]\s+([^:\n]{0,30}?(19[89]\d|20[0-3]\d)[^:\n]{0,12}):")


@lru_cache(maxsize=256)
def event_forms(asked: frozenset[str], rule_keys: tuple[str, ...] = ()) -> re.Pattern[str] | None:
    """The words that say the asked event in an entry (folded), or None when no event is asked."""
    events = [(t.dated or t.says).pattern for t in topics.topics() if t.name in asked and t.event]
    names = [rf"(?<!\w){re.escape(k)}(?!\w)" for k in rule_keys if k]
    parts = events + names
    return re.compile("|".join(parts)) if parts else None


Clause = tuple[frozenset[int], tuple[tuple[str, frozenset[int]], ...]]


@lru_cache(maxsize=4096)
def clauses(title: str, summary: str, body: str) -> tuple[Clause, ...]:
    """Each clause of an entry's text: the years it is dated by, and its comma-separated parts, each
    folded with its own years (memoised by text)."""
    out: list[Clause] = []
    for line in (title, summary, *body.splitlines()):
        lead = _DATED_BULLET.match(line)
        lead_years = _years(lead.group(1)) if lead else frozenset()
        for clause in _CLAUSE.split(line):
            parts = tuple((key_of(part), _years(part)) for part in _PART.split(clause))
            out.append((_years(clause) or lead_years, parts))
    return tuple(out)


def _years(text: str) -> frozenset[int]:
    return frozenset(int(y) for y in _YEAR.findall(text))


def on_date(entry: Entry, event: re.Pattern[str], lo: int, hi: int) -> bool:
    """The entry says the event in a clause dated from lo to hi (inclusive). Where the part of the
    clause saying the event has years of its own, they date it ("searches in Oct 2020, insolvency in
    early 2022, four managers charged on 3 May 2023": the charge is 2023); otherwise the clause's
    years do ("fined Clearview AI ...: Italy €20m in 2022, the Netherlands €30.5m in 2024"). A date
    right after the event's words is its own: "US Entity List (July 2023) and the first US Treasury
    sanctions (March 2024)" lists the firm in 2023, not in 2024."""
    for years, parts in clauses(entry.title, entry.summary, entry.body):
        if not any(lo <= y <= hi for y in years):
            continue
        for text, own in parts:
            for match in event.finditer(text):
                dated = _DATE_AFTER.match(text, match.end())
                when = _years(dated.group(0)) if dated else own or years
                if any(lo <= y <= hi for y in when):
                    return True
    return False


def in_period(entry: Entry, event: re.Pattern[str] | None, lo: int, hi: int, in_force: bool = False) -> bool:
    """The entry belongs to a list narrowed to lo..hi: by the event's date when an event is asked,
    otherwise by any year the entry mentions. A period open at one end ('before 2020', 'since 2022')
    asks what applied then: never a rule that began to apply after it or had stopped before it (its
    card's dates: 'EU rules before 2020' is no 2024 guideline whose history goes back to 2023). A
    closed one names events ('the rules that came out of Wassenaar's 2013 controls'), unless the
    question asks the rules in force then (`in_force`: 'which rules applied in 2015?' is no 2022 EAR
    rule, and is Regulation 428/2009, in force 2009-2021, whatever years its text mentions). What
    was in force is a rule that applies (in_force.py `applies`): no report, inquiry or campaign."""
    if in_force and not applies(entry):
        return False
    if (lo <= OPEN_LO or hi >= OPEN_HI or in_force) and (
        (entry.began or lo) > hi or (entry.ended or hi) < lo
    ):
        return False
    if in_force and event is None and entry.began is not None:
        return hi >= OPEN_HI or lo <= date.today().year  # no card tells what will apply in 2030
    if event is None:
        return any(lo <= y <= hi for y in entry.years)
    return on_date(entry, event, lo, hi)


# A month asked alone is asked in a few words besides its date ("spyware discovered in June 2022,
# anything?", "September of 2020, what's filed under it", "what came out of Washington in late March
# 2023"); a longer question describes one thing ("the firms blacklisted in October 2019 for Xinjiang ...")
DATED_WORDS = 6
# ... and everything from a year on in fewer still: "what happened since 2025?", "anything since 2024?"
SINCE_WORDS = 3


# "what did the US do in 2023 on spyware?", "what did the US government do in March 2023?": what an
# authority or a country did in a period is the record of its acts then, as "what has the EU done"
_DID = re.compile(r"^what did (the )?(\w+ ){1,3}do\b")


def did_then(plain: str, years: tuple[int, int] | None) -> bool:
    """Whether a question asks what someone did in a period (one year, or a month of it): the acts of
    that time, a list; without a period ("what did the US do about NSO?") it asks of one act."""
    return years is not None and years[0] == years[1] and _DID.search(plain) is not None


def own_acts(
    pool: Sequence[Entry], wording: str, years: tuple[int, int] | None, texts: Mapping[str, str]
) -> list[Entry]:
    """Asked what someone did in a period ("what did the EU do in 2021?"), the rules that are its own
    acts: never a citizens' campaign or a multilateral regime (data/time_words.yaml `not_own_forms`:
    Reclaim Your Face is no act of the EU, nor Wassenaar's a US or EU act); asked of one of its bodies
    ("what did the European Parliament do in 2023?"), only the cards naming that body (`texts`, folded
    as `topics.entry_text`). Any other question keeps its pool."""
    plain = " ".join(words_of(wording))
    said = _DID.search(plain)
    if said is None or not did_then(plain, years):
        return list(pool)
    table = time_table()
    body = [w for w in words_of(said.group(0)) if w in table.did_bodies]
    return [
        e
        for e in pool
        if e.kind != "rule"
        or (e.form not in table.not_own_forms and all(f" {w} " in f" {texts.get(e.id, '')} " for w in body))
    ]


def month_only(
    words: Sequence[str], english: str | None, years: tuple[int, int] | None, openers_not: frozenset[str]
) -> bool:
    """Whether a question naming nothing asks for everything a month of one year dates ("anything
    published in April 2023?"), or everything from a year on ("what happened since 2025?"): in a few
    words, not opened by a word asking one thing of that month (`openers_not`: "who was arrested in
    May 2024?"), in the question or its English reading."""
    opener = {words[0], *words_of(english or "")[:1]} if words else set()
    undated = [] if years is None else _undated(words, years[0])
    if opener & openers_not or years is None or len(undated) > DATED_WORDS:
        return False
    if set(undated) & time_table().personal_words:  # "my flight on April '23": the member's own, no list
        return False
    # "what happened since 2025?", "2025'ten beri neler oldu?": everything dated from a year on, asked
    # in the fewest words ("uk licensing since dec 2021, what's different" asks of one thing)
    since = years[1] >= OPEN_HI and years[0] > OPEN_LO and len(undated) <= SINCE_WORDS
    return since or month_asked(words, english, years) is not None


def _undated(words: Sequence[str], year: int) -> list[str]:
    """The words of a question besides its date: the year, its month, a day, a part of the month ('late
    March 2023') and the little words between ('September of 2020', 'marzo de 2024')."""
    joiners, parts = time_table().month_joiners, year_words()[0]
    return [
        w
        for w in words
        if not (
            year_of(w)
            or w.isdigit()
            or w in joiners
            or w in parts
            or _month_word(w, year, LANGUAGES)
            or w in time_table().month_spans
            or w in _since_words()
        )
    ]


def warm_up() -> None:
    """Read the since-words and every language's month names now (lists.warm_up), not on the first
    member's "what happened since 2025?"."""
    _undated(("june", "since", "2022"), 2022)


@lru_cache(maxsize=1)
def _since_words() -> frozenset[str]:
    """Every language's words opening a period at a year ('since', 'seit', Turkish 'beri')."""
    return frozenset().union(*time_table().after.values())


def month_asked(words: Sequence[str], english: str | None, years: tuple[int, int] | None) -> Months | None:
    """The months a list question names before its one year, first and last ("cases that broke in
    December 2021", "June or July 2022", "spring 2025", "Q3 2022"), as written or in the engine's
    English reading of it ("parus en juin 2022"); None: no month, or a period of several years."""
    if years is None or years[0] != years[1]:
        return None
    # the question's own words in any campaign language ("Allt från oktober 2019"), then its reading
    said = _span(words, years[0], LANGUAGES)
    return said or (_span(words_of(english), years[0], ()) if english else None)


# The first and last month of a question's one year (1-12)
Months = tuple[int, int]


def _span(words: Sequence[str], year: int, langs: tuple[str, ...]) -> Months | None:
    """`month_asked` in one reading: a part of the year just before it ('spring 2025', 'the summer of
    2022'), else the month just before it (time_words.asked_month), back to a month two words before
    it after a joining word ('June or July 2022', 'de junio a julio de 2022')."""
    table = time_table()
    for n, word in enumerate(words):
        if year_of(word) != year:
            continue
        at = n - 1
        at -= at >= 1 and words[at] in table.month_joiners  # 'the summer of 2022', 'primavera de 2024'
        if at >= 0 and (part := table.month_spans.get(words[at])):
            return part
    last = asked_month(words, year, langs=langs)
    if last is None:
        return None
    for n in range(2, len(words)):
        if (
            words[n - 1] in table.range_joiners
            and _month_word(words[n], year, langs) == last
            and (first := _month_word(words[n - 2], year, langs))
            and first < last
        ):
            return first, last
    return last, last


def _month_word(word: str, year: int, langs: tuple[str, ...]) -> int | None:
    """The month a word names, as `asked_month` reads one before the year."""
    return asked_month((word, str(year)), year, langs=langs)


@lru_cache(maxsize=64)
def _month_said(year: int, months: Months) -> re.Pattern[str]:
    """A date in those months in folded text: "june 2022", "16 june 2022", "jun 16 2022"."""
    names = "|".join(_MONTH_NAMES[m - 1] for m in range(months[0], months[1] + 1))
    return re.compile(rf"(?<!\w)(?:{names})[a-z]*(?:\s\d{{1,2}})?\s{year}(?!\d)")


def in_month(entry: Entry, event: re.Pattern[str] | None, year: int, month: Months) -> bool:
    """The entry dates a fact in those months of that year (the event's, when one is asked): a clause
    saying the month ("in June 2022 Lookout reported ..."), or one with no year of its own under a
    bullet that opens with it ("- 11 April 2023: ..."). A month no card dates leaves the list empty,
    never the whole year's."""
    said = _month_said(year, month)
    for lead, clauses in _lines(entry.title, entry.summary, entry.body):
        dated_lead = lead is not None and bool(said.search(lead))
        for text, yearless in clauses:
            if (said.search(text) or (dated_lead and yearless)) and (event is None or event.search(text)):
                return True
    return False


# a line as `in_month` reads it: its dated bullet's lead, and its clauses, each with whether it is yearless
Line = tuple[str | None, tuple[tuple[str, bool], ...]]


@lru_cache(maxsize=4096)
def _lines(title: str, summary: str, body: str) -> tuple[Line, ...]:
    """Each line of an entry's text as `in_month` reads it: its dated bullet's lead, folded (None: no
    such lead), and its clauses, folded, each with whether it has no year of its own (memoised by
    text: each month asked folded every clause of every card again, ~6 ms a card profiled)."""
    out: list[Line] = []
    for line in (title, summary, *body.splitlines()):
        lead = _DATED_BULLET.match(line)
        clauses = tuple((key_of(clause), not _years(clause)) for clause in _CLAUSE.split(line))
        out.append((key_of(lead.group(1)) if lead else None, clauses))
    return tuple(out)


def narrow(
    pool: Iterable[Entry],
    asked: frozenset[str],
    rules: Sequence[str],
    keys: Mapping[str, Sequence[str]],
    years: tuple[int, int],
    in_force: bool = False,
    month: Months | None = None,
) -> list[Entry]:
    """The entries of a list narrowed to a period. A rule the question names dates a vendor by its
    listing under it ("vendors added to the Entity List in 2021"); a case or a rule keeps its own
    years for it, since a case from 2021 that mentions the Entity List is still a case of 2021."""
    lo, hi = years
    event = event_forms(asked)
    # a rule said, a firm is dated by its listing under that rule: "who did Commerce add to its
    # blacklist in 2021" is no firm a Treasury investment blacklist took in that year
    rule_keys = tuple(k for rule in rules for k in keys.get(rule, ()))
    listing = event_forms(frozenset() if rule_keys else asked, rule_keys)
    dating = [(e, listing if e.kind == "vendor" else event) for e in pool]
    kept = [(e, by) for e, by in dating if in_period(e, by, lo, hi, in_force)]
    return [e for e, by in kept if month is None or in_month(e, by, lo, month)]
