"""A preview sends once: pressing both send buttons (or one twice) files one tip, never a second copy
that could carry the member's id, even with the cooldown at 0 (as in these fixtures)."""

from __future__ import annotations

import asyncio

import pytest
from sqlmodel import func, select

from bot.errors import InvalidInput
from bot.store.tables.tips import Tip
from bot.tips.service import TipService
from tests.tips.conftest import MEMBER, form


async def _count(tips: TipService) -> int:
    async with tips.db.sessions() as session:
        return int((await session.exec(select(func.count()).select_from(Tip))).one())


async def test_both_send_buttons_of_one_preview_file_one_tip(tips: TipService) -> None:
    preview = tips.new_preview()
    anonymous = tips.file_tip(form(), reporter=MEMBER, anonymous=True, interaction_id=1, preview=preview)
    named = tips.file_tip(form(), reporter=MEMBER, anonymous=False, interaction_id=2, preview=preview)
    results = await asyncio.gather(anonymous, named, return_exceptions=True)
    filed = [r for r in results if not isinstance(r, BaseException)]
    refused = [r for r in results if isinstance(r, BaseException)]
    assert len(filed) == 1 and filed[0].anonymous  # the first press wins
    assert len(refused) == 1 and isinstance(refused[0], InvalidInput)
    assert "already sent" in str(refused[0])
    assert await _count(tips) == 1
    async with tips.db.sessions() as session:
        assert (await session.exec(select(Tip.reporter_id))).all() == [None]


async def test_a_replay_of_the_same_press_is_not_a_second_send(tips: TipService) -> None:
    preview = tips.new_preview()
    first = await tips.file_tip(form(), reporter=MEMBER, anonymous=True, interaction_id=5, preview=preview)
    again = await tips.file_tip(form(), reporter=MEMBER, anonymous=True, interaction_id=5, preview=preview)
    assert again.replayed and again.id == first.id and await _count(tips) == 1
    with pytest.raises(InvalidInput, match="already sent"):
        await tips.file_tip(form(), reporter=MEMBER, anonymous=True, interaction_id=6, preview=preview)


async def test_a_refused_send_leaves_the_preview_usable(tips: TipService) -> None:
    preview = tips.new_preview()
    tips.rate.cooldown = tips.rate.cooldown.__class__(seconds=3600)
    await tips.file_tip(form(), reporter=MEMBER, anonymous=True, interaction_id=7)
    with pytest.raises(InvalidInput, match="wait"):  # the cooldown refuses; nothing was filed
        await tips.file_tip(form(), reporter=MEMBER, anonymous=True, interaction_id=8, preview=preview)
    tips.rate.cooldown = tips.rate.cooldown.__class__(0)
    filed = await tips.file_tip(form(), reporter=MEMBER, anonymous=True, interaction_id=9, preview=preview)
    assert not filed.replayed


async def test_an_unknown_preview_cannot_send(tips: TipService) -> None:
    with pytest.raises(InvalidInput, match="expired"):
        await tips.file_tip(form(), reporter=MEMBER, anonymous=True, interaction_id=3, preview="forged")
    assert await _count(tips) == 0
