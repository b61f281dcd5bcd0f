"""Intake validation: polite, per-field messages, so a face can re-show the form with what was typed.

The rules come from the field list (bot/tips/fields.py): limits match the Discord modal's
`max_length` and the database column sizes, so nothing valid here can fail later on insert.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.parse import urlsplit

from bot.errors import InvalidInput
from bot.i18n import NP_, _, format_number, pgettext
from bot.tips import technology
from bot.tips.fields import TIP_FIELDS
from bot.tips.model import TipForm

# Per-field maximum lengths, from the one list of fields (bot/tips/fields.py): the Discord modal's
# `max_length` and the database columns agree with these. The English labels (msgids); a member reads
# `TipField.label_text`.
FIELD_LABELS: dict[str, str] = {f.name: f.label for f in TIP_FIELDS}
LIMITS: dict[str, int] = {f.name: f.limit for f in TIP_FIELDS}
REPLY_MAX = 1500
QUESTION_MAX = 1500
REASON_MAX = 500

# Shown as an embed field of the preview; translate with `identity_warning()` where it is shown.
IDENTITY_WARNING = NP_(
    "embed field",
    "Before you send: leave out anything that could identify you — your name, employer, job title, "
    "where you were, or details only you would know. "
    "Moderators only need what happened and where to check it.",
)


def identity_warning() -> str:
    """The preview's safety warning in the current language."""
    return pgettext("embed field", IDENTITY_WARNING)


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
        return _("The link has spaces in it; paste just one link, like https://example.org/report.")
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        _port = parts.port  # raises ValueError on a malformed port
    except ValueError:
        return _("That link could not be read; paste it as it appears in the browser's address bar.")
    if parts.scheme.lower() not in ("http", "https"):
        if not parts.scheme or "." in parts.scheme:
            return _("Please start the link with https:// (for example https://example.org/report).")
        return _("Only web links (starting with https:// or http://) can be accepted.")
    if not host:
        return _("The link needs a website address after https://, like https://example.org/report.")
    try:
        ipaddress.ip_address(host)
    except ValueError:
        if "." not in host.strip(".") or host.startswith("-"):
            return _("“{host}” does not look like a website address; check the link.").format(host=host)
    return None


def validate_form(form: TipForm, *, min_length: int) -> list[FieldError]:
    """Every problem with the form at once, so the member fixes them in one go."""
    form = form.cleaned()
    errors: list[FieldError] = []
    for spec in TIP_FIELDS:
        value = getattr(form, spec.name)
        if len(value) > spec.limit:
            errors.append(
                FieldError(
                    spec.name,
                    _("{field} is {length} characters; the limit is {limit}.").format(
                        field=spec.label_text,
                        length=format_number(len(value)),
                        limit=format_number(spec.limit),
                    ),
                )
            )
    if not form.what:
        errors.append(FieldError("what", _("Please describe what happened: that is the one field we need.")))
    elif len(form.what) < min_length:
        errors.append(
            FieldError(
                "what",
                _(
                    "Please say a little more about what happened (at least {minimum} characters; "
                    "you wrote {length})."
                ).format(minimum=format_number(min_length), length=format_number(len(form.what))),
            )
        )
    for spec in TIP_FIELDS:
        value = getattr(form, spec.name)
        if spec.required and not value and spec.name != "what":  # "what" has its own words above
            errors.append(FieldError(spec.name, _("Please fill in “{field}”.").format(field=spec.label_text)))
        problem = None
        if spec.link and value:
            problem = link_problem(value)
        elif not spec.typed and value and technology.canonical(value) is None:
            problem = technology.unknown_message(value)
        if problem:
            errors.append(FieldError(spec.name, problem))
    return errors


def _empty(what: str) -> str:
    """A whole sentence per kind of text (a noun alone cannot be translated: its gender changes it)."""
    sentences = {
        "reply": _("Your reply is empty; please write something."),
        "question": _("The question is empty; please write something."),
        "note": _("The note is empty; please write something."),
        "reason": _("The reason is empty; please write something."),
    }
    return sentences.get(what, _("The text is empty; please write something."))


def _too_long(what: str, length: int, limit: int) -> str:
    sentences = {
        "reply": _("Your reply is {length} characters; the limit is {limit}."),
        "question": _("The question is {length} characters; the limit is {limit}."),
        "note": _("The note is {length} characters; the limit is {limit}."),
        "reason": _("The reason is {length} characters; the limit is {limit}."),
    }
    template = sentences.get(what, _("The text is {length} characters; the limit is {limit}."))
    return template.format(length=format_number(length), limit=format_number(limit))


def check_text(value: str, *, what: str, limit: int, required: bool = True) -> str:
    """Validate a free-text reply, question, note or reason; return it stripped."""
    text = value.replace("\x00", "").strip()  # NUL means nothing in text, and PostgreSQL refuses it
    kind = "reason" if what.startswith("reason") else what  # "reason for voiding" too
    if required and not text:
        raise InvalidInput(_empty(kind))
    if len(text) > limit:
        raise InvalidInput(_too_long(kind, len(text), limit))
    return text
