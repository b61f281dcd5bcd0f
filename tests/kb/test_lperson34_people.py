"""Everything on a person, in the shapes members type (lperson34).

Before: a person the cards only tell of, no card's alias ("Olivier Bohbot", Nexa's president), got no
list or a partial one; "the stuff X did", "entries mentioning X", "X, what do we have on him" were no
requests for everything; "Phineas Fisher" was no person because "Fisher" is a common English word.
Each shape is tested on other people than the questions that showed it, with twins that stay as they were.
"""

from __future__ import annotations

import pytest

from tests.kb.listing import listed


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        # a person the cards tell of (their bodies name him), asked by the full name
        ("Olivier Bohbot: all of it", {"amesys-nexa", "case-nexa-egypt-cerebro"}),
        ("anything on Olivier Bohbot", {"amesys-nexa", "case-nexa-egypt-cerebro"}),
        ("Renaud Roques, what do we have on him", {"amesys-nexa", "case-nexa-egypt-cerebro"}),
        ("entries mentioning Ray Mauritsson", {"axis-communications", "case-axis-china-psb"}),
        ("tout ce qui concerne Stéphane Salies", {"amesys-nexa", "case-nexa-egypt-cerebro"}),
        # an alias whose surname is a common word, said with the given name
        ("the stuff Bobi Wine did", {"case-huawei-uganda-zambia"}),
    ],
)
def test_everything_on_a_person_lists_the_cards_telling_of_them(
    service, question: str, wanted: set[str]
) -> None:
    assert listed(service, question) == wanted


@pytest.mark.parametrize(
    "question",
    [
        "what did Olivier Bohbot do in Egypt?",  # one thing he did: the engine's answer
        "everything on Jean Dupont",  # no card names him: nothing listed
        "the stuff Jean Dupont did",
    ],
)
def test_one_thing_a_person_did_or_an_unknown_person_gets_no_list(service, question: str) -> None:
    assert listed(service, question) == set()


def test_a_person_of_an_alias_keeps_their_list(service) -> None:
    assert listed(service, "everything on Tal Dilian") == {"intellexa-cytrox", "us-ofac-spyware-sanctions"}


def test_a_product_named_with_a_common_word_is_no_person(service) -> None:
    # "Heliconia Noise" is Variston's framework: its given word is another of Variston's names
    assert listed(service, "anything about Heliconia Noise") == {"variston"}
