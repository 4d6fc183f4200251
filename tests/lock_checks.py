"""Whether a store's single-instance lock is free, seen as a second app would see it."""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from cep_desk.storage.connection import LOCK_FILE


def lock_is_free(data_dir: Path) -> bool:
    probe = FileLock(str(data_dir / LOCK_FILE), timeout=0)
    try:
        probe.acquire()
    except Timeout:
        return False
    probe.release()
    return True
