"""How members ask for a list beyond "which companies": everything held on a place ("anything about
Egypt?", "alles über Ägypten?"), a singular noun after "every"/"each", and the words that look like a
list request but are not one ("which ones" about states, "any sanctions list", a plural noun that
names one entry). Issue 10 item 5: the list vocabulary fitted the phrasings it was tuned on; these are
other phrasings of the same causes (bot/kb/list_asks.py)."""

from __future__ import annotations

import pytest

from tests.kb.listing import listed


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("anything regarding Morocco", {"case-pegasus-project-2021", "quadream", "nso-group"}),
        ("alles über Ägypten?", {"case-nexa-egypt-cerebro", "case-egypt-nour-eltantawy", "amesys-nexa"}),
        ("что у вас есть о Сирии?", {"case-area-syria", "case-blue-coat-syria", "blue-coat"}),
        ("tout sur la Libye", {"case-amesys-libya", "amesys-nexa", "vastech"}),
    ],
)
def test_everything_on_a_place_is_the_list_of_what_is_held_there(kb, question, wanted) -> None:
    assert wanted <= listed(kb, question)


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
def test_everything_on_something_unknown_or_pointed_at_is_no_list(kb, question) -> None:
    assert listed(kb, question) == set()


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("name each company that sold surveillance tech to Libya", {"amesys-nexa", "zte", "vastech"}),
        ("nenne jede Firma, die Spyware nach Mexiko verkauft hat", {"nso-group", "quadream"}),
        ("give me every case about Greece", {"case-predatorgate-greece"}),
    ],
)
def test_every_with_a_singular_noun_asks_for_the_list(kb, question, wanted) -> None:
    assert wanted <= listed(kb, question)


def test_which_ones_about_places_is_no_list_of_entries(kb) -> None:
    # "which ones" points back to the monarchies, not to entries
    assert listed(kb, "NSO sold Pegasus to gulf monarchies? which ones") == set()
    assert listed(kb, "did Hikvision cameras end up in several provinces? which ones") == set()
    # after a kind of entry it still asks for them
    assert {"rcs-lab", "hacking-team"} <= listed(kb, "Italian spyware vendors - which ones do you have?")


def test_a_named_list_is_no_request_for_a_list(kb) -> None:
    # "any sanctions list": a yes-or-no question about Dahua, not the rules on sanctions
    assert listed(kb, "Is Dahua on any sanctions list?") == set()
    # "list" as the request still asks for one
    got = listed(kb, "give me a list of companies that sold spyware to Mexico")
    assert {"nso-group", "quadream"} <= got


def test_a_short_plural_that_names_one_entry_is_that_entry(kb) -> None:
    result = kb.search("Treasury spyware sanctions")
    assert result.items == []
    assert result.entry is not None and result.entry.id == "us-ofac-spyware-sanctions"


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        # a request of several words instead of "which"
        ("give me the Dutch companies you cover", {"noldus", "tkh-group"}),
        ("do you have cases about Candiru?", {"case-candiru-victims-2021", "case-catalangate-2022"}),
        # a request after what it asks for
        ("Italian spyware firms - all of them please", {"hacking-team", "rcs-lab"}),
        ("spyware vendors that sold to Mexico? list them all please", {"nso-group", "quadream"}),
    ],
)
def test_a_request_without_which_asks_for_the_list(kb, question, wanted) -> None:
    assert wanted <= listed(kb, question)


def test_based_in_the_country_is_the_firms_home(kb) -> None:
    got = listed(kb, "Name the surveillance vendors based in the Netherlands")
    assert {"noldus", "tkh-group"} <= got
    # not every vendor whose gear or case touched the Netherlands
    assert all(
        e in {"noldus", "tkh-group", "case-noldus-china", "case-automated-apartheid-2023"} for e in got
    )


def test_who_sells_a_kind_of_gear_asks_for_the_firms(kb) -> None:
    assert {"sandvine", "amesys-nexa"} <= listed(kb, "who supplied DPI gear to Egypt?")
    assert {"hikvision", "dahua"} <= listed(kb, "who makes facial recognition cameras?")


@pytest.mark.parametrize(
    "question",
    [
        "who made the spyware used against Mansoor?",  # one case's firms: the engine answers
        "who sells Pegasus?",  # one product: one firm
        "who buys Hikvision cameras?",  # buyers are no firms in the knowledge base
        "who made it? the DPI gear in Egypt",  # pointed at
    ],
)
def test_who_about_one_thing_stays_one_answer(kb, question) -> None:
    assert listed(kb, question) == set()
