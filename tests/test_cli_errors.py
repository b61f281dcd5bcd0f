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
    assert main(["summary"]) == 1  # unreachable: a failed operation a retry may fix, not configuration
    err = capsys.readouterr().err
    assert "could not open the database" in err
    assert "s3cret-pw" not in err and "Traceback" not in err


@pytest.mark.parametrize("argv", [["health"], ["db", "upgrade"], ["db", "export"]])
@pytest.mark.parametrize("url", ["garbage://ew:s3cret-pw@h/x", "not a url s3cret-pw"])
def test_unusable_database_url_is_a_message_without_the_password(
    argv: list[str], url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATABASE_URL", url)
    assert main(argv) == 2  # an unusable URL is configuration, for health too
    out, err = capsys.readouterr()
    assert "s3cret-pw" not in out + err and "Traceback" not in out + err
    assert "DATABASE_URL" in out + err


def test_ask_refuses_a_question_and_a_batch_together(capsys: pytest.CaptureFixture[str], tmp_path) -> None:
    batch = tmp_path / "q.txt"
    batch.write_text("pegasus\n", encoding="utf-8")
    assert main(["ask", "--batch", str(batch), "also", "this"]) == 2  # never silently drop a question
    assert "not both" in capsys.readouterr().err


def test_ask_batch_that_is_not_utf8_is_a_message(capsys: pytest.CaptureFixture[str], tmp_path) -> None:
    batch = tmp_path / "q.txt"
    batch.write_bytes(b"\xff\xfe bad\n")
    assert main(["ask", "--batch", str(batch)]) == 2
    err = capsys.readouterr().err
    assert "not UTF-8" in err and "Traceback" not in err
