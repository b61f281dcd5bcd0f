"""Intake validation: polite, per-field messages, so a face can re-show the form with what was typed.

The rules come from the field list (bot/tips/fields.py): limits match the Discord modal's
`max_length` and the database column sizes, so nothing valid here can fail later on insert.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.parse import urlsplit

from bot.errors import InvalidInput
from bot.tips import technology
from bot.tips.fields import TIP_FIELDS
from bot.tips.model import TipForm

# Labels and per-field maximum lengths, from the one list of fields (bot/tips/fields.py): the Discord
# modal's `max_length` and the database columns agree with these.
FIELD_LABELS: dict[str, str] = {f.name: f.label for f in TIP_FIELDS}
LIMITS: dict[str, int] = {f.name: f.limit for f in TIP_FIELDS}
REPLY_MAX = 1500
QUESTION_MAX = 1500
REASON_MAX = 500

IDENTITY_WARNING = (
    "Before you send: leave out anything that could identify you — your name, employer, job title, "
    "where you were, or details only you would know. "
    "Moderators only need what happened and where to check it."
)


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str


class TipFormError(InvalidInput):
    """The form broke one or more rules; `errors` says which field and why, `form` is what was typed."""

    def __init__(self, errors: list[FieldError], form: TipForm) -> None:
        self.errors = errors
        self.form = form
        super().__init__(" ".join(e.message for e in errors))


def link_problem(url: str) -> str | None:
    """Why `url` is not an acceptable http(s) link, or None if it is."""
    if any(ch.isspace() for ch in url):
        return "The link has spaces in it; paste just one link, like https://example.org/report."
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        _ = parts.port  # raises ValueError on a malformed port
    except ValueError:
        return "That link could not be read; paste it as it appears in the browser's address bar."
    if parts.scheme.lower() not in ("http", "https"):
        if not parts.scheme or "." in parts.scheme:
            return "Please start the link with https:// (for example https://example.org/report)."
        return "Only web links (starting with https:// or http://) can be accepted."
    if not host:
        return "The link needs a website address after https://, like https://example.org/report."
    try:
        ipaddress.ip_address(host)
    except ValueError:
        if "." not in host.strip(".") or host.startswith("-"):
            return f"“{host}” does not look like a website address; check the link."
    return None


def validate_form(form: TipForm, *, min_length: int) -> list[FieldError]:
    """Every problem with the form at once, so the member fixes them in one go."""
    form = form.cleaned()
    errors: list[FieldError] = []
    for spec in TIP_FIELDS:
        value = getattr(form, spec.name)
        if len(value) > spec.limit:
            errors.append(
                FieldError(spec.name, f"{spec.label} is {len(value)} characters; the limit is {spec.limit}.")
            )
    if not form.what:
        errors.append(FieldError("what", "Please describe what happened: that is the one field we need."))
    elif len(form.what) < min_length:
        errors.append(
            FieldError(
                "what",
                f"Please say a little more about what happened (at least {min_length} characters; "
                f"you wrote {len(form.what)}).",
            )
        )
    for spec in TIP_FIELDS:
        value = getattr(form, spec.name)
        if spec.required and not value and spec.name != "what":  # "what" has its own words above
            errors.append(FieldError(spec.name, f"Please fill in {spec.label.lower()}."))
        problem = None
        if spec.link and value:
            problem = link_problem(value)
        elif not spec.typed and value and technology.canonical(value) is None:
            problem = technology.unknown_message(value)
        if problem:
            errors.append(FieldError(spec.name, problem))
    return errors


def check_text(value: str, *, what: str, limit: int, required: bool = True) -> str:
    """Validate a free-text reply, question, note or reason; return it stripped."""
    text = value.replace("\x00", "").strip()  # NUL means nothing in text, and PostgreSQL refuses it
    if required and not text:
        raise InvalidInput(f"The {what} is empty; please write something.")
    if len(text) > limit:
        raise InvalidInput(f"The {what} is {len(text)} characters; the limit is {limit}.")
    return text
