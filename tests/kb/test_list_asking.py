"""How members ask for a list beyond "which companies": everything held on a place ("anything about
Egypt?", "alles über Ägypten?"), a singular noun after "every"/"each", and the words that look like a
list request but are not one ("which ones" about states, "any sanctions list", a plural noun that
names one entry). Issue 10 item 5: the list vocabulary fitted the phrasings it was tuned on; these are
other phrasings of the same causes (bot/kb/list_asks.py)."""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService


@pytest.fixture(scope="module")
def service(shipped) -> KnowledgeService:
    return KnowledgeService.from_entries(shipped.entries)


def listed(service: KnowledgeService, question: str) -> set[str]:
    return {e.id for e in service.search(question).items}


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("anything regarding Morocco", {"case-pegasus-project-2021", "quadream", "nso-group"}),
        ("alles über Ägypten?", {"case-nexa-egypt-cerebro", "case-egypt-nour-eltantawy", "amesys-nexa"}),
        ("что у вас есть о Сирии?", {"case-area-syria", "case-blue-coat-syria", "blue-coat"}),
        ("tout sur la Libye", {"case-amesys-libya", "amesys-nexa", "vastech"}),
    ],
)
def test_everything_on_a_place_is_the_list_of_what_is_held_there(service, question, wanted) -> None:
    assert wanted <= listed(service, question)


@pytest.mark.parametrize(
    "question",
    [
        # a firm the knowledge base does not hold: the engine says so, not a list of Malta's entries
        "anything on Orbitrix Signals in Israel",
        "anything on a Greek firm called Orbitrix Signals?",
        # "that" is what the member said before: one thing
        "Hacking Team sold to Sudan, right? anything on that",
    ],
)
def test_everything_on_something_unknown_or_pointed_at_is_no_list(service, question) -> None:
    assert listed(service, question) == set()


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("name each company that sold surveillance tech to Libya", {"amesys-nexa", "zte", "vastech"}),
        ("nenne jede Firma, die Spyware nach Mexiko verkauft hat", {"nso-group", "quadream"}),
        ("give me every case about Greece", {"case-predatorgate-greece"}),
    ],
)
def test_every_with_a_singular_noun_asks_for_the_list(service, question, wanted) -> None:
    assert wanted <= listed(service, question)


def test_which_ones_about_places_is_no_list_of_entries(service) -> None:
    # "which ones" points back to the monarchies, not to entries
    assert listed(service, "NSO sold Pegasus to gulf monarchies? which ones") == set()
    assert listed(service, "did Hikvision cameras end up in several provinces? which ones") == set()
    # after a kind of entry it still asks for them
    assert {"rcs-lab", "hacking-team"} <= listed(service, "Italian spyware vendors - which ones do you have?")


def test_a_named_list_is_no_request_for_a_list(service) -> None:
    # "any sanctions list": a yes-or-no question about Dahua, not the rules on sanctions
    assert listed(service, "Is Dahua on any sanctions list?") == set()
    # "list" as the request still asks for one
    got = listed(service, "give me a list of companies that sold spyware to Mexico")
    assert {"nso-group", "quadream"} <= got


def test_a_short_plural_that_names_one_entry_is_that_entry(service) -> None:
    result = service.search("Treasury spyware sanctions")
    assert result.items == []
    assert result.entry is not None and result.entry.id == "us-ofac-spyware-sanctions"
