"""Found by review11: small talk's per-character tables (bot/kb/smalltalk.py, fast11) remembered
every character any question ever held. A question of never-seen characters (Unicode has 1.1
million; Discord passes them all) added ~120 entries, each question after it more: an attacker's
few thousand /ask grew every searching process by ~240 MiB, kept until restart. Now they stay
bounded, and a character past the bound is still read as before."""

from __future__ import annotations

from bot.kb import smalltalk
from bot.kb.smalltalk import normalise, question_part
from tests.chat.entries import sample_knowledge

QUESTIONS = 60
WIDTH = 500  # /ask's longest question


def unseen(n: int) -> str:
    """A greeting (so the courtesy cuts are looked at too) and WIDTH characters of a block no
    other test uses: supplementary-plane letters, a fresh run for each question."""
    return "hi! " + "".join(chr(0x20000 + n * WIDTH + k) for k in range(WIDTH))


def test_questions_of_unseen_characters_do_not_grow_the_process_without_bound() -> None:
    kb = sample_knowledge()
    for n in range(QUESTIONS):
        kb.search(unseen(n))  # ~120 new characters each reach the tables: ~7,000 without a bound
    assert len(smalltalk._WORDS_TABLE) <= smalltalk.CHAR_TABLE_MAX
    assert len(smalltalk._IS_MARK) <= smalltalk.CHAR_TABLE_MAX


def test_past_the_bound_a_character_is_read_as_before() -> None:
    for n in range(QUESTIONS):  # the tables full, whatever ran before
        normalise(unseen(QUESTIONS + n))
        smalltalk._marks(unseen(QUESTIONS + n))
    read = normalise("Ça va? ¿Quién vendió «Pegasus» a México? 👍🏽")
    assert read == "ca va quien vendio pegasus a mexico 👍"
    assert question_part("Привет! кто продал FinFisher?") == "кто продал FinFisher?"
