"""Questions in other languages: detection, the glossary that maps their domain terms onto the
English entries, and the check that keeps that glossary honest."""

from __future__ import annotations

import shutil
from pathlib import Path

from bot.kb.check import check_directory
from bot.kb.detect import detect
from bot.kb.glossary import LANGUAGES, check_glossary
from bot.kb.search import SearchEngine
from tests.kb.answers import answered
from tests.kb.conftest import FIXTURES, KNOWLEDGE, ROOT

BROKEN = ROOT / "tests" / "fixtures" / "glossary" / "broken.yaml"


def test_language_is_detected_and_english_names_stay_english() -> None:
    assert detect("Welche Firmen stehen auf der Entity List?") == "de"
    assert detect("海康威视为什么被列入美国实体清单？") == "zh"
    assert detect("Что такое Вассенаарские договорённости?") == "ru"
    # a run of names and acronyms is not French just because lingua leans that way
    assert detect("Tal Dillian sanctions OFAC") == "en"
    assert detect("Hacking Team") == "en"


def test_a_german_question_naming_a_regulation_is_answered_with_a_note(engine: SearchEngine) -> None:
    result = answered(
        engine, "Was regelt Artikel 5 der Dual-Use-Verordnung 2021/821?", "eu-dual-use-2021-821"
    )
    assert result.language == "de" and result.english_note
    assert result.to_json()["english_note"] is True


def test_glossary_terms_reach_the_english_entry(engine: SearchEngine) -> None:
    """No name at all: only the glossary's terms (entity list, United States) say what is asked."""
    ranked = engine.rank("美国实体清单上有哪些公司？")
    assert ranked and engine.entries[ranked[0][0]].id == "us-entity-list"


def test_english_questions_carry_no_note(engine: SearchEngine) -> None:
    result = engine.search("nso group pegasus")
    assert result.language == "en" and not result.english_note


def test_shipped_glossary_is_clean_and_complete() -> None:
    assert check_glossary(KNOWLEDGE / "glossary.yaml") == []


def test_broken_glossary_reports_every_mistake() -> None:
    messages = [m for _, m in check_glossary(BROKEN)]
    assert any("unknown language 'xx'" in m for m in messages)
    assert any("stands for both 'spyware' and 'sanctions'" in m for m in messages)
    assert any("has no 'fr' form" in m for m in messages)
    assert any("non-empty English" in m for m in messages)
    assert len(LANGUAGES) == 12


def test_kb_check_reports_a_broken_glossary(tmp_path: Path) -> None:
    directory = tmp_path / "kb"
    shutil.copytree(FIXTURES / "valid", directory)
    assert check_directory(directory).ok
    shutil.copy(BROKEN, directory / "glossary.yaml")
    problems = check_directory(directory).problems
    assert problems and all(str(p.path).endswith("glossary.yaml") for p in problems)
    (directory / "glossary.yaml").write_text("terms: [unclosed", encoding="utf-8")
    assert any("not valid YAML" in p.message for p in check_directory(directory).problems)


def test_a_term_written_twice_is_refused_with_its_line(tmp_path: Path) -> None:
    """Two reviewers each adding 'recast': YAML would keep the second row and drop the first."""
    row = "  recast:\n" + "".join(f"    {lang}: [form{lang}]\n" for lang in LANGUAGES)
    path = tmp_path / "glossary.yaml"
    path.write_text("terms:\n" + row + row, encoding="utf-8")
    assert check_glossary(path) == [
        (3 + len(LANGUAGES), "glossary has 'recast' twice: YAML keeps the last silently")
    ]


def _first(engine: SearchEngine, question: str) -> str | None:
    ranked = engine.rank(question)
    return engine.entries[ranked[0][0]].id if ranked else None


def test_names_typed_in_arabic_cyrillic_or_han_script_reach_their_entry(engine: SearchEngine) -> None:
    """A member spells a vendor or a person as it sounds in their script; no glossary holds names."""
    assert _first(engine, "ما علاقة ترافيكور بالبحرين؟") in {"trovicor", "case-trovicor-iran-bahrain"}
    assert _first(engine, "Что известно о Целлебрайт?") in {"cellebrite", "case-cellebrite-hk-belarus-serbia"}
    assert _first(engine, "大华是什么公司？") in {"dahua", "case-hikvision-dahua-xinjiang"}
    # an ordinary word of the language is not taken for a name ('ما هو' = 'what is')
    assert engine.read("ما هو ذلك؟").text.startswith("ما هو ذلك")


def test_a_country_named_in_the_members_language_is_the_entrys_country(engine: SearchEngine) -> None:
    for question in (
        "كم عدد الصحفيين الذين استُهدفوا ببرنامج بيغاسوس في الأردن؟",
        "Ürdün'de Pegasus ile kimler hedef alındı?",
        "约旦有哪些人被Pegasus攻击？",
    ):
        assert _first(engine, question) == "case-pegasus-jordan-2024", question


def test_an_arabic_question_mark_is_not_part_of_the_last_word(engine: SearchEngine) -> None:
    reading = engine.read("ما هو مشروع بيغاسوس؟")
    assert "pegasus" in engine.index.analyse(reading.text, reading.ordinary).tokens


def test_a_short_question_mostly_in_one_language_is_read_in_it() -> None:
    """lingua's trigrams misread short questions; half the words clearly Swedish decide."""
    assert detect("Ägs Axis av Canon?") == "sv"
    # a misspelt English question does not become foreign for a couple of look-alike words
    assert detect("Gama Group finspy") == "en"


def test_an_elided_article_or_a_case_ending_does_not_glue_onto_a_name(engine: SearchEngine) -> None:
    french = engine.read("Selon Human Rights Watch, l'UE applique-t-elle le règlement depuis 2021 ?")
    assert "lue" not in french.text.split() and "EU" in french.text.split()
    turkish = engine.read("Amnesty'nin Predator Files soruşturması ne buldu?")
    tokens = engine.index.analyse(turkish.text, turkish.ordinary).tokens
    assert "amnesti" in tokens and not any(t.startswith("amnestyn") for t in tokens)


def test_an_inflected_word_of_the_language_is_not_an_unknown_name(engine: SearchEngine) -> None:
    """wordfreq's small lists stop at everyday words: their rarer inflections ('gelistete',
    'kullanıldı') are words of the language, not names no entry explains; a firm nobody has heard
    of stays a name the answer must explain."""
    german = engine.read("Was regelt Artikel 5 der Dual-Use-Verordnung für nicht gelistete Güter?")
    assert german.lang == "de" and "gelistete" in german.ordinary
    turkish = engine.read("FinFisher casus yazılımı Türkiye'de nasıl kullanıldı?")
    assert turkish.lang == "tr" and "kullanildi" in turkish.ordinary
    spanish = engine.read("¿Qué es la empresa española Mollitiam Industries y a quién vende?")
    assert spanish.lang == "es" and "mollitiam" not in spanish.ordinary


def test_plural_and_broken_plural_forms_read_as_their_term(engine: SearchEngine) -> None:
    """Members write plurals: Italian 'aziende', 'licenze', 'tribunali' are not a prefix of the
    singular a glossary form spelt out ('azienda'), and Arabic broken plurals ('تراخيص' for
    'ترخيص') share no prefix with it. Each must read as its English term, not as an unknown word."""
    italian = engine.read("Quali aziende hanno licenze e sono state portate nei tribunali?")
    assert italian.lang == "it"
    for term in ("company", "licence", "court"):
        assert term in italian.text, (term, italian.text)
    french = engine.read("Quels tribunaux ont jugé des entreprises de surveillance ?")
    assert "court" in french.text, french.text
    arabic = engine.read("ما هي التقارير عن تراخيص التصدير والغرامات والمحاكم؟")
    assert arabic.lang == "ar"
    for term in ("report", "licence", "fine", "court"):
        assert term in arabic.text, (term, arabic.text)


def test_the_arabic_word_for_a_case_is_not_read_as_a_lawsuit(engine: SearchEngine) -> None:
    """'قضية' is what an Arabic speaker calls any case (the bot's own /case); read as 'lawsuit' it
    made 'قضية هاكينغ تيم' (the Hacking Team case) a confident answer about WhatsApp's lawsuit."""
    reading = engine.read("ما هي قضية هاكينغ تيم؟")
    assert "lawsuit" not in reading.text, reading.text
    result = engine.search("قضية هاكينغ تيم")
    assert not (result.answered and result.entry is not None and result.entry.id == "case-whatsapp-v-nso")
    assert "lawsuit" in engine.read("ما هي دعوى واتساب ضد إن إس أو؟").text
