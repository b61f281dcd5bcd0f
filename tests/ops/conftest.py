"""Fixtures shared by the operator-command tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.settings import get_settings


@pytest.fixture
def cli_env(database_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """`python -m bot ...` run in-process against this test's database (settings re-read)."""
    monkeypatch.setenv("DATABASE_URL", database_url)
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()
