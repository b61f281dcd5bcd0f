"""listsC19: names inflected as Polish, Czech and Russian inflect them. "w których krajach UE był skandal
z Pegasusem?" and "Kto był inwigilowany Pegasusem?" named no entry, so no list: a one-word name of five
letters or more takes a case ending ("Pegasusem", "Pegasusa", "Predatorem"). English words built on a
name ("predatory") are no inflected name."""

from __future__ import annotations

import pytest

from bot.kb.list_bare import bare_named
from bot.kb.service import KnowledgeService
from tests.kb.listing import listed


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Kto był inwigilowany Pegasusem?", {"case-pegasus-poland", "case-pegasus-hungary"}),
        ("w których krajach UE był skandal z Pegasusem?", {"case-pegasus-poland", "case-pegasus-hungary"}),
        ("Które kraje UE używały Pegasusa?", {"case-pegasus-poland", "case-catalangate-2022"}),
    ],
)
def test_an_inflected_name_narrows_the_list(kb: KnowledgeService, question: str, wanted: set[str]) -> None:
    got = listed(kb, question)
    assert wanted <= got
    assert "case-predatorgate-greece" not in got


def test_inflected_names_are_read_and_english_words_are_not(kb: KnowledgeService) -> None:
    names = kb._names
    assert "nso-group" in names.named("skandal z pegasusem")
    assert bare_named("Kto był inwigilowany Predatorem?", names) == {"intellexa-cytrox"}
    assert bare_named("predatory pricing by Predatory firms", names) == set()
