"""An edit to one entry moves only the answers about it (session 10, lang10; issue 10 fragility).

Two true sentences added to two cards (Meta's removal of Cytrox, Trovicor's centres in Egypt, Syria
and Yemen) each turned an unrelated other-language question from answered to refused: every raw
BM25 score and IDF shifts in the fourth decimal, and the answer model's hard splits turned such a
shift into a jump of 0.05 in probability; and a case's confidence fell when a vendor linked to it
gained a line about the case (the vendor was counted as a rival answer, not part of the same one).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from bench.kbeval.blind import TUNE_FILES, load_blind
from bot.kb.calibration import FEATURES, shipped
from bot.kb.check import check_directory
from bot.kb.search import SearchEngine
from tests.kb.conftest import KNOWLEDGE

CYTROX_LINE = (
    "- Meta: on 16 Dec 2021 Meta removed Cytrox from its platforms as one of seven "
    '"surveillance-for-hire" entities it said had targeted about 50,000 people in over 100 countries, '
    "and sent the six named firms cease-and-desist letters (CyberScoop; see the Meta takedown case).\n"
)
# (the places the card's text gives, read by lists only since lists23, moved into its countries)
TROVICOR_COUNTRIES = (
    "countries: [Germany, Iran, Bahrain]\nlist_destinations: [Egypt, Syria, Yemen]",
    "countries: [Germany, Iran, Bahrain, Egypt, Syria, Yemen]",
)


@pytest.fixture(scope="module")
def edited(tmp_path_factory: pytest.TempPathFactory) -> SearchEngine:
    directory = tmp_path_factory.mktemp("kb") / "knowledge"
    shutil.copytree(KNOWLEDGE, directory)
    cytrox = directory / "vendors" / "intellexa-cytrox.md"
    text = cytrox.read_text(encoding="utf-8")
    cytrox.write_text(text.replace("\n## Responses", f"{CYTROX_LINE}\n## Responses"), encoding="utf-8")
    trovicor = directory / "vendors" / "trovicor.md"
    old, new = TROVICOR_COUNTRIES
    text = trovicor.read_text(encoding="utf-8")
    assert old in text
    trovicor.write_text(text.replace(old, new), encoding="utf-8")
    report = check_directory(directory)
    assert report.ok, report.problems
    return SearchEngine(report.entries)


# Known to move (session 12, blind_v9_tune.yaml, seen when that file joined TUNE_FILES): "what did
# activists find in Egypt's State Security HQ in 2011?" is answered with gamma-finfisher (0.71) before
# the edit; when Trovicor gains Egypt its two right answers, the vendor and its Egypt case, swap places
# and the confidence falls to 0.44 (refused). Kept apart, visible as an xfail, until the engine is fixed.
# And (session 29, blind_v27_tune.yaml) a long question about QuaDream that says 'hacking-for-hire':
# the line added to Cytrox's card says 'surveillance-for-hire', so the question shares a word with the
# edit and is not unrelated to it; its confidence (0.91, answered right) moves by 0.03 since plaind29's
# synonym rows (under 0.025 before).
KNOWN_TO_MOVE = (
    "ماذا وجد الناشطون في مقر أمن الدولة في مصر سنة 2011؟",
    "Our group campaigns on hacking-for-hire vendors and I'm confused about one that seems to have vanished."
    " In 2023 researchers and Microsoft tied it to hacks of reporters and opposition figures through an"
    " iPhone flaw, and then the press said it was closing. Which firm was that and what happened to it?",
)


def test_unrelated_questions_keep_their_confidence_when_two_cards_gain_a_line(
    engine: SearchEngine, edited: SearchEngine
) -> None:
    touched = {"intellexa-cytrox", "trovicor"}
    near = touched | {e.id for e in engine.entries if touched & set(e.related)}
    near |= {r for e in engine.entries if e.id in touched for r in e.related}
    moved: list[tuple[float, str]] = []
    for q in (q for path in TUNE_FILES for q in load_blind(path)):
        if q.expect_set or q.style not in {"lang", "long"} or near & set(q.expect):
            continue
        if q.text in KNOWN_TO_MOVE:
            continue
        before, after = engine.search(q.text), edited.search(q.text)
        firsts = {
            r.entry.id if r.entry else r.alternatives[0].id
            for r in (before, after)
            if r.entry or r.alternatives
        }
        if near & firsts:
            continue
        moved.append((abs(after.confidence - before.confidence), q.text))
    assert len(moved) > 300
    worst = max(moved)
    assert worst[0] < 0.025, worst


@pytest.mark.xfail(strict=True, reason="known to move when the two cards gain their lines (sessions 12, 29)")
@pytest.mark.parametrize("question", KNOWN_TO_MOVE)
def test_a_question_known_to_move_keeps_its_confidence(
    engine: SearchEngine, edited: SearchEngine, question: str
) -> None:
    before, after = engine.search(question), edited.search(question)
    assert abs(after.confidence - before.confidence) < 0.025, (before.confidence, after.confidence)


def test_a_case_keeps_its_confidence_when_a_vendor_it_names_gains_a_line_about_it(
    engine: SearchEngine, edited: SearchEngine
) -> None:
    question = "meta removed which companies in dec 2021?"
    before, after = engine.search(question), edited.search(question)
    first = after.entry.id if after.entry else after.alternatives[0].id
    assert first == "case-meta-takedown-2021"
    assert abs(after.confidence - before.confidence) < 0.06, (before.confidence, after.confidence)


def test_the_probability_moves_little_when_the_evidence_moves_little() -> None:
    """Across every split of the shipped model, evidence 1e-4 either side of it changes the
    probability by far less than the distance between two answers' confidences."""
    model = shipped()
    data = json.loads(Path(__file__).resolve().parents[2].joinpath("bot/kb/calibration.json").read_text())
    row = [0.7, 0.8, 0.5, 0.2, 0.0, 1.0, 0.0, 0.1, 0.8, 1.8, 1.0, 0.0, 0.5, 0.9, 1.8, 0.5, 0.0, 0.0, 0.0, 1.0]
    base = np.array([*row, 0.0, 0.0, 0.0, 0.0])  # and unvalued, elsewhere, unstated, unsettled
    assert base.size == len(FEATURES)
    worst = 0.0
    for tree in data["trees"]:
        for f, split in zip(tree["feature"], tree["split"], strict=True):
            if f < 0:
                continue
            lo, hi = base.copy(), base.copy()
            lo[f], hi[f] = split - 1e-4, split + 1e-4
            p = model.probabilities(np.array([lo, hi]))
            worst = max(worst, abs(float(p[1] - p[0])))
    assert worst < 0.005, worst
