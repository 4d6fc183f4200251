"""Per-machine settings: typed, with defaults, versioned, written atomically.

Secrets never go here (the key lives in the keyring). Settings that belong
with the data (counsellor profile, sites) live in the store instead.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path

import platformdirs

from cep_desk.storage.atomic import write_text_atomic

APP_NAME = "cep-desk"
SETTINGS_VERSION = 1
LANGUAGES = ("fr", "en")
START_PAGES = ("today", "caseload", "directory")  # the main window's fixed tabs, in their order


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_data_dir(demo: bool = False) -> Path:
    base = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return base / "demo" if demo else base / "store"


@dataclass
class Settings:
    version: int = SETTINGS_VERSION
    language: str = "fr"
    data_dir: str = ""          # empty: platformdirs default
    no_contact_weeks: int = 8
    start_page: str = "today"   # the tab the window reopens on: the one last used

    @classmethod
    def load(cls, folder: Path | None = None) -> Settings:
        path = (folder or config_dir()) / "settings.json"
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):  # hand-edited or damaged: defaults rather than a crash
            return cls()
        s = cls()
        for f in fields(cls):
            value = raw.get(f.name)
            if value is not None and isinstance(value, type(getattr(s, f.name))):
                setattr(s, f.name, value)
        if s.language not in LANGUAGES:
            s.language = "fr"
        if s.start_page not in START_PAGES:
            s.start_page = "today"
        if s.no_contact_weeks < 1:
            s.no_contact_weeks = Settings.no_contact_weeks
        s.version = SETTINGS_VERSION
        return s

    def save(self, folder: Path | None = None) -> None:
        path = (folder or config_dir()) / "settings.json"
        write_text_atomic(path, json.dumps(asdict(self), indent=1))

    def resolved_data_dir(self) -> Path:
        return Path(self.data_dir) if self.data_dir else default_data_dir()
