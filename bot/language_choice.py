"""The reply language a member chose with /language: in this process's memory only, never stored.

Why memory only: "this member reads Arabic" is a data point about a person who may be at risk, so it
is never written to the database, a log or a file, and a restart forgets every choice (the member
then gets their Discord language again). Why a keyed hash: the map holds HMAC(per-process random
secret, member id), as the tip rate limits do (bot/tips/ratelimit.py `member_token`), so the map on
its own names no member (a debugger's or crash reporter's view of it lists languages, not ids). That
is all it does: the secret is in the same memory, so whoever reads the whole process (root, a core
dump, swapped-out pages) can hash the id of any member they know of (everyone in a shared server
sees the others' ids) and read back that member's choice. The secret is never configured or
stored, so no two processes (and no restart) share it: a dump tells only of the choices live then.
Why this exists at all: Discord has no Arabic client language, so without a choice an
Arabic-reading member could never be answered in Arabic.
"""

from __future__ import annotations

import secrets
from collections import OrderedDict

from bot import i18n
from bot.tips.ratelimit import member_token

# Every member who ever chose, bounded all the same: the oldest choice is forgotten first.
MAX_CHOICES = 100_000


class LanguageChoices:
    """member (as a keyed hash) -> chosen language; forgotten on restart."""

    def __init__(self, max_choices: int = MAX_CHOICES) -> None:
        self._secret = secrets.token_bytes(32)  # random per process, never configured or stored
        self._max = max_choices
        self._chosen: OrderedDict[str, str] = OrderedDict()

    def _key(self, member_id: int) -> str:
        return member_token(self._secret, member_id)

    def choose(self, member_id: int, language: str | None) -> str | None:
        """Remember `language` (a code we have a catalog for) for the member, or forget their choice
        with None ("follow my Discord language"); returns the language now chosen."""
        key = self._key(member_id)
        self._chosen.pop(key, None)
        if language is None:
            return None
        if language not in i18n.LANGUAGES:
            raise ValueError(f"no catalog for {language!r}")
        self._chosen[key] = language
        while len(self._chosen) > self._max:
            self._chosen.popitem(last=False)
        return language

    def chosen(self, member_id: int | None) -> str | None:
        """The member's chosen language, or None (follow Discord)."""
        if member_id is None or not self._chosen:
            return None
        return self._chosen.get(self._key(member_id))

    def __len__(self) -> int:
        return len(self._chosen)

    def forget_all(self) -> None:
        """As a restart does (tests use it to start clean)."""
        self._chosen.clear()


# The process's one store: the Discord face reads it for every interaction (bot/chat/i18n.py).
CHOICES = LanguageChoices()
