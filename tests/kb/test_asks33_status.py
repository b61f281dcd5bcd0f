"""A present status asked of a firm the question names ('is hikvision still blacklisted?'): the firm's
own card tells it ('On the US Entity List since Oct 2019'); its case, which tells 2019 and nothing of
now, was answered at 0.65. The firm's card answers wherever it ranks, when linked with the first;
a status no card tells stays refused."""

from __future__ import annotations

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


def test_a_status_asked_of_a_named_firm_gets_its_own_card(engine: SearchEngine) -> None:
    answered(engine, "is hikvision still blacklisted?", "hikvision")
    answered(engine, "is nso still blacklisted?", "nso-group")


def test_twins_stay_as_they_were(engine: SearchEngine) -> None:
    answered(engine, "is candiru still blacklisted?", "candiru")
    answered(engine, "is hikvision on the entity list?", "hikvision")
    # a status no card tells of the firm stays refused
    refused(engine, "is hikvision still sold in the UK?")
