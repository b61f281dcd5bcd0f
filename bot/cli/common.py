"""What every terminal command shares: settings, logging and the App, with polite failures.

A bad `.env` or broken knowledge ends with one line and exit status 2 (restarting will not fix
it); an unreachable database with one line and status 1 (a supervisor's retry may). Never a
traceback, and the message never echoes input values (a DATABASE_URL may hold a password).
"""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from bot.errors import InvalidInput, ServiceUnavailable, StoreUnavailable, UserFacingError
from bot.i18n import _

if TYPE_CHECKING:
    from bot.app import App
    from bot.settings import Settings
    from bot.store.engine import Database

EXIT_FAILED = 1  # a check or operation failed (no such tip, refused transition, unreachable database)
EXIT_CONFIG = 2  # usage or configuration: bad arguments or input, bad settings, unusable knowledge


class ConfigError(UserFacingError):
    """The configuration (environment, .env, knowledge, DATABASE_URL) cannot be used as it is."""


class DatabaseUnavailable(ServiceUnavailable):
    """The configured database did not answer or could not be opened; a retry may work (status 1)."""


def settings_problem(err: Exception) -> ConfigError:
    """One line naming every bad setting and what it must be; never the value (it may be a secret)."""
    from pydantic import ValidationError

    if isinstance(err, UnicodeDecodeError):
        return ConfigError(_("the .env file is not UTF-8 text; save it as UTF-8 and try again"))
    if isinstance(err, OSError):
        return ConfigError(
            _("cannot read the .env file ({reason})").format(reason=err.strerror or type(err).__name__)
        )
    if not isinstance(err, ValidationError):
        return ConfigError(_("invalid configuration ({reason})").format(reason=type(err).__name__))
    parts = []
    for e in err.errors():
        name = ".".join(str(p) for p in e["loc"] if not isinstance(p, int)).upper()
        parts.append(f"{name}: {e['msg'].removeprefix('Value error, ')}")
    return ConfigError(
        _("invalid configuration (environment or .env): {problems}").format(problems="; ".join(parts))
    )


def load_settings() -> Settings:
    from pydantic import ValidationError

    from bot.settings import get_settings

    try:
        return get_settings()
    except (ValidationError, UnicodeDecodeError, OSError) as err:
        raise settings_problem(err) from None


def _database_error(err: StoreUnavailable) -> DatabaseUnavailable:
    # The cause's type only (the store keeps no more): driver messages can hold the URL's password.
    return DatabaseUnavailable(
        _(
            "could not open the database ({cause}). Check DATABASE_URL and that the database server "
            "is running."
        ).format(cause=err.cause or _("unavailable"))
    )


async def open_db(url: str) -> Database:
    """The database alone (migrated), for commands that need no knowledge; failures as `open_app`."""
    from bot.store.engine import open_database

    try:
        return await open_database(url)
    except StoreUnavailable as err:
        raise _database_error(err) from None


async def open_app(settings: Settings) -> App:
    """The App, with its failures turned into a `ConfigError` that says what to check."""
    from bot.app import build_app

    try:
        return await build_app(settings)
    except StoreUnavailable as err:
        raise _database_error(err) from None
    except UserFacingError as err:
        raise ConfigError(str(err)) from None


async def with_app(work: Callable[[App], Awaitable[int]], *, settings: Settings | None = None) -> int:
    """Run `work` with a ready App and close it after; a `UserFacingError` from `work` is printed.

    The status follows the error, so every command agrees: bad input (`InvalidInput`) is a usage
    error (2), anything else the core refuses (not found, not allowed, wrong state) a failure (1).
    """
    import bot.app  # noqa: F401  (before logging is set up: bm25s sets its logger to DEBUG on import)
    from bot.logs import setup_logging

    settings = settings or load_settings()
    setup_logging(settings)
    app = await open_app(settings)
    try:
        return await work(app)
    except (ConfigError, DatabaseUnavailable):
        raise
    except UserFacingError as exc:
        print(error_line(exc), file=sys.stderr)
        return EXIT_CONFIG if isinstance(exc, InvalidInput) else EXIT_FAILED
    finally:
        await app.close()


def explain(err: UserFacingError) -> int:
    """Print an error that escaped a command; configuration and input problems get status 2."""
    print(error_line(err), file=sys.stderr)
    return EXIT_CONFIG if isinstance(err, ConfigError | InvalidInput) else EXIT_FAILED


def error_line(problem: object) -> str:
    """'error: ...' in the run's language: the one line every command fails with."""
    return _("error: {problem}").format(problem=problem)


__all__: list[Any] = [
    "EXIT_CONFIG",
    "EXIT_FAILED",
    "ConfigError",
    "DatabaseUnavailable",
    "error_line",
    "explain",
    "load_settings",
    "open_app",
    "open_db",
    "with_app",
]
