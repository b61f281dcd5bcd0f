"""Every mutation of the gate still applies to today's code.

CI runs only a random sample of the mutations (`python -m tests.mutations run --sample 3`), so a
mutation whose target text a change moved would otherwise fail CI by lot, long after the change.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.mutations.__main__ import load, mutate

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("mutation", load(), ids=lambda m: m.id)
def test_each_mutation_applies_to_the_code_it_names(mutation: object) -> None:
    source = (ROOT / mutation.file).read_text(encoding="utf-8")  # type: ignore[attr-defined]
    assert mutate(source, mutation) != source  # type: ignore[arg-type]
