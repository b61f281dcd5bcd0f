"""Quality, measured on our own evaluation set (75% tuning, 25% held out)."""

from __future__ import annotations

from bot.kb.search import SearchEngine
from tests.kb.evaluation import load_questions, score


def ranker(engine: SearchEngine):
    def run(question: str) -> tuple[bool, list[str]]:
        result = engine.search(question)
        ids = ([result.entry.id] if result.entry else []) + [a.id for a in result.alternatives]
        return result.answered, ids

    return run


def test_eval_set_is_big_enough_and_refers_to_real_entries(engine: SearchEngine) -> None:
    questions = load_questions()
    assert sum(1 for q in questions if q.expect) >= 60
    assert sum(1 for q in questions if not q.expect) >= 15
    known = {e.id for e in engine.entries}
    missing = {i for q in questions for i in q.expect if i not in known}
    assert not missing, f"eval set expects entries the knowledge base lacks: {missing}"


def test_recall_and_rejection_on_whole_set(engine: SearchEngine) -> None:
    scores = score(ranker(engine), load_questions())
    assert scores.recall_at_1 >= 0.9, scores
    assert scores.rejection >= 0.9, scores


def test_heldout_split_is_not_far_behind(engine: SearchEngine) -> None:
    """The held-out quarter was never tuned on; a big gap would mean over-fitting."""
    scores = score(ranker(engine), [q for q in load_questions() if q.heldout])
    assert scores.recall_at_1 >= 0.8, scores
    assert scores.rejection >= 0.8, scores
