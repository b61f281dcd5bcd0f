"""Shared fixtures for the knowledge-base tests: the shipped knowledge (its engine and the service a
member asks), a tiny fixture KB, a CLI runner."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

import bot.cli
from bot.kb.check import CheckReport, check_directory
from bot.kb.search import SearchEngine
from bot.kb.service import KnowledgeService

ROOT = Path(__file__).resolve().parents[2]
KNOWLEDGE = ROOT / "knowledge"
FIXTURES = ROOT / "tests" / "fixtures" / "kb"


@pytest.fixture(scope="session")
def shipped() -> CheckReport:
    return check_directory(KNOWLEDGE)


@pytest.fixture(scope="session")
def engine(shipped: CheckReport) -> SearchEngine:
    """The engine over every shipped entry that validates (all of them once the KB is complete)."""
    return SearchEngine(shipped.entries)


@pytest.fixture(scope="module")
def kb(shipped: CheckReport) -> KnowledgeService:
    """The service a member asks (search, lists, small talk) over every shipped entry, one a module."""
    return KnowledgeService.from_entries(shipped.entries)


@pytest.fixture(scope="session")
def tiny() -> CheckReport:
    report = check_directory(FIXTURES / "valid")
    assert report.ok, report.problems
    return report


CliResult = tuple[int, str, str]


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch) -> Callable[..., CliResult]:
    """Run `python -m bot ...` in-process through the real dispatcher, with only this area's commands
    (so these tests do not depend on other areas' command modules)."""
    monkeypatch.setattr(bot.cli, "COMMAND_MODULES", ("bot.cli.kb", "bot.cli.ask"))

    def run(*argv: str, stdin: str | None = None) -> CliResult:
        out, err = io.StringIO(), io.StringIO()
        if stdin is not None:
            monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        with redirect_stdout(out), redirect_stderr(err):
            code = bot.cli.main(list(argv))
        return code, out.getvalue(), err.getvalue()

    return run


@pytest.fixture
def listed(cli: Callable[..., CliResult]) -> Callable[[str], set[str]]:
    """The ids of the list a member gets for a question through `ask --json` (empty: no list)."""

    def ids(question: str) -> set[str]:
        code, out, _ = cli("ask", "--json", question)
        assert code == 0, out
        return {item["id"] for item in json.loads(out).get("list") or []}

    return ids


@pytest.fixture(scope="module")
def service(request: pytest.FixtureRequest, shipped: CheckReport) -> KnowledgeService:
    """The service over the test module's own `ENTRIES` (a small knowledge base that pins one rule)
    when it has them, else over the shipped knowledge; one a module."""
    entries = getattr(request.module, "ENTRIES", None)
    return KnowledgeService.from_entries(shipped.entries if entries is None else entries)
