"""Errors the core raises for the faces to show politely (never as a traceback)."""

from __future__ import annotations


class UserFacingError(Exception):
    """Something the member can fix or should know; `str(err)` is safe to show them."""


class PermissionDenied(UserFacingError):
    """The caller's level is below what the action needs."""


class NotFound(UserFacingError):
    """A tip, receipt, entry or week that does not exist."""


class InvalidInput(UserFacingError):
    """Input that breaks a rule (length, link, state change); the message says which."""


class ServiceUnavailable(UserFacingError):
    """A dependency (the database) is down; the member should try again shortly."""


class Refused(UserFacingError):
    """A well-formed request the current state does not allow (a closed tip, a draft already there).

    Not `InvalidInput`: nothing is wrong with what was typed, so the shell's status is 1, not 2.
    """
