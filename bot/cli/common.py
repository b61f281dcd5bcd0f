"""What every terminal command shares: settings, logging and the App, with polite failures.

A bad `.env`, broken knowledge or an unreachable database ends with a message and exit status 2,
never a traceback; the message never echoes input values (a DATABASE_URL may hold a password).
"""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from bot.errors import UserFacingError

if TYPE_CHECKING:
    from bot.app import App
    from bot.settings import Settings

EXIT_CONFIG = 2


class ConfigError(UserFacingError):
    """The configuration (environment, .env, knowledge, database) cannot be used as it is."""


def load_settings() -> Settings:
    from pydantic import ValidationError

    from bot.settings import get_settings

    try:
        return get_settings()
    except ValidationError as err:
        lines = [f"  {'.'.join(str(p) for p in e['loc']).upper()}: {e['msg']}" for e in err.errors()]
        raise ConfigError("invalid configuration (environment or .env):\n" + "\n".join(lines)) from None


async def open_app(settings: Settings) -> App:
    """The App, with its failures turned into a `ConfigError` that says what to check."""
    from sqlalchemy.exc import SQLAlchemyError

    from bot.app import build_app

    try:
        return await build_app(settings)
    except UserFacingError as err:
        raise ConfigError(str(err)) from None
    except (OSError, SQLAlchemyError) as err:
        # The type only: driver messages can include the connection URL with its password.
        raise ConfigError(
            f"could not open the database ({type(err).__name__}). Check DATABASE_URL "
            "and that the database server is running."
        ) from None


async def with_app(
    work: Callable[[App], Awaitable[int]], *, settings: Settings | None = None, failure_status: int = 1
) -> int:
    """Run `work` with a ready App and close it after; a `UserFacingError` from `work` is printed."""
    from bot.logs import setup_logging

    settings = settings or load_settings()
    setup_logging(settings)
    app = await open_app(settings)
    try:
        return await work(app)
    except ConfigError:
        raise
    except UserFacingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return failure_status
    finally:
        await app.close()


def explain(err: UserFacingError) -> int:
    """Print an error that escaped a command; configuration problems get the config exit status."""
    print(f"error: {err}", file=sys.stderr)
    return EXIT_CONFIG if isinstance(err, ConfigError) else 1


__all__: list[Any] = ["EXIT_CONFIG", "ConfigError", "explain", "load_settings", "open_app", "with_app"]
