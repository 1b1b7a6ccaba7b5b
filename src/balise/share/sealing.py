"""Consortium key secrets sealed at rest: AES-256-GCM under a key-encryption key (KEK) that never
sits in the database.

The KEK is derived with HKDF-SHA256 (no salt, info ``KEK_INFO``) from the setting
``BALISE_KEY_ENCRYPTION_KEY`` when it is set, else from ``BALISE_SECRET_KEY``. A sealed secret is
the text ``aesgcm1:<base64url of nonce (12 bytes) + ciphertext + tag (16 bytes)>``; the tag
before the colon names the format so a later change can be recognised, and the associated data
binds the ciphertext to its key id (a secret copied onto another row does not open).

Whoever reads the database or a backup without the KEK sees only key ids and ciphertexts, so
they cannot recompute pseudonyms. Every format tag ever written stays readable here (the
migration that sealed the old plain-hex rows uses this module).
"""

from __future__ import annotations

import base64
import binascii
import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from balise.errors import BaliseError
from balise.settings import DEV_SECRET, Settings

KEK_ENV = "BALISE_KEY_ENCRYPTION_KEY"
SECRET_ENV = "BALISE_SECRET_KEY"
KEK_INFO = b"balise consortium-key encryption v1"
"""HKDF info label: the same setting gives a different key for any other use of it."""
MIN_KEK_CHARS = 32
FORMAT = "aesgcm1"
"""Format tag of sealed secrets: AES-256-GCM, 96-bit random nonce, key id as associated data."""
NONCE_BYTES = 12
TAG_BYTES = 16


class KeyEncryptionError(BaliseError):
    """A consortium key secret cannot be sealed or opened: missing or wrong key-encryption key,
    altered or unknown stored value. The message names the setting to fix."""


@dataclass(frozen=True, slots=True)
class KeyEncryptionKey:
    """The 32-byte AES key that seals consortium secrets, and the setting it came from."""

    key: bytes
    source: str

    def __repr__(self) -> str:  # keep the key out of logs and tracebacks
        return f"KeyEncryptionKey(source={self.source!r})"

    @classmethod
    def from_material(cls, material: str, *, source: str) -> KeyEncryptionKey:
        """The KEK derived from a setting's text value (HKDF-SHA256, info ``KEK_INFO``)."""
        if not material:
            raise KeyEncryptionError(f"{source} is empty: it must hold the key-encryption key")
        hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=KEK_INFO)
        return cls(key=hkdf.derive(material.encode("utf-8")), source=source)

    @classmethod
    def from_settings(cls, settings: Settings) -> KeyEncryptionKey:
        """The KEK of validated settings: ``key_encryption_key``, else ``secret_key``."""
        if settings.key_encryption_key:
            return cls.from_material(_long_enough(settings.key_encryption_key), source=KEK_ENV)
        return cls.from_material(settings.secret_key, source=_secret_source(settings.secret_key))

    @classmethod
    def from_environ(cls, environ: Mapping[str, str] | None = None) -> KeyEncryptionKey:
        """The KEK as the application would read it from the environment (``os.environ`` by
        default): for the migration and for callers that have no ``Settings`` at hand."""
        env = os.environ if environ is None else environ
        if env.get(KEK_ENV):
            return cls.from_material(_long_enough(env[KEK_ENV]), source=KEK_ENV)
        secret = env.get(SECRET_ENV) or DEV_SECRET
        if secret == DEV_SECRET and env.get("BALISE_ENVIRONMENT") == "production":
            raise KeyEncryptionError(
                f"no key-encryption key: set {KEK_ENV} (or {SECRET_ENV}) to a real secret; "
                "the development default does not protect consortium keys in production"
            )
        return cls.from_material(secret, source=_secret_source(secret))


def _long_enough(value: str) -> str:
    # The message never quotes the value: a near miss of the real key must not reach a log.
    if len(value) < MIN_KEK_CHARS:
        raise KeyEncryptionError(
            f"{KEK_ENV} is too short: use at least {MIN_KEK_CHARS} random characters "
            "(for instance the output of `python -c 'import secrets; "
            "print(secrets.token_hex(32))'`)"
        )
    return value


def _secret_source(secret: str) -> str:
    if secret == DEV_SECRET:
        return f"{SECRET_ENV} (unset: the development default; set {KEK_ENV})"
    return f"{SECRET_ENV} ({KEK_ENV} unset)"


def _associated_data(key_id: str) -> bytes:
    return f"balise-consortium-key\x00{FORMAT}\x00{key_id}".encode()


def seal(secret: bytes, *, key_id: str, kek: KeyEncryptionKey) -> str:
    """``secret`` encrypted under ``kek`` and bound to ``key_id``: ``aesgcm1:<base64url>``."""
    nonce = secrets.token_bytes(NONCE_BYTES)
    sealed = AESGCM(kek.key).encrypt(nonce, secret, _associated_data(key_id))
    return f"{FORMAT}:{base64.urlsafe_b64encode(nonce + sealed).decode('ascii')}"


def unseal(sealed: str, *, key_id: str, kek: KeyEncryptionKey) -> bytes:
    """The secret of the key ``key_id`` from its stored value; ``KeyEncryptionError`` when the
    KEK is not the one it was sealed under, the value was altered or belongs to another id."""
    tag, sep, body = sealed.partition(":")
    if not sep or tag != FORMAT:
        raise KeyEncryptionError(
            f"consortium key {key_id}: stored secret has an unknown format "
            f"({tag[:20]!r}); this Balise reads {FORMAT!r}"
        )
    try:
        raw = base64.urlsafe_b64decode(body.encode("ascii"))
    except (binascii.Error, ValueError, UnicodeEncodeError):
        raw = b""
    if len(raw) < NONCE_BYTES + TAG_BYTES:
        raise KeyEncryptionError(f"consortium key {key_id}: stored secret is damaged")
    try:
        return AESGCM(kek.key).decrypt(
            raw[:NONCE_BYTES], raw[NONCE_BYTES:], _associated_data(key_id)
        )
    except InvalidTag:
        raise KeyEncryptionError(
            f"cannot decrypt consortium key {key_id} with the key-encryption key from "
            f"{kek.source}: it is not the one the key was stored under, or the stored value "
            f"was altered. Set {KEK_ENV} to the value in use when the key was stored; to change "
            "the key-encryption key, run `balise share rewrap`"
        ) from None
