"""The terminal face: `ask` (readable, --json, --batch) and `kb list --json`."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.kb.conftest import FIXTURES, KNOWLEDGE, ROOT

VALID = str(FIXTURES / "valid")


def test_ask_readable_shows_entry_and_sources(cli) -> None:
    code, out, _ = cli("ask", "--dir", VALID, "who", "sells", "acmecam?")
    assert code == 0
    assert "Acme Vision" in out and "Sources:" in out and "https://example.org/acme" in out


def test_ask_readable_admits_ignorance(cli) -> None:
    code, out, _ = cli("ask", "--dir", VALID, "best pizza recipe")
    assert code == 0
    assert "I don't have a sourced answer for that." in out


def test_ask_json_is_one_object(cli) -> None:
    code, out, _ = cli("ask", "--json", "--dir", VALID, "acme vision")
    payload = json.loads(out)
    assert code == 0 and payload["answered"] is True and payload["entry"]["id"] == "acme-vision"
    assert {"question", "answered", "confidence", "entry", "alternatives"} <= set(payload)
    assert payload["language"] == "en" and payload["english_note"] is False


def test_ask_batch_from_stdin_prints_one_line_per_question(cli) -> None:
    code, out, _ = cli(
        "ask", "--batch", "-", "--dir", VALID, stdin="acme vision\n\nruritania cameras\nweather\n"
    )
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [line["question"] for line in lines] == ["acme vision", "ruritania cameras", "weather"]
    assert lines[1]["entry"]["id"] == "case-acme-ruritania" and lines[2]["answered"] is False


def test_ask_batch_missing_file_is_a_polite_error(cli, tmp_path) -> None:
    code, _, err = cli("ask", "--batch", str(tmp_path / "nope.txt"), "--dir", VALID)
    assert code == 2 and "cannot read" in err and "Traceback" not in err


def test_ask_on_invalid_knowledge_is_a_polite_error(cli) -> None:
    code, _, err = cli("ask", "--dir", str(FIXTURES / "bad-url"), "acme")
    assert code == 2 and "bad-url/vendors/acme-vision.md:19" in err


def test_kb_list_json_prints_every_entry_in_entry_shape(cli) -> None:
    code, out, _ = cli("kb", "list", "--json", "--dir", VALID)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [r["id"] for r in rows] == ["test-rule", "acme-vision", "case-acme-ruritania"]
    assert all("sources" in r and "path" not in r for r in rows)


def test_python_dash_m_bot_runs_kb_check() -> None:
    """The real entry point, as CI and writers run it."""
    proc = subprocess.run(
        [sys.executable, "-m", "bot", "kb", "check", "--dir", VALID],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert "vendor: 1" in proc.stdout


def test_ask_in_another_language_says_the_entry_is_in_english(cli) -> None:
    shipped = str(KNOWLEDGE)
    code, out, _ = cli("ask", "--dir", shipped, "Was regelt Artikel 5 der Dual-Use-Verordnung 2021/821?")
    assert code == 0 and "2021/821" in out
    assert "This entry is in English" in out
    code, out, _ = cli("ask", "--dir", shipped, "what does regulation 2021/821 say about cyber-surveillance")
    assert code == 0 and "2021/821" in out
    assert "This entry is in English" not in out
