"""Every setting in one typed place, read from the environment and `.env`.

Each field is documented in `.env.example`; keep the two in step (a test checks it).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

ROOT = Path(__file__).resolve().parent.parent

IdList = Annotated[list[int], NoDecode]


class Settings(BaseSettings):
    """Runtime configuration. Unknown variables are ignored so one `.env` can serve other tools."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", env_ignore_empty=True
    )

    # Discord
    discord_token: SecretStr | None = None
    guild_id: int | None = None
    message_content_mention: bool = False
    review_channel_id: int | None = None
    summary_channel_id: int | None = None
    shard_count: int | None = None
    shard_ids: IdList = Field(default_factory=list)

    # Permissions: role ids that grant each level (member is everyone else)
    moderator_role_ids: IdList = Field(default_factory=list)
    coordinator_role_ids: IdList = Field(default_factory=list)
    admin_role_ids: IdList = Field(default_factory=list)

    # Storage
    database_url: str = "sqlite+aiosqlite:///exportwatch.db"
    knowledge_dir: Path = ROOT / "knowledge"
    drafts_dir: Path | None = None

    # Search
    answer_threshold: float | None = None

    # Tips: anti-abuse
    tip_cooldown_seconds: int = 120
    tip_min_length: int = 30
    tip_max_open_per_member: int = 5
    tip_rate_window_hours: int = 168
    tip_rate_secret: SecretStr | None = None
    # Review cards and "the tipster answered" notices wait a uniformly random 0..this many seconds,
    # released together in batches, so their time does not point at who was just active.
    tip_notice_delay_max_seconds: int = Field(default=900, ge=0)

    # Retention (days)
    reporter_link_days: int = 30
    closed_tip_purge_days: int = 365
    question_log_days: int = 90

    # Summaries
    summary_timezone: str = "UTC"
    summary_weekday: int = Field(default=0, ge=0, le=6)  # 0 = Monday
    summary_time: str = "09:00"
    stale_review_days: int = 180

    # Operations
    log_level: str = "INFO"
    log_json: bool = False

    @field_validator(
        "shard_ids", "moderator_role_ids", "coordinator_role_ids", "admin_role_ids", mode="before"
    )
    @classmethod
    def _split_ids(cls, value: object) -> object:
        """Accept `1,2,3` (the natural way to write a list in a .env file) as well as a list."""
        if isinstance(value, str):
            return [int(part) for part in value.replace(" ", "").split(",") if part]
        if isinstance(value, int):
            return [value]
        return value

    @field_validator("database_url")
    @classmethod
    def _async_driver(cls, value: str) -> str:
        """Let users paste a plain `postgresql://` URL; the core needs the asyncpg driver."""
        for prefix in ("postgres://", "postgresql://"):
            if value.startswith(prefix):
                return "postgresql+asyncpg://" + value[len(prefix):]
        if value.startswith("sqlite:///"):
            return "sqlite+aiosqlite:///" + value[len("sqlite:///"):]
        return value

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
