"""Asked where products are made, a member gets the makers from there, in any language.

"Which spyware is made in Israel?" listed the Candiru and QuaDream victims' cases first: "made in"
was read as "used in", so the place was where the gear was found. And a product question in Chinese
("哪些间谍软件...") was no list at all: the English reading drops the cue "哪些".
"""

from __future__ import annotations

import pytest

from tests.kb.listing import ranked


@pytest.mark.parametrize(
    "question",
    [
        "which spyware is made in Israel?",
        "welche Spähsoftware wird in Israel hergestellt?",
        "哪些间谍软件是以色列制造的？",
    ],
)
def test_spyware_made_in_a_country_lists_its_makers_only(service, question: str) -> None:
    got = ranked(service, question)
    assert {"nso-group", "candiru"} <= set(got)
    assert not [i for i in got if i.startswith("case-")]


def test_cameras_made_in_china_in_chinese(service) -> None:
    assert {"hikvision", "dahua"} <= set(ranked(service, "哪些监控摄像头是中国制造的？"))


@pytest.mark.parametrize("question", ["which spyware was used in Mexico?", "哪些间谍软件在墨西哥被使用？"])
def test_spyware_used_in_a_country_still_lists_where_it_was_found(service, question: str) -> None:
    assert "case-pegasus-mexico-2017" in ranked(service, question)


@pytest.mark.parametrize(
    ("question", "found"),
    [
        # where the gear went is said apart from where it is made: it stays where the gear went
        ("which spyware made in Italy was found in Kazakhstan?", "case-hermit-2022"),
        ("which spyware built on zero-click exploits was used in Greece?", "case-predatorgate-greece"),
        ("¿Qué spyware fabricado en Israel se usó en México?", "case-pegasus-mexico-2017"),
    ],
)
def test_a_place_of_use_beside_an_origin_word_is_kept(service, question: str, found: str) -> None:
    assert found in ranked(service, question)


def test_cameras_made_in_one_country_installed_in_another(service) -> None:
    # the Chinese makers whose gear is in Uganda, not every Chinese camera maker
    assert ranked(service, "which surveillance cameras made in China were installed in Uganda?") == ["huawei"]
