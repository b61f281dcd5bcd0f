"""The answer-or-refuse model as members meet it: more evidence for an entry never makes the bot
less sure of it, and a model file from another fit is refused rather than misread."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from bot.kb.calibration import FEATURES, MONOTONE, Calibration, shipped


def test_more_evidence_never_lowers_confidence() -> None:
    """Raising coverage, a name match or BM25's agreement never lowers the probability; more unknown
    words or a more specific unexplained word never raise it (a near miss must not gain from them)."""
    model = shipped()
    rng = np.random.default_rng(7)
    base = rng.uniform(0.0, 1.0, size=(400, len(FEATURES))) * np.array(
        [1, 1, 1.5, 0.8, 1, 1, 1, 1, 1, 3, 1, 1, 2, 1, 3, 1, 2, 2, 1, 1, 1, 2, 1, 1, 1]
    )
    before = model.probabilities(base)
    for k, name in enumerate(FEATURES):
        direction = MONOTONE[name]
        if not direction:
            continue
        moved = base.copy()
        moved[:, k] += 0.5
        after = model.probabilities(moved)
        assert np.all(direction * (after - before) >= -1e-12), name


def test_walks_trees_like_the_fit() -> None:
    """One stump on coverage: below the split one leaf, above it the other, plus the baseline."""
    tree = {"feature": [1, -1, -1], "split": [0.5, 0, 0], "left": [1, 0, 0], "right": [2, 0, 0]}
    model = Calibration.from_trees([{**tree, "value": [0.0, -2.0, 2.0]}], 0.0, 0.5)
    x = np.zeros((2, len(FEATURES)))
    x[1, 1] = 0.9
    low, high = model.probabilities(x)
    assert low == pytest.approx(1 / (1 + np.exp(2.0)))
    assert high == pytest.approx(1 / (1 + np.exp(-2.0)))


def _random_tree(rng: np.random.Generator, depth: int) -> dict[str, list[float]]:
    """A tree as bench/calibrate.py writes them, some leaves above the bottom level."""
    tree: dict[str, list[float]] = {"feature": [], "split": [], "left": [], "right": [], "value": []}

    def grow(level: int) -> int:
        n = len(tree["feature"])
        for column in tree.values():
            column.append(0.0)
        tree["feature"][n] = -1
        if level < depth and rng.random() < 0.8:
            tree["feature"][n] = int(rng.integers(len(FEATURES)))
            tree["split"][n] = float(rng.choice([0.0, 0.25, 0.5, 1.0]))
            tree["left"][n] = grow(level + 1)
            tree["right"][n] = grow(level + 1)
        else:
            tree["value"][n] = float(rng.normal())
        return n

    grow(0)
    return tree


def _walk(tree: dict[str, list[float]], row: np.ndarray) -> float:
    n = 0
    while tree["feature"][n] >= 0:
        goes_right = row[int(tree["feature"][n])] > tree["split"][n]
        n = int(tree["right"][n] if goes_right else tree["left"][n])
    return tree["value"][n]


@pytest.mark.parametrize("depth", [1, 2, 3, 4, 5])
def test_every_candidate_gets_the_probability_its_leaves_say(depth: int) -> None:
    """All candidates scored at once (shallow models as complete trees, deeper ones level by
    level) get exactly what walking each tree alone gives, values sitting on the splits included."""
    rng = np.random.default_rng(depth)
    trees = [_random_tree(rng, depth) for _ in range(30)]
    model = Calibration.from_trees(trees, 0.3, 0.5)
    x = rng.choice([0.0, 0.1, 0.25, 0.5, 0.7, 1.0, 2.0], size=(40, len(FEATURES)))
    got = model.probabilities(x)
    for row, p in zip(x, got, strict=True):
        logit = 0.3 + sum(_walk(t, row) for t in trees)
        assert p == pytest.approx(1 / (1 + np.exp(-logit)), rel=1e-12)


def test_a_file_of_another_model_is_refused(tmp_path: Path) -> None:
    """The former logistic file (coefficients, no trees) names the same features: loading it must
    fail loudly, not answer with a model it cannot read."""
    path = tmp_path / "calibration.json"
    path.write_text(json.dumps({"features": list(FEATURES), "coef": [0.1], "threshold": 0.7}))
    with pytest.raises(ValueError, match=r"bench/calibrate\.py"):
        Calibration.load(path)
