"""Members ask which products went where ("which spyware was used in Greece?", "welche Spähsoftware
...", "quels logiciels espions ..."), and for every firm of a kind by a singular noun ("every French
vendor please"). The first got no list at all (no plural noun of a kind); the second read "French"
as a place the firms sold to, so Italian and American firms whose gear reached France came too."""

from __future__ import annotations

import pytest

from tests.kb.listing import listed

GREECE = {"intellexa-cytrox", "case-predatorgate-greece"}


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("which spyware turned up in Greece?", GREECE),
        ("Welche Spähsoftware wurde in Griechenland eingesetzt?", GREECE),
        ("Quels logiciels espions ont servi en Espagne ?", {"case-catalangate-2022", "candiru"}),
        ("¿Qué programas espía se usaron en México?", {"nso-group", "case-pegasus-mexico-2017"}),
        ("what spyware has been found in Hungary?", {"nso-group", "case-pegasus-hungary"}),
    ],
)
def test_which_products_a_place_got_lists_their_firms_and_cases(kb, question, wanted) -> None:
    got = listed(kb, question)
    assert wanted <= got
    assert "case-pegasus-jordan-2024" not in got  # a place narrows the products: not every spyware case


@pytest.mark.parametrize(
    "question",
    [
        "what is spyware?",  # what it is, not which ones
        "what spyware does NSO sell?",  # one firm named: its card
        "does EO 14093 ban all spyware in Greece?",  # a yes/no question about one rule
        "which spyware did they put on his phone in Egypt?",  # one person's case
        "which spyware is the most dangerous?",  # nothing narrows the products: the engine answers
    ],
)
def test_a_question_about_one_product_or_case_stays_one_answer(kb, question) -> None:
    assert listed(kb, question) == set()


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("every French vendor please", {"amesys-nexa", "idemia", "qosmos"}),
        ("list every Italian vendor you have", {"area-spa", "hacking-team", "rcs-lab"}),
        ("jede deutsche Firma bitte", {"trovicor", "utimaco"}),
    ],
)
def test_every_firm_of_an_origin_is_the_firms_from_there(kb, question, wanted) -> None:
    got = listed(kb, question)
    assert wanted <= got
    # firms from elsewhere whose gear reached the place, and cases there, are not what was asked
    assert not {e for e in got if e.startswith("case-")}
    assert "clearview-ai" not in got


@pytest.mark.parametrize(
    "question",
    [
        "which spyware is outlawed in the US?",
        "what spyware did the US sanction in 2024?",
        "which spyware is legal in Germany?",
        "¿Qué programas espía están prohibidos en Estados Unidos?",
    ],
)
def test_which_products_a_rule_bans_or_allows_is_no_list_of_products_found_there(kb, question) -> None:
    # the member asks what a rule covers: a list of the spyware found in the US (Candiru's victims,
    # FinFisher in Bahrain, the WhatsApp suit) answered a question it does not touch
    assert listed(kb, question) == set()
