"""Import data·inclusion structures and services into the directory.

Each record is validated with ``data-inclusion-schema``; valid records are
upserted on ``source`` + ``id`` (the newest ``date_maj`` wins) in batches of
``BATCH`` rows, one transaction each, so a crash or a cancel leaves whole
batches only. The counsellor's own layer (contacts, notes, tags, favourite,
last verified) is in other tables the import never writes.

Imported reference data is *not* queued in the outbox: it comes from
data·inclusion and the hub can fetch it there; queuing 100,000 rows would
bury the counsellor's own changes. The counsellor's own entries and referrals
do go through ``ChangeRecorder`` (services/partners.py, services/referrals.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic_core import ValidationError
from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from cep_desk.domain.messages import QT_TRANSLATE_NOOP
from cep_desk.services.context import ServiceContext
from cep_desk.services.partner_files import FileProblem, Progress, iter_records
from cep_desk.services.partner_records import (
    error_text,
    search_row,
    service_row,
    structure_row,
    validate_service,
    validate_structure,
)
from cep_desk.services.partner_search import mark_changed
from cep_desk.storage.models import utcnow
from cep_desk.storage.models_partners import PartnerSearch, PartnerService, PartnerStructure

BATCH = 2000
NOT_AN_OBJECT = QT_TRANSLATE_NOOP(
    "Partners", "Not a structure or service record (expected an object with source, id, nom…).")
UNKNOWN_STRUCTURE = QT_TRANSLATE_NOOP(
    "Partners", "Structure “{id}” is neither in the directory nor earlier in the file: import the structures "
    "file first.")
SCHEMA_REFUSED = QT_TRANSLATE_NOOP("Partners", "Not valid for data·inclusion: {detail}")


@dataclass(frozen=True)
class RejectedRow:
    """A refused record: ``message`` is an English source text (context "Partners") with ``params``;
    the schema's own explanations (French, from data·inclusion) come in ``detail``."""

    row: int
    record_id: str
    message: str
    params: dict[str, str] = field(default_factory=dict)

    def render(self, translate: Callable[[str, str], str] | None = None) -> str:
        text = translate("Partners", self.message) if translate else self.message
        return text.format(**self.params)

    @property
    def reason(self) -> str:
        return self.render()


@dataclass
class ImportReport:
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[RejectedRow] = field(default_factory=list)
    problem: FileProblem | None = None   # the file could not be read to the end
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.rejected and self.problem is None and not self.cancelled


class PartnerImport:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def run(self, path: Path, progress: Progress | None = None,
            cancelled: Callable[[], bool] | None = None) -> ImportReport:
        report = ImportReport()
        batch: list[tuple[int, Any]] = []
        try:
            for row, raw in iter_records(Path(path), progress):
                batch.append((row, raw))
                if len(batch) >= BATCH:
                    self._import_batch(batch, report)
                    batch = []
                    if cancelled is not None and cancelled():
                        report.cancelled = True
                        return report
        except FileProblem as problem:
            report.problem = problem
        if batch:
            self._import_batch(batch, report)
        report.rejected.sort(key=lambda r: r.row)
        return report

    def import_records(self, records: list[dict[str, Any]]) -> ImportReport:
        """Records already in memory (the demo, a test): same validation and upsert as a file."""
        report = ImportReport()
        rows = list(enumerate(records, start=1))
        for i in range(0, len(rows), BATCH):
            self._import_batch(rows[i:i + BATCH], report)
        report.rejected.sort(key=lambda r: r.row)
        return report

    # -- one batch, one transaction ------------------------------------------------------------
    def _import_batch(self, batch: list[tuple[int, Any]], report: ImportReport) -> None:
        structures: list[tuple[int, dict[str, Any]]] = []
        services: list[tuple[int, dict[str, Any]]] = []
        for row, raw in batch:
            rid = str(raw.get("id", ""))[:80] if isinstance(raw, dict) else ""
            if not isinstance(raw, dict):
                report.rejected.append(RejectedRow(row, rid, NOT_AN_OBJECT))
                continue
            try:
                if "structure_id" in raw:
                    services.append((row, validate_service(raw)))
                else:
                    structures.append((row, validate_structure(raw)))
            except ValidationError as exc:
                report.rejected.append(RejectedRow(row, rid, SCHEMA_REFUSED, {"detail": error_text(exc)}))
        with self.ctx.store.write() as s:
            st_rows = [(r, structure_row(x)) for r, x in structures]
            _new, updated_st = self._upsert(s, PartnerStructure, st_rows, report)
            sv_rows = [(r, service_row(x)) for r, x in services]
            info = _structure_info(s, {sr["structure_id"] for _, sr in sv_rows})
            rows = []
            for r, sr in sv_rows:
                if sr["structure_id"] in info:
                    rows.append((r, sr))
                else:
                    report.rejected.append(RejectedRow(r, sr["source_id"][:80], UNKNOWN_STRUCTURE,
                                                       {"id": str(sr["record"]["structure_id"])[:80]}))
            new_sv, updated_sv = self._upsert(s, PartnerService, rows, report)
            # Search rows straight from the records in hand: no reading back and decoding what was just written.
            written = new_sv | updated_sv
            _delete_search_rows(s, updated_sv)
            values = [search_row(sr["id"], sr["structure_id"], sr["record"], info[sr["structure_id"]])
                      for _, sr in rows if sr["id"] in written]
            if values:
                s.execute(PartnerSearch.__table__.insert(), values)
            # A renamed or moved structure changes the search rows of its other services.
            if updated_st:
                reindex_services(s, set(), updated_st, skip=written)
        mark_changed(self.ctx.store)

    def _upsert(self, s: Session, model: type, rows: list[tuple[int, dict[str, Any]]],
                report: ImportReport) -> tuple[set[str], set[str]]:
        """Insert new records, update those the file has newer; returns the ids inserted and updated."""
        latest: dict[str, dict[str, Any]] = {}
        for _, r in rows:   # the same id twice in a file: the newest wins, like against the store
            old = latest.get(r["id"])
            if old is None or r["date_maj"] >= old["date_maj"]:
                latest[r["id"]] = r
        report.unchanged += len(rows) - len(latest)
        existing: dict[str, tuple[Any, bool]] = {}
        ids = list(latest)
        for i in range(0, len(ids), 900):
            for rid, date_maj, own in s.execute(
                    select(model.id, model.date_maj, model.own).where(model.id.in_(ids[i:i + 900]))):
                existing[rid] = (date_maj, own)
        # Same date: compare the records (the slow JSON read happens only for these, on a re-import).
        same_day = [rid for rid, (d, own) in existing.items() if not own and d == latest[rid]["date_maj"]]
        stored: dict[str, dict] = {}
        for i in range(0, len(same_day), 900):
            stored.update(s.execute(select(model.id, model.record).where(model.id.in_(same_day[i:i + 900]))).all())
        now = utcnow()
        new_rows, changed = [], []
        for rid, r in latest.items():
            old = existing.get(rid)
            if old is None:
                new_rows.append({**r, "created_at": now, "updated_at": now, "deleted_at": None,
                                 "server_version": None})
            elif old[1] or r["date_maj"] < old[0] or stored.get(rid) == r["record"]:
                report.unchanged += 1
            else:
                changed.append({**r, "updated_at": now})
        if new_rows:
            s.execute(model.__table__.insert(), new_rows)   # Core executemany: no ORM bookkeeping per row
        for r in changed:
            s.execute(update(model).where(model.id == r["id"]).values(
                {k: v for k, v in r.items() if k not in ("id", "own")}))
        report.imported += len(new_rows)
        report.updated += len(changed)
        return {r["id"] for r in new_rows}, {r["id"] for r in changed}


def _structure_info(s: Session, ids: set[str]) -> dict[str, dict[str, Any]]:
    """What a search row needs of each structure, from plain columns (no JSON decoding)."""
    out: dict[str, dict[str, Any]] = {}
    id_list = list(ids)
    cols = (PartnerStructure.id, PartnerStructure.nom, PartnerStructure.commune, PartnerStructure.code_insee,
            PartnerStructure.latitude, PartnerStructure.longitude)
    for i in range(0, len(id_list), 900):
        for sid, nom, commune, insee, lat, lon in s.execute(
                select(*cols).where(PartnerStructure.id.in_(id_list[i:i + 900]))):
            out[sid] = {"nom": nom, "commune": commune, "code_insee": insee, "latitude": lat, "longitude": lon}
    return out


def _delete_search_rows(s: Session, service_ids: set[str]) -> None:
    id_list = list(service_ids)
    for i in range(0, len(id_list), 900):
        s.execute(delete(PartnerSearch).where(PartnerSearch.service_id.in_(id_list[i:i + 900])))


def reindex_services(s: Session, service_ids: set[str], structure_ids: set[str] = frozenset(),
                     skip: set[str] = frozenset()) -> None:
    """Rewrite the search rows of these services and of every service of these structures (but ``skip``)."""
    ids = set(service_ids)
    struct_list = list(structure_ids)
    for i in range(0, len(struct_list), 900):
        ids |= set(s.scalars(select(PartnerService.id).where(
            PartnerService.structure_id.in_(struct_list[i:i + 900]))))
    id_list = list(ids - skip)
    for i in range(0, len(id_list), 900):
        chunk = id_list[i:i + 900]
        s.execute(delete(PartnerSearch).where(PartnerSearch.service_id.in_(chunk)))
        rows = s.execute(
            select(PartnerService.id, PartnerService.structure_id, PartnerService.record, PartnerService.deleted_at,
                   PartnerStructure.record)
            .join(PartnerStructure, PartnerStructure.id == PartnerService.structure_id)
            .where(PartnerService.id.in_(chunk))).all()
        values = [search_row(sid, stid, rec, srec) for sid, stid, rec, deleted, srec in rows if deleted is None]
        if values:
            s.execute(insert(PartnerSearch), values)
