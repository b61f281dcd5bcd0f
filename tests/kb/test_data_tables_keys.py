"""The engine's word tables (`bot/kb/data/*.yaml`) and the reviewed knowledge tables are read with
yaml.safe_load, which keeps the last of two equal keys and drops the first without a word: a row two
people each added, or a comment that lost its '#', silently replaced another. None may repeat a key."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.kb.glossary import repeated_keys
from tests.kb.conftest import KNOWLEDGE, ROOT

TABLES = sorted((ROOT / "bot" / "kb" / "data").glob("*.yaml")) + sorted(KNOWLEDGE.glob("*.yaml"))


@pytest.mark.parametrize("path", TABLES, ids=lambda p: p.name)
def test_no_table_writes_a_key_twice(path: Path) -> None:
    assert repeated_keys(yaml.compose(path.read_text(encoding="utf-8"))) == []


def test_a_key_written_twice_is_found_with_its_line() -> None:
    text = "words:\n  italianas: Italy\n  chinas: China\n  italianas: Italy\n"
    assert repeated_keys(yaml.compose(text)) == [(4, "italianas")]
