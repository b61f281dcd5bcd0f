"""The per-question CPU cuts (issue 15 item 5, issue 10 item 6) never change what a member is told:
the dense profile table and the compiled trees give exactly what the plain paths give."""

from __future__ import annotations

import random

import numpy as np
import pytest

from bench.kbeval.blind import TUNE_FILE, load_blind
from bot.kb import index as index_module
from bot.kb.calibration import Calibration
from bot.kb.calibration import shipped as shipped_model
from bot.kb.check import CheckReport
from bot.kb.search import SearchEngine
from bot.kb.service import KnowledgeService
from bot.kb.text import question_clause
from bot.kb.weights import token_weights


def _questions(report: CheckReport) -> list[str]:
    """Members' questions (every other of the blind tune split: long, other languages, typos) and
    each entry's names, bare, misspelt and in a question."""
    texts = [q.text for q in load_blind(TUNE_FILE)][::2]
    for entry in report.entries:
        for name in (entry.title, *entry.aliases):
            texts += [name, f"what do we know about {name[:-1]}?"]
    return texts


@pytest.fixture(scope="module")
def plain(shipped: CheckReport, monkeypatch_module: pytest.MonkeyPatch) -> KnowledgeService:
    """A service whose index reads every candidate's profile dict (as a large knowledge base does)."""
    monkeypatch_module.setattr(index_module, "TABLE_CELLS", 0)
    service = KnowledgeService.from_entries(shipped.entries)
    monkeypatch_module.undo()
    return service


@pytest.fixture(scope="module")
def monkeypatch_module() -> pytest.MonkeyPatch:
    return pytest.MonkeyPatch()


def test_the_shipped_knowledge_is_read_through_the_table(
    shipped: CheckReport, plain: KnowledgeService
) -> None:
    assert KnowledgeService.from_entries(shipped.entries).engine.index._table is not None
    assert plain.engine.index._table is None


def test_every_answer_is_the_same_with_and_without_the_table(
    shipped: CheckReport, plain: KnowledgeService
) -> None:
    fast = KnowledgeService.from_entries(shipped.entries)
    for question in _questions(shipped):
        assert fast.search(question).to_json() == plain.search(question).to_json(), question
        assert fast.engine.rank(question) == plain.engine.rank(question), question


def test_the_tables_coverage_is_each_candidates_own(engine: SearchEngine, shipped: CheckReport) -> None:
    index = engine.index
    assert index._table is not None
    checked = 0
    for question in _questions(shipped)[:300]:
        reading = engine.read(question)
        query = index.analyse(reading.text, reading.ordinary)
        named, _ = index.named(query.corrected)
        cands, _ = index.candidates(query, named)
        focus = question_clause(reading.text)
        weights = token_weights(index, query, focus)
        together = index.coverages(cands, query, weights, focus)
        for i in cands:
            assert together[i] == index.coverage(i, query, weights, focus), (question, i)
            checked += 1
    assert checked > 1000


def _walked(model: Calibration, x: np.ndarray) -> np.ndarray:
    """The trees walked node by node in plain Python: the reference the compiled trees must match.
    With soft splits a row goes both ways near a split, right in proportion to how far past it
    it lies within the feature's width, and each leaf counts by the share that reaches it."""
    width = model.width if model.width is not None else np.zeros(x.shape[1])

    def reach(row: np.ndarray, node: int, share: float) -> float:
        left, right = int(model.child[2 * node]), int(model.child[2 * node + 1])
        if left == right == node:
            return share * float(model.value[node])
        value, split, half = row[model.feature[node]], model.split[node], width[model.feature[node]]
        go = min(1.0, max(0.0, (value - split) / (2 * half) + 0.5)) if half > 0 else float(value > split)
        return reach(row, left, share * (1 - go)) + reach(row, right, share * go)

    out = []
    for row in x:
        logit = sum(reach(row, int(root), 1.0) for root in model.roots)
        out.append(1.0 / (1.0 + np.exp(-np.clip(model.baseline + logit, -30.0, 30.0))))
    return np.array(out)


def test_the_compiled_trees_give_the_reference_probability(
    engine: SearchEngine, shipped: CheckReport
) -> None:
    model = shipped_model()
    rows = [x for q in _questions(shipped)[:200] for _, _, x in engine.evidence(q)[:6]]
    rng = random.Random(5)
    # and rows no question gives: every feature anywhere around the trees' splits
    rows += [tuple(rng.uniform(-0.5, 3.0) for _ in range(len(rows[0]))) for _ in range(300)]
    x = np.array(rows, dtype=float)
    assert np.allclose(model.probabilities(x), _walked(model, x), rtol=0, atol=1e-12)
    assert [float(p) for p in model.probabilities(x)] == [model.probability(tuple(r)) for r in rows]
