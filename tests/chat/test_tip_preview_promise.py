"""What the tip preview promises an anonymous tipster, in every language the bot speaks.

The preview's footer said "Anonymous: nobody, not even moderators, can see who sent it." The
threat model (docs/threat-model.md, section 6) says the opposite about Discord: it sees who ran
/tip and what was typed, and discloses to whom it must. A member at risk who reads "nobody" may
file what they would not file knowing Discord sees them. The footer now says what holds (the
moderators are not told, the bot keeps no link) and that Discord itself still sees them.
"""

from __future__ import annotations

import pytest

from bot.chat.render.tips import preview_embed
from bot.i18n import LANGUAGES, use_locale
from bot.tips.model import TipForm

NOBODY = ("nobody", "niemand", "personne", "nadie", "nessuno", "لا يستطيع أحد")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_preview_does_not_promise_that_nobody_can_see_the_tipster(lang: str) -> None:
    with use_locale(lang):
        footer = preview_embed(TipForm(what="Cameras were installed at the border.")).footer.text
    assert footer
    assert "Discord" in footer, "the preview must say that Discord itself still sees who files"
    assert not any(word in footer.lower() for word in NOBODY)
