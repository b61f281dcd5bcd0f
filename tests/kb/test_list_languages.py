"""List questions in other languages get the list an English member would get.

Two ways they lost it: "你们有哪些中国公司的条目？" ("which entries on Chinese companies do you
have?") names both "entries" and "companies", and was read as asking for every kind, so the cases
in China crowded Huawei and Dahua off a twelve-item list; and Arabic glues its prepositions to a
country's name ("للبحرين", "to Bahrain"), which the list's place reading missed although the
question's English reading had it, so "which companies sold spyware to Bahrain?" got no list.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "question",
    ["你们有哪些中国公司的条目？", "which entries on chinese companies do you have?"],
)
def test_entries_on_companies_are_the_companies(service, question) -> None:
    items = service.search(question).items
    assert {e.kind for e in items} == {"vendor"}, question
    assert {"huawei", "dahua", "hikvision", "zte"} <= {e.id for e in items}, question


def test_entries_alone_still_mean_every_kind(service) -> None:
    items = service.search("which entries are about egypt?").items
    assert {"vendor", "case"} <= {e.kind for e in items}


@pytest.mark.parametrize(
    "question",
    [
        "ما الشركات التي باعت برامج تجسس للبحرين؟",  # which companies sold spyware to Bahrain?
        "which companies sold spyware to bahrain?",
    ],
)
def test_a_country_with_a_glued_preposition_narrows_the_list(service, question) -> None:
    got = {e.id for e in service.search(question).items}
    assert {"gamma-finfisher", "case-finfisher-bahrain"} <= got, question


@pytest.mark.parametrize(
    ("lang", "question", "plural", "singular"),
    [
        ("de", "Welche Firmen stehen auf der Entity List?", "Diese Einträge sind", "Dieser Eintrag ist"),
        ("fr", "Quelles entreprises figurent sur l'Entity List ?", "Ces fiches sont", "Cette fiche est"),
    ],
)
def test_a_list_in_another_language_says_its_entries_are_in_english(
    cli, lang: str, question: str, plural: str, singular: str
) -> None:
    """Under a list of several entries, the note speaks of them all, not of 'this entry'."""
    code, out, _ = cli("--lang", lang, "ask", question)
    assert code == 0
    assert plural in out and singular not in out, out
