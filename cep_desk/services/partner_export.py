"""Export the counsellor's own directory entries as data·inclusion JSON, to share with colleagues.

The file is ``{"structures": [...], "services": [...]}``, each record validated
with ``data-inclusion-schema`` before anything is written, and written
atomically (storage/atomic.py): a failure leaves the previous file, never half
of one. Only public fields leave: contacts, notes and tags are the counsellor's.
Imported data·inclusion records are not re-exported: colleagues get them from
data·inclusion itself.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from cep_desk.services.context import ServiceContext
from cep_desk.services.partner_records import dump
from cep_desk.storage.atomic import write_text_atomic
from cep_desk.storage.models_partners import PartnerService, PartnerStructure


@dataclass(frozen=True)
class ExportResult:
    structures: int
    services: int


class PartnerExport:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def records(self) -> dict[str, list[dict]]:
        from data_inclusion.schema import v1

        with self.ctx.store.read() as s:
            services = s.scalars(select(PartnerService).where(PartnerService.own.is_(True),
                                                              PartnerService.deleted_at.is_(None))
                                 .order_by(PartnerService.source_id)).all()
            structure_ids = {sv.structure_id for sv in services}
            structures = s.scalars(select(PartnerStructure).where(
                PartnerStructure.deleted_at.is_(None),
                PartnerStructure.own.is_(True) | PartnerStructure.id.in_(structure_ids))
                .order_by(PartnerStructure.source_id)).all()
            st_records = [dump(v1.Structure.model_validate(st.record)) for st in structures]
            sv_records = [dump(v1.Service.model_validate(sv.record)) for sv in services]
        return {"structures": st_records, "services": sv_records}

    def write(self, path: Path) -> ExportResult:
        data = self.records()   # raises pydantic.ValidationError before any byte is written
        write_text_atomic(Path(path), json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return ExportResult(len(data["structures"]), len(data["services"]))
