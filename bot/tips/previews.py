"""One send per preview: a token each preview carries, consumed atomically by the first send.

Why: a preview has two send buttons (anonymous, contact allowed) and a member may press both, or
one twice, before the first press is answered. With the cooldown at 0 both used to file, and the
second copy could carry the member's id. The token is taken in one step (no await between the
check and the take) on the process's event loop, which is where the preview's view lives. A
replay of the same interaction may use it again (filing is idempotent on the interaction id), and
a send that fails hands it back so the member can press Send again.
"""

from __future__ import annotations

import secrets
import time
from collections import OrderedDict
from collections.abc import Callable

from bot.errors import InvalidInput
from bot.i18n import N_, _, command

# A preview lives as long as its interaction token (15 minutes); kept a little longer than that.
PREVIEW_SECONDS = 20 * 60
MAX_PREVIEWS = 50_000  # a bound on memory whatever happens
_FRESH = 0  # not sent yet

ALREADY_SENT = N_(
    "This tip was already sent from this preview; it is filed once. Use {command} with your receipt."
)
EXPIRED = N_("This preview has expired. Please run {command} again; nothing was sent.")


class Previews:
    def __init__(self, monotonic: Callable[[], float] = time.monotonic) -> None:
        self._monotonic = monotonic
        # token -> (created, interaction id that sent it, or _FRESH)
        self._tokens: OrderedDict[str, tuple[float, int]] = OrderedDict()

    def new(self) -> str:
        """A token for a preview about to be shown."""
        self._forget_old()
        token = secrets.token_urlsafe(16)
        self._tokens[token] = (self._monotonic(), _FRESH)
        return token

    def take(self, token: str, interaction_id: int | None) -> None:
        """Consume `token` for this send, or raise why it cannot send (already sent, expired)."""
        entry = self._tokens.get(token)
        if entry is None:
            raise InvalidInput(_(EXPIRED).format(command=command("tip new")))
        created, sent_by = entry
        if sent_by != _FRESH and (interaction_id is None or sent_by != interaction_id):
            raise InvalidInput(_(ALREADY_SENT).format(command=command("tip status")))
        self._tokens[token] = (created, interaction_id if interaction_id is not None else -1)

    def give_back(self, token: str, interaction_id: int | None) -> None:
        """The send failed before anything was filed: the member may press Send again."""
        entry = self._tokens.get(token)
        if entry is not None and entry[1] == (interaction_id if interaction_id is not None else -1):
            self._tokens[token] = (entry[0], _FRESH)

    def _forget_old(self) -> None:
        cutoff = self._monotonic() - PREVIEW_SECONDS
        while self._tokens:
            token, (created, _sent) = next(iter(self._tokens.items()))
            if created > cutoff and len(self._tokens) < MAX_PREVIEWS:
                break
            del self._tokens[token]
