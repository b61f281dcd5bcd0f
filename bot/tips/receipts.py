"""Receipts: the only link between a tipster and their tip (as in SecureDrop's codenames).

A receipt is six words drawn with `secrets` from the 2048-word BIP-39 English list (66 bits). Only
a slow hash is stored. The hash is deterministic (a fixed application salt) so a lookup is a single
indexed equality query rather than a scan over every salted hash: with 66 bits of entropy a
per-receipt salt adds nothing a rainbow table could exploit. The receipt's 66 bits carry the security;
Argon2id (1 MiB, one pass: about 0.5 ms and 1 MiB per guess) makes an offline search of that space
cost about a billion CPU-years, while a burst of filings stays within the throughput target
on two cores (4 MiB cost ~2.5 ms a tip and capped filing near 400 tips/s). Changing the cost makes
existing receipts unresolvable, so it is fixed before the first deployment.

The BIP-39 list has unique four-letter prefixes, so `abou abov abse ...` is accepted as well.
"""

from __future__ import annotations

import re
import secrets
from functools import lru_cache
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw

from bot.errors import InvalidInput
from bot.i18n import _

RECEIPT_WORDS = 6
WORD_BITS = 11  # 2048 words
WORDLIST_PATH = Path(__file__).with_name("wordlist.txt")
# Changing any of these makes every existing receipt unresolvable: bump the version prefix with them.
HASH_VERSION = "a2id2"
_SALT = b"exportwatch/tip-receipt/v1"
_TIME_COST = 1
_MEMORY_KIB = 1024
_PARALLELISM = 1


@lru_cache(maxsize=1)
def wordlist() -> tuple[str, ...]:
    words = tuple(w.strip() for w in WORDLIST_PATH.read_text(encoding="utf-8").split() if w.strip())
    if len(words) != 2048 or len(set(words)) != 2048:
        raise RuntimeError(f"{WORDLIST_PATH} must hold 2048 distinct words")
    return words


@lru_cache(maxsize=1)
def _by_prefix() -> dict[str, str]:
    return {w[:4]: w for w in wordlist()}


def new_receipt() -> str:
    """Six words from one draw of the system's secure random source: the list has 2048 = 2**11
    words, so each 11-bit slice picks a word uniformly (one urandom call, not a dozen per tip)."""
    words = wordlist()
    bits = secrets.randbits(WORD_BITS * RECEIPT_WORDS)
    mask = (1 << WORD_BITS) - 1
    return " ".join(words[(bits >> (WORD_BITS * i)) & mask] for i in range(RECEIPT_WORDS))


def normalise_receipt(value: str) -> str:
    """The canonical form of what a member typed, or InvalidInput saying politely what is wrong."""
    parts = [p for p in re.split(r"[\s,.;:_\-]+", value.strip().lower()) if p]
    if len(parts) != RECEIPT_WORDS:
        raise InvalidInput(
            _(
                "A receipt is {words} words, like the one you were shown when you filed the tip "
                "(you entered {n})."
            ).format(words=RECEIPT_WORDS, n=len(parts))
        )
    words = set(wordlist())
    prefixes = _by_prefix()
    out: list[str] = []
    for part in parts:
        word = part if part in words else prefixes.get(part[:4]) if len(part) >= 4 else None
        if word is None:
            raise InvalidInput(
                _("“{word}” is not a receipt word; please check the receipt for typos.").format(word=part)
            )
        out.append(word)
    return " ".join(out)


def hash_receipt(receipt: str) -> str:
    """Slow, deterministic hash of a (normalised) receipt. CPU-bound: call it via asyncio.to_thread."""
    digest = hash_secret_raw(
        receipt.encode("utf-8"),
        _SALT,
        time_cost=_TIME_COST,
        memory_cost=_MEMORY_KIB,
        parallelism=_PARALLELISM,
        hash_len=32,
        type=Type.ID,
    )
    return f"{HASH_VERSION}${digest.hex()}"
