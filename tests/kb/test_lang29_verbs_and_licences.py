"""Verbs of the domain written off the noun's stem, and the licensing process (session 29, lang29).

Polish perfective 'usankcjonowała', Dutch 'gesanctioneerd', Portuguese 'sancionou' were no word of
the domain; Polish 'wyeksportowały', 'wywóz' no export; Portuguese 'licenciamento' no licence; and
Polish 'proces licencjonowania' (the licensing process) read as a lawsuit. 'Czy USA usankcjonowały
Intellexę?' had one word of four clearly Polish and read as English; 'ł' and 'ę' are Polish's own."""

from __future__ import annotations

import pytest

from bot.kb.detect import detect
from bot.kb.search import SearchEngine


@pytest.mark.parametrize(
    "question",
    [
        "Czy USA usankcjonowały Intellexę?",
        "Os EUA sancionaram a Intellexa?",
        "Hebben de VS Intellexa gesanctioneerd?",
    ],
)
def test_a_sanction_verb_reads_as_sanctions(engine: SearchEngine, question: str) -> None:
    assert "sanctions" in engine.read(question).text.split()
    r = engine.search(question)
    assert r.answered and r.entry is not None and r.entry.id == "us-ofac-spyware-sanctions"


def test_polish_letters_tell_polish() -> None:
    assert detect("Czy USA usankcjonowały Intellexę?") == "pl"
    assert detect("Did the USA sanction Intellexa?") == "en"  # twin: stays English


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("Czy Niemcy wyeksportowały FinFishera do Egiptu?", "export"),
        ("Czy firma uzyskała zezwolenie na wywóz?", "export"),
        ("Como funcionou o licenciamento da FinFisher no Reino Unido?", "licence"),
        ("Jak wyglądał proces licencjonowania FinFishera?", "licence"),
    ],
)
def test_the_domain_word_is_read(engine: SearchEngine, question: str, term: str) -> None:
    assert term in engine.read(question).text.split()


def test_the_licensing_process_is_no_lawsuit(engine: SearchEngine) -> None:
    question = "Jak wyglądał proces licencjonowania FinFishera?"
    assert "lawsuit" not in engine.read(question).text.split()
    r = engine.search(question)
    assert r.answered and r.entry is not None and r.entry.id == "case-finfisher-egypt-uk-licensing"


def test_a_polish_trial_stays_a_lawsuit(engine: SearchEngine) -> None:
    # twin: 'proces sądowy' is a court case
    assert "lawsuit" in engine.read("Jak przebiegał proces sądowy Amesys?").text.split()
