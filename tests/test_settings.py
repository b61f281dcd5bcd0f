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


def test_every_setting_is_named_in_the_readme_configuration() -> None:
    """An operator reading the README's Configuration finds every setting, and none that is gone."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Configuration", 1)[1].split("\n## ", 1)[0]
    named = set(re.findall(r"`([A-Z][A-Z0-9_]{3,})`", section))
    fields = {name.upper() for name in Settings.model_fields}
    assert fields - named == set(), "settings missing from the README's Configuration"
    assert named - fields == set(), "the README's Configuration names a setting that does not exist"


def test_the_readme_configuration_states_the_defaults_the_code_has() -> None:
    """ "Defaults in brackets": each plain default (a number, a flag, a word) the README states is the
    one the code uses; an operator who trusts the README gets what it says."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Configuration", 1)[1].split("\n## ", 1)[0]
    checked = 0
    for name, first in re.findall(r"`([A-Z][A-Z0-9_]{3,})` \((\w+(?::\d+)?)", section):
        # The field's own default, not this environment's (tests pin SEARCH_WORKER=off: conftest.py)
        value = Settings.model_fields[name.lower()].default
        if isinstance(value, bool | int) or (isinstance(value, str) and "/" not in value):  # not a path
            assert first.casefold() == str(value).casefold(), (name, first, value)
            checked += 1
    assert checked >= 12, checked  # the pattern still reads the section


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
        ("sqlite:////srv/x.db", "sqlite+aiosqlite:////srv/x.db"),
        ("sqlite+aiosqlite:////srv/x.db", "sqlite+aiosqlite:////srv/x.db"),
        # A relative file is the project root's, whatever folder a command starts in.
        ("sqlite:///x.db", f"sqlite+aiosqlite:///{ROOT / 'x.db'}"),
        ("postgresql://u:p@db/ew?sslmode=require", "postgresql+asyncpg://u:p@db/ew?sslmode=require"),
    ],
)
def test_database_url_gets_an_async_driver(given: str, expected: str) -> None:
    assert Settings(_env_file=None, database_url=given).database_url == expected


def test_the_default_database_does_not_move_with_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.chdir(tmp_path)
    assert Settings(_env_file=None).database_url == f"sqlite+aiosqlite:///{ROOT / 'exportwatch.db'}"


@pytest.mark.parametrize(
    ("name", "value", "says"),
    [
        ("LOG_LEVEL", "LOUD", "'DEBUG', 'INFO', 'WARNING' or 'ERROR'"),
        ("ANSWER_THRESHOLD", "2", "less than or equal to 1"),
        ("ANSWER_THRESHOLD", "-0.1", "greater than or equal to 0"),
        ("TIP_COOLDOWN_SECONDS", "-5", "greater than or equal to 0"),
        ("TIP_MIN_LENGTH", "0", "greater than or equal to 1"),
        ("TIP_MAX_OPEN_PER_MEMBER", "-1", "greater than or equal to 0"),
        ("TIP_RATE_WINDOW_HOURS", "0", "greater than or equal to 1"),
        ("SHARD_COUNT", "0", "greater than or equal to 1"),
        ("SHARD_IDS", "-1", "numeric ids"),
        ("QUESTION_LOG_DAYS", "0", "greater than or equal to 1"),
        ("REPORTER_LINK_DAYS", "-3", "greater than or equal to 1"),
        ("CLOSED_TIP_PURGE_DAYS", "99999999", "less than or equal to 36500"),
        ("STALE_REVIEW_DAYS", "0", "greater than or equal to 1"),
        ("GUILD_ID", "0", "greater than or equal to 1"),
        ("MODERATOR_ROLE_IDS", "12,abc", "numeric ids"),
        ("SUMMARY_WEEKDAY", "7", "less than or equal to 6"),
        ("DATABASE_URL", "mysql://u:pw@h/db", "scheme 'mysql' is not supported"),
        ("DATABASE_URL", "http://example.org/x", "scheme 'http' is not supported"),
        ("DATABASE_URL", "postgresql+psycopg2://u@h/db", "driver 'psycopg2' is not supported"),
        ("DATABASE_URL", "postgresql://u@h/db?sslmode=sure", "sslmode must be one of"),
        ("DATABASE_URL", "postgresql://u@h/db?sslrootcert=/nonexistent.pem", "sslrootcert: no such file"),
        ("DATABASE_URL", "postgresql://u@h/db?pool=9", "option 'pool' is not supported for PostgreSQL"),
        ("DATABASE_URL", "sqlite:////tmp/x.db?mode=readonly", "mode must be one of ro, rw, rwc"),
        ("DATABASE_URL", "sqlite:////tmp/x.db?journal=off", "option 'journal' is not supported for SQLite"),
        ("DATABASE_URL", "::not a url::", "not a database URL"),
    ],
)
def test_out_of_range_settings_are_refused_at_start(
    name: str, value: str, says: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # ANSWER_THRESHOLD=2 used to be accepted and the bot then never answered; QUESTION_LOG_DAYS=0
    # erased every question at once; LOG_LEVEL=LOUD crashed some commands and not others.
    monkeypatch.setenv(name, value)
    with pytest.raises(ValidationError) as caught:
        Settings(_env_file=None)
    assert says in str(caught.value)
    assert name.lower() in str(caught.value).lower()


def test_log_level_is_case_insensitive(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOG_LEVEL", "debug")
    assert Settings(_env_file=None).log_level == "DEBUG"


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


def test_team_language_must_have_a_catalog() -> None:
    from bot.settings import Settings

    assert Settings(team_language="de-DE").team_language == "de"
    assert Settings().team_language == "en"
    with pytest.raises(ValueError, match="TEAM_LANGUAGE must be one of en, de, fr, es, it, ar"):
        Settings(team_language="klingon")
