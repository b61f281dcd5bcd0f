"""Places a member names in their own language the way people say them: an adjective of origin
('polnischen', 'Венгерские', 'Macar'), an irregular case ('na Węgrzech') or the short name
('السعودية' for المملكة العربية السعودية). CLDR gives each country's one formal name; the glossary
gives these (knowledge/glossary.yaml, session 15), so the question finds the case in that country."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # main offered NSO's card (refused, 0.56): 'Węgrzech' is Węgry's locative, read as no place
        ("Kto kupił Pegasusa na Węgrzech?", "case-pegasus-hungary"),
        ("Hangi Macar gazeteciler Pegasus ile hedef alındı?", "case-pegasus-hungary"),
        ("Венгерские журналисты и Pegasus: кто их заразил?", "case-pegasus-hungary"),
        ("Welche polnischen Politiker wurden mit Pegasus überwacht?", "case-pegasus-poland"),
        ("Quels opposants polonais ont été ciblés par Pegasus ?", "case-pegasus-poland"),
        # Saudi Arabia is a Pegasus client in the Pegasus Project's case, not in NSO's own card
        ("هل اشترت السعودية برنامج بيغاسوس؟", "case-pegasus-project-2021"),
        # main refused both (0.58, 0.41): the adjective of origin was an unread word
        ("Welke Marokkaanse journalisten werden met Pegasus gehackt?", "case-pegasus-project-2021"),
        ("Welche spanischen Politiker wurden mit Pegasus gehackt?", "case-catalangate-2022"),
        # 'to North Macedonia': li- glued onto the name's first word; main refused (0.44)
        ("هل وصل برنامج بريداتور لمقدونيا الشمالية؟", "intellexa-cytrox"),
        # 'to Equatorial Guinea', where Circles' card names a client; main refused (0.51)
        ("هل بيعت برامج تجسس لغينيا الاستوائية؟", "circles"),
    ],
)
def test_a_place_as_members_say_it_finds_its_case(engine: SearchEngine, question: str, expected: str) -> None:
    answered(engine, question, expected)
