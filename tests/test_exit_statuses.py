"""The exit-status rule (README, Operations) held by every shell command, as an operator meets it.

Each case runs `python -m bot ...` in a fresh process with one bad input: an invalid setting, an
unsupported or unreachable DATABASE_URL, an unwritable path, a file or argument that is not UTF-8,
a `.env` saved as Latin-1. It asserts the documented status, a one-line message, no traceback,
and that the database password never shows.

0 success · 1 a failed check or operation (refused, unreachable, unwritable) · 2 usage or configuration
"""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from bot.settings import Settings
from bot.store.engine import open_database
from bot.tips.service import TipService
from tests.tips.conftest import MOD, form

ROOT = Path(__file__).resolve().parent.parent
SECRET = "s3cret-pw"
UNREACHABLE = f"postgresql://ew:{SECRET}@127.0.0.1:1/ew"
LOG_LINE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+ ")  # a log record, not the message

# Every command, with arguments that are fine in themselves (tip 1 exists and is accepted).
COMMANDS: dict[str, list[str]] = {
    "run": ["run"],
    "run --console": ["run", "--console"],
    "console": ["console"],
    "kb check": ["kb", "check"],
    "kb list": ["kb", "list"],
    "ask": ["ask", "pegasus"],
    "ask --batch": ["ask", "--batch", "{questions}"],
    "db upgrade": ["db", "upgrade"],
    "db backup": ["db", "backup", "--out", "{tmp}/backup-{n}.db"],
    "db export": ["db", "export", "--out", "{tmp}/export-{n}.jsonl"],
    "health": ["health"],
    "summary": ["summary"],
    "triage queue": ["triage", "queue"],
    "triage show": ["triage", "show", "1"],
    "triage set": ["triage", "set", "1", "void", "entered", "twice"],
    "triage note": ["triage", "note", "1", "checked", "the", "register"],
    "triage draft": ["triage", "draft", "1", "--force"],
    "tips purge": ["tips", "purge"],
    "tips export": ["tips", "export"],
}
NO_DATABASE = {"kb check", "kb list", "ask", "ask --batch"}

# Configuration a restart cannot fix: status 2, one line naming the setting.
CONFIG: list[tuple[dict[str, str], str]] = [
    ({"LOG_LEVEL": "LOUD"}, "LOG_LEVEL"),
    ({"ANSWER_THRESHOLD": "2"}, "ANSWER_THRESHOLD"),
    ({"QUESTION_LOG_DAYS": "0"}, "QUESTION_LOG_DAYS"),
    ({"TIP_COOLDOWN_SECONDS": "-5"}, "TIP_COOLDOWN_SECONDS"),
    ({"SHARD_COUNT": "0"}, "SHARD_COUNT"),
    ({"DATABASE_URL": f"mysql://ew:{SECRET}@db.example.org/ew"}, "not supported; use sqlite"),
    ({"DATABASE_URL": f"postgresql+psycopg2://ew:{SECRET}@h/ew"}, "driver 'psycopg2'"),
    ({"DATABASE_URL": "http://example.org/x.db"}, "scheme 'http'"),
    ({"DATABASE_URL": "postgresql://ew@h/ew?sslmode=maybe"}, "sslmode must be one of"),
    ({".env": "LATIN-1"}, "not UTF-8"),
]


@dataclass
class Case:
    argv: list[str | bytes]
    env: dict[str, str] = field(default_factory=dict)
    status: int = 0
    says: str = ""
    stream: str = "err"  # where the one-line message goes (health reports on stdout)


def _cases() -> dict[str, Case]:
    cases: dict[str, Case] = {}
    for n, (name, argv) in enumerate(COMMANDS.items()):
        env, says = CONFIG[n % len(CONFIG)]  # every command meets a bad setting; every setting, 2 commands
        token = {"DISCORD_TOKEN": "x.y.z"} if name == "run" else {}
        cases[f"{name} | bad config {next(iter(env))}"] = Case(argv, {**env, **token}, 2, says)
        unreachable = {"DATABASE_URL": UNREACHABLE, **token}
        if name in NO_DATABASE:
            cases[f"{name} | database down (not needed)"] = Case(argv, unreachable, 0)
        elif name == "health":
            cases[f"{name} | database down"] = Case(argv, unreachable, 1, "FAIL database", "out")
        elif name == "db backup":
            cases[f"{name} | database down"] = Case(argv, unreachable, 1, "pg_dump failed")
        else:
            cases[f"{name} | database down"] = Case(argv, unreachable, 1, "could not open the database")
    proc = "/proc/exportwatch/x"
    cases |= {
        "db backup | unwritable --out": Case(["db", "backup", "--out", proc], {}, 1, "cannot write"),
        "db export | unwritable --out": Case(["db", "export", "--out", proc], {}, 1, "cannot write"),
        "tips export | unwritable --out": Case(["tips", "export", "--out", proc], {}, 1, "cannot write"),
        "summary | unwritable --out": Case(["summary", "--out", proc], {}, 1, "cannot write"),
        "triage draft | unwritable DRAFTS_DIR": Case(
            ["triage", "draft", "1", "--force"], {"DRAFTS_DIR": proc}, 1, "Cannot write the draft"
        ),
        "triage set | refused transition": Case(["triage", "set", "1", "claimed"], {}, 1, "already closed"),
        "triage show | no such tip": Case(["triage", "show", "999"], {}, 1, "no TIP-0999"),
        "triage queue | --limit 0": Case(["triage", "queue", "--limit", "0"], {}, 2, "1 to 100"),
        "triage queue | --limit -1": Case(["triage", "queue", "--limit", "-1"], {}, 2, "1 to 100"),
        "kb check | missing --dir": Case(["kb", "check", "--dir", "/nonexistent"], {}, 2, "does not exist"),
        "kb list | missing --dir": Case(["kb", "list", "--dir", "/nonexistent"], {}, 2, "does not exist"),
        "ask | missing --dir": Case(["ask", "--dir", "/nonexistent", "x"], {}, 2, "does not exist"),
        "ask --batch | not UTF-8": Case(["ask", "--batch", "{latin1}"], {}, 2, "not UTF-8"),
        "ask | argument not UTF-8": Case(["ask", b"caf\xe9"], {}, 2, "not UTF-8"),
        "triage note | argument not UTF-8": Case(["triage", "note", "1", b"\xff\xfe"], {}, 2, "not UTF-8"),
        "summary | future week": Case(["summary", "--week", "2099-W01"], {}, 2, "has not started"),
        "db backup | existing --out": Case(["db", "backup", "--out", "{questions}"], {}, 1, "already exists"),
        "run | no terminal, no token": Case(["run"], {}, 2, "Not at a terminal"),
        # Options people paste from their host's dashboard work rather than crash.
        "triage queue | sqlite ?mode=ro": Case(["triage", "queue"], {"DATABASE_URL": "{db}?mode=ro"}, 0),
        "db upgrade | unknown sqlite option": Case(
            ["db", "upgrade"], {"DATABASE_URL": "{db}?journal=off"}, 2, "option 'journal'"
        ),
    }
    return cases


CASES = _cases()


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A working set-up (empty knowledge, a database holding accepted tip 1) the cases spoil."""
    tmp = tmp_path_factory.mktemp("exit")
    knowledge = tmp / "knowledge"
    for folder in ("rules", "vendors", "cases"):
        (knowledge / folder).mkdir(parents=True)
    db = f"sqlite:///{tmp / 'ew.db'}"

    async def seed() -> None:
        database = await open_database(db.replace("sqlite:", "sqlite+aiosqlite:"))
        try:
            tips = TipService(database, Settings(_env_file=None, database_url=db))
            tip = await tips.file_tip(form(), reporter=None, anonymous=True)
            await tips.accept(MOD, tip.id)
        finally:
            await database.dispose()

    asyncio.run(seed())
    (tmp / "questions.txt").write_text("pegasus\n", encoding="utf-8")
    (tmp / "latin1.txt").write_bytes("caf\xe9 export rules\n".encode("latin-1"))
    return {
        "tmp": str(tmp),
        "db": db,
        "knowledge": str(knowledge),
        "questions": str(tmp / "questions.txt"),
        "latin1": str(tmp / "latin1.txt"),
    }


def _fill(value: str | bytes, world: dict[str, str], n: int) -> str | bytes:
    return value if isinstance(value, bytes) else value.format(n=n, **world)


def _run(name: str, world: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    case = CASES[name]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_URL", "DISCORD_"))}
    env |= {
        "PYTHONPATH": str(ROOT),
        "DATABASE_URL": world["db"],
        "KNOWLEDGE_DIR": world["knowledge"],
        "DRAFTS_DIR": str(cwd / "drafts"),
        "LOG_LEVEL": "WARNING",
    }
    for key, value in case.env.items():
        if key == ".env":  # a .env saved by an editor in Latin-1
            (cwd / ".env").write_bytes("GUILD_ID=1\n# r\xe9glages\n".encode("latin-1"))
        else:
            env[key] = str(_fill(value, world, 0))
    argv = [_fill(a, world, len(os.listdir(world["tmp"]))) for a in case.argv]
    return subprocess.run(
        [sys.executable, "-m", "bot", *argv],
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def outcomes(world: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Every case run once, a few at a time (each is a whole interpreter start; most of it waits)."""
    dirs = {name: tmp_path_factory.mktemp("case") for name in CASES}
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = {name: pool.submit(_run, name, world, dirs[name]) for name in CASES}
        return {name: future.result() for name, future in futures.items()}


@pytest.mark.parametrize("name", list(CASES))
def test_every_command_fails_politely_with_the_documented_status(name: str, outcomes: dict[str, Any]) -> None:
    case, run = CASES[name], outcomes[name]
    out, err = run.stdout.decode(errors="replace"), run.stderr.decode(errors="replace")
    assert "Traceback" not in out + err and '  File "' not in err, err
    assert SECRET not in out + err
    assert run.returncode == case.status, f"status {run.returncode}, stderr: {err}"
    if case.status:
        shown = out if case.stream == "out" else err
        lines = [line for line in shown.splitlines() if line.strip() and not LOG_LINE.match(line)]
        assert [line for line in lines if case.says in line], f"expected {case.says!r} in: {shown}"
        if case.stream == "err" and name.split(" | ")[0] not in {"run", "run --console"}:
            assert len(lines) == 1, f"more than one line: {shown}"
