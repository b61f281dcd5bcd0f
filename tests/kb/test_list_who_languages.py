"""lists18c: "who was targeted" in the campaign's other languages. "Wer wurde mit Pegasus
ausspioniert?", "qui a été ciblé par Pegasus ?", "quién fue espiado con Pegasus?" got nothing: the
who-was-hit reading knew English words only, and German puts the participle last. "Wer hat NSO
gegründet?" asks for one, and Dutch-looking "wie wurde ... entdeckt?" is German "how"."""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.listing import listed


@pytest.mark.parametrize(
    "question",
    [
        "wer wurde mit Pegasus ausspioniert?",
        "qui a été ciblé par Pegasus ?",
        "quién fue espiado con Pegasus?",
        "chi è stato spiato con Pegasus?",
        # review19a: German "wer alles" before the auxiliary, Spanish plural "quiénes", Russian
        # participles (the reading had Russian auxiliaries, no participle), Portuguese "quem foi"
        "wer alles wurde mit Pegasus ausspioniert?",
        "quiénes fueron espiados con Pegasus?",
        "кто был взломан с помощью Pegasus?",
        "кто был атакован Pegasus?",
        "quem foi espionado com o Pegasus?",
        "vem har övervakats med Pegasus?",  # Swedish s-passive, the everyday form
    ],
)
def test_who_was_targeted_in_other_languages_gets_the_cases(kb: KnowledgeService, question: str) -> None:
    got = listed(kb, question)
    assert {"case-pegasus-hungary", "case-catalangate-2022"} <= got


@pytest.mark.parametrize(
    "question",
    [
        "wer hat NSO gegründet?",
        "qui a fondé NSO ?",
        "quién fundó NSO?",
        "wie wurde Pegasus entdeckt?",
        "qui est derrière Predator ?",
        "кто создал Pegasus?",
        "quem fundou a NSO?",
        "wer alles hat NSO gegründet?",
    ],
)
def test_who_did_something_in_other_languages_stays_single(kb: KnowledgeService, question: str) -> None:
    assert listed(kb, question) == set()
