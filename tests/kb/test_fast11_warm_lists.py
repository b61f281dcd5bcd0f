"""A member's first list question must not wait for the list tables to be read (fast11).

Each table of data/list_words.yaml (demonyms, regions, vague places, who sanctions, who fines, listing
reasons) used to parse the whole file again on the first question that needed it: ~130 ms for the
first list question, paid again by every new search worker child (the parent never searched). The
service reads them all when it is built, so the questions asked after that parse no YAML.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import yaml

from bot.kb import authorities, list_authority, list_fines, place_names, places, topics
from bot.kb.check import CheckReport
from bot.kb.service import KnowledgeService

TABLES = (
    place_names.list_words,
    place_names.demonyms,
    place_names.regions,
    places.vague_places,
    authorities.authority_words,
    place_names.country_names,
    list_fines._fine_words,
    list_authority._said,
    topics.topics,
)


@pytest.fixture
def cold_tables() -> Iterator[None]:
    """As in a fresh process: no list table read yet."""
    for table in TABLES:
        table.cache_clear()
    yield


@pytest.mark.usefixtures("cold_tables")
def test_list_questions_after_the_service_is_built_read_no_data_file(
    shipped: CheckReport, monkeypatch: pytest.MonkeyPatch
) -> None:
    kb = KnowledgeService.from_entries(shipped.entries)
    parsed: list[str] = []
    real = yaml.safe_load

    def spy(stream: object) -> object:
        parsed.append(str(stream)[:60])
        return real(stream)

    monkeypatch.setattr(yaml, "safe_load", spy)
    for question in (
        "which companies sold surveillance technology to Egypt?",
        "which companies were sanctioned by the US?",
        "which Chinese companies were fined by the EU?",
        "which firms sold spyware to North Africa?",
        "which companies in Latin America were listed for human rights reasons?",
    ):
        kb.search(question)
    assert parsed == []
