"""Lists by who reported (a newsroom), by what a government body did, and by who sold to a regime
(session 33, lsrc): what a member gets, and the twins that keep what they got."""

from __future__ import annotations

from bot.kb.service import KnowledgeService
from tests.kb.listing import assert_listed


def _ids(kb: KnowledgeService, question: str) -> set[str]:
    return {e.id for e in kb.search(question).items}


def test_a_newsrooms_scoops_are_the_cards_telling_its_reporting(kb: KnowledgeService) -> None:
    # Haaretz is told in the cards' body and sources, not their titles: the list was empty
    assert_listed(kb, "Haaretz scoops", {"quadream", "cellebrite", "case-paragon-italy"})
    assert_listed(kb, "which firms did WIRED name", {"narus", "vastech", "zte", "amesys-nexa"}, {"nso-group"})


def test_a_campaign_groups_findings_stay_read_from_title_and_summary(kb: KnowledgeService) -> None:
    got = _ids(kb, "what did Microsoft's threat researchers expose")
    assert {"candiru", "dsirf", "quadream"} <= got
    assert {"case-hermit-2022", "rcs-lab"} <= _ids(kb, "what did Lookout find")


def test_a_bodys_own_measures_are_listed_without_a_word_of_sanction(kb: KnowledgeService) -> None:
    treasury = {"us-ofac-spyware-sanctions", "us-other-measures", "intellexa-cytrox"}
    # Commerce's list, not the Treasury's
    assert_listed(kb, "measures from the US Treasury or State Dept", treasury, {"us-entity-list"})
    state = _ids(kb, "what has the State Department done?")
    assert state == {"us-other-measures", "us-ofac-spyware-sanctions"}
    french = _ids(kb, "Qui figure dans les mesures de Washington côté Trésor ?")
    assert {"us-ofac-spyware-sanctions", "intellexa-cytrox", "sensetime-megvii-iflytek-yitu"} <= french


def test_a_sanction_by_a_body_still_lists_its_firms_only(kb: KnowledgeService) -> None:
    assert _ids(kb, "which firms did the Treasury sanction?") == {
        "intellexa-cytrox",
        "sensetime-megvii-iflytek-yitu",
    }


def test_who_sold_to_a_regime_reads_its_ruler_and_its_services_as_the_country(kb: KnowledgeService) -> None:
    assert {"trovicor", "gamma-finfisher"} <= _ids(kb, "who supplied kit to Bahrain's security services?")
    assert {"area-spa", "case-area-syria"} <= _ids(
        kb, "Wer hat dem Assad-Regime Abhör- und Filtertechnik verkauft?"
    )
    assert {"amesys-nexa", "case-amesys-libya"} <= _ids(kb, "من زوّد ليبيا القذافي بأنظمة المراقبة؟")
    assert {"case-area-syria", "area-spa"} <= _ids(kb, "who sold surveillance tech to the Assad regime?")


def test_a_single_question_stays_single(kb: KnowledgeService) -> None:
    # no list, and the single answer's own reading: NSO first among the cards offered, the visa
    # restrictions answered by the sanctions card that records them
    nso = kb.search("did NSO sell to Mexico?")
    assert nso.items == [] and nso.alternatives and nso.alternatives[0].id == "nso-group"
    visa = kb.search("spyware visa restrictions")
    assert visa.items == [] and visa.answered and visa.entry is not None
    assert visa.entry.id == "us-ofac-spyware-sanctions"
