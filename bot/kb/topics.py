"""What a list question is about beyond kind, place, technology and period: who was targeted
("journalists", "Oppositionelle"), how a case came out ("leaks"), what happened to a company
("renamed", "charged") and who documented it ("Citizen Lab", "Amnesty").

The vocabulary is data (`data/list_topics.yaml`): how members ask, in every campaign language, and how
the entries' English titles and summaries say it. A topic narrows a list to the entries whose title
or summary says it, the text members read, so the list shows why each entry is on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from bot.kb.model import Entry
from bot.kb.place_names import key_of

_UNSPACED = re.compile(r"[\u0600-\u06ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _pattern(forms: list[str]) -> re.Pattern[str]:
    """Whole words or phrases; a form ending in "*" also matches longer words starting with it."""
    parts = []
    for form in forms:
        stem = form.endswith("*")
        text = re.escape(key_of(form.rstrip("*")))
        # Scripts without spaces, and Arabic's attached article ("الصحفيين"): no boundary before.
        start = "" if _UNSPACED.search(form) else r"(?<!\w)"
        parts.append(f"{start}{text}" if stem else rf"{start}{text}(?!\w)")
    return re.compile("|".join(parts))


def _literals(forms: list[str]) -> tuple[str, ...]:
    """The text each form's pattern (`_pattern`) matches literally, whatever comes around it."""
    return tuple(key_of(form.rstrip("*")) for form in forms)


@dataclass(frozen=True)
class Topic:
    name: str
    ask: re.Pattern[str]  # in the question (folded, lower-cased words joined by spaces)
    says: re.Pattern[str]  # in an entry's title and summary, the same way
    organisation: bool = False  # who documented it, rather than what it is about
    # The forms' literal text: a pattern can match only where one of its forms is (a substring test
    # is far cheaper than the pattern's search: ~1 ms a question over all topics, ~2 ms a list).
    ask_forms: tuple[str, ...] = ()
    says_forms: tuple[str, ...] = ()
    # Something that happens on a date (charged, fined, sanctioned): a list narrowed to a period wants
    # the event dated in it, not any year of the entry (bot/kb/list_dates.py).
    event: bool = False
    # How entries date the event, where `says` is wider than the event ("prosecutor" is no charge).
    dated: re.Pattern[str] | None = None
    # Words that ask for the event only to date a list ("got on the blacklist in 2023"), not as a topic.
    dating: re.Pattern[str] | None = None
    # A newsroom (Haaretz, WIRED): what it reported is told in an entry's body or cited among its
    # sources, rather than in the title and summary a campaign group's findings are (`entry_text`).
    cited: bool = False


@lru_cache(maxsize=1)
def topics() -> tuple[Topic, ...]:
    """Every topic and organisation of data/list_topics.yaml, compiled once."""
    path = Path(__file__).with_name("data") / "list_topics.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return tuple(
        Topic(
            name,
            _pattern(v["ask"]),
            _pattern(v["says"]),
            group == "organisations",
            _literals(v["ask"]),
            _literals(v["says"]),
            bool(v.get("event", False)),
            _pattern(v["dated"]) if "dated" in v else None,
            _pattern(v["dating"]) if "dating" in v else None,
            bool(v.get("cited", False)),
        )
        for group in ("topics", "organisations")
        for name, v in data[group].items()
    )


# Who documented things, as opposed to what they are about ("Citizen Lab" vs "journalists").
ORGANISATIONS = frozenset(t.name for t in topics() if t.organisation)


@lru_cache(maxsize=1)
def _together() -> frozenset[str]:
    path = Path(__file__).with_name("data") / "list_topics.yaml"
    return frozenset(key_of(w) for w in yaml.safe_load(path.read_text(encoding="utf-8"))["together"])


def warm_up() -> None:
    """Read the topics and the words saying 'together' now (lists.warm_up): the first question asking
    what organisations did together paid ~0.3 s of YAML for `_together`."""
    topics()
    _together()


def jointly(plain: str, asked: frozenset[str]) -> bool:
    """The question asks what two organisations or more did together ("Citizen Lab and Microsoft
    exposed ... together"): every one of them must be said, not any (`says` reads "Amnesty or HRW")."""
    return len(asked & ORGANISATIONS) > 1 and not _together().isdisjoint(plain.split())


def says_each(entry_text: str, wanted: frozenset[str]) -> bool:
    """The entry says every organisation wanted (`jointly`)."""
    return all(_says(t, entry_text) for t in topics() if t.name in wanted and t.organisation)


@lru_cache(maxsize=256)
def asked(plain: str) -> frozenset[str]:
    """The topics a question asks about (`plain`: its folded words joined by spaces). Memoised: a
    list question's words and its English reading's are often the same (lists.py, list_english.py)."""
    return frozenset(t.name for t in topics() if any(f in plain for f in t.ask_forms) and t.ask.search(plain))


@lru_cache(maxsize=256)
def dating(plain: str) -> frozenset[str]:
    """The events a question names only to date a list by ("who got on the blacklist in 2023?")."""
    return frozenset(t.name for t in topics() if t.dating is not None and t.dating.search(plain))


def says(entry_text: str, wanted: frozenset[str]) -> bool:
    """An entry's folded title and summary say what is wanted: one of the organisations asked about
    (if any), and one of the other topics asked about (if any) - "Amnesty or HRW", "journalists"."""
    return all(not want or any(_says(t, entry_text) for t in want) for want in _wanted(wanted))


@lru_cache(maxsize=256)
def _wanted(wanted: frozenset[str]) -> tuple[tuple[Topic, ...], tuple[Topic, ...]]:
    """The organisations wanted, then the other topics wanted: worked out once, not per entry."""
    asked = [t for t in topics() if t.name in wanted]
    return tuple(t for t in asked if t.organisation), tuple(t for t in asked if not t.organisation)


def _says(topic: Topic, entry_text: str) -> bool:
    if not topic.cited:  # the title and summary only, not what `entry_text` adds after them
        entry_text = entry_text.split(CITED, 1)[0]
    return any(f in entry_text for f in topic.says_forms) and topic.says.search(entry_text) is not None


# Between what members read first (title, summary) and the body and publishers cited, which only a
# newsroom's topic reads (`Topic.cited`): a mark no folded text holds.
CITED = " \x00 "


def entry_text(entry: Entry) -> str:
    """The text a topic is looked for in: what members read first, folded like the question; then,
    after `CITED`, the body and the publishers of its sources (a newsroom's reporting)."""
    cited = " ".join((entry.body, *(s.publisher for s in entry.sources)))
    return key_of(f"{entry.title} {entry.summary}") + CITED + key_of(cited)
