"""Knowledge gaps: the week's unanswered questions grouped by similarity (rapidfuzz).

Leader clustering: texts, most frequent first, join the first group whose representative scores
at least `THRESHOLD` on token_set_ratio, else start a group. Exact repeats are merged first and the
number of groups compared against is capped, so the cost stays bounded on a busy week.
"""

from __future__ import annotations

from collections import Counter

from rapidfuzz import fuzz, process, utils

from bot.summary.model import GapGroup

THRESHOLD = 80
MAX_GROUPS_COMPARED = 300
EXAMPLES = 3


def group_questions(texts: list[str], *, threshold: int = THRESHOLD, limit: int = 10) -> list[GapGroup]:
    """Largest groups first (ties keep input order: most recent first), each with a few variants."""
    originals: dict[str, str] = {}
    counts: Counter[str] = Counter()
    for text in texts:
        key = utils.default_process(text)
        if not key:
            continue
        originals.setdefault(key, " ".join(text.split()))
        counts[key] += 1
    reps: list[str] = []
    members: list[list[str]] = []
    for key, _ in counts.most_common():
        match = None
        if reps:
            match = process.extractOne(
                key,
                reps[:MAX_GROUPS_COMPARED],
                scorer=fuzz.token_set_ratio,
                processor=None,
                score_cutoff=threshold,
            )
        if match is None:
            reps.append(key)
            members.append([key])
        else:
            members[match[2]].append(key)
    groups = [
        GapGroup(
            question=originals[keys[0]],
            count=sum(counts[k] for k in keys),
            examples=[originals[k] for k in keys[1 : 1 + EXAMPLES]],
        )
        for keys in members
    ]
    groups.sort(key=lambda g: -g.count)  # stable: ties keep the order they were found in
    return groups[:limit]
