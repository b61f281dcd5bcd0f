"""The answer-or-refuse decision: a model over the ranking's evidence, so confidence is the
probability that the entry ranked first is the one the member asked about.

The model is small gradient-boosted trees, monotone in every feature whose direction is known
(more coverage never lowers the probability, more unknown words never raise it): the former logistic
model with pairwise products fitted the tune split's style and, on a question set written by someone
else, extrapolated wildly (a Polish question explaining 16% of its words at 0.99). Its trees are data
(bot/kb/calibration.json), fitted on labelled questions by `python bench/calibrate.py`; here they
are only loaded and walked, with numpy, all trees and candidates at once.

Each split is soft by a small width per feature (the file's `smoothing`): near a split a candidate
goes both ways, in proportion to how far it lies on each side, so the probability is continuous in
the evidence. With hard splits an edit to an unrelated entry (a sentence added to one card shifts
every raw BM25 score and IDF in the fourth decimal) moved a question across a split and its
probability by 0.05, from answered to refused; now such a shift moves it by about as little.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from bot.errors import UserFacingError

CALIBRATION_FILE = Path(__file__).with_name("calibration.json")
# The node lists of one tree in the file.
NODE_FIELDS = ("feature", "split", "left", "right", "value")
# One tree as the JSON file holds it: node lists (a leaf's feature is -1, its value the log-odds).
Tree = dict[str, list[float]]

# The evidence about one candidate the model weighs, and the direction it may push the probability
# (+1: never down, -1: never up, 0: free), enforced when bench/calibrate.py fits the trees.
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
    "unheld",  # kinds of fact asked (owners, revenue, ...) its text never speaks of (bot/kb/facts.py)
    "unplaced",  # places a short English question names that it never mentions (0 for a rule)
    "apart",  # share of the named things it mentions that no one statement of it relates (relations.py)
    "told",  # share of what is asked about it that one statement of it tells (relations.py)
    "unvalued",  # a value asked (an amount, a date) no statement of it about what is asked gives (values.py)
    "elsewhere",  # places the question names in any language that it never names (elsewhere.py)
    "unstated",  # a count or present status asked no statement of it about what is asked gives (values.py)
    "unsettled",  # an outcome asked (appeal, sentence, fine, a probe's result) it never tells (values.py)
    "partner_told",  # `told` of the best-ranked entry linked to it (its vendor, its case), 0 for none
)
MONOTONE: dict[str, int] = {
    "hand_confidence": 1,
    "coverage": 1,
    "evidence": 1,
    "margin": 1,
    "named": 1,
    "named_any": 1,
    "missed": -1,
    "unknown": -1,
    "clause": 1,
    "length": 0,
    "foreign": 0,
    "unread": -1,
    "gap": -1,
    "bm25": 1,
    "bm25_raw": 1,
    "rest": 1,
    "unheld": -1,
    "unplaced": -1,
    "apart": -1,
    "told": 1,
    "unvalued": -1,
    "elsewhere": -1,
    "unstated": -1,
    "unsettled": -1,
    "partner_told": 1,
}


class CalibrationError(UserFacingError, ValueError):
    """The answer model's file is missing or damaged: the bot must not start without it. One line
    for the operator (the start's error line), naming the file and what to do."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(
            f"the answer model {path} is missing or damaged ({problem}); reinstall ExportWatch "
            "or refit it with python bench/calibrate.py"
        )


@dataclass(frozen=True)
class Calibration:
    """Boosted trees, every tree's nodes in one flat array. Walking a level takes node n to
    child[2n] when its feature is <= split[n], else child[2n + 1]; a leaf's children are itself,
    so `depth` levels bring every candidate to a leaf in every tree. The probability is the logistic
    of `baseline` plus the values of the leaves reached."""

    roots: np.ndarray  # int (T,): each tree's first node
    feature: np.ndarray  # int (nodes,): 0 at a leaf (any feature: both ways lead back to it)
    split: np.ndarray  # float (nodes,)
    child: np.ndarray  # int (2 * nodes,)
    value: np.ndarray  # float (nodes,): a leaf's contribution to the log-odds, 0 elsewhere
    baseline: float
    depth: int
    threshold: float
    # per feature, half the width of the band around a split where a candidate goes both ways
    # (0: a hard split); none: every split hard
    width: np.ndarray | None = None

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        """Probability per row of features (one row per candidate entry)."""
        if x.size == 0:
            return np.zeros(0)
        if self._complete is not None:
            if self.width is not None and self.width.any():
                return self._complete.soft_probabilities(x, self.baseline, self.width)
            return self._complete.probabilities(x, self.baseline)
        flat = np.ascontiguousarray(x, dtype=float).ravel()
        offset = (np.arange(x.shape[0]) * x.shape[1])[:, None]
        node = np.broadcast_to(self.roots, (x.shape[0], self.roots.size))
        for _ in range(self.depth):
            right = flat[offset + self.feature[node]] > self.split[node]
            node = self.child[2 * node + right]
        logit = self.baseline + self.value[node].sum(axis=1)
        probs: np.ndarray = 1.0 / (1.0 + np.exp(-np.clip(logit, -30.0, 30.0)))
        return probs

    @cached_property
    def _complete(self) -> CompleteTrees | None:
        """The same trees laid out complete, for shallow models (what bench/calibrate.py fits)."""
        shallow = self.roots.size > 0 and self.depth <= CompleteTrees.MAX_DEPTH
        return CompleteTrees(self) if shallow else None

    def probability(self, x: tuple[float, ...]) -> float:
        return float(self.probabilities(np.array([x], dtype=float))[0])

    @classmethod
    def from_trees(
        cls, trees: list[Tree], baseline: float, threshold: float, width: list[float] | None = None
    ) -> Calibration:
        """Lay per-tree node lists ({feature, split, left, right, value}) end to end."""
        roots: list[int] = []
        feature: list[int] = []
        child: list[int] = []
        split: list[float] = []
        value: list[float] = []
        for t in trees:
            first = len(feature)
            roots.append(first)
            for n, f in enumerate(t["feature"]):
                leaf = f < 0
                feature.append(0 if leaf else int(f))
                split.append(0.0 if leaf else t["split"][n])
                ways = (n, n) if leaf else (int(t["left"][n]), int(t["right"][n]))
                child.extend(first + w for w in ways)
                value.append(t["value"][n] if leaf else 0.0)
        return cls(
            np.array(roots, dtype=np.intp),
            np.array(feature, dtype=np.intp),
            np.array(split, dtype=float),
            np.array(child, dtype=np.intp),
            np.array(value, dtype=float),
            baseline,
            _depth(trees),
            threshold,
            None if width is None else np.array(width, dtype=float),
        )

    @classmethod
    def load(cls, path: Path = CALIBRATION_FILE) -> Calibration:
        """The model in `path`, checked whole: a damaged file must stop the start, never answer with
        a model it misreads (a cut-off of 0 answers everything; a bad node index fails per question)."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise CalibrationError(path, "no such file") from None
        except (OSError, UnicodeDecodeError, ValueError) as err:
            raise CalibrationError(path, f"unreadable: {type(err).__name__}") from None
        if not isinstance(data, dict) or data.get("features") != list(FEATURES) or "trees" not in data:
            raise CalibrationError(path, "it is another model's or features'")
        problem = _problem(data)
        if problem:
            raise CalibrationError(path, problem)
        width = data.get("smoothing")
        return cls.from_trees(data["trees"], float(data["baseline"]), float(data["threshold"]), width)

    @classmethod
    def identity(cls) -> Calibration:
        """A placeholder (no trees: every candidate at 0.5), for fitting the real model."""
        return cls.from_trees([], 0.0, 0.5)


class CompleteTrees:
    """Every tree as a complete tree of the model's depth (a leaf above the bottom becomes a node
    that always goes left, over copies of the leaf), so each candidate's path through a tree is a
    pattern of its nodes' outcomes: all nodes of all trees are compared in one step, and a table
    maps each tree's pattern to its leaf. Walking level by level cost ~7 numpy calls a level; this
    ~8 in all. The same leaves and the same sum, in tree order: the same probabilities."""

    MAX_DEPTH = 4  # a pattern table of 2**15 entries; deeper models walk level by level

    def __init__(self, model: Calibration) -> None:
        depth, trees = model.depth, model.roots.size
        self.nodes = 2**depth - 1  # a complete tree's inner nodes, in heap order (children 2n+1, 2n+2)
        feature = np.zeros((trees, self.nodes), dtype=np.intp)
        split = np.full((trees, self.nodes), np.inf)  # x > inf never holds: an always-left node
        self.leaves = np.zeros((trees, 2**depth))
        for t, root in enumerate(model.roots):
            stack = [(int(root), 0, 0)]  # (node in the model, position in the complete tree, level)
            while stack:
                node, pos, level = stack.pop()
                if level == depth:
                    self.leaves[t, pos - self.nodes] = model.value[node]
                    continue
                left, right = int(model.child[2 * node]), int(model.child[2 * node + 1])
                if not left == right == node:
                    feature[t, pos], split[t, pos] = model.feature[node], model.split[node]
                stack += [(left, 2 * pos + 1, level + 1), (right, 2 * pos + 2, level + 1)]
        self.feature, self.split = feature.ravel(), split.ravel()
        self.bits = 1 << np.arange(self.nodes, dtype=np.intp)
        self.leaf_of = np.array([_leaf(pattern, depth) for pattern in range(2**self.nodes)], dtype=np.intp)
        self.first_leaf = (np.arange(trees) * 2**depth)[None, :]
        self.flat_leaves = self.leaves.ravel()
        self.trees = trees
        # each leaf's path, per level: the column, in [1 - right share | right share] of all trees'
        # nodes side by side, of the way taken there (soft_probabilities)
        size = trees * self.nodes
        paths = np.zeros((depth, trees * 2**depth), dtype=np.intp)
        for leaf in range(2**depth):
            pos = 0
            for level in range(depth):
                way = leaf >> (depth - 1 - level) & 1
                paths[level, leaf :: 2**depth] = np.arange(trees) * self.nodes + pos + way * size
                pos = 2 * pos + 1 + way
        self.paths = paths
        self._soft: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None = None

    def probabilities(self, x: np.ndarray, baseline: float) -> np.ndarray:
        # take() rather than fancy indexing, and in-place adds: half the CPU for a search's 6 rows
        # (the same floats: a scalar added before or after the row sum is the same IEEE sum)
        outcomes = np.asarray(x, dtype=float).take(self.feature, axis=1) > self.split
        patterns = outcomes.reshape(len(outcomes), self.trees, self.nodes) @ self.bits
        leaf = self.leaf_of.take(patterns)
        leaf += self.first_leaf
        logit = self.flat_leaves.take(leaf).sum(axis=1)
        logit += baseline
        probs: np.ndarray = 1.0 / (1.0 + np.exp(-np.clip(logit, -30.0, 30.0)))
        return probs

    def soft_probabilities(self, x: np.ndarray, baseline: float, width: np.ndarray) -> np.ndarray:
        """The same trees with soft splits: at a node, the share of a candidate going right rises
        linearly from 0 to 1 across split -/+ width[feature]; a leaf gets the product of the shares
        along its path, and the log-odds sum every leaf's value times its share (a hard split where
        the width is 0, and at the always-left nodes)."""
        if self._soft is None or self._soft[0] is not width:
            half = width.take(self.feature)
            soft = np.isfinite(self.split) & (half > 0)
            scale = np.where(soft, 0.5 / np.where(soft, half, 1.0), 0.0)
            self._soft = (width, soft, np.where(soft, self.split, 0.0), scale)
        _, soft, split, scale = self._soft
        values = np.asarray(x, dtype=float).take(self.feature, axis=1)  # (rows, trees * nodes)
        right = np.where(soft, np.clip((values - split) * scale + 0.5, 0.0, 1.0), values > self.split)
        both = np.concatenate([1.0 - right, right], axis=1)
        share = both.take(self.paths[0], axis=1)
        for level in range(1, len(self.paths)):
            share *= both.take(self.paths[level], axis=1)
        share *= self.flat_leaves  # a row's sum alone, as in a batch of one (not a matrix product)
        logit = share.sum(axis=1) + baseline
        probs: np.ndarray = 1.0 / (1.0 + np.exp(-np.clip(logit, -30.0, 30.0)))
        return probs


def _leaf(pattern: int, depth: int) -> int:
    """The leaf (0 .. 2**depth - 1, left to right) a complete tree's node outcomes lead to."""
    at = 0
    for level in range(depth):
        at = 2 * at + (pattern >> (2**level - 1 + at) & 1)
    return at


def _depth(trees: list[Tree]) -> int:
    """Levels to walk so that every candidate reaches a leaf in every tree."""
    deepest = 0
    for t in trees:
        level, frontier = 0, [0]
        while frontier := [
            int(c) for n in frontier if t["feature"][n] >= 0 for c in (t["left"][n], t["right"][n])
        ]:
            level += 1
        deepest = max(deepest, level)
    return deepest


@lru_cache(maxsize=1)
def shipped() -> Calibration:
    """The shipped model, read once. No fallback: without the file every candidate would score the
    same and the bot would answer every question (bench/calibrate.py fits with `identity()`)."""
    return Calibration.load(CALIBRATION_FILE)


def _finite(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _problem(data: dict[str, Any]) -> str | None:
    """What makes a model file unusable, or None."""
    if not _finite(data.get("threshold")) or not 0.0 < data["threshold"] < 1.0:
        return "its cut-off is not a probability between 0 and 1"
    if not _finite(data.get("baseline")):
        return "its baseline is not a number"
    width = data.get("smoothing")
    if width is not None and not (
        isinstance(width, list) and len(width) == len(FEATURES) and all(_finite(w) and w >= 0 for w in width)
    ):
        return "its smoothing is not one width of 0 or more per feature"
    trees = data["trees"]
    if not isinstance(trees, list) or not trees:
        return "it has no trees"
    for number, tree in enumerate(trees, 1):
        if not isinstance(tree, dict) or not all(isinstance(tree.get(k), list) for k in NODE_FIELDS):
            return f"tree {number} lacks one of {', '.join(NODE_FIELDS)}"
        size = len(tree["feature"])
        if size == 0 or any(len(tree[k]) != size for k in NODE_FIELDS):
            return f"tree {number} has node lists of different lengths"
        for n, f in enumerate(tree["feature"]):
            if not isinstance(f, int) or not -1 <= f < len(FEATURES):
                return f"tree {number} names no known feature at node {n}"
            if f < 0 and not _finite(tree["value"][n]):
                return f"tree {number} has a leaf that is not a number"
            if f >= 0 and not (
                _finite(tree["split"][n])
                and all(isinstance(tree[k][n], int) and n < tree[k][n] < size for k in ("left", "right"))
            ):
                return f"tree {number} has a bad split or child at node {n}"
    return None
