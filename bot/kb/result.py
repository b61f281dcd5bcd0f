"""What a search answers: the result the faces render, `ask --json` prints and the search worker
sends back. Kept apart from the engine so a face or the worker can hold a result without the
ranking code."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.kb.model import Entry
from bot.kb.smalltalk import SmallTalk


@dataclass(frozen=True)
class Alternative:
    id: str
    kind: str
    title: str
    score: float

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "title": self.title, "score": round(self.score, 4)}


@dataclass
class SearchResult:
    question: str
    answered: bool
    confidence: float
    entry: Entry | None
    alternatives: list[Alternative] = field(default_factory=list)
    # A list question's answer (bot/kb/lists.py): every entry it asks for. `entry` and `answered`
    # still carry the single best answer, so tools that read only those keep working.
    items: list[Entry] = field(default_factory=list)
    # Each item's own sentence naming the place a list asks about (bot/kb/list_why.py), by entry id.
    why: dict[str, str] = field(default_factory=dict)
    # A request for every entry of some kinds ("list every vendor you have") that holds more than a
    # list shows: how many there are in all, and the kinds to browse them by (the face's search).
    total: int = 0
    browse: tuple[str, ...] = ()
    language: str = "en"  # the question's language (ISO 639-1), as detected
    # The message asked several things and the entry answers its first ask (bot/kb/asks.py): that
    # ask, in the member's words, for the card to say plainly that the rest may not be in it.
    partial: str = ""
    # A list of firms asked for by a listing they are NOT on ("Chinese firms not on the Entity List",
    # bot/kb/list_not_on.py): the titles of those rules. The list holds the firms whose cards record
    # no such listing, which does not show they are not listed: the faces say so under the list.
    unrecorded: tuple[str, ...] = ()
    # Not a question but small talk ("hi", "thanks", "what can you do?": bot/kb/smalltalk.py): the
    # faces show its reply, and App.ask keeps it out of the question log. `answered` is False.
    talk: SmallTalk | None = None

    @property
    def as_list(self) -> bool:
        """Whether the faces show the list rather than an entry card: several items, or the only
        one the knowledge base holds when the engine did not already answer with that very entry
        (then its card, with the confidence, is the better answer)."""
        if len(self.items) != 1:
            return bool(self.items)
        return not (self.answered and self.entry is not None and self.entry.id == self.items[0].id)

    @property
    def rateable(self) -> bool:
        """Whether a member may rate this reply: it answered (an entry card or a list). A refusal
        ("I don't have that") is not rated: it already reaches the coordinators as a knowledge gap,
        and a rating on it would count in the summary's "helpful" figures as if it were an answer.
        Small talk is no question at all."""
        return self.talk is None and (self.as_list or (self.answered and self.entry is not None))

    @property
    def more(self) -> int:
        """Entries of the kinds asked for that the list does not show (browse them: `browse`)."""
        return max(0, self.total - len(self.items)) if self.browse else 0

    @property
    def english_note(self) -> bool:
        """The question was not in English: the card says plainly that the entry is in English."""
        return self.language != "en" and self.talk is None

    def to_json(self) -> dict[str, Any]:
        """The stable shape `ask --json` prints and other tools read (`list` only for list answers,
        `small_talk` only for small talk)."""
        shape: dict[str, Any] = {
            "question": self.question,
            "answered": self.answered,
            "confidence": round(self.confidence, 4),
            "entry": self.entry.to_json() if self.entry is not None else None,
            "alternatives": [a.to_json() for a in self.alternatives],
            "language": self.language,
            "english_note": self.english_note,
        }
        if self.items:
            shape["list"] = [
                {"id": e.id, "kind": e.kind, "title": e.title, "summary": e.summary}
                | ({"why": self.why[e.id]} if e.id in self.why else {})
                for e in self.items
            ]
            if self.more:
                shape["more"] = {"total": self.total, "kinds": list(self.browse)}
        if self.partial:
            shape["answered_part"] = self.partial
        if self.unrecorded and self.as_list:  # as every face shows it: under the list only
            shape["unrecorded"] = list(self.unrecorded)
        if self.talk is not None:
            shape["small_talk"] = self.talk.to_json()
        return shape
