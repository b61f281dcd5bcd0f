"""Close near misses (issue 10, session 12): a member names a case or vendor the knowledge holds and
asks what its entry never says: the price a government paid, or a country the entry never names,
asked in any language. They get "I don't have that"; the same question about what the entry does
say is still answered.

Two features of the answer model carry it: `unvalued` (bot/kb/values.py: a value asked that no
statement of the entry about the named things asked gives) and `elsewhere` (bot/kb/elsewhere.py:
a place the question names, in any campaign language, that the entry never names).
"""

from __future__ import annotations

import pytest

from bot.kb.asked_values import default_asked_values
from bot.kb.calibration import FEATURES
from bot.kb.elsewhere import asked_places
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused

UNVALUED = FEATURES.index("unvalued")
ELSEWHERE = FEATURES.index("elsewhere")


@pytest.mark.parametrize(
    "question",
    [
        # the Predator Files card names Madagascar and Intellexa's card Egypt, but no amount paid
        "how much did Madagascar pay Intellexa for Predator?",
        "how much did Egypt pay Intellexa for Predator?",
        # no entry says Hikvision sold to Bolivia, Peru or Iran: the place, in the member's language
        "A Hikvision vendeu câmeras para a Bolívia?",
        "Hat Hikvision Kameras nach Bolivien verkauft?",
        "Hikvision a-t-il vendu des caméras au Pérou ?",
        "A Hikvision vendeu câmeras para o Irã?",
    ],
)
def test_a_close_near_miss_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question, offers=True)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the amount stands in the statement naming what is asked
        ("how much did the jury award WhatsApp against NSO?", {"case-whatsapp-v-nso"}),
        ("how much did Bain Capital pay for Blue Coat?", {"blue-coat"}),
        (
            "how much did Clearview have to pay the Italian regulator?",
            {"clearview-ai", "case-clearview-eu-enforcement"},
        ),
        # the place is the entry's, in the member's language
        (
            "¿Vendió Cellebrite sus equipos a Bielorrusia?",
            {"case-cellebrite-hk-belarus-serbia", "cellebrite"},
        ),
        ("Amesys a-t-il vendu Eagle à la Libye ?", {"case-amesys-libya", "amesys-nexa"}),
        ("Sandvine Mısır'a ekipman sattı mı?", {"case-sandvine-turkey-belarus-egypt", "sandvine"}),
        # a rule governs exports to any destination: where the goods go is no gap
        (
            "Is it legal under the EU dual-use regulation to sell spyware from Germany to Egypt?",
            {"eu-dual-use-2021-821"},
        ),
    ],
)
def test_its_answerable_sibling_is_answered(engine: SearchEngine, question: str, expected: set[str]) -> None:
    answered(engine, question, expected)


def _top(engine: SearchEngine, question: str) -> tuple[str, tuple[float, ...]]:
    i, _, x = engine.evidence(question)[0]
    return engine.entries[i].id, x


def test_an_amount_no_statement_about_the_buyer_gives_is_unvalued(engine: SearchEngine) -> None:
    _, x = _top(engine, "how much did Madagascar pay Intellexa for Predator?")
    assert x[UNVALUED] == 1.0
    # the verdict's statement gives the amount: nothing missing
    top, x = _top(engine, "how much did the jury award WhatsApp against NSO?")
    assert top == "case-whatsapp-v-nso" and x[UNVALUED] == 0.0
    # a question asking no value
    _, x = _top(engine, "did WhatsApp sue NSO?")
    assert x[UNVALUED] == 0.0


def test_a_place_the_entry_never_names_is_elsewhere(engine: SearchEngine) -> None:
    top, x = _top(engine, "¿Vendió Cellebrite sus equipos a Bolivia?")
    assert top.startswith(("cellebrite", "case-cellebrite")) and x[ELSEWHERE] == 1.0
    top, x = _top(engine, "¿Vendió Cellebrite sus equipos a Bielorrusia?")
    assert x[ELSEWHERE] == 0.0


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("Ile Polska zapłaciła NSO za Pegasusa?", {"money"}),
        ("Wie viel Umsatz macht Utimaco?", {"money"}),
        ("Quanto è costato il contratto?", {"money"}),
        ("when did Symantec buy Blue Coat?", {"date"}),
        # Turkish 'ile' is 'with', and Costa Rica is no cost
        ("NSO ile WhatsApp davası nedir?", set()),
        ("¿Vendió Hikvision cámaras a Costa Rica?", set()),
        ("who founded NSO?", set()),
    ],
)
def test_the_value_asked_is_read_in_the_members_language(question: str, kinds: set[str]) -> None:
    lang = "pl" if question.startswith("Ile") else "en"
    # Polish 'ile' asks a count too (feature `unstated`, tests/kb/test_counts_and_status_asked.py)
    assert default_asked_values().asked(question, lang) & {"money", "date"} == kinds


def test_places_are_read_in_any_language_and_several_words() -> None:
    assert asked_places("What are New Zealand's rules on exporting spyware?") == (("New Zealand", False),)
    assert asked_places("Hat Hikvision Kameras nach Bolivien verkauft?") == (("Bolivia", True),)
    # from where goods go is not where they go
    assert dict(asked_places("can I sell spyware from Germany to Egypt?")) == {
        "Germany": False,
        "Egypt": True,
    }
