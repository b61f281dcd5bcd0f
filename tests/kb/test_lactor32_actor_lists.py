"""Lists by who did it or who was behind it (session 32, lactor).

"What did Google's threat team pin on spyware makers?" came back empty: the organisation's team
("threat team", "researchers", "analysts") was counted as more words of a question about one thing.
"Who was behind the Subzero attacks?" came back empty too: one case named, "who ... behind" asked for
its firms, and only products' makers were read. Now both list; a question about one finding or one
product's maker stays the engine's answer.
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


def test_an_organisations_team_is_its_name() -> None:
    assert _asks("what did Google's threat team pin on spyware makers?")
    assert _asks("spyware makers Microsoft's researchers have attributed tools to")
    # twins: one document, a question word, a long story stay one thing
    assert not _asks("what did Amnesty's 2023 report find about Hebron?")
    assert not _asks("how many victims did Microsoft's threat team find?")
    assert not _asks("spyware Citizen Lab's researchers found on an Egyptian politician's phone in 2021")


def test_what_googles_team_attributed_is_listed(service: KnowledgeService) -> None:
    got = _ids(service, "what did Google's threat team pin on spyware makers?")
    assert {"rcs-lab", "variston"} <= got


def test_who_was_behind_a_named_case_lists_it_and_its_firms(service: KnowledgeService) -> None:
    assert _ids(service, "who was behind the Subzero attacks?") == {"case-dsirf-subzero", "dsirf"}
    assert {"case-catalangate-2022", "nso-group", "candiru"} <= _ids(service, "who was behind Catalangate?")


def test_who_is_behind_a_product_stays_its_maker(service: KnowledgeService) -> None:
    # a product named, or a case that is a report ("who made the Predator Files?"), is the engine's
    assert _ids(service, "Wer steckt hinter der Spionagesoftware Pegasus?") == set()
    assert _ids(service, "chi c'è dietro lo spyware Hermit? un'azienda milanese?") == set()
    assert _ids(service, "who made the Predator Files?") == set()
    assert _ids(service, "who was behind Catalangate and how did the researchers catch them?") == set()


def test_firms_an_organisation_acted_on_are_listed(service: KnowledgeService) -> None:
    # Meta's takedown: "kick off", "remove" are its acts, Meta the actor that narrows them
    got = _ids(service, "apart from Cytrox, who else did Meta kick off in its Dec 2021 purge?")
    assert {"cobwebs-technologies", "cognyte", "black-cube"} <= got
    assert "intellexa-cytrox" not in got
    assert {"cobwebs-technologies", "cognyte", "black-cube"} <= _ids(
        service, "who was removed by Facebook in 2021?"
    )


def test_an_act_with_nothing_narrowing_stays_unlisted(service: KnowledgeService) -> None:
    # twins: nobody who acted, or a people-targeting verb with an organisation, stay as they were
    assert _ids(service, "who was removed?") == set()
    assert _ids(service, "who was hacked according to Citizen Lab?") == set()


def test_who_was_behind_attacks_in_a_place_lists_the_firms(service: KnowledgeService) -> None:
    got = _ids(service, "who was behind the 2022 phone infections in Kazakhstan?")
    assert {"rcs-lab", "case-hermit-2022"} <= got


def test_who_is_behind_without_a_narrowing_stays_the_engines() -> None:
    from bot.kb import list_asks, list_who
    from bot.kb.list_query import SELLER_WORDS

    def reads(q: str) -> bool:
        return list_who.asks_who_sold(list_asks.split_compounds(words_of(q)), SELLER_WORDS)

    assert reads("who was behind the 2022 phone infections in Kazakhstan?")
    assert not reads("who was behind it?")
    assert not reads("who is behind Predator?")
    assert not reads("who was supplied gear by Amesys?")  # the buyer, passive: never the sellers
