"""Everyday words of a member's language are not country names (session 10, lang10).

Country names are read in every campaign language, inflected ('Polsce', 'России', 'Ägyptens').
The inflection used to be matched against every language's names at once, both words cut short:
Swedish 'kameror' (cameras) read as Cameroon, 'polisen' (the police) and Polish 'policja' as
Poland (English 'Polish' cut short), so a question about police cameras asked about two places
no entry mentions.
"""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine


@pytest.mark.parametrize(
    ("question", "not_read_as"),
    [
        ("Har Axis sålt kameror till kinesisk polis?", {"cameroon", "poland"}),
        ("Vilka kameror använder polisen i Kina?", {"cameroon", "poland"}),
        ("Jakie kamery Hikvision kupiła policja?", {"cameroon", "poland"}),
        ("¿La policía de China usa cámaras de Hikvision?", {"poland"}),
        ("Polis Sandvine cihazlarını kullandı mı?", {"poland"}),
    ],
)
def test_everyday_words_are_not_countries(engine: SearchEngine, question: str, not_read_as: set[str]) -> None:
    words = set(engine.read(question).text.split())
    assert not words & not_read_as, engine.read(question).text


@pytest.mark.parametrize(
    ("question", "country"),
    [
        ("Kogo w Polsce inwigilowano Pegasusem?", "poland"),
        ("Какие компании продавали оборудование в Египет и работали в Египте?", "egypt"),
        ("Кого взломали в России?", "russia"),
        ("Wer hat Überwachungstechnik nach Ägypten geliefert, und welche Firmen Ägyptens?", "egypt"),
        ("Wurde FinFisher gegen die türkische Opposition eingesetzt?", "turkey"),
        ("Kto sprzedał Jordanii oprogramowanie szpiegujące?", "jordan"),
    ],
)
def test_inflected_country_names_are_still_read(engine: SearchEngine, question: str, country: str) -> None:
    assert country in engine.read(question).text.split(), engine.read(question).text


def test_a_swedish_question_about_police_cameras_is_answered(engine: SearchEngine) -> None:
    """Read as Cameroon and Poland, the question named two places the Axis case never mentions."""
    result = engine.search("Har Axis sålt kameror till kinesisk polis? Vad säger Amnesty om det?")
    assert result.entry is not None and result.entry.id in {"case-axis-china-psb", "axis-communications"}
