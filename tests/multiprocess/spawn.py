"""Starting child processes for the multi-process and fault tests: a clean environment, the repo
importable, and no `.env` from the machine running the tests."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
ENTRY = "tests.multiprocess.entry"


def env_value(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ",".join(str(v) for v in value)
    return "" if value is None else str(value)


def child_env(**settings: Any) -> dict[str, str]:
    """The parent's environment minus any ExportWatch settings, plus `settings` (upper-cased)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_URL", "DISCORD_", "EW_"))}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["PYTHONUNBUFFERED"] = "1"
    env.update({k.upper(): env_value(v) for k, v in settings.items()})
    return env


async def start_entry(
    *args: str, env: dict[str, str], cwd: Path, stdout: Any = asyncio.subprocess.PIPE, stderr: Any = None
) -> asyncio.subprocess.Process:
    """`python -m tests.multiprocess.entry ARGS` in `cwd` (a temp dir, so no stray .env is read)."""
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", ENTRY, *args, env=env, cwd=cwd, stdout=stdout, stderr=stderr
    )
