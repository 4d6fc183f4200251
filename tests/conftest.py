"""Shared fixtures: an in-memory keyring (the only fake: no OS keyring here),
real encrypted stores in temporary folders, services with a frozen clock."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = date(2026, 11, 23)


class MemoryKeyring(KeyringBackend):
    """A keyring held in memory, for tests only."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring() -> MemoryKeyring:
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def _isolated_config(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user's settings or data folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.delenv("CEP_DESK_PASSPHRASE", raising=False)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def store(data_dir: Path):
    from cep_desk.storage.store import Store

    s = Store.open_dir(data_dir, create_mode="keyring")
    yield s
    s.close()


class Clock:
    """The services' clock. A test moves it (``clock.now = …``) from one day to the next like a real
    desk; a module starting elsewhere overrides the ``clock`` fixture."""

    def __init__(self, now: datetime):
        self.now = now

    def today(self) -> date:
        return self.now.date()


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 11, 23, 10, 0))


@pytest.fixture
def services(store, clock: Clock):  # type: ignore[no-untyped-def]
    from cep_desk.services.context import ServiceContext
    from cep_desk.services.facade import Services

    return Services(ServiceContext(store, actor="Claire Martin", today=clock.today, now=lambda: clock.now))
