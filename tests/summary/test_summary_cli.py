"""`python -m bot summary`: the fixed dataset through the real CLI dispatcher."""

from __future__ import annotations

import csv
import io
import json

import pytest

from bot.cli import main
from bot.settings import get_settings
from bot.store.engine import open_database
from tests.summary.dataset import TZ, WEEK, seed


@pytest.fixture
async def seeded_url(database_url, monkeypatch):
    db = await open_database(database_url)
    await seed(db)
    await db.dispose()
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("SUMMARY_TIMEZONE", TZ)
    get_settings.cache_clear()
    yield database_url
    get_settings.cache_clear()


def test_markdown_to_stdout(seeded_url, capsys):
    assert main(["summary", "--week", WEEK]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Weekly summary 2026-W47")
    assert "- Opened: **7**; closed: **4**" in out


def test_csv_and_json_to_stdout(seeded_url, capsys):
    assert main(["summary", "--week", WEEK, "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    # A kept copy: the week's figures, no row per tip (tests/summary/test_kept_copy_names_no_tip.py).
    assert rows[:2] == [
        {"figure": "tips", "label": "opened", "count": "7"},
        {"figure": "tips", "label": "closed", "count": "4"},
    ]
    assert main(["summary", "--week", WEEK, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["tips"]["backlog"] == 6 and data["timezone"] == TZ


def test_out_dir_gets_every_file(seeded_url, tmp_path, capsys):
    assert main(["summary", "--week", WEEK, "--out", str(tmp_path / "out")]) == 0
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == [f"chart-{WEEK}.png", f"summary-{WEEK}.json", f"summary-{WEEK}.md", f"tips-{WEEK}.csv"]
    assert (tmp_path / "out" / f"chart-{WEEK}.png").read_bytes().startswith(b"\x89PNG")


def test_out_dir_with_one_format(seeded_url, tmp_path):
    assert main(["summary", "--week", WEEK, "--format", "csv", "--out", str(tmp_path / "out")]) == 0
    assert sorted(p.suffix for p in (tmp_path / "out").iterdir()) == [".csv", ".png"]


def test_bad_week_is_a_clear_error_not_a_traceback(seeded_url, capsys):
    assert main(["summary", "--week", "2026-W99"]) == 2
    err = capsys.readouterr().err
    assert "no week 99" in err and "Traceback" not in err


def test_unwritable_out_dir_is_a_failed_operation_not_a_traceback(seeded_url, tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    assert main(["summary", "--week", WEEK, "--out", str(blocker / "out")]) == 1
    err = capsys.readouterr().err
    assert "cannot write to" in err and "Traceback" not in err
