"""What every service needs: the store, who acts, and a clock tests can freeze."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from cep_desk.storage.store import Store


def _default_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name on some service accounts
        return "cep-desk"


@dataclass
class ServiceContext:
    store: Store
    actor: str = field(default_factory=_default_actor)
    today: Callable[[], date] = date.today
    now: Callable[[], datetime] = datetime.now
