"""Lists the attack on session 31's round 1 found wrong, each with the twin that must keep its list.

"procure" asked about customers lost every list once it was read as a government's own purchasing;
German "Liste" and Spanish "lista" before a year were read as Polish "listopad" (November) and emptied
2019's listings; "name" read as a reporting verb turned "what did Citizen Lab name the spyware?" into a
list of everything Citizen Lab found."""

from __future__ import annotations

from bot.kb.service import KnowledgeService
from tests.kb.listing import listed


def test_customers_procuring_spyware_are_still_listed(kb: KnowledgeService) -> None:
    assert "case-pegasus-mexico-2017" in listed(kb, "which governments procured Pegasus?")
    # the twin: a government's own procurement is still the procurement topic
    barred = listed(kb, "which makers are barred from US federal purchasing?")
    assert {"hikvision", "dahua", "huawei"} <= barred, barred


def test_a_list_word_before_a_year_is_no_november(kb: KnowledgeService) -> None:
    got = listed(kb, "Empresas en la lista 2019")
    assert {"hikvision", "dahua"} <= got, got
    # the twin: Polish November itself still narrows to the month
    assert "hikvision" not in listed(kb, "Wszystko z listopada 2021")


def test_a_name_asked_of_a_report_is_no_list_of_its_findings(kb: KnowledgeService) -> None:
    assert not listed(kb, "what did Citizen Lab name the spyware?")
    assert {"case-hermit-2022", "rcs-lab"} <= listed(kb, "what has Lookout turned up?")
