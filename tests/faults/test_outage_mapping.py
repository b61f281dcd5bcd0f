"""A lost database connection is an outage to wait out, not a bug: members get "try again" without a
reference code, and the log gets a WARNING rather than an ERROR with a traceback."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import exc as sa_exc

from bot.chat.errors import DATABASE_DOWN, message_for


@pytest.mark.parametrize(
    "error",
    [
        ConnectionRefusedError(111, "Connect call failed"),
        ConnectionResetError(),
        sa_exc.OperationalError("SELECT 1", {}, Exception("server closed the connection")),
        sa_exc.InterfaceError("SELECT 1", {}, Exception("connection is closed")),
        sa_exc.TimeoutError("QueuePool limit reached"),
    ],
)
def test_database_outages_are_polite(error: BaseException, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)
    text = message_for(error, "component tipnew")
    assert text == str(DATABASE_DOWN) and "ref" not in text
    assert [r.levelname for r in caplog.records] == ["WARNING"]


@pytest.mark.allow_error_logs
def test_other_errors_still_get_a_reference(caplog: pytest.LogCaptureFixture) -> None:
    text = message_for(FileNotFoundError("drafts/x.md"), "/triage draft")
    assert "ref " in text
    assert [r.levelname for r in caplog.records] == ["ERROR"]
