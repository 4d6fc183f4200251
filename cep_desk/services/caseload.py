"""The caseload as row snapshots (``storage/caseload_cache.read_rows``), and its cached copy.

For 10,000 people and 60,000 sessions reading is a few hundred milliseconds,
done after a write, while each search keystroke only filters the in-memory
list (``cep_desk.domain.caseload.apply_filter``). The copy kept in the store
lets the next start-up show the caseload before the services are even loaded.
"""

from __future__ import annotations

from datetime import datetime

from cep_desk.domain.caseload import CaseloadRow
from cep_desk.domain.places import commune_names
from cep_desk.services.context import ServiceContext
from cep_desk.storage import caseload_cache


def load_caseload_versioned(ctx: ServiceContext, beneficiary_ids: list[str] | None = None,
                            ) -> tuple[list[CaseloadRow], int, datetime]:
    """The rows, the change counter they reflect, and the moment they were read at.

    The whole caseload comes from the saved snapshot when it is still exact (the first read after
    a start through the passphrase dialog, say), from the four queries otherwise.
    """
    now = ctx.now()
    with ctx.store.engine.connect() as conn:
        # Plain DB-API cursor: SQLAlchemy's row wrapping costs more than the SQL here.
        raw = conn.connection.dbapi_connection
        assert raw is not None
        cached = caseload_cache.load_snapshot(raw, now) if beneficiary_ids is None else None  # type: ignore[arg-type]
        if cached is not None:
            return cached[0], cached[1], now
        rows, changes = caseload_cache.read_rows(raw, now, commune_names, beneficiary_ids)  # type: ignore[arg-type]
    return rows, changes, now


def load_caseload(ctx: ServiceContext, beneficiary_ids: list[str] | None = None) -> list[CaseloadRow]:
    return load_caseload_versioned(ctx, beneficiary_ids)[0]


def save_caseload_snapshot(ctx: ServiceContext, rows: list[CaseloadRow], changes: int, read_at: datetime) -> bool:
    """Keep the whole caseload read at ``changes`` for the next start; False when it is already stale or saved."""
    with ctx.store.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        saved = caseload_cache.save_snapshot(raw, rows, changes, read_at)  # type: ignore[arg-type]
    return saved


def refresh_caseload_snapshot(ctx: ServiceContext) -> bool:
    """Read and keep the caseload when the saved copy is behind the store (at closing); True when saved."""
    with ctx.store.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        current = caseload_cache.snapshot_is_current(raw)  # type: ignore[arg-type]
    if current:
        return False
    rows, changes, read_at = load_caseload_versioned(ctx)
    return save_caseload_snapshot(ctx, rows, changes, read_at)
