"""From a data·inclusion record (validated by ``data-inclusion-schema``) to table rows, and back.

Shared by the import (bulk, no outbox), the counsellor's own entries (through
``ChangeRecorder``) and the export, so the three agree on what a record is.
"""

from __future__ import annotations

import hashlib
import math
import uuid
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from pydantic_core import ValidationError

from cep_desk.domain.partners import is_on_site, is_remote
from cep_desk.domain.places import commune_index
from cep_desk.domain.text import fold

if TYPE_CHECKING:
    from pydantic import BaseModel

_NAMESPACE = uuid.UUID("6f1d3c1e-52a4-4a43-9c1b-1f6f2d6ad0a1")
SEARCH_DESCRIPTION_CHARS = 300   # enough to find "permis" in a description, small enough to scan fast
STRUCTURE_COLUMNS = ("siret", "commune", "code_postal", "code_insee", "adresse", "latitude", "longitude",
                     "telephone", "courriel", "site_web")


def record_uuid(kind: str, source: str, source_id: str) -> str:
    """The same data·inclusion record gets the same id on every desk (referrals synced between
    colleagues then point to the same service): ``uuid5``, spelled out because building
    ``uuid.UUID`` objects was a tenth of a 100,000-service import."""
    b = bytearray(hashlib.sha1(_NAMESPACE.bytes + f"{kind}\x1f{source}\x1f{source_id}".encode()).digest()[:16])
    b[6] = (b[6] & 0x0F) | 0x50      # version 5
    b[8] = (b[8] & 0x3F) | 0x80      # RFC 4122 variant
    x = b.hex()
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:]}"


@lru_cache(maxsize=4096)   # many services of one structure in a row
def structure_uuid(source: str, source_id: str) -> str:
    return record_uuid("structure", source, source_id)


def service_uuid(source: str, source_id: str) -> str:
    return record_uuid("service", source, source_id)


def dump(model: BaseModel) -> dict[str, Any]:
    """JSON-ready dict without empty fields; sets become sorted lists so equal records compare equal."""
    out = model.model_dump(mode="json", exclude_none=True)
    return {k: sorted(v) if isinstance(v, list) and k != "zone_eligibilite" else v for k, v in out.items()}


def validate_structure(raw: dict[str, Any]) -> dict[str, Any]:
    from data_inclusion.schema import v1  # 160 ms of model building: not at application start

    return dump(v1.Structure.model_validate(raw))


def validate_service(raw: dict[str, Any]) -> dict[str, Any]:
    from data_inclusion.schema import v1

    return dump(v1.Service.model_validate(raw))


def error_text(exc: ValidationError, limit: int = 3) -> str:
    """A short reason for the report: field and problem, never the whole enum list nor the hostile input."""
    parts = []
    for err in exc.errors()[:limit]:
        where = ".".join(str(p) for p in err["loc"]) or "record"
        if err["type"] == "enum":
            value = str(err.get("input", ""))[:60]
            parts.append(f"{where}: “{value}” is not in the data·inclusion list")
        else:
            parts.append(f"{where}: {str(err['msg'])[:160]}")
    more = len(exc.errors()) - limit
    return "; ".join(parts) + (f" (+{more})" if more > 0 else "")


def structure_row(rec: dict[str, Any], own: bool = False) -> dict[str, Any]:
    row = {c: rec.get(c) for c in STRUCTURE_COLUMNS}
    for c in ("commune", "adresse", "telephone", "courriel", "site_web"):
        limit = {"commune": 200, "adresse": 300, "telephone": 50, "courriel": 254, "site_web": 500}[c]
        if row[c] is not None:
            row[c] = str(row[c])[:limit]
    return {"id": structure_uuid(rec["source"], rec["id"]), "source": rec["source"], "source_id": rec["id"],
            "date_maj": date.fromisoformat(rec["date_maj"]), "own": own, "nom": rec["nom"], **row, "record": rec}


def service_row(rec: dict[str, Any], own: bool = False) -> dict[str, Any]:
    return {"id": service_uuid(rec["source"], rec["id"]),
            "structure_id": structure_uuid(rec["source"], rec["structure_id"]),
            "source": rec["source"], "source_id": rec["id"], "date_maj": date.fromisoformat(rec["date_maj"]),
            "own": own, "nom": rec["nom"], "type": rec.get("type"), "frais": rec.get("frais"),
            "code_insee": rec.get("code_insee"), "commune": (rec.get("commune") or None) and rec["commune"][:200],
            "record": rec}


def _codes(values: list[str] | None) -> str:
    return "|" + "|".join(values) + "|" if values else ""


def _point(rec: dict[str, Any], structure: dict[str, Any] | None) -> tuple[float | None, float | None]:
    """The service's own coordinates, else its commune's town hall, else its structure's."""
    lat, lon = rec.get("latitude"), rec.get("longitude")
    if _valid(lat, lon):
        return lat, lon
    commune = commune_index().get(rec.get("code_insee"))
    if commune is not None and commune.has_coordinates:
        return commune.latitude, commune.longitude
    if structure is not None:
        lat, lon = structure.get("latitude"), structure.get("longitude")
        if _valid(lat, lon):
            return lat, lon
        commune = commune_index().get(structure.get("code_insee"))
        if commune is not None and commune.has_coordinates:
            return commune.latitude, commune.longitude
    return None, None


def _valid(lat: Any, lon: Any) -> bool:
    return (isinstance(lat, int | float) and isinstance(lon, int | float) and math.isfinite(lat)
            and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180)


def search_row(service_id: str, structure_id: str, rec: dict[str, Any],
               structure: dict[str, Any] | None) -> dict[str, Any]:
    """The narrow row the search scans (models_partners.PartnerSearch)."""
    lat, lon = _point(rec, structure)
    modes = rec.get("modes_accueil")
    words = [rec["nom"], (structure or {}).get("nom", ""), rec.get("commune") or "",
             (structure or {}).get("commune") or "", (rec.get("description") or "")[:SEARCH_DESCRIPTION_CHARS]]
    return {"service_id": service_id, "structure_id": structure_id, "latitude": lat, "longitude": lon,
            "remote": is_remote(modes), "on_site": is_on_site(modes), "type": rec.get("type") or "",
            "frais": rec.get("frais") or "", "thematiques": _codes(rec.get("thematiques")),
            "publics": _codes(rec.get("publics")), "zone": _codes(rec.get("zone_eligibilite")),
            "text": fold(" ".join(words)), "name": rec["nom"], "structure_name": (structure or {}).get("nom", ""),
            "commune": (rec.get("commune") or (structure or {}).get("commune") or "")[:200]}
