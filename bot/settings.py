"""Every setting in one typed place, read from the environment and `.env`.

Each field is documented in `.env.example` and named in the README's Configuration; keep the
three in step (tests/test_settings.py checks both).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

ROOT = Path(__file__).resolve().parent.parent
# One place for the database whatever folder a command is started from (a relative path used to
# give each folder its own empty database, so a moderator saw an empty queue).
DEFAULT_DATABASE = ROOT / "exportwatch.db"

IdList = Annotated[list[int], NoDecode]
Snowflake = Annotated[int, Field(ge=1)]
Days = Annotated[int, Field(ge=1, le=36500)]


class Settings(BaseSettings):
    """Runtime configuration. Unknown variables are ignored so one `.env` can serve other tools."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", env_ignore_empty=True
    )

    # Discord
    discord_token: SecretStr | None = None
    guild_id: Snowflake | None = None
    message_content_mention: bool = False
    review_channel_id: Snowflake | None = None
    summary_channel_id: Snowflake | None = None
    # The language of what the bot posts for the team (review channel cards and notices, weekly summary).
    team_language: str = "en"
    shard_count: int | None = Field(default=None, ge=1)
    shard_ids: IdList = Field(default_factory=list)

    # Permissions: role ids that grant each level (member is everyone else)
    moderator_role_ids: IdList = Field(default_factory=list)
    coordinator_role_ids: IdList = Field(default_factory=list)
    admin_role_ids: IdList = Field(default_factory=list)

    # Storage
    database_url: str = f"sqlite+aiosqlite:///{DEFAULT_DATABASE}"
    knowledge_dir: Path = ROOT / "knowledge"
    drafts_dir: Path | None = None

    # Search
    answer_threshold: float | None = Field(default=None, ge=0, le=1)
    # Where the bot's searches run: a worker process forked once the knowledge is loaded (the
    # machine's other core), a thread, or the event loop itself (bot/kb/worker.py).
    search_worker: Literal["process", "thread", "off"] = "process"

    # Tips: anti-abuse
    tip_cooldown_seconds: int = Field(default=120, ge=0, le=7 * 86400)
    tip_min_length: int = Field(default=30, ge=1, le=1000)
    tip_max_open_per_member: int = Field(default=5, ge=0)  # 0 = no cap
    tip_rate_window_hours: int = Field(default=168, ge=1, le=24 * 3650)
    tip_rate_secret: SecretStr | None = None
    # Review cards and "the tipster answered" notices wait a uniformly random 0..this many seconds,
    # released together in batches, so their time does not point at who was just active.
    tip_notice_delay_max_seconds: int = Field(default=900, ge=0)

    # Retention (days)
    reporter_link_days: Days = 30
    closed_tip_purge_days: Days = 365
    question_log_days: Days = 90

    # Summaries
    summary_timezone: str = "UTC"
    summary_weekday: int = Field(default=0, ge=0, le=6)  # 0 = Monday
    summary_time: str = "09:00"
    stale_review_days: Days = 180

    # Operations
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    log_json: bool = False

    @field_validator(
        "shard_ids", "moderator_role_ids", "coordinator_role_ids", "admin_role_ids", mode="before"
    )
    @classmethod
    def _split_ids(cls, value: object) -> object:
        """Accept `1,2,3` (the natural way to write a list in a .env file) as well as a list."""
        if isinstance(value, str):
            parts = [part for part in value.replace(" ", "").split(",") if part]
            if not all(part.isdigit() for part in parts):
                raise ValueError("must be a comma-separated list of numeric ids")
            return [int(part) for part in parts]
        if isinstance(value, int):
            return [value]
        return value

    @field_validator("shard_ids")
    @classmethod
    def _shard_ids(cls, value: list[int]) -> list[int]:
        if any(shard < 0 for shard in value):
            raise ValueError("shard ids start at 0")
        return value

    @field_validator("moderator_role_ids", "coordinator_role_ids", "admin_role_ids")
    @classmethod
    def _role_ids(cls, value: list[int]) -> list[int]:
        if any(role < 1 for role in value):
            raise ValueError("role ids are positive numbers")
        return value

    @field_validator("team_language")
    @classmethod
    def _team_language(cls, value: str) -> str:
        from bot.i18n import LANGUAGES, negotiate, supported

        if not supported(value):
            raise ValueError(f"TEAM_LANGUAGE must be one of {', '.join(LANGUAGES)}")
        return negotiate(value)

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        return value.strip().upper() if isinstance(value, str) else value

    @field_validator("database_url")
    @classmethod
    def _async_driver(cls, value: str) -> str:
        """Let users paste a plain `postgresql://` URL (options like ?sslmode=require included);
        an unsupported scheme, driver or option is refused here, before any driver is imported."""
        from bot.store.urls import normalise

        return normalise(value, ROOT)

    @field_validator("summary_time")
    @classmethod
    def _hh_mm(cls, value: str) -> str:
        """Fail at start, not every minute in the scheduler, when SUMMARY_TIME is not HH:MM."""
        hour, _, minute = value.strip().partition(":")
        if not (hour.isdigit() and minute.isdigit() and int(hour) < 24 and int(minute) < 60):
            raise ValueError("SUMMARY_TIME must be HH:MM (24-hour), e.g. 09:00")
        return f"{int(hour):02d}:{int(minute):02d}"

    @field_validator("summary_timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError("SUMMARY_TIMEZONE must be an IANA name such as Europe/Berlin") from exc
        return value

    @property
    def drafts_path(self) -> Path:
        return self.drafts_dir or self.knowledge_dir / "drafts"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings; tests build their own `Settings(...)` instead."""
    return Settings()
