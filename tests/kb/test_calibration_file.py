"""The answer model's file as an operator meets it: an installed copy of ExportWatch must carry it,
and a missing or damaged file stops the start with one line instead of a bot that answers every
question. (Before: a missing file fell back to a placeholder that put every candidate at 0.5 with
a cut-off of 0.5, so "who won the 2022 world cup?" was answered with Hikvision's entry.)"""

from __future__ import annotations

import fnmatch
import json
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest

import bot.kb.calibration as calibration
from bot.errors import UserFacingError
from bot.kb.calibration import CALIBRATION_FILE, Calibration
from bot.kb.service import KnowledgeService

from .conftest import KNOWLEDGE, ROOT


def _package_data() -> dict[str, list[str]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return dict(config["tool"]["setuptools"]["package-data"])


def _shipped_with_package(path: Path, patterns: dict[str, list[str]]) -> bool:
    """Whether setuptools' package-data globs put this file (relative to the project) in a wheel."""
    for package, globs in patterns.items():
        folder = Path(*package.split("."))
        try:
            inner = path.relative_to(folder)
        except ValueError:
            continue
        if any(fnmatch.fnmatch(inner.as_posix(), g) for g in globs):
            return True
    return False


def test_every_data_file_the_bot_reads_is_installed_with_it() -> None:
    """`pip install .` copies Python files and only the data files pyproject.toml names: a file the
    code reads at run time but the list misses is absent from every installed copy. (The .pot
    template is generated and git-ignored.)"""
    files = [p.relative_to(ROOT) for p in (ROOT / "bot").rglob("*") if p.is_file()]
    data = [
        p for p in files if "__pycache__" not in p.parts and p.suffix not in (".py", ".pyc", ".pot", ".typed")
    ]
    assert Path("bot/kb/calibration.json") in data
    patterns = _package_data()
    missing = [str(p) for p in data if not _shipped_with_package(p, patterns)]
    assert not missing, f"not in [tool.setuptools.package-data]: {missing}"


@pytest.fixture
def model_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Callable[[str | None], Path]:
    """Point the shipped model at a copy the test may break (None: no file at all)."""

    def use(text: str | None) -> Path:
        path = tmp_path / "calibration.json"
        if text is not None:
            path.write_text(text, encoding="utf-8")
        monkeypatch.setattr(calibration, "CALIBRATION_FILE", path)
        calibration.shipped.cache_clear()
        return path

    yield use
    calibration.shipped.cache_clear()


def _shipped_json() -> dict:
    return json.loads(CALIBRATION_FILE.read_text(encoding="utf-8"))


async def test_a_missing_model_stops_the_start_politely(model_file: Callable[[str | None], Path]) -> None:
    model_file(None)
    with pytest.raises(UserFacingError, match=r"calibration\.json") as caught:
        await KnowledgeService.load(KNOWLEDGE)
    assert "\n" not in str(caught.value)


def _tampered() -> dict[str, str]:
    good = _shipped_json()
    tree = good["trees"][0]
    n = len(tree["feature"])
    return {
        "not json": "{ this is not json",
        "cut-off of zero answers everything": json.dumps({**good, "threshold": 0.0}),
        "cut-off above one": json.dumps({**good, "threshold": 1.5}),
        "cut-off missing": json.dumps({k: v for k, v in good.items() if k != "threshold"}),
        "NaN leaf": json.dumps({**good, "trees": [{**tree, "value": [float("nan")] * n}]}),
        "feature out of range": json.dumps(
            {**good, "trees": [{**tree, "feature": [99, *tree["feature"][1:]]}]}
        ),
        "child out of range": json.dumps({**good, "trees": [{**tree, "left": [n + 5, *tree["left"][1:]]}]}),
        "no trees": json.dumps({**good, "trees": []}),
        "a list, not an object": "[]",
    }


@pytest.mark.parametrize("case", sorted(_tampered()))
def test_a_damaged_model_is_refused_in_one_line(model_file: Callable[[str | None], Path], case: str) -> None:
    path = model_file(_tampered()[case])
    with pytest.raises(UserFacingError, match=r"calibration\.json") as caught:
        calibration.shipped()
    assert "\n" not in str(caught.value) and "Traceback" not in str(caught.value)
    with pytest.raises(UserFacingError):
        Calibration.load(path)


def test_the_shipped_model_still_loads() -> None:
    calibration.shipped.cache_clear()
    model = calibration.shipped()
    assert 0.0 < model.threshold < 1.0
    assert model.roots.size > 0
