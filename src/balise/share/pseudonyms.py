"""Pseudonymised identifiers: keyed hashes that let two agencies see that they hold the same
phone without exchanging it.

A pseudonym is ``<key id>:<hex>``, the HMAC-SHA256 under a consortium key of the identifier's
kind and normalised value. Without the key a pseudonym cannot be reversed by trying every phone
number (a plain hash could be); the key id travels with it so a rotated key still matches.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass

from balise.errors import InputError

KINDS = ("phone", "email", "handle", "photo", "lead")
"""What can be pseudonymised; ``lead`` is a cluster's reference in a bundle."""

MIN_KEY_BYTES = 32


@dataclass(frozen=True, slots=True)
class ConsortiumKey:
    """A consortium key: its public id and its secret bytes (never logged, never exported)."""

    key_id: str
    secret: bytes

    def __post_init__(self) -> None:
        if len(self.secret) < MIN_KEY_BYTES:
            raise InputError(f"a consortium key needs at least {MIN_KEY_BYTES} bytes")

    @classmethod
    def from_secret(cls, secret: bytes) -> ConsortiumKey:
        """The key with its id derived from the secret, so deployments sharing it agree."""
        return cls(key_id=key_id_of(secret), secret=secret)

    def __repr__(self) -> str:  # keep the secret out of logs and tracebacks
        return f"ConsortiumKey(key_id={self.key_id!r})"


def key_id_of(secret: bytes) -> str:
    """A short public id of a secret (a hash of it under a fixed label, not the secret)."""
    return "k" + hashlib.sha256(b"balise-consortium-key-id\x00" + secret).hexdigest()[:15]


def normalise(kind: str, value: str) -> str:
    """The form two agencies agree on: digits of a phone (North American without the 1),
    lower-case email, handle without ``@``, lower-case photo hash."""
    value = value.strip()
    if kind == "phone":
        digits = re.sub(r"\D", "", value)
        return digits[1:] if len(digits) == 11 and digits.startswith("1") else digits
    if kind in ("email", "photo"):
        return value.lower()
    if kind == "handle":
        return value.lstrip("@").lower()
    return value


def pseudonymise(kind: str, value: str, key: ConsortiumKey) -> str:
    """The pseudonym of one identifier under ``key``: ``<key id>:<64 hex>``."""
    if kind not in KINDS:
        raise InputError(f"unknown identifier kind {kind!r}; expected one of {KINDS}")
    message = f"{kind}\x00{normalise(kind, value)}".encode()
    return f"{key.key_id}:{hmac.new(key.secret, message, hashlib.sha256).hexdigest()}"


def key_id_in(pseudonym: str) -> str:
    """The key id a pseudonym was made with."""
    return pseudonym.split(":", 1)[0]
