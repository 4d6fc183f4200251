"""Where the store key comes from: OS keyring, passphrase, or recovery key.

The store is encrypted with 256 random bits. By default they sit in the OS
keyring (Windows Credential Manager, macOS Keychain, Secret Service), created
at first run. Where no keyring backend works we never fall back to plain
text: the counsellor chooses a passphrase and the key is derived with scrypt.
Either way the raw key can be printed as a *recovery key*, so losing the
keyring entry (new laptop profile) does not lose the caseload.

Non-secret facts about the store (id, key mode, scrypt salt, a key check
value) live in ``store.json`` beside the database. When that file is lost
(a folder restored without it, a sync tool that skipped it), the recovery key
rebuilds it (``KeyManager.rebuild``): the raw key goes back to the keyring,
or, without a keyring, is kept *wrapped* by a new passphrase (XOR with the
passphrase's scrypt output, format 2), so the printed recovery key stays valid.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from dataclasses import asdict, dataclass
from pathlib import Path

from cep_desk.storage.atomic import write_text_atomic
from cep_desk.storage.errors import (
    KeyMissing,
    NeedPassphrase,
    NoKeyringBackend,
    StoreCorrupted,
    StoreTooNew,
    WrongKey,
)

KEYRING_SERVICE = "cep-desk"
META_FILE = "store.json"
META_FORMAT = 2  # bumped when store.json changes shape; a newer one is refused (2: wrapped_key)
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
# The demo store holds fictional people only; its key is derived from a
# published constant so the demo opens anywhere, even without a keyring.
DEMO_PASSPHRASE = "cep-desk-demo"


@dataclass
class StoreMeta:
    store_id: str
    key_mode: str  # "keyring" | "passphrase" | "demo"
    salt: str = ""
    key_check: str = ""
    format: int = 1
    wrapped_key: str = ""  # passphrase mode after a rebuild: the raw key XOR the derived one

    @classmethod
    def load(cls, data_dir: Path) -> StoreMeta | None:
        path = data_dir / META_FILE
        if not path.exists():
            return None
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            meta = cls(**{k: raw[k] for k in cls.__dataclass_fields__ if k in raw})
            ok = (
                isinstance(meta.store_id, str) and meta.store_id
                and meta.key_mode in ("keyring", "passphrase", "demo")
                and isinstance(meta.salt, str) and isinstance(meta.key_check, str)
                and isinstance(meta.format, int) and isinstance(meta.wrapped_key, str)
                and len(meta.wrapped_key) in (0, 64)
            )
            if ok:
                bytes.fromhex(meta.salt)
                bytes.fromhex(meta.key_check)
                bytes.fromhex(meta.wrapped_key)
        except (OSError, ValueError, TypeError, AttributeError, KeyError) as exc:
            raise StoreCorrupted(f"{META_FILE}: {exc}", detail=META_FILE) from exc
        if not ok:
            raise StoreCorrupted(f"{META_FILE}: unexpected content", detail=META_FILE)
        if meta.format > META_FORMAT:
            raise StoreTooNew(f"{META_FILE} format {meta.format}", revision=f"{META_FILE} v{meta.format}")
        return meta

    def save(self, data_dir: Path) -> None:
        write_text_atomic(data_dir / META_FILE, json.dumps(asdict(self), indent=1))


def key_check(key: bytes) -> str:
    return hmac.new(key, b"cep-desk key check v1", hashlib.sha256).hexdigest()[:16]


def _xor(a: bytes, b: bytes) -> bytes:
    return bytes(x ^ y for x, y in zip(a, b, strict=True))


def derive_key(passphrase: str, salt_hex: str) -> bytes:
    try:
        secret = passphrase.encode("utf-8")
    except UnicodeEncodeError as exc:  # undecodable bytes from the environment
        raise WrongKey("passphrase is not valid text") from exc
    return hashlib.scrypt(
        secret, salt=bytes.fromhex(salt_hex),
        n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, maxmem=128 * 1024 * 1024, dklen=32,
    )


def _keyring():  # type: ignore[no-untyped-def]
    """The keyring package, imported on first use: passphrase and demo stores never pay for it."""
    import keyring
    import keyring.backends.fail

    return keyring


def keyring_usable() -> bool:
    """True when a real keyring backend is configured (not the 'fail' one)."""
    keyring = _keyring()
    backend = keyring.get_keyring()
    if isinstance(backend, keyring.backends.fail.Keyring):
        return False
    try:
        return float(getattr(backend, "priority", 1)) > 0
    except Exception:  # a backend whose priority probe itself fails is unusable
        return False


def format_recovery_key(key: bytes) -> str:
    """64 hex digits in 16 groups of 4, easy to read back from paper."""
    h = key.hex().upper()
    return "-".join(h[i : i + 4] for i in range(0, len(h), 4))


def parse_recovery_key(text: str) -> bytes:
    cleaned = "".join(c for c in text if c.isalnum())
    try:
        key = bytes.fromhex(cleaned)
    except ValueError as exc:
        raise WrongKey("recovery key is not hexadecimal") from exc
    if len(key) != 32:
        raise WrongKey("recovery key must have 64 hexadecimal digits")
    return key


class KeyManager:
    """Creates and finds the key of the store in ``data_dir``."""

    def __init__(self, data_dir: Path):
        self.data_dir = data_dir

    @property
    def meta(self) -> StoreMeta | None:
        return StoreMeta.load(self.data_dir)

    def store_exists(self) -> bool:
        return (self.data_dir / META_FILE).exists()

    # -- creation ---------------------------------------------------------
    def create(self, mode: str, passphrase: str | None = None) -> bytes:
        """Make a new key for a new store and remember how to find it again."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        store_id = secrets.token_hex(16)
        salt = secrets.token_hex(16)
        if mode == "keyring":
            if not keyring_usable():
                raise NoKeyringBackend()
            key = secrets.token_bytes(32)
            try:
                _keyring().set_password(KEYRING_SERVICE, store_id, key.hex())
            except Exception as exc:  # locked or broken keyring: say so, write nothing
                raise NoKeyringBackend(str(exc)) from exc
        elif mode == "passphrase":
            if not passphrase:
                raise NeedPassphrase()
            key = derive_key(passphrase, salt)
        elif mode == "demo":
            key = derive_key(DEMO_PASSPHRASE, salt)
        else:
            raise ValueError(mode)
        StoreMeta(store_id, mode, salt, key_check(key)).save(self.data_dir)
        return key

    # -- opening ----------------------------------------------------------
    def load(self, passphrase: str | None = None, recovery_key: str | None = None) -> bytes:
        meta = self.meta
        if meta is None:
            raise KeyMissing("no store.json")
        if recovery_key:
            key = parse_recovery_key(recovery_key)
        elif meta.key_mode == "keyring":
            try:
                stored = _keyring().get_password(KEYRING_SERVICE, meta.store_id)
            except Exception as exc:  # backends raise their own errors too (secretstorage without D-Bus)
                raise KeyMissing(str(exc)) from exc
            if not stored:
                raise KeyMissing("no keyring entry")
            key = bytes.fromhex(stored)
        elif meta.key_mode == "demo":
            key = derive_key(DEMO_PASSPHRASE, meta.salt)
        else:
            passphrase = passphrase or os.environ.get("CEP_DESK_PASSPHRASE")
            if not passphrase:
                raise NeedPassphrase()
            key = derive_key(passphrase, meta.salt)
            if meta.wrapped_key:
                key = _xor(key, bytes.fromhex(meta.wrapped_key))
        if meta.key_check and not hmac.compare_digest(key_check(key), meta.key_check):
            raise WrongKey("key check mismatch")
        return key

    def rebuild(self, key: bytes, passphrase: str | None = None) -> None:
        """Write ``store.json`` again for a store whose key is known (checked by the caller
        against the database): into the keyring when one works, else wrapped by ``passphrase``.

        The store gets a new id (the old one, the keyring entry's name, was in the lost file).
        """
        store_id, salt = secrets.token_hex(16), secrets.token_hex(16)
        if passphrase is None:
            if not keyring_usable():
                raise NeedPassphrase()
            try:
                _keyring().set_password(KEYRING_SERVICE, store_id, key.hex())
            except Exception as exc:  # locked or broken keyring: say so, write nothing
                raise NoKeyringBackend(str(exc)) from exc
            meta = StoreMeta(store_id, "keyring", salt, key_check(key))
        else:
            wrapped = _xor(key, derive_key(passphrase, salt))
            meta = StoreMeta(store_id, "passphrase", salt, key_check(key), format=2, wrapped_key=wrapped.hex())
        self.data_dir.mkdir(parents=True, exist_ok=True)
        meta.save(self.data_dir)

    def remember_in_keyring(self, key: bytes) -> None:
        """After opening with a recovery key, put the key back in the keyring."""
        meta = self.meta
        if meta and meta.key_mode == "keyring" and keyring_usable():
            _keyring().set_password(KEYRING_SERVICE, meta.store_id, key.hex())
