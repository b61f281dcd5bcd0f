"""The answer-or-refuse decision: a logistic model over the ranking's evidence, so confidence is
the probability that the entry ranked first is the one the member asked about.

Its coefficients are data (bot/kb/calibration.json), fitted on labelled questions by
`python bench/calibrate.py`; here they are only loaded and applied, with plain Python math.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

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
)


@dataclass(frozen=True)
class Calibration:
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    threshold: float

    def probability(self, x: tuple[float, ...]) -> float:
        z = self.intercept + sum(
            c * (v - m) / s for c, v, m, s in zip(self.coef, x, self.mean, self.scale, strict=True)
        )
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    @classmethod
    def load(cls, path: Path = CALIBRATION_FILE) -> Calibration:
        data = json.loads(path.read_text(encoding="utf-8"))
        if tuple(data["features"]) != FEATURES:
            raise ValueError(f"{path} was fitted on other features; run python bench/calibrate.py")
        return cls(
            tuple(data["mean"]),
            tuple(data["scale"]),
            tuple(data["coef"]),
            float(data["intercept"]),
            float(data["threshold"]),
        )

    @classmethod
    def identity(cls) -> Calibration:
        """Confidence = the hand-set one (used only to fit the model, before it exists)."""
        n = len(FEATURES)
        coef = [0.0] * n
        coef[0] = 1.0
        return cls((0.0,) * n, (1.0,) * n, tuple(coef), 0.0, 0.5)


@lru_cache(maxsize=1)
def shipped() -> Calibration:
    """The shipped model, read once (identity when no model has been fitted yet)."""
    return Calibration.load() if CALIBRATION_FILE.is_file() else Calibration.identity()
