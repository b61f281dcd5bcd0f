"""The layering rules, checked on the source: the core decides and the faces only parse and render,
so a core module that reached for Discord or a terminal face (even just for a type) would tie the
rules to one face. Also: `import discord` only in bot/chat, and no import circle between bot's
packages. A static walk over every import statement (also the lazy ones inside functions and the
type-only ones), so a rule cannot hide behind an import that happens not to run in the tests."""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BOT = ROOT / "bot"

# The console lives under bot/cli/console/, so "bot.cli" covers every terminal face.
FACES = ("bot.chat", "bot.cli", "bot.__main__")
FORBIDDEN_IN_CORE = ("bot.chat", "bot.cli", "discord")


def is_under(module: str, prefixes: Iterable[str]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(source: str, module: str, is_package: bool, known: set[str]) -> set[str]:
    """Every module `source` imports (absolute names), wherever the statement stands."""
    found: set[str] = set()
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            # `from bot.summary import queries` imports the submodule bot.summary.queries.
            found.update(f"{base}.{a.name}" for a in node.names if f"{base}.{a.name}" in known)
    return found


def import_graph(root: Path = BOT) -> dict[str, set[str]]:
    files = {module_name(p, root): p for p in root.rglob("*.py") if "migrations" not in p.parts}
    known = set(files)
    return {
        name: imports_of(path.read_text(encoding="utf-8"), name, path.name == "__init__.py", known)
        for name, path in files.items()
    }


def layer_violations(graph: Mapping[str, set[str]]) -> list[str]:
    problems = []
    for module, imported in sorted(graph.items()):
        for target in sorted(imported):
            if not is_under(module, FACES) and is_under(target, FORBIDDEN_IN_CORE):
                problems.append(f"core module {module} imports {target}")
            elif is_under(target, ("discord",)) and not is_under(module, ("bot.chat",)):
                problems.append(f"{module} imports {target} outside bot/chat")
    return problems


def package_of(module: str) -> str:
    """bot.kb.search -> bot.kb; a top-level module (bot.app) is its own node."""
    return ".".join(module.split(".")[:2])


def package_cycles(graph: Mapping[str, set[str]]) -> list[list[str]]:
    """Each circle among bot's packages."""
    edges: dict[str, set[str]] = {}
    for module, imported in graph.items():
        source = package_of(module)
        for target in imported:
            if target.startswith("bot.") and package_of(target) != source and package_of(target) != "bot":
                edges.setdefault(source, set()).add(package_of(target))
    return cycles_in(edges)


def module_cycles(graph: Mapping[str, set[str]]) -> list[list[str]]:
    """Each circle among bot's modules (inside a package too: summary/chart -> render -> service)."""
    return cycles_in({module: {t for t in imported if t in graph} for module, imported in graph.items()})


def cycles_in(edges: Mapping[str, set[str]]) -> list[list[str]]:
    """The circles a depth-first walk meets (each back edge once)."""
    cycles: list[list[str]] = []
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    path: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                cycles.append([*path[path.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt)
        path.pop()
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node)
    return cycles


def test_the_core_never_imports_a_face_or_discord() -> None:
    assert layer_violations(import_graph()) == []


def test_no_import_circle_between_bot_packages_or_modules() -> None:
    graph = import_graph()
    assert package_cycles(graph) == []
    assert module_cycles(graph) == []


# The rules themselves must be able to fail: each bad arrow below is one a careless edit could add.
@pytest.mark.parametrize(
    ("module", "source", "expected"),
    [
        (
            "bot.tips.x",
            "from bot.chat.render import embeds",
            "core module bot.tips.x imports bot.chat",
        ),
        (
            "bot.summary.x",
            "if TYPE_CHECKING:\n    import discord",
            "core module bot.summary.x",
        ),
        (
            "bot.jobs.x",
            "def f():\n    from bot.cli.common import with_app",
            "core module bot.jobs.x",
        ),
        ("bot.app", "from .cli.console.session import run_console", "core module bot.app imports bot.cli"),
        ("bot.cli.x", "import discord", "bot.cli.x imports discord outside bot/chat"),
    ],
)
def test_a_bad_import_is_caught(module: str, source: str, expected: str) -> None:
    graph = {module: imports_of(source, module, False, set())}
    assert any(problem.startswith(expected) for problem in layer_violations(graph)), layer_violations(graph)


def test_a_circle_is_caught() -> None:
    graph = {
        "bot.summary.chart": {"bot.kb.render"},
        "bot.kb.render": {"bot.summary.model"},
        "bot.clock": set(),
    }
    assert package_cycles(graph) == [["bot.kb", "bot.summary", "bot.kb"]]


def test_a_circle_through_a_type_only_import_is_caught() -> None:
    type_only = (
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from bot.summary.service import TipRow"
    )
    known = {"bot.summary.chart", "bot.summary.render", "bot.summary.service"}
    graph = {
        "bot.summary.chart": {"bot.summary.render"},
        "bot.summary.render": imports_of(type_only, "bot.summary.render", False, known),
        "bot.summary.service": {"bot.summary.chart"},
    }
    assert module_cycles(graph) == [
        ["bot.summary.chart", "bot.summary.render", "bot.summary.service", "bot.summary.chart"]
    ]


# The loopback Discord is the one thing a benchmark may still take from tests/ (it lives there).
BENCH_MAY_IMPORT = ("tests.fakediscord",)


def bench_imports_of_tests(root: Path = ROOT / "bench") -> list[str]:
    problems = []
    for path in sorted(root.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        for target in sorted(imports_of(source, module_name(path, root), path.name == "__init__.py", set())):
            if is_under(target, ("tests",)) and not is_under(target, BENCH_MAY_IMPORT):
                problems.append(f"{path.relative_to(root.parent)} imports {target}")
    return problems


def test_benchmarks_do_not_import_the_test_suite() -> None:
    assert bench_imports_of_tests() == []


def test_a_benchmark_importing_the_tests_is_caught(tmp_path: Path) -> None:
    (tmp_path / "bench").mkdir()
    (tmp_path / "bench" / "x.py").write_text("import sys\n\nfrom tests.kb.blind import load_blind\n")
    assert bench_imports_of_tests(tmp_path / "bench") == ["bench/x.py imports tests.kb.blind"]
