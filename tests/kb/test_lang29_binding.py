"""Whether a rule binds, asked in another language (session 29, lang29): 'bağlayıcı', 'verbindlich',
'contraignant' were unread words, and Turkish 'kararları' (a body's decisions) asked a court's
verdict, so 'Wassenaar kararları ülkeleri hukuken bağlıyor mu?' was refused (0.09, Wassenaar's card
ranked first); it is now answered (0.92)."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine


@pytest.mark.parametrize(
    "question",
    [
        "Wassenaar kararları ülkeleri hukuken bağlıyor mu?",
        "Sind die Wassenaar-Beschlüsse rechtlich verbindlich?",
        "Les décisions de Wassenaar sont-elles contraignantes ?",
        "Czy Wassenaar jest wiążący?",
    ],
)
def test_whether_wassenaar_binds(engine: SearchEngine, question: str) -> None:
    assert "binding" in engine.read(question).text.split()
    r = engine.search(question)
    assert r.answered and r.entry is not None and r.entry.id == "wassenaar-arrangement"


def test_a_turkish_verdict_is_still_asked(engine: SearchEngine) -> None:
    # twin: 'karar' alone, of a case, is the court's verdict, which FinFisher's cards do not tell
    assert not engine.search("FinFisher davasında karar çıktı mı?").answered
