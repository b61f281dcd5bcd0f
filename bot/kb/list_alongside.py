"""A list of what one act took in together with a named firm ("which firms were sanctioned together
with Intellexa?", "who was blacklisted alongside NSO?", "added to the Entity List along with
Candiru"): the firms the same act (an event topic, or the listings of a rule the question names)
took in when it took in the named one, i.e. in the year(s) the named firm's card dates it
(bot/kb/list_dates.py). The named firm narrows by its date, not by being mentioned: Candiru's card
does not name NSO, and read as a name to mention, "alongside NSO" kept only the cards naming NSO.

The words that say "together with" are data (`data/list_words.yaml`, `alongside_words`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache

from bot.kb.list_dates import event_forms, on_date
from bot.kb.list_names import NameTable
from bot.kb.place_names import list_words


@lru_cache(maxsize=1)
def _phrases() -> tuple[str, ...]:
    return tuple(f" {p} " for p in list_words()["alongside_words"])


def companion(plain: str, named: set[str], names: NameTable) -> str | None:
    """The one firm named right after a "together with" phrase (of the question's folded words), or
    None: "which firms were sanctioned together with Intellexa?" -> intellexa-cytrox."""
    text = f" {plain} "
    for phrase in _phrases():
        at = text.find(phrase)
        if at < 0:
            continue
        after = names.named(" ".join(text[at + len(phrase) :].split()[:4]))
        firms = [n for n in after if n in named and names.by_id[n].kind == "vendor"]
        if len(firms) == 1:
            return firms[0]
    return None


def years_of(
    firm: str,
    asked: frozenset[str],
    rules: Sequence[str],
    keys: Mapping[str, Sequence[str]],
    names: NameTable,
) -> tuple[int, int] | None:
    """The year the firm's card dates the act asked about (an event topic, or a named rule's
    listings), as a (year, year) period, or None when no act is asked or the card dates none or
    several years (acts of different years are not told apart)."""
    event = event_forms(asked, tuple(k for rule in rules for k in keys.get(rule, ())))
    if event is None:
        return None
    entry = names.by_id[firm]
    years = sorted(y for y in set(entry.years) if on_date(entry, event, y, y))
    # one year, one act: Intellexa's card dates its Entity List entry (2023) and its Treasury
    # sanctions (2024); read as 2023-2024, "listed alongside Intellexa" took in Sandvine (Entity List,
    # 2024), whom no act took in with it (attack29). Acts of several years are not told apart here.
    return (years[0], years[0]) if len(years) == 1 else None


def acts_of(firm: str, years: tuple[int, int], names: NameTable) -> list[str]:
    """The rules the firm's card links that it dates the firm's listing by in those years: the act
    that took it in ("US Entity List (3 Nov 2021), together with NSO Group"). Another act of the
    same year (a Treasury investment blacklist in Dec 2021) took in other firms, not "alongside" it."""
    entry = names.by_id[firm]
    rules = [r for r in entry.related if r in names.by_id and names.by_id[r].kind == "rule"]
    return [
        r
        for r in rules
        if (keys := event_forms(frozenset(), tuple(names.keys.get(r, ())))) is not None
        and on_date(entry, keys, *years)
    ]
