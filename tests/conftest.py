"""Suite-wide fixtures: every test fails on an ERROR log from the bot or a library.

discord.py only logs exceptions raised in command, view and modal callbacks (and silently drops
an unknown modal), so a broken handler would otherwise pass a test that did not wait for its reply.
Fault-injection tests that expect an ERROR opt out with `@pytest.mark.allow_error_logs`.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `tests.fakediscord` must import however pytest is started
    sys.path.insert(0, str(ROOT))

pytest_plugins = ("tests.dbfixtures", "tests.fakediscord.fixtures")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "allow_error_logs: the test expects ERROR log records (fault injection); do not fail on them",
    )


class ErrorLogCapture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def describe(self) -> str:
        lines = []
        for record in self.records:
            lines.append(f"{record.levelname} {record.name}: {record.getMessage()}")
            if record.exc_info:
                lines.append(logging.Formatter().formatException(record.exc_info))
        return "\n".join(lines)


@pytest.fixture(autouse=True)
def error_logs(request: pytest.FixtureRequest) -> Iterator[ErrorLogCapture]:
    """Collects ERROR records during the test (and fixture teardown); fails the test on any."""
    capture = ErrorLogCapture()
    root = logging.getLogger()
    root.addHandler(capture)
    try:
        yield capture
    finally:
        root.removeHandler(capture)
    if capture.records and request.node.get_closest_marker("allow_error_logs") is None:
        pytest.fail("ERROR logged during the test:\n" + capture.describe(), pytrace=False)


@pytest.fixture(autouse=True)
def process_logging() -> Iterator[None]:
    """Each test starts with the process's logging as the session set it: a CLI command run
    in-process (tests/test_cli_errors.py and others) installs the bot's handler and levels for the
    whole process, and every later test would otherwise log through it (tests/support/logs.py)."""
    from tests.support.logs import process_logging_kept

    with process_logging_kept():
        yield


@pytest.fixture(autouse=True)
def english_unless_chosen(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Tests read the bot in English unless they choose a language (bot/i18n.py): not in the
    developer's own LANG (subprocesses too), not in one an earlier in-process CLI run switched to."""
    from bot import i18n
    from bot.language_choice import CHOICES

    monkeypatch.setenv("LANGUAGE", "en")
    # Searches on the event loop unless a test asks for the worker (search_worker="process"): no
    # test forks a child it did not ask for, bot subprocesses included (bot/kb/worker.py).
    monkeypatch.setenv("SEARCH_WORKER", "off")
    token = i18n.set_locale("en")
    # /language choices live in the process's memory, keyed by member ids that every test's world
    # repeats: one left behind (the fuzz test picks random languages) turns later replies foreign.
    # Each test starts as after a restart, nobody having chosen, and leaves no choice behind.
    CHOICES.forget_all()
    yield
    with contextlib.suppress(ValueError):  # reset from another context: nothing to restore there
        i18n.reset_locale(token)
    CHOICES.forget_all()
