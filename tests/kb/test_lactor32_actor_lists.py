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
from tests.kb.listing import listed as _ids


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


# session 32 fix round (fixwho): the lists above stated false facts


@pytest.mark.parametrize(
    "question",
    [
        "who was removed from the entity list?",
        "who got kicked off the entity list?",
        "who did Commerce remove?",
        "who was removed from the US blacklist?",
        "who did the EU remove from the list?",
        "who was removed from the OFAC list?",
        "who did Treasury remove from the sanctions list?",
        "who was suspended by the EU?",
        "who did Google remove?",
        "who did Microsoft kick off?",
        "who did Amnesty remove?",
        "who did Citizen Lab kick off?",
    ],
)
def test_a_removal_no_card_records_is_no_list(service: KnowledgeService, question: str) -> None:
    # before: the listed firms (the opposite), or the firms an organisation only reported
    assert _ids(service, question) == set()


def test_a_platform_that_removed_firms_lists_them(service: KnowledgeService) -> None:
    # twins: Meta's cards tell it removing the firms
    for question in ("who did Meta remove?", "who did Meta kick off?", "who was banned by Meta?"):
        assert {"cobwebs-technologies", "cognyte", "black-cube"} <= _ids(service, question)


@pytest.mark.parametrize(
    "question",
    [
        "who was behind the Hacking Team leak?",
        "who was behind the Hacking Team hack?",
        "who was behind the Phineas Fisher leak?",
        "who was behind the WhatsApp lawsuit?",
        "who was behind WhatsApp v. NSO?",
        "who was behind the Clearview fines?",
        "who was behind the FinFisher prosecution?",
        "who was behind the Meta takedown?",
        "who was behind the Bad Traffic report?",
        "who was behind the Automated Apartheid report?",
        "who was behind the Catalangate investigation?",
        "who was behind the Pegasus Project reporting?",
        "who was behind the Predator Files investigation?",
    ],
)
def test_who_was_behind_an_exposure_is_the_case_card(service: KnowledgeService, question: str) -> None:
    # before: the case and the firm it exposed listed as "behind" it
    assert _ids(service, question) == set()


def test_who_was_behind_an_attack_case_keeps_its_firms(service: KnowledgeService) -> None:
    assert {"case-catalangate-2022", "nso-group", "candiru"} <= _ids(service, "who was behind Catalangate?")
    assert {"case-predatorgate-greece", "intellexa-cytrox"} <= _ids(service, "who was behind Predatorgate?")


@pytest.mark.parametrize("place", ["Ireland", "Sweden", "Germany", "France", "the Netherlands"])
def test_attacks_in_a_firms_home_list_no_home_firm(service: KnowledgeService, place: str) -> None:
    # before: Intellexa (a seat in Ireland), Axis (Swedish), the home firms of each place
    assert _ids(service, f"who was behind the attacks in {place}?") == set()


def test_attacks_where_they_were_keep_their_firms(service: KnowledgeService) -> None:
    hk = _ids(service, "who was behind the attacks in Hong Kong?")
    assert "cellebrite" in hk and "sensetime-megvii-iflytek-yitu" not in hk
    poland = _ids(service, "who was behind the attacks in Poland?")
    assert "nso-group" in poland and "case-eu-export-data-gap" not in poland
    assert "sandvine" not in _ids(service, "who was behind the attacks in Canada?")
    assert {"rcs-lab", "case-hermit-2022"} <= _ids(service, "who was behind the attacks in Kazakhstan?")
    assert "candiru" in _ids(service, "who was behind the attacks in Spain in 2021?")
    assert "candiru" in _ids(service, "who was behind the attacks in Armenia?")
    assert "huawei" in _ids(service, "who was behind the attacks in Uganda?")
    assert "intellexa-cytrox" in _ids(service, "who was behind the attacks in Angola in 2024?")
    assert "case-area-syria" in _ids(service, "who was behind the attacks in Syria?")
    assert "amesys-nexa" in _ids(service, "who was behind the attacks in Libya?")
    assert "gamma-finfisher" in _ids(service, "who was behind the attacks in Bahrain?")
