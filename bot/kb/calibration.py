"""The answer-or-refuse decision: a logistic model over the ranking's evidence, so confidence is
the probability that the entry ranked first is the one the member asked about.

Its coefficients are data (bot/kb/calibration.json), fitted on labelled questions by
`python bench/calibrate.py`; here they are only loaded and applied, with numpy.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

CALIBRATION_FILE = Path(__file__).with_name("calibration.json")

# The evidence about one candidate the model weighs (bench/calibrate.py fits one coefficient each).
FEATURES: tuple[str, ...] = (
    "hand_confidence",  # the former hand-set confidence: coverage discounted by slight evidence
    "coverage",  # share of the question's weight the entry explains
    "evidence",  # explained weight, in units of the rarest word's weight (log1p)
    "margin",  # rank score over the best other candidate's
    "named",  # words of the question naming the entry outright (title, alias), as a share
    "named_any",  # named outright, or through a related entry's name (0/1)
    "missed",  # share of the weight in names and places the entry does not explain at all
    "unknown",  # share of the weight in words the knowledge base has never seen
    "clause",  # coverage of the question's own clause (its last sentence) in a long question
    "length",  # log of the number of content words
    "foreign",  # the question is not in English (0/1)
    "unread",  # share of a foreign question's words nothing could read
    "gap",  # specificity of the most specific word the entry does not explain (what else is asked)
    "bm25",  # its BM25 score as a share of the best candidate's (1: BM25 agrees it comes first)
    "bm25_raw",  # its BM25 score itself (log1p): how much of the question its text holds at all
    "rest",  # share explained of the words that do not name it: what is asked about it (1: none)
)


@lru_cache(maxsize=4)
def _pairs(n: int) -> tuple[np.ndarray, np.ndarray]:
    return np.triu_indices(n)


def pairwise(z: np.ndarray) -> np.ndarray:
    """Each row's features, then every product of two of them (squares included), in
    scikit-learn's PolynomialFeatures(2) order: a name match means more when coverage is high."""
    i, j = _pairs(z.shape[1])
    return np.hstack([z, z[:, i] * z[:, j]])


@dataclass(frozen=True)
class Calibration:
    """Standardise the features, add their pairwise products, standardise again, logistic."""

    mean: np.ndarray
    scale: np.ndarray
    mean2: np.ndarray
    scale2: np.ndarray
    coef: np.ndarray
    intercept: float
    threshold: float

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        """Probability per row of features (one row per candidate entry)."""
        if x.size == 0:
            return np.zeros(0)
        z = pairwise((x - self.mean) / self.scale)
        logit = ((z - self.mean2) / self.scale2) @ self.coef + self.intercept
        probs: np.ndarray = 1.0 / (1.0 + np.exp(-np.clip(logit, -30.0, 30.0)))  # `@` is typed Any
        return probs

    def probability(self, x: tuple[float, ...]) -> float:
        return float(self.probabilities(np.array([x], dtype=float))[0])

    def probabilities_each(self, x: np.ndarray) -> np.ndarray:
        """`probability` of each row, the same floats, in one pass: a batch's matrix product sums in
        another order than a one-row product (the last bits differ), so only that product goes row
        by row; the rest is element-wise, identical either way, and a fifth of the cost of a row."""
        if x.size == 0:
            return np.zeros(0)
        z = (pairwise((x - self.mean) / self.scale) - self.mean2) / self.scale2
        logit = np.array([(z[k : k + 1] @ self.coef)[0] for k in range(len(z))]) + self.intercept
        probs: np.ndarray = 1.0 / (1.0 + np.exp(-np.clip(logit, -30.0, 30.0)))
        return probs

    @classmethod
    def load(cls, path: Path = CALIBRATION_FILE) -> Calibration:
        data = json.loads(path.read_text(encoding="utf-8"))
        if tuple(data["features"]) != FEATURES:
            raise ValueError(f"{path} was fitted on other features; run python bench/calibrate.py")
        mean, scale, mean2, scale2, coef = (
            np.array(data[k], dtype=float) for k in ("mean", "scale", "mean2", "scale2", "coef")
        )
        return cls(
            mean,
            scale,
            mean2,
            scale2,
            coef,
            float(data["intercept"]),
            float(data["threshold"]),
        )

    @classmethod
    def identity(cls) -> Calibration:
        """A placeholder (confidence from the hand-set one alone), for fitting the real model."""
        n = len(FEATURES)
        m = n + n * (n + 1) // 2
        coef = np.zeros(m)
        coef[0] = 1.0
        return cls(np.zeros(n), np.ones(n), np.zeros(m), np.ones(m), coef, 0.0, 0.5)


@lru_cache(maxsize=1)
def shipped() -> Calibration:
    """The shipped model, read once (identity when no model has been fitted yet)."""
    return Calibration.load() if CALIBRATION_FILE.is_file() else Calibration.identity()
