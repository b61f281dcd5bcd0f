"""`resolve`: what /vendor, /rule and /case (and the console) show for a typed name."""

from __future__ import annotations

from bot.kb.service import KnowledgeService
from bot.settings import ROOT


async def _kb() -> KnowledgeService:
    return await KnowledgeService.load(ROOT / "knowledge")


async def test_id_title_and_alias_resolve_within_their_kind() -> None:
    kb = await _kb()
    assert kb.resolve("idemia", "vendor").id == "idemia"
    assert kb.resolve("Morpho", "vendor").id == "idemia"  # an alias
    assert kb.resolve("  FinSpy ", "vendor").id == "gamma-finfisher"


async def test_a_name_of_another_kind_is_not_returned() -> None:
    kb = await _kb()
    resolved = kb.resolve("idemia", "rule")
    assert resolved is None or resolved.kind == "rule"


async def test_unknown_names_resolve_to_nothing() -> None:
    kb = await _kb()
    assert kb.resolve("Totally Unknown Widgets Ltd", "vendor") is None


async def test_a_name_typed_in_part_resolves_when_only_one_entry_fits() -> None:
    kb = await _kb()
    assert kb.resolve("hikvis", "vendor").id == "hikvision"
    assert kb.resolve("wassen", "rule").id == "wassenaar-arrangement"
    assert kb.resolve("blue coat syr", "case").id == "case-blue-coat-syria"
    assert kb.resolve("zz", "vendor") is None  # too short to complete on its own


async def test_a_place_several_entries_are_about_opens_none_of_them() -> None:
    """'/case Poland' opened the EU export data gap (its alias 'Poland Rwanda surveillance exports'
    was the one title starting so), not Pegasus in Poland; '/case Egypt' one of five Egypt cases,
    '/vendor China' Hikvision. A place alone is no name when several entries of the kind are about
    it: the member is offered them; one named with its place still opens."""
    kb = await _kb()
    assert kb.resolve("Poland", "case") is None
    assert kb.resolve("Egypt", "case") is None
    assert kb.resolve("China", "vendor") is None
    assert kb.resolve("pegasus poland", "case").id == "case-pegasus-poland"
    assert kb.resolve("Libya", "case").id == "case-amesys-libya"  # the one case about Libya
