"""Capture everything the bot would log at LOG_LEVEL=DEBUG, for the tests that prove no log line
names a tip or its tipster (tests/tips/test_unlinkability.py, tests/chat/test_tip_logs_debug_e2e.py).

One helper, so both look at the same logs: the bot's own handler (its library caps and secret
scrubbing included), every logger at DEBUG, and the libraries that reset their own level (or are
not capped at the source) forced to DEBUG as an operator's LOG_LEVEL=DEBUG run could leave them.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Literal

from bot.logs import make_handler, setup_logging
from bot.settings import Settings

LogFormat = Literal["plain", "json"]
# Loggers that set their own level at import or were never capped at the source.
LIBRARIES_AT_DEBUG = (
    "aiosqlite",
    "asyncpg",
    "sqlalchemy.engine",
    "discord.ui",
    "concurrent.futures",
    "asyncio",
)


@contextmanager
def debug_logs(formats: Sequence[LogFormat] = ("plain", "json")) -> Iterator[io.StringIO]:
    """What the bot's handler writes at DEBUG, in each of `formats`, into one stream; the root
    logger's handlers and level and every logger's level are restored on exit (a context manager,
    not a fixture, so a Hypothesis test can capture each example on its own)."""
    assert formats, "capture at least one format"
    root = logging.getLogger()
    with process_logging_kept():
        out = io.StringIO()
        first, *others = formats
        settings = Settings(_env_file=None, log_level="DEBUG", log_json=first == "json")  # type: ignore[call-arg]
        setup_logging(settings, stream=out)
        for fmt in others:
            root.addHandler(make_handler(Settings(_env_file=None, log_json=fmt == "json"), out))  # type: ignore[call-arg]
        for name in LIBRARIES_AT_DEBUG:
            logging.getLogger(name).setLevel(logging.DEBUG)
        yield out


@contextmanager
def process_logging_kept() -> Iterator[None]:
    """Put the process's logging back as it was: the root logger's handlers and level and every
    logger's level. A CLI command run in-process installs the bot's handler for the process (on the
    stream pytest captured for that one test) and sets levels; without this, every later test would
    log through it, at its levels."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    levels = {
        name: lg.level
        for name, lg in logging.root.manager.loggerDict.items()
        if isinstance(lg, logging.Logger)
    }
    # A library not imported yet gets its logger here: put it back to NOTSET too, or it would stay
    # at DEBUG for every later test in the session.
    levels |= {name: logging.getLogger(name).level for name in LIBRARIES_AT_DEBUG}
    try:
        yield
    finally:
        # pytest adds and removes its own capture handlers around each phase of a test: leave
        # those to it, or a setup-phase handler it already removed would come back for good.
        for handler in [h for h in root.handlers if h not in handlers and not _pytests(h)]:
            root.removeHandler(handler)
        for handler in [h for h in handlers if h not in root.handlers and not _pytests(h)]:
            root.addHandler(handler)
        root.setLevel(level)
        for name, old in levels.items():
            logging.getLogger(name).setLevel(old)


def _pytests(handler: logging.Handler) -> bool:
    return type(handler).__module__.startswith("_pytest")
