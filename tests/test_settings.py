"""Settings: one typed place, every field documented in .env.example, forgiving input forms."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.settings import ROOT, Settings

EXAMPLE = ROOT / ".env.example"


def _documented_names() -> set[str]:
    return set(re.findall(r"^([A-Z][A-Z0-9_]*)=", EXAMPLE.read_text(encoding="utf-8"), flags=re.M))


def test_every_setting_is_documented_in_env_example() -> None:
    fields = {name.upper() for name in Settings.model_fields}
    documented = _documented_names()
    assert fields - documented == set(), "settings missing from .env.example"
    assert documented - fields == set(), ".env.example names a setting that does not exist"


def test_env_example_loads_as_is() -> None:
    settings = Settings(_env_file=EXAMPLE)
    assert settings.discord_token is None
    assert settings.guild_id is None
    assert settings.database_url.startswith("sqlite+aiosqlite:///")


def test_role_ids_accept_a_comma_list(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MODERATOR_ROLE_IDS", "11, 12,")
    monkeypatch.setenv("ADMIN_ROLE_IDS", "99")
    settings = Settings(_env_file=None)
    assert settings.moderator_role_ids == [11, 12]
    assert settings.admin_role_ids == [99]


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("postgresql://u:p@db/ew", "postgresql+asyncpg://u:p@db/ew"),
        ("postgres://u@db/ew", "postgresql+asyncpg://u@db/ew"),
        ("sqlite:///x.db", "sqlite+aiosqlite:///x.db"),
        ("sqlite+aiosqlite:///x.db", "sqlite+aiosqlite:///x.db"),
    ],
)
def test_database_url_gets_an_async_driver(given: str, expected: str) -> None:
    assert Settings(_env_file=None, database_url=given).database_url == expected


def test_token_is_secret_in_repr() -> None:
    settings = Settings(_env_file=None, discord_token="abc.def.ghi")
    assert "abc.def.ghi" not in repr(settings)
    assert "abc.def.ghi" not in str(settings.model_dump())


def test_bad_weekday_is_refused_clearly() -> None:
    with pytest.raises(ValidationError, match="summary_weekday"):
        Settings(_env_file=None, summary_weekday=9)


def test_drafts_default_under_knowledge(tmp_path: Path) -> None:
    settings = Settings(_env_file=None, knowledge_dir=tmp_path)
    assert settings.drafts_path == tmp_path / "drafts"
