"""The entry schema: one pydantic model shared by `kb check`, search and every face."""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

Kind = Literal["rule", "vendor", "case"]
# What a rule entry is (knowledge/README.md): "rules" holds binding laws and listings beside the reports,
# inquiries and campaigns about them, and "which laws ...?" and "which reports ...?" want different ones.
Form = Literal["law", "regime", "guidance", "sanctions", "report", "inquiry", "campaign"]
KINDS: tuple[str, ...] = ("rule", "vendor", "case")
# The folder each kind lives in; `kb check` insists they agree.
FOLDERS: dict[str, str] = {"rules": "rule", "vendors": "vendor", "cases": "case"}

SUMMARY_MAX = 300
TITLE_MAX = 256
DESCRIPTION_MAX = 4096  # Discord's embed description limit


def _check_date(value: str) -> str:
    if not DATE_RE.match(value):
        raise ValueError(f"date {value!r} must be YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def _coerce_date(value: object) -> object:
    """YAML turns unquoted 2020 into an int and 2020-09-21 into a date; accept both, check the shape."""
    if isinstance(value, (datetime.date, int)):
        value = value.isoformat() if isinstance(value, datetime.date) else str(value)
    return _check_date(value) if isinstance(value, str) else value


class Source(BaseModel):
    """Where a fact comes from, never firmer than the research brief.

    A source has a `title` (the piece's real headline) or a `label` (a description, shown in square
    brackets) - never both, so a member can tell a quotable headline from our own description. It has a
    `date` (as partial as the brief gives it; `circa` when the brief says "about") or says `undated`.
    `url` only when it is the originating publisher's own page (`kb check` holds it to publishers.yaml).
    """

    model_config = ConfigDict(extra="forbid")

    publisher: str = Field(min_length=1)
    title: str | None = Field(default=None, min_length=1)
    label: str | None = Field(default=None, min_length=1)
    date: str | None = None
    circa: bool = False
    undated: bool = False
    url: str | None = None

    @field_validator("label")
    @classmethod
    def _one_name(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is not None and info.data.get("title") is not None:
            raise ValueError("a source has a title (its real headline) or a label (a description), not both")
        return value

    @field_validator("date", mode="before")
    @classmethod
    def _date(cls, value: object) -> object:
        return None if value is None else _coerce_date(value)

    @field_validator("circa")
    @classmethod
    def _circa(cls, value: bool, info: ValidationInfo) -> bool:
        if value and info.data.get("date") is None:
            raise ValueError("circa: true needs a date (the year the brief says 'about')")
        return value

    @field_validator("undated")
    @classmethod
    def _undated(cls, value: bool, info: ValidationInfo) -> bool:
        if value and info.data.get("date") is not None:
            raise ValueError("an undated source has no date: remove the date or undated: true")
        return value

    @field_validator("url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        if value is not None and not re.match(r"^https?://\S+$", value):
            raise ValueError(f"url {value!r} must start with http:// or https://")
        return value

    @model_validator(mode="after")
    def _complete(self) -> Source:
        if self.title is None and self.label is None:
            raise ValueError("needs a title (the real headline) or a label (a description)")
        if self.date is None and not self.undated:
            raise ValueError("needs a date (YYYY, YYYY-MM or YYYY-MM-DD) or undated: true")
        return self

    @property
    def name(self) -> str:
        """The title or the label, whichever the source has."""
        return self.title or self.label or ""

    @property
    def when(self) -> str:
        """The date as honest text: '2018-03', 'c. 2018' or 'undated'."""
        if self.date is None:
            return "undated"
        return f"c. {self.date}" if self.circa else self.date


def _str_list(value: object) -> object:
    """`aliases:` left empty in YAML is None; a lone string is a one-item list; numbers are text."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) if isinstance(v, (int, float)) else v for v in value] if isinstance(value, list) else value


class Measure(BaseModel):
    """One measure of a rule entry that holds several: the names members call it by, its firms, and
    why the authority says it named them (`reasons`, from the vocabulary in data/list_words.yaml), so
    "firms on the Entity List for human rights reasons" lists only the firms listed for that reason,
    and which body took it (`by`), so "firms the Treasury sanctioned" lists only Treasury's.
    A measure members have no name for (one listing of several) has no names but gives its reasons."""

    model_config = ConfigDict(extra="forbid")

    names: list[str] = Field(default_factory=list)
    firms: list[str] = Field(default_factory=list)
    reasons: list[str] = Field(default_factory=list)
    # the bodies that took it (data/list_words.yaml `authority_bodies`), where the card's facts say so:
    # "blacklisted by the Commerce Department" lists only the firms of Commerce's measures
    by: list[str] = Field(default_factory=list)


class Entry(BaseModel):
    """One knowledge entry (a rule, a vendor or a case) as written in its Markdown file."""

    model_config = ConfigDict(extra="forbid")

    id: str
    kind: Kind
    title: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    summary: str = Field(min_length=1)
    body: str = ""
    status: Literal["established", "alleged", "contested"]
    countries: list[str] = Field(default_factory=list)
    # A case's countries where the technology was sold to, deployed or used against people: a subset
    # of `countries`, which also name the vendors' homes and the courts. None = not yet reviewed;
    # [] = reviewed, the sources name no such place.
    destinations: list[str] | None = None
    # A case's linked firms whose own gear the sources do not place at its destinations (an exiled
    # politician's phone also held Pegasus, its operator unknown): no sale or use there by them.
    firms_not_at_destinations: list[str] = Field(default_factory=list)
    # A case's destinations (a vendor's countries) where only people were hit (victims abroad, an
    # unnamed customer's targets): used against people there, but no source says sold or run there.
    targeted_only: list[str] = Field(default_factory=list)
    # A vendor's countries that are no destination of its gear: offices and subsidiaries, a regulator
    # or court, a distributor it passed through (Allot's Danish relabeller on the way to Iran), a
    # customer the sources leave ambiguous ("sold to or pitched": an offer is no sale).
    other_ties: list[str] = Field(default_factory=list)
    # A vendor's places its card's text gives as where its gear went, that only list answers read
    # ("which firms sold to Syria?"): not in `countries`, which the single answers weigh (Trovicor's
    # centres "reportedly in Egypt, Syria and Yemen" would compete there with the firms sold there).
    list_destinations: list[str] = Field(default_factory=list)
    # A rule entry holding several measures: each measure's names (the entry's aliases) and the firms
    # that measure names, so "firms under NDAA 889" are not every firm the entry links to.
    measures: list[Measure] = Field(default_factory=list)
    form: Form | None = None  # rules only: law, regime, guidance, sanctions, report, inquiry, campaign
    # A rule that no longer applies (knowledge/README.md "Replaced rules"): the date it stopped and the
    # entry of the rule that replaced it, so "the EU rules until late 2021" asks for the one that ended
    # then, not the regime with the oldest years nor the rule that began then.
    in_force_until: str | None = None
    # The date a rule began to apply, as its card states it ("Rules in time"): "the US rules before
    # 2022" cannot be a rule in force from March 2022, whatever years its history names.
    in_force_from: str | None = None
    replaced_by: str | None = None
    technologies: list[str] = Field(default_factory=list)
    years: list[int] = Field(default_factory=list)
    related: list[str] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    last_reviewed: str
    # Notes for editors about the research (gaps, conflicts to re-check); never rendered or served.
    editor_notes: str | None = None
    path: Path | None = Field(default=None, exclude=True)

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        if not ID_RE.match(value):
            raise ValueError(f"id {value!r} must be lowercase letters, digits and hyphens")
        return value

    @field_validator(
        "aliases",
        "countries",
        "technologies",
        "related",
        "firms_not_at_destinations",
        "targeted_only",
        "other_ties",
        "list_destinations",
        mode="before",
    )
    @classmethod
    def _list_of_str(cls, value: object) -> object:
        return _str_list(value)

    @field_validator("destinations", mode="before")
    @classmethod
    def _destinations(cls, value: object) -> object:
        # Left empty (null: an entry dumped before review) it stays None; "none" is written [].
        return None if value is None else _str_list(value)

    @field_validator("years", mode="before")
    @classmethod
    def _years(cls, value: object) -> object:
        if value is None:
            return []
        return [value] if isinstance(value, int) else value

    @field_validator("last_reviewed", mode="before")
    @classmethod
    def _reviewed(cls, value: object) -> object:
        return _coerce_date(value)

    @field_validator("in_force_until", "in_force_from", mode="before")
    @classmethod
    def _until(cls, value: object) -> object:
        return None if value is None else _coerce_date(value)

    @property
    def ended(self) -> int | None:
        """The year a rule stopped applying, if it has."""
        return int(self.in_force_until[:4]) if self.in_force_until else None

    @property
    def began(self) -> int | None:
        """The year a rule began to apply, where its card states it."""
        return int(self.in_force_from[:4]) if self.in_force_from else None

    def to_json(self) -> dict[str, Any]:
        """The stable entry shape other tools read (`ask --json`, `kb list --json`)."""
        return {
            "id": self.id,
            "kind": self.kind,
            "title": self.title,
            "aliases": list(self.aliases),
            "summary": self.summary,
            "body": self.body,
            "status": self.status,
            "countries": list(self.countries),
            "technologies": list(self.technologies),
            "years": list(self.years),
            "last_reviewed": self.last_reviewed,
            "sources": [
                {
                    "publisher": s.publisher,
                    "title": s.title,
                    "label": s.label,
                    "date": s.date,
                    "circa": s.circa,
                    "undated": s.undated,
                    "url": s.url,
                }
                for s in self.sources
            ],
        }


class EntrySource(Protocol):
    """The slice of the knowledge service that tips and summaries read: the loaded entries. A Protocol,
    so those services depend on this one method, not on search and its indexes (tests pass a list)."""

    def entries(self) -> Sequence[Entry]: ...


class EntryLabel(Protocol):
    """What a face shows of an entry or of a search's alternative (a "did you mean"): id, title, kind."""

    @property
    def id(self) -> str: ...

    @property
    def title(self) -> str: ...

    @property
    def kind(self) -> str: ...
