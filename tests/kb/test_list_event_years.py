"""A list question's year is the year of the fact it asks about, not any year of the entry
(attack7's review).

"Which vendors were added to the Entity List in 2021?" listed SenseTime and Dahua (listed in 2019) and
Intellexa (listed in 2023), because each mentions 2021 somewhere; "...in 2019?" listed NSO (listed in
2021); "Which companies were sanctioned in 2024?" listed NSO, whose 2024 fact is a court ruling. Each
named firm then stood on the list for a listing or sanction it never had that year. Dates from the
knowledge entries (knowledge/vendors/*.md) and the brief: Entity List Oct 2019 (Hikvision, Dahua,
SenseTime group, Meiya Pico), Nov 2021 (NSO, Candiru, Positive Technologies, COSEINC), July 2023
(Intellexa); OFAC on Intellexa March 2024; Entity List on Sandvine Feb 2024.
"""

from __future__ import annotations

import json

import pytest

LISTED_2019 = frozenset({"hikvision", "dahua", "sensetime-megvii-iflytek-yitu"})
LISTED_2021 = frozenset({"nso-group", "candiru"})
INTELLEXA = frozenset({"intellexa-cytrox"})


def _case(question: str, named: frozenset[str], not_named: frozenset[str], id: str) -> object:
    return pytest.param(question, named, not_named, id=id)


CASES = [
    *(
        _case(q, LISTED_2021, LISTED_2019 | INTELLEXA, f"entity-list-2021-{lang}")
        for lang, q in (
            ("en", "Which vendors were added to the Entity List in 2021?"),
            ("de", "Welche Firmen wurden 2021 auf die Entity List gesetzt?"),
            ("es", "¿Qué empresas fueron añadidas a la Entity List en 2021?"),
        )
    ),
    *(
        _case(q, LISTED_2019, LISTED_2021 | INTELLEXA, f"entity-list-2019-{lang}")
        for lang, q in (
            ("en", "Which vendors were added to the Entity List in 2019?"),
            ("fr", "Quelles entreprises ont été ajoutées à l'Entity List en 2019 ?"),
        )
    ),
    # Intellexa's summary: "US Entity List (July 2023) and the first US Treasury sanctions on a
    # spyware organisation (March 2024)": a date right after the listing is the listing's, so its
    # Entity List date is 2023, whatever else happened in 2024.
    _case(
        "Which vendors were added to the Entity List in 2024?",
        frozenset({"sandvine"}),
        INTELLEXA,
        "entity-list-2024",
    ),
    # NSO was listed in 2021; its 2024 fact is the WhatsApp ruling, no sanction.
    *(
        _case(
            q,
            frozenset({"intellexa-cytrox", "sandvine"}),
            frozenset({"nso-group"}),
            f"sanctioned-2024-{lang}",
        )
        for lang, q in (
            ("en", "Which companies were sanctioned in 2024?"),
            ("de", "Welche Firmen wurden 2024 sanktioniert?"),
            ("es", "¿Qué empresas fueron sancionadas en 2024?"),
            ("fr", "Quelles entreprises ont été sanctionnées en 2024 ?"),
        )
    ),
    # Gamma: "investigated ... (July 2019); searches in Oct 2020, insolvency in early 2022, four
    # managers charged on 3 May 2023": a charge is dated by its own part of the sentence.
    _case(
        "Which companies were charged in 2023?", frozenset({"gamma-finfisher"}), frozenset(), "charged-2023"
    ),
    _case(
        "Which companies were charged in 2022?", frozenset(), frozenset({"gamma-finfisher"}), "charged-2022"
    ),
    # Area agreed a $100,000 US penalty in 2014; in 2016 Milan prosecutors seized EUR 7m in a probe,
    # which is no fine ("the US fined it $100,000 in 2014, and ... seized about EUR 7 million in 2016").
    _case("Which companies were fined in 2014?", frozenset({"area-spa"}), frozenset(), "fined-2014"),
    _case("Which companies were fined in 2016?", frozenset(), frozenset({"area-spa"}), "fined-2016"),
    # Control: a period without an event still takes any year of the entry. Intellexa's years run
    # 2021-2024; NSO has 2023-2025 facts (PEGA report, the WhatsApp case).
    _case(
        "Which spyware companies are there since 2023?",
        frozenset({"intellexa-cytrox", "nso-group"}),
        frozenset(),
        "since-2023-no-event",
    ),
]


@pytest.mark.parametrize(("question", "named", "not_named"), CASES)
def test_a_list_names_the_firms_whose_asked_fact_falls_in_the_year(
    cli, question: str, named: frozenset[str], not_named: frozenset[str]
) -> None:
    code, out, _ = cli("ask", "--json", question)
    assert code == 0
    listed = {item["id"] for item in json.loads(out).get("list", [])}  # none: no list answer
    assert listed >= named
    assert not listed & not_named
