"""Errors the core raises for the faces to show politely (never as a traceback)."""

from __future__ import annotations

from bot.i18n import N_, _


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


STORE_DOWN = N_(
    "The database is temporarily unavailable, so nothing was saved. Please try again in a minute."
)


class StoreUnavailable(ServiceUnavailable):
    """The database cannot be reached (refused, dropped, locked, timed out): an outage to wait out.

    The store (bot/store/engine.py) raises it for every such failure, whatever the driver, so faces
    map this one type. `cause` names the driver's exception for logs; its message is never kept,
    since driver messages can quote a connection URL with its password or a statement's values.
    """

    def __init__(self, cause: str = "", message: str | None = None) -> None:
        # Worded when raised, in the language of the request that hit the outage.
        super().__init__(message if message is not None else _(STORE_DOWN))
        self.cause = cause


SEARCH_DOWN = N_(
    "The search could not answer that question just now. Please try again in a minute, or put it another way."
)


class SearchUnavailable(ServiceUnavailable):
    """The search worker lost the same question twice (bot/kb/worker.py): the question may be what
    stops it, so it is not searched on the bot's event loop, where it could stop the bot."""

    def __init__(self) -> None:
        super().__init__(_(SEARCH_DOWN))


class Refused(UserFacingError):
    """A well-formed request the current state does not allow (a closed tip, a draft already there).

    Not `InvalidInput`: nothing is wrong with what was typed, so the shell's status is 1, not 2.
    """
