"""Lists asked by who reported, and by a month written in another language (session 31, lsource).

"What has Lookout turned up?" and "what did IPVM dig up about Xinjiang?" came back empty: naming an
organisation and a verb of finding asked for nothing the list reader knew. Now they list the entries
whose text says the organisation did it, narrowed by the rest of the question, while a question about
one thing an organisation found ("how many victims did Microsoft find?", "what did IPVM find on
Hikvision?", "the Austrian firm Microsoft exposed, what's it called?") stays the engine's answer.
"Alles aus Oktober 2019" listed nothing: a month was read only in English; now in every campaign
language, and a common English word before a year ("entity list 2019") is no other language's month.
"""

from __future__ import annotations

import pytest

from bot.kb.list_sources import asked
from bot.kb.place_names import words_of
from bot.kb.service import KnowledgeService


@pytest.fixture
def service(kb: KnowledgeService) -> KnowledgeService:
    return kb


def _ids(service: KnowledgeService, question: str) -> set[str]:
    return {e.id for e in service.search(question).items}


def _asks(question: str) -> bool:
    return asked(words_of(question), question)


def test_what_an_organisation_found_is_listed(service: KnowledgeService) -> None:
    assert _ids(service, "what did Lookout find?") == {"case-hermit-2022", "rcs-lab"}
    got = _ids(service, "what has IPVM uncovered about Xinjiang?")
    assert {"case-hikvision-dahua-xinjiang", "hikvision", "dahua"} <= got


def test_what_an_organisation_attributed_is_listed(service: KnowledgeService) -> None:
    got = _ids(service, "exploit sellers Google's researchers linked")
    assert {"rcs-lab", "variston"} <= got


def test_an_organisations_reports_are_listed(service: KnowledgeService) -> None:
    assert {"case-eu-export-data-gap"} <= _ids(service, "Human Rights Watch reports")


@pytest.mark.parametrize(
    "question",
    [
        "how many victims did microsoft and citizen lab find for candiru",
        "microsoft found some austrian spyware hitting law firms, who is it",
        "austrian spyware firm microsoft exposed in 2022, whats it called again",
        "write me a tweet about the HRW export report",
        "hikvision uighur camps - what did ipvm find",
        "did Citizen Lab find Pegasus in Mexico?",
        "spyware Citizen Lab found on an Egyptian opposition politician's phone in 2021",
    ],
)
def test_one_thing_an_organisation_found_is_no_source_list(question: str) -> None:
    assert not _asks(question)


def test_one_thing_an_organisation_found_stays_the_engines(service: KnowledgeService) -> None:
    assert not _ids(service, "how many victims did microsoft and citizen lab find for candiru")
    assert not _ids(service, "what did IPVM find about Hikvision in Xinjiang?")


@pytest.mark.parametrize(
    "question", ["Alles aus Oktober 2019", "Wszystko z października 2019", "Tout ce qui date d'octobre 2019"]
)
def test_a_month_in_another_language_dates_the_list(service: KnowledgeService, question: str) -> None:
    got = _ids(service, question)
    assert {"hikvision", "dahua", "us-entity-list", "case-whatsapp-v-nso"} <= got
    assert not {"case-pegasus-project-2021", "case-hacking-team-leak-2015"} & got


def test_a_month_no_card_dates_stays_empty(service: KnowledgeService) -> None:
    """January 2019 dates no card, October 2019 does: read alike, the month would go unread."""
    assert not _ids(service, "Alles aus Januar 2019")
    assert {"hikvision", "dahua"} <= _ids(service, "Alles aus Oktober 2019")


def test_an_english_word_before_a_year_is_no_month(service: KnowledgeService) -> None:
    assert {"hikvision", "dahua", "us-entity-list"} <= _ids(service, "entity list 2019 additions")


def test_an_abbreviated_month_dates_the_list(service: KnowledgeService) -> None:
    whole = _ids(service, "firms put on the US blacklist in November 2021")
    assert whole and _ids(service, "firms put on the US blacklist in Nov 2021") == whole
    assert {"hikvision", "us-entity-list"} <= _ids(service, "anything from Oct 2019?")
