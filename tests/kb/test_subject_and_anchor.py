"""Which named thing a member asks about, and which one the question only mentions (bot/kb/roles.py):
the subject of 'X is ...' is what is asked; what follows 'before'/'after' is when; an alias that
begins a linked entry's title names that entry as much as its own."""

from __future__ import annotations

import pytest

from bot.kb.roles import Roles
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, ranked_first


def _first(engine: SearchEngine, question: str) -> str:
    """The entry the member sees first: the answer, or the first 'did you mean'."""
    result = engine.search(question)
    return result.entry.id if result.entry is not None else result.alternatives[0].id


def test_the_regulation_before_the_recast_is_the_old_one(engine: SearchEngine) -> None:
    # main answered the 2021 recast at 0.88: 'the recast' named it outright, as the time asked about
    answered(engine, "old EU dual use reg before the recast, what did it cover", "eu-dual-use-428-2009")


@pytest.mark.parametrize(
    "question", ["Is the Pall Mall process binding?", "pall mall process, is it binding or just vibes 🤔"]
)
def test_the_pall_mall_process_binding_is_its_code(engine: SearchEngine, question: str) -> None:
    # main answered the first with the UK rules at 0.97: 'Pall Mall Process' is an alias of theirs,
    # but it begins the Code's title too, and the Code is what says 'non-binding'
    answered(engine, question, "pall-mall-code-2025")


def test_a_vendor_that_is_the_subject_comes_first(engine: SearchEngine) -> None:
    # main offered the WhatsApp lawsuit first: it names NSO Group and Israel more often
    assert _first(engine, "nso group is from which city in israel") == "nso-group"


def test_a_subject_outranks_its_case_and_the_rules_it_mentions(engine: SearchEngine) -> None:
    # the Xinjiang case ranked first: it names Dahua, the US and the entity list
    ranked_first(engine, "dahua is banned in usa or only entity list?", "dahua")


@pytest.mark.parametrize(
    ("question", "case"),
    [
        ("Trovicor was in Iran?", "case-trovicor-iran-bahrain"),
        ("Dahua is in Xinjiang?", "case-hikvision-dahua-xinjiang"),
        ("Huawei was helping Uganda spy?", "case-huawei-uganda-zambia"),
    ],
)
def test_where_a_firm_was_or_what_it_was_doing_is_asked_of_its_case(
    engine: SearchEngine, question: str, case: str
) -> None:
    # int15 answered the firm: 'was'/'is' after its name read as asking what the firm is
    assert _first(engine, question) == case


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("dahua is banned in usa?", {"dahua"}),
        ("pall mall process, is it binding", {"uk-export-controls", "pall-mall-code-2025"}),
        ("hacking team still exist?", {"hacking-team"}),  # its case is no namesake: not what it 'is'
        ("does the uk still apply eu rules", {"uk-export-controls"}),  # the one title 'UK' opens
        ("what is the uk doing", set()),  # 'what' is the subject
        ("dahua cameras in xinjiang", set()),  # no verb of being: a list of keywords, no subject
        ("who hacked hacking team", set()),  # the subject is 'who'
        ("trovicor was in iran", set()),  # where it was: an event, its case's
        ("nso is being sued by whatsapp", set()),  # what is done to it: the lawsuit
        ("nso group is from which city", {"nso-group"}),  # where it comes from: the firm itself
        ("post brexit uk still using eu rules", {"uk-export-controls"}),  # the time, then the subject
        ("since the recast is the uk still on it", {"uk-export-controls"}),  # a named time too
        ("why was sandvine added to the entity list", {"sandvine"}),  # a question word, its verb
        ("when was sandvine added to the entity list", set()),  # a date: the case tells it too
        ("when was hacking team hacked", set()),  # what was done to it: an event, its case's
    ],
)
def test_the_subject(engine: SearchEngine, question: str, named: set[str]) -> None:
    words = engine.index.analyse(question).corrected
    assert {engine.entries[i].id for i in Roles(engine.index).subject(words)} == named


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("old eu dual use reg before the recast", {"eu-dual-use-2021-821"}),
        ("was mansoor arrested after the pegasus texts", {"nso-group"}),
        ("the eu dual use regulation before 2021", {"eu-dual-use-2021-821"}),  # the act numbered 2021/821
        ("eu dual use rules until late 2021", {"eu-dual-use-2021-821"}),  # 'until' too, past 'late'
        ("eu dual use rules since 2021", set()),  # since its year: what came then is asked
        ("eu guidance on spyware exports until 2024", set()),  # a bare year: through 2024, its acts in it
        ("eu guidance on spyware exports before the end of 2024", set()),  # made in 2024: before its end
        ("eu dual use rules until september 2021", {"eu-dual-use-2021-821"}),  # a month: within the year
    ],
)
def test_what_is_named_after_before_or_after_is_when(
    engine: SearchEngine, question: str, named: set[str]
) -> None:
    words = engine.index.analyse(question).corrected
    assert {engine.entries[i].id for i in Roles(engine.index).anchored(words)} == named


def test_a_firm_added_to_a_list_is_the_subject(engine: SearchEngine) -> None:
    # main ranked the Predator Files investigation first: it names Intellexa and the listing too.
    # The ranking is the rule's; the refit of session 15 refuses the question (0.57) and offers
    # the likelier card first, so the rank, not the 'did you mean' order, is what is checked
    ranked_first(engine, "intellexa added to entity list when", "intellexa-cytrox")


def test_a_country_that_opens_one_rules_title_is_its_subject(engine: SearchEngine) -> None:
    # main answered Regulation 428/2009 at 0.79: the question asks what the UK does with it
    answered(engine, "uk still use eu 428 after brexit?", "uk-export-controls")


@pytest.mark.parametrize(
    "question",
    [
        "post brexit, is the uk still using the eu dual use rules?",
        "after brexit uk still applies eu dual use regulation?",
    ],
)
def test_a_subject_after_an_opening_time_comes_first(engine: SearchEngine, question: str) -> None:
    # main ranked Regulation 428/2009 first: 'post brexit' before 'uk' hid the subject. Ranked,
    # not answered: the lead refits the model after merging
    ranked_first(engine, question, "uk-export-controls")


@pytest.mark.parametrize(
    "question",
    [
        "did BIS make human rights a reason for entity listing in 2023?",
        "bis rule: human rights as reason for entity listing?",
    ],
)
def test_an_alias_asked_in_other_words_order_names_its_entry(engine: SearchEngine, question: str) -> None:
    # main ranked the Entity List first, named outright by 'BIS'; the question holds every word of
    # the human-rights rule's alias 'Entity List human rights', apart
    ranked_first(engine, question, "us-entity-list-human-rights")


def test_a_scattered_alias_is_no_cue_where_no_linked_entry_is_named(engine: SearchEngine) -> None:
    # the question holds every word of Wassenaar's alias 'intrusion software controls' but names
    # nothing: the evidence decides, and it is the EU regulation asked ('under which regulation')
    ranked_first(
        engine,
        "intrusion software was controlled in the eu from 2014, under which regulation?",
        "eu-dual-use-428-2009",
    )


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("what is dahua and why is it sanctioned", {"dahua"}),
        ("can you explain what is this entity list and who is on it", {"us-entity-list"}),
        ("whats nso group", {"nso-group"}),
        ("what is the uk doing about spyware", set()),  # the clause goes on: what the UK does
        ("what hikvision and dahua did in xinjiang", set()),  # no copula: not 'what is'
    ],
)
def test_what_a_question_asks_a_thing_is(engine: SearchEngine, question: str, named: set[str]) -> None:
    words = engine.index.analyse(question).corrected
    assert {engine.entries[i].id for i in Roles(engine.index).defined(words)} == named


def test_what_is_the_list_and_who_is_on_it_is_the_list(engine: SearchEngine) -> None:
    # main ranked the SenseTime, Megvii, iFlytek and Yitu card first: its title names the Entity List
    ranked = engine.rank(
        "can somebody explain what is this entity list and which surveillance firms are on it"
    )
    assert engine.entries[ranked[0][0]].id == "us-entity-list"


@pytest.mark.parametrize("question", ["US Entity List", "what is the us entity list?"])
def test_a_bare_name_asks_for_its_bearer_not_the_rule_its_title_begins(
    engine: SearchEngine, question: str
) -> None:
    # main answered the human-rights rule: 'US Entity List', the Entity List's alias, is also the
    # short title of 'US Entity List: human-rights grounds...', and both got the name-only bonus
    answered(engine, question, "us-entity-list")


@pytest.mark.parametrize(
    ("question", "telling"),
    [
        ("when was hikvision added to the entity list?", {"hikvision", "case-hikvision-dahua-xinjiang"}),
        ("when was dahua added to the entity list?", {"dahua", "case-hikvision-dahua-xinjiang"}),
        ("when was intellexa added to the entity list?", {"intellexa-cytrox", "case-predator-files-2023"}),
        ("when was sandvine added to the entity list?", {"sandvine", "case-sandvine-turkey-belarus-egypt"}),
    ],
)
def test_when_a_firm_was_added_to_a_list_is_answered(
    engine: SearchEngine, question: str, telling: set[str]
) -> None:
    # the firm's card and its case both give the date: int16's subject cue after 'when was' made
    # the two a near-tie and refused Hikvision (0.56), Dahua (0.58) and Intellexa (0.58), which
    # main answered (0.76-0.90)
    answered(engine, question, telling)
