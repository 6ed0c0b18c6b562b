"""Password-sealed backup files: AES-256-GCM with a key derived from the password by scrypt.

Layout: MAGIC, salt (16 bytes), password check (16 bytes), nonce (12 bytes), the length of what
follows (8 bytes, big-endian), ciphertext with the GCM tag; the header is the GCM's associated data.
The length lets a listing tell a whole file from a truncated one without the password. Files of the
first layout (MAGIC_V1, no length, only the magic as associated data) are still read. The password
check is a second scrypt output, so a wrong password is told apart from a damaged file (both would
fail the GCM tag). The whole database is sealed at once from memory: an office database is far
below GCM's 2 GiB limit for one call, and at most two copies are held. The password itself is
stored nowhere.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.db.database import DatabaseError
from app.domain.vocabulary import QT_TRANSLATE_NOOP

MAGIC = b"EXPDESK-BACKUP2"
MAGIC_V1 = b"EXPDESK-BACKUP1"
ENCRYPTED_SUFFIX = ".enc"
_SALT_BYTES, _CHECK_BYTES, _NONCE_BYTES, _LENGTH_BYTES, _TAG_BYTES = 16, 16, 12, 8, 16
_KEYS_BYTES = len(MAGIC) + _SALT_BYTES + _CHECK_BYTES + _NONCE_BYTES  # the header up to the length
# About 0.1 s and 32 MiB per derivation: slow enough to make guessing costly, quick for a person.
_SCRYPT = {"n": 2**15, "r": 8, "p": 1, "maxmem": 64 * 1024 * 1024}


class WrongBackupPassword(DatabaseError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("messages", "备份密码不正确"))


class DamagedBackup(DatabaseError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("messages", "备份文件已损坏"))


def is_encrypted(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(MAGIC)) in (MAGIC, MAGIC_V1)


def sealed_file_is_whole(path: Path) -> bool:
    """Whether a sealed backup has all the bytes its header announces (no password needed).

    A file of the first layout says nothing of its length: it counts as whole when it can hold one.
    """
    with path.open("rb") as handle:
        header = handle.read(_KEYS_BYTES + _LENGTH_BYTES)
    size = path.stat().st_size
    if header.startswith(MAGIC_V1):
        return size >= _KEYS_BYTES + _TAG_BYTES
    if not header.startswith(MAGIC) or len(header) < _KEYS_BYTES + _LENGTH_BYTES:
        return False
    return size == len(header) + int.from_bytes(header[_KEYS_BYTES:], "big")


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
    header = MAGIC + salt + check + nonce + (len(data) + _TAG_BYTES).to_bytes(_LENGTH_BYTES, "big")
    ciphertext = AESGCM(key).encrypt(nonce, data, header)
    sealed.parent.mkdir(parents=True, exist_ok=True)
    with sealed.open("wb") as handle:
        handle.write(header)
        handle.write(ciphertext)
        handle.flush()
        os.fsync(handle.fileno())
    return digest


def _decrypt(sealed: Path, password: str) -> bytes:
    blob = sealed.read_bytes()
    first_layout = blob.startswith(MAGIC_V1)
    header_bytes = _KEYS_BYTES if first_layout else _KEYS_BYTES + _LENGTH_BYTES
    if len(blob) < header_bytes + _TAG_BYTES or not (first_layout or blob.startswith(MAGIC)):
        raise DamagedBackup()
    salt_at = len(MAGIC)
    salt = blob[salt_at : salt_at + _SALT_BYTES]
    stored_check = blob[salt_at + _SALT_BYTES : salt_at + _SALT_BYTES + _CHECK_BYTES]
    nonce = blob[_KEYS_BYTES - _NONCE_BYTES : _KEYS_BYTES]
    key, check = _keys(password, salt)
    if not hmac.compare_digest(check, stored_check):
        raise WrongBackupPassword()
    associated = MAGIC_V1 if first_layout else blob[:header_bytes]
    try:
        return AESGCM(key).decrypt(nonce, memoryview(blob)[header_bytes:], associated)
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
