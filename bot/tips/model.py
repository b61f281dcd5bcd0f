"""The tip vocabulary shared by every face: states, allowed transitions (and so which actions a
review card offers), ids and the shapes returned.

Views returned to faces are plain dataclasses, never ORM rows, so nothing lazy-loads later and a
face cannot accidentally reach a column (like the receipt hash) it should not show.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from typing import overload

from bot.clock import as_utc, shown_time
from bot.i18n import N_

NEW = "new"
CLAIMED = "claimed"
NEEDS_INFO = "needs_info"
ACCEPTED = "accepted"
REJECTED = "rejected"
DUPLICATE = "duplicate"
VOID = "void"

STATUSES: tuple[str, ...] = (NEW, CLAIMED, NEEDS_INFO, ACCEPTED, REJECTED, DUPLICATE, VOID)
OPEN_STATUSES: frozenset[str] = frozenset({NEW, CLAIMED, NEEDS_INFO})
CLOSED_STATUSES: frozenset[str] = frozenset({ACCEPTED, REJECTED, DUPLICATE, VOID})

# The one table of allowed state changes. Decisions may be taken straight from `new` (a moderator
# need not claim first); a closed tip can only be voided (a mistake), and void is final.
TRANSITIONS: dict[str, frozenset[str]] = {
    NEW: frozenset({CLAIMED, NEEDS_INFO, ACCEPTED, REJECTED, DUPLICATE, VOID}),
    CLAIMED: frozenset({NEW, NEEDS_INFO, ACCEPTED, REJECTED, DUPLICATE, VOID}),
    NEEDS_INFO: frozenset({CLAIMED, ACCEPTED, REJECTED, DUPLICATE, VOID}),
    ACCEPTED: frozenset({VOID}),
    REJECTED: frozenset({VOID}),
    DUPLICATE: frozenset({VOID}),
    VOID: frozenset(),
}

QUEUE_MAX = 100  # most tips one queue listing shows

# Marked for translation; shown with `_()` in the reader's language.
STATUS_LABELS: dict[str, str] = {
    NEW: N_("new (waiting for a moderator)"),
    CLAIMED: N_("being reviewed"),
    NEEDS_INFO: N_("waiting for your answer"),
    ACCEPTED: N_("accepted"),
    REJECTED: N_("not taken further"),
    DUPLICATE: N_("already known (duplicate)"),
    VOID: N_("withdrawn"),
}

_TIP_ID_RE = re.compile(r"^\s*(?:tip[-\s#]*|#)?0*(\d{1,9})\s*$", re.IGNORECASE)


# Actions that may leave a tip where it is: a further question keeps needs-info, and naming the
# technology keeps any status.
KEEPS_STATUS: frozenset[str] = frozenset({"ask", "technology"})
# The triage actions a review card offers, in its order, and the status each leads to (None: none).
CARD_ACTIONS: dict[str, str | None] = {
    "claim": CLAIMED,
    "ask": NEEDS_INFO,
    "accept": ACCEPTED,
    "reject": REJECTED,
    "duplicate": DUPLICATE,
    "note": None,
}


def can_transition(from_status: str, to_status: str) -> bool:
    return to_status in TRANSITIONS.get(from_status, frozenset())


def can_take(action: str, from_status: str, to_status: str) -> bool:
    """Whether `action` may move a tip between these statuses: TRANSITIONS, or an action that keeps it."""
    return (to_status == from_status and action in KEEPS_STATUS) or can_transition(from_status, to_status)


def card_actions(status: str) -> list[str]:
    """The card's actions the core would accept on a tip in `status`, so a card never offers a press
    that can only be refused (a closed tip keeps Note alone)."""
    return [a for a, to in CARD_ACTIONS.items() if to is None or can_take(a, status, to)]


def normalise_status(value: str) -> str:
    """Accept `needs-info`, `Needs info` and `needs_info` alike: people type all three."""
    key = value.strip().lower().replace("-", "_").replace(" ", "_")
    if key not in STATUSES:
        raise ValueError(value)
    return key


def status_word(status: str) -> str:
    """A status as people read and type it (`needs-info`), whatever the stored spelling."""
    return status.replace("_", "-")


def public_id(tip_id: int) -> str:
    return f"TIP-{tip_id:04d}"


def parse_tip_id(value: str | int) -> int | None:
    """`TIP-0042`, `tip 42`, `#42` and `42` all mean tip 42; anything else is None."""
    if isinstance(value, int):
        return value if value > 0 else None
    match = _TIP_ID_RE.match(value)
    return int(match.group(1)) if match and int(match.group(1)) > 0 else None


@overload
def as_shown(value: datetime) -> datetime: ...


@overload
def as_shown(value: datetime | None) -> datetime | None: ...


def as_shown(value: datetime | None) -> datetime | None:
    """A stored time as views and exports carry it: UTC, to the hour (bot.clock.shown_time)."""
    return None if value is None else shown_time(value)


def stored_time(now: datetime) -> datetime:
    """A tip's times as stored: to the hour. Order is kept by id; retention and the summaries need
    no more, and a finer time lets a database holder match a tip to who was active in the server."""
    return (as_utc(now) or now).replace(minute=0, second=0, microsecond=0)


@dataclass(frozen=True)
class TipForm:
    """What a member gave, one attribute per field of bot/tips/fields.py. Kept whole so a rejected
    form can be shown again pre-filled. An empty `technology` is inferred at intake."""

    what: str = ""
    vendor: str = ""
    country: str = ""
    technology: str = ""
    when: str = ""
    source: str = ""
    extra: str = ""

    def cleaned(self) -> TipForm:
        """Stripped, without NUL characters (meaningless in text, and PostgreSQL refuses them)."""
        return replace(
            self, **{f.name: getattr(self, f.name).replace("\x00", "").strip() for f in fields(self)}
        )


@dataclass(frozen=True)
class Reporter:
    """The member filing. Used for anti-abuse keys; its id is stored only if they allow contact."""

    user_id: int
    display_name: str = ""


@dataclass(frozen=True)
class FiledTip:
    """The result of filing. `receipt` is shown once and never stored; None on a replayed interaction."""

    id: int
    public_id: str
    receipt: str | None
    anonymous: bool
    possible_duplicates: str = ""
    replayed: bool = False


@dataclass(frozen=True)
class TipView:
    """A tip as moderators see it. `reporter_id` is None for anonymous tips and after retention."""

    id: int
    public_id: str
    status: str
    created_at: datetime
    updated_at: datetime
    what: str
    vendor: str
    country: str
    when: str
    source: str
    extra: str
    anonymous: bool
    reporter_id: int | None
    claimed_by: int | None
    duplicate_of: int | None
    possible_duplicates: str
    reason: str
    review_message_id: int | None
    closed_at: datetime | None = None
    unanswered_question: bool = False
    technology: str = ""
    # Who said so: "inferred" (from the knowledge base at intake), "tipster" or "moderator"; "" = none.
    technology_by: str = ""
    # The bot's latest "the tipster answered" post in the review channel (a newer one replaces it).
    answered_message_id: int | None = None


@dataclass(frozen=True)
class EventView:
    at: datetime
    actor_id: int | None
    actor_role: str
    action: str
    from_status: str | None
    to_status: str | None
    detail: str


@dataclass(frozen=True)
class MessageView:
    at: datetime
    direction: str  # to_tipster | from_tipster
    author_id: int | None  # moderator id for questions; always None for tipster replies
    body: str


@dataclass(frozen=True)
class TipDetail:
    tip: TipView
    events: list[EventView] = field(default_factory=list)
    messages: list[MessageView] = field(default_factory=list)


@dataclass(frozen=True)
class ReceiptStatus:
    """What a receipt holder may see: the tip's state and the conversation, nothing about moderators."""

    public_id: str
    status: str
    status_label: str
    messages: list[MessageView]
    awaiting_reply: bool
