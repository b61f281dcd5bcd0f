"""The search filters, declared once: what each one is called, how typed text becomes its value, and
which entries it keeps.

Every face reads this declaration (the console's `key=value` words, the CLI's `--key` options, the
Discord option descriptions, the footer that names the filters in use, the values offered as a
member types) and every search takes one `Filters` value, so a new filter is a new field here plus,
for Discord, one slash-command option.

A search travels inside Discord buttons (custom ids), which outlive the code that posted them. So a
search is written by filter *name* under a version prefix ("s2:"); a name this code does not know
is refused politely, a name it knows but the button lacks is simply unset, and the positional
format of the first version ("kind|country|technology|year|query") is still read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, fields
from typing import Any, cast
from urllib.parse import parse_qsl, urlencode

from bot.errors import InvalidInput
from bot.i18n import N_, _
from bot.kb.model import KINDS, Entry
from bot.kb.text import name_key

FilterValue = str | int
STALE_SEARCH = N_("That search page is not valid any more. Please run /search again.")
VERSION = "s2:"  # the by-name format; the first (positional) format has no prefix
QUERY_KEY = "q"  # the search words inside an encoded search (no filter may be called this)
VALUE_MAX = 60  # longest filter value a member may type (Discord's option limit too)


def _words(value: str) -> str:
    """Free text as one line of single spaces (a filter value is compared, never shown raw)."""
    return " ".join(value.split())[:VALUE_MAX]


def _kind(value: str) -> str:
    value = value.strip().lower()
    if value not in KINDS:
        raise InvalidInput(_("kind must be one of {kinds}.").format(kinds=", ".join(KINDS)))
    return value


def _year(value: str) -> int:
    value = value.strip()
    if not value.isdigit() or len(value) > 4:
        raise InvalidInput(_("year must be a number like 2019."))
    return int(value)


@dataclass(frozen=True)
class FilterSpec:
    """One filter as every face sees it: its help text, an example, how text becomes its value, and
    whether an entry passes it."""

    help: str
    example: str
    keeps: Callable[[Entry, Any], bool]
    parse: Callable[[str], FilterValue] = _words
    choices: tuple[str, ...] = ()  # a closed list a face may offer as a menu


def _spec(
    help: str,
    example: str,
    keeps: Callable[[Entry, Any], bool],
    parse: Callable[[str], FilterValue] = _words,
    choices: tuple[str, ...] = (),
) -> Any:
    """A dataclass field of `Filters` carrying its FilterSpec (unset by default)."""
    return field(default=None, metadata={"spec": FilterSpec(help, example, keeps, parse, choices)})


@dataclass(frozen=True)
class Filters:
    """The filters of one search; None means "not filtered by this"."""

    kind: str | None = _spec("Only rules, vendors or cases", "vendor", lambda e, v: e.kind == v, _kind, KINDS)
    country: str | None = _spec(
        "Only entries about this country",
        "China",
        lambda e, v: name_key(v) in {name_key(c) for c in e.countries},
    )
    technology: str | None = _spec(
        "Only this technology",
        '"facial recognition"',
        lambda e, v: v.casefold() in {t.casefold() for t in e.technologies},
    )
    year: int | None = _spec("Only entries about this year", "2019", lambda e, v: v in e.years, _year)

    def accepts(self, entry: Entry) -> bool:
        return all(spec_of(name).keeps(entry, value) for name, value in self.items())

    @property
    def any(self) -> bool:
        return bool(self.chosen())

    def items(self) -> Iterator[tuple[str, FilterValue]]:
        """(name, value) of the filters in use, in declaration order."""
        for f in fields(self):
            value = getattr(self, f.name)
            if value is not None and value != "":
                yield f.name, cast(FilterValue, value)

    def chosen(self) -> dict[str, FilterValue]:
        return dict(self.items())

    def shown(self) -> dict[str, str]:
        """The filters in use as text, for a footer or heading ("kind=vendor, year=2019")."""
        return {name: str(value) for name, value in self.items()}

    @classmethod
    def parse(cls, typed: Mapping[str, str]) -> Filters:
        """Filters from typed text by name; empty values are unset, a bad value is a polite error."""
        values: dict[str, FilterValue] = {}
        for name, text in typed.items():
            if name not in NAMES:
                raise InvalidInput(
                    _("Unknown filter {name}; filters are {names}.").format(
                        name=repr(name), names=", ".join(NAMES)
                    )
                )
            if text.strip():
                values[name] = spec_of(name).parse(text)
        return cls(**values)  # type: ignore[arg-type]  # each value parsed by its own field's spec

    @classmethod
    def of(cls, **typed: str | int | None) -> Filters:
        """Filters from a face's typed options (None and '' are unset)."""
        return cls.parse({k: str(v) for k, v in typed.items() if v is not None})


NAMES: tuple[str, ...] = tuple(f.name for f in fields(Filters))
NO_FILTERS = Filters()


def spec_of(name: str) -> FilterSpec:
    return cast(FilterSpec, next(f for f in fields(Filters) if f.name == name).metadata["spec"])


def specs() -> list[tuple[str, FilterSpec]]:
    return [(name, spec_of(name)) for name in NAMES]


def _from_button(typed: dict[str, str]) -> Filters:
    """A button's filters; a value no longer valid is a stale button, not the member's typing."""
    try:
        return Filters.parse(typed)
    except InvalidInput:
        raise InvalidInput(_(STALE_SEARCH)) from None


@dataclass(frozen=True)
class SearchQuery:
    """A /search: the words and the filters; what a paging button carries."""

    query: str
    filters: Filters = NO_FILTERS

    def encode(self) -> str:
        """Compact text by name, versioned ("s2:q=cameras&kind=vendor")."""
        pairs = [(QUERY_KEY, self.query), *((k, str(v)) for k, v in self.filters.items())]
        return VERSION + urlencode(pairs)

    @classmethod
    def decode(cls, state: str) -> SearchQuery:
        """Read any format ever posted; anything else is the polite "run /search again"."""
        if not state.startswith(VERSION):
            return cls._decode_v1(state)
        try:
            pairs = parse_qsl(state[len(VERSION) :], keep_blank_values=True, strict_parsing=True)
        except ValueError:
            raise InvalidInput(_(STALE_SEARCH)) from None
        typed = dict(pairs)
        query = typed.pop(QUERY_KEY, None)
        if query is None or len(typed) != len(pairs) - 1 or set(typed) - set(NAMES):
            raise InvalidInput(_(STALE_SEARCH))
        return cls(query, _from_button(typed))

    @classmethod
    def _decode_v1(cls, state: str) -> SearchQuery:
        """Buttons posted before filters were named: kind|country|technology|year|query."""
        parts = state.split("|", 4)
        if len(parts) != 5 or (parts[0] and parts[0] not in KINDS) or (parts[3] and not parts[3].isdigit()):
            raise InvalidInput(_(STALE_SEARCH))
        kind, country, technology, year, query = parts
        typed = {"kind": kind, "country": country, "technology": technology, "year": year}
        return cls(query, _from_button(typed))


# The free-text filters whose values a face may offer as the member types, and the field they read.
SUGGESTED_FROM = {"country": "countries", "technology": "technologies"}


def suggested_values(entries: Iterable[Entry], name: str, typed: str, limit: int) -> list[str]:
    """Values of filter `name` that entries actually carry (a value none has would filter every
    entry out), for a face to offer as the member types: those starting with the typed text first,
    then those containing it, each group alphabetical."""
    values = sorted({v for entry in entries for v in getattr(entry, SUGGESTED_FROM[name])}, key=str.casefold)
    typed = typed.casefold().strip()
    starts = [v for v in values if v.casefold().startswith(typed)]
    contains = [v for v in values if typed in v.casefold() and not v.casefold().startswith(typed)]
    return (starts + contains)[:limit]
