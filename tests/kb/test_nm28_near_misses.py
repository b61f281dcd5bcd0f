"""Near misses answered, and legislatures (nm28): what a member asks that no card tells must be
refused, in every language, and the twins the cards do tell stay answered.

- A measure asked of a rule that takes none (an inquiry, a campaign): 'hat die EU Pegasus verboten?'
  got the PEGA inquiry at 0.93, 'did PEGA ban Pegasus?' at 0.98, 'did the EU ban facial
  recognition?' the Reclaim Your Face campaign (its card only tells a ban called for): now the AI
  Act, whose Article 5 bans tell it (status29).
- A passive's agent in other languages acts: 'Wurde Intellexa von Griechenland sanktioniert?' got the
  US Treasury's sanctions at 0.96.
- A detention asked to last: 'is ahmed mansoor still arrested?' got his case (arrested in 2017) at 0.88.
- A legislature no card names: '¿Qué pasó en el Congreso de México con Pegasus?' got the Mexican case,
  '¿Qué dijo el Parlamento de México sobre Pegasus?' too ('Parlamento' was not read at all).
"""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "hat die EU Pegasus verboten?",
        "czy UE zakazała Pegasusa?",
        "l'UE a-t-elle interdit Pegasus ?",
        "heeft de EU Pegasus verboden?",
        "did PEGA ban Pegasus?",
        "czy PEGA zakazała Pegasusa?",
        "Wurde Intellexa von Griechenland sanktioniert?",
        "Czy Intellexa została objęta sankcjami przez Grecję?",
        "Intellexa a-t-elle été sanctionnée par la Grèce ?",
        "¿Intellexa fue sancionada por Grecia?",
        "is ahmed mansoor still arrested?",
        "ist Ahmed Mansoor noch in Haft?",
        "¿Ahmed Mansoor sigue preso?",
        "¿Qué pasó en el Congreso de México con Pegasus?",
        "Il Congresso ha parlato di Paragon?",
        "¿Qué dijo el Parlamento de México sobre Pegasus?",
        "Was hat das Parlament in Mexiko zu Pegasus gesagt?",
    ],
)
def test_what_no_card_tells_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("did the EDPB call for a ban on facial recognition?", "reclaim-your-face"),
        ("does the AI Act ban facial recognition?", "eu-ai-act"),
        # the EU act that bans it (Article 5), not the campaign (status29)
        ("did the EU ban facial recognition?", "eu-ai-act"),
        ("what did the PEGA committee recommend?", "ep-pega-inquiry"),
        ("did the european parliament investigate pegasus?", "ep-pega-inquiry"),
        ("Was hat das Europäische Parlament zu Pegasus gesagt?", "ep-pega-inquiry"),
        ("Wurde Intellexa von den USA sanktioniert?", "us-ofac-spyware-sanctions"),
        ("Intellexa a-t-elle été sanctionnée par les États-Unis ?", "us-ofac-spyware-sanctions"),
        ("¿Intellexa fue sancionada por Estados Unidos?", "us-ofac-spyware-sanctions"),
        ("did the UK fine Clearview?", "case-clearview-eu-enforcement"),
        ("did Italy fine Clearview?", "case-clearview-eu-enforcement"),
        ("was ahmed mansoor arrested?", "case-ahmed-mansoor"),
        ("is al khanjar still detained?", "case-trovicor-iran-bahrain"),
        ("¿Qué pasó en el Congreso con Catalangate?", "case-catalangate-2022"),
        ("did US congressmen write about NetApp?", "netapp"),
    ],
)
def test_what_a_card_tells_stays_answered(engine: SearchEngine, question: str, expected: str) -> None:
    answered(engine, question, expected)
