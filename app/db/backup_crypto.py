"""Password-sealed backup files: AES-256-GCM with a key derived from the password by scrypt.

Layout: MAGIC, salt (16 bytes), password check (16 bytes), nonce (12 bytes), ciphertext with the
GCM tag. The password check is a second scrypt output, so a wrong password is told apart from a
damaged file (both would fail the GCM tag). The whole database is sealed at once from memory: an
office database is far below GCM's 2 GiB limit for one call, and at most two copies are held.
The password itself is stored nowhere.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.db.database import DatabaseError

MAGIC = b"EXPDESK-BACKUP1"
ENCRYPTED_SUFFIX = ".enc"
_SALT_BYTES, _CHECK_BYTES, _NONCE_BYTES = 16, 16, 12
_HEADER_BYTES = len(MAGIC) + _SALT_BYTES + _CHECK_BYTES + _NONCE_BYTES
# About 0.1 s and 32 MiB per derivation: slow enough to make guessing costly, quick for a person.
_SCRYPT = {"n": 2**15, "r": 8, "p": 1, "maxmem": 64 * 1024 * 1024}


class WrongBackupPassword(DatabaseError):
    def __init__(self) -> None:
        super().__init__("备份密码不正确")


class DamagedBackup(DatabaseError):
    def __init__(self) -> None:
        super().__init__("备份文件已损坏")


def is_encrypted(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(MAGIC)) == MAGIC


def _keys(password: str, salt: bytes) -> tuple[bytes, bytes]:
    """The AES key and the password check, both from one scrypt derivation."""
    derived = hashlib.scrypt(password.encode("utf-8"), salt=salt, dklen=32 + _CHECK_BYTES, **_SCRYPT)
    return derived[:32], derived[32:]


def encrypt_backup(data: bytes, sealed: Path, password: str) -> bytes:
    """Seal the database bytes ``data`` (held in memory: never written in clear) into ``sealed``;
    returns their SHA-256."""
    salt, nonce = os.urandom(_SALT_BYTES), os.urandom(_NONCE_BYTES)
    key, check = _keys(password, salt)
    digest = hashlib.sha256(data).digest()
    ciphertext = AESGCM(key).encrypt(nonce, data, MAGIC)
    sealed.parent.mkdir(parents=True, exist_ok=True)
    with sealed.open("wb") as handle:
        handle.write(MAGIC + salt + check + nonce)
        handle.write(ciphertext)
        handle.flush()
        os.fsync(handle.fileno())
    return digest


def _decrypt(sealed: Path, password: str) -> bytes:
    blob = sealed.read_bytes()
    if len(blob) < _HEADER_BYTES + 16 or not blob.startswith(MAGIC):
        raise DamagedBackup()
    salt_at = len(MAGIC)
    salt = blob[salt_at : salt_at + _SALT_BYTES]
    stored_check = blob[salt_at + _SALT_BYTES : salt_at + _SALT_BYTES + _CHECK_BYTES]
    nonce = blob[_HEADER_BYTES - _NONCE_BYTES : _HEADER_BYTES]
    key, check = _keys(password, salt)
    if not hmac.compare_digest(check, stored_check):
        raise WrongBackupPassword()
    try:
        return AESGCM(key).decrypt(nonce, memoryview(blob)[_HEADER_BYTES:], MAGIC)
    except InvalidTag as error:
        raise DamagedBackup() from error


def verify_encrypted_backup(sealed: Path, password: str, digest: bytes) -> None:
    """Decrypt ``sealed`` back and compare with the plain file's digest.

    Raises:
        DamagedBackup: the sealed file does not give back what was sealed.
    """
    if hashlib.sha256(_decrypt(sealed, password)).digest() != digest:
        raise DamagedBackup()


def decrypt_backup(sealed: Path, plain: Path, password: str) -> None:
    """Write the plain database sealed in ``sealed`` to ``plain``.

    Raises:
        WrongBackupPassword, DamagedBackup: with the Chinese message to show.
    """
    plain.write_bytes(_decrypt(sealed, password))
