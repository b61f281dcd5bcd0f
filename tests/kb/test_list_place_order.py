"""A list about a place puts first the entries that are about it, and says where each names it.

member14 (issue 10, item 5): "anything on morocco?" listed the Hacking Team leak first and BAE
Systems third, though BAE's summary is the only one that names Morocco; the leak names it once among
eleven customers. A member reading top-down met the passing mentions first and could not tell, from
the list, why any item was there. Now the summary's mention comes first, and each item carries the
entry's own sentence naming the place (`why`, a new optional field of `ask --json`'s list items).
"""

from __future__ import annotations

from bot.kb.service import KnowledgeService


def test_the_entry_whose_summary_names_the_place_comes_first(kb: KnowledgeService) -> None:
    items = [e.id for e in kb.search("anything on morocco?").items]
    assert items[0] == "bae-systems", items
    assert items.index("bae-systems") < items.index("case-hacking-team-leak-2015")


def test_each_item_carries_its_own_sentence_naming_the_place(kb: KnowledgeService) -> None:
    result = kb.search("anything on morocco?")
    assert "Morocco" in result.why["bae-systems"]
    assert "Morocco" in result.why["case-hacking-team-leak-2015"]
    for entry in result.items:  # the sentence is the entry's own words, never made up
        if entry.id in result.why:
            assert result.why[entry.id] in " ".join(f"{entry.summary} {entry.body}".split())
    shape = result.to_json()["list"]
    bae = next(item for item in shape if item["id"] == "bae-systems")
    assert "Morocco" in bae["why"]
    assert set(bae) == {"id", "kind", "title", "summary", "why"}  # the existing fields unchanged


def test_a_list_with_no_place_carries_no_sentence(kb: KnowledgeService) -> None:
    result = kb.search("which companies sell spyware?")
    assert result.items
    assert result.why == {}
    assert all("why" not in item for item in result.to_json()["list"])
