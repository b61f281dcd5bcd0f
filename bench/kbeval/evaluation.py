"""Scoring the engine on the evaluation sets (used by the quality test and the benchmark).

eval_questions.yaml: the original set, tuned on except its held-out quarter (every 4th question);
eval_blind.yaml: written before the second tuning round, tuned on after it was measured;
eval_final.yaml: written after tuning and never tuned on: the honest estimate;
eval_round3.yaml: written before the third tuning round (from the lead's failure categories), tuned on after;
eval_round4.yaml: written before the fourth round (near-miss rejection), tuned on after;
eval_round5.yaml: written after the fourth round and never tuned on: the current honest estimate.
eval_relations.yaml: relation questions ("X sold to Y") and their answerable twins, written for tuning.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from bench.kbeval import QUESTION_SETS

EVAL_FILE = QUESTION_SETS / "eval_questions.yaml"
BLIND_FILE = QUESTION_SETS / "eval_blind.yaml"
FINAL_FILE = QUESTION_SETS / "eval_final.yaml"
ROUND3_FILE = QUESTION_SETS / "eval_round3.yaml"
ROUND4_FILE = QUESTION_SETS / "eval_round4.yaml"
ROUND5_FILE = QUESTION_SETS / "eval_round5.yaml"
RELATIONS_FILE = QUESTION_SETS / "eval_relations.yaml"


@dataclass(frozen=True)
class Question:
    text: str
    expect: tuple[str, ...]  # empty: must not be answered
    heldout: bool


def load_questions(path: Path = EVAL_FILE) -> list[Question]:
    """Questions of one set; `heldout` marks every 4th (meaningful for the original set only)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    questions = [
        Question(item["q"], tuple(item["expect"]), i % 4 == 3) for i, item in enumerate(data["in_scope"])
    ]
    questions += [Question(text, (), i % 4 == 3) for i, text in enumerate(data["out_of_scope"])]
    return questions


@dataclass
class Scores:
    recall_at_1: float
    recall_at_3: float
    rejection: float
    in_scope: int
    out_of_scope: int


# ranker(question) -> (answered, ranked ids best first)
Ranker = Callable[[str], tuple[bool, list[str]]]


def score(ranker: Ranker, questions: list[Question]) -> Scores:
    hit1 = hit3 = rejected = n_in = n_out = 0
    for q in questions:
        answered, ids = ranker(q.text)
        if q.expect:
            n_in += 1
            hit1 += answered and bool(ids) and ids[0] in q.expect
            hit3 += any(i in q.expect for i in ids[:3])
        else:
            n_out += 1
            rejected += not answered
    return Scores(hit1 / max(n_in, 1), hit3 / max(n_in, 1), rejected / max(n_out, 1), n_in, n_out)
