"""Every terminal command fails politely: a message and an exit status, never a traceback."""

from __future__ import annotations

import pytest

from bot.cli import main
from bot.settings import get_settings


@pytest.fixture(autouse=True)
def _fresh_settings():
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.mark.parametrize(
    "argv", [["kb", "check"], ["ask", "pegasus"], ["summary"], ["health"], ["tips", "export"]]
)
def test_invalid_configuration_is_a_message_and_status_2(
    argv: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SUMMARY_WEEKDAY", "9")
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "SUMMARY_WEEKDAY" in err and "Traceback" not in err


def test_unreachable_database_never_echoes_the_password(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql://ew:s3cret-pw@127.0.0.1:1/ew")
    assert main(["summary"]) == 2
    err = capsys.readouterr().err
    assert "could not open the database" in err
    assert "s3cret-pw" not in err and "Traceback" not in err
