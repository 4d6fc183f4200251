"""Partner directory rules: eligibility zones, distance, the 12-month re-verification.

Structures and services follow data·inclusion v1 (the ``data-inclusion-schema``
package validates them in the services layer; this module only needs plain
codes). The zone and distance rules live here, without Qt or SQL, so the search,
the command line and the hub answer "can this person use this service?" alike.

Zones (``zone_eligibilite``) hold INSEE codes: a commune (5 characters), a
département (2–3), an EPCI (9-digit SIREN), a country (``99xxx``) or
``france``. The shipped communes list carries each commune's EPCI, so an EPCI
zone is resolved from the person's commune like a département is.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from cep_desk.domain.messages import QT_TRANSLATE_NOOP
from cep_desk.domain.places import Commune

CONTEXT = "Partners"
EARTH_RADIUS_KM = 6371.0088
FRANCE_CODES = frozenset({"france", "99100"})
REVERIFY_MONTHS = 12

# Modes d'accueil codes (data·inclusion ``ModeAccueil``) the distance rule needs by value.
ON_SITE = "en-presentiel"
REMOTE = "a-distance"


def zone_keys(commune: Commune | None) -> frozenset[str]:
    """Every zone code that includes this commune: itself, its département, its EPCI, France."""
    if commune is None:
        return FRANCE_CODES
    keys = {commune.insee, commune.departement, *FRANCE_CODES}
    if commune.epci:
        keys.add(commune.epci)
    return frozenset(keys)


def eligible(zone: list[str] | tuple[str, ...] | None, commune: Commune | None) -> bool:
    """True when a person living in ``commune`` is inside the service's zone.

    No zone means no restriction (the schema makes the field optional). A person
    whose commune is unknown only gets services open to all of France.
    """
    if not zone:
        return True
    return not zone_keys(commune).isdisjoint(zone)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance; ``math.inf`` when a point is missing (never "nearest")."""
    if not all(math.isfinite(v) for v in (lat1, lon1, lat2, lon2)):
        return math.inf
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, h)))


@dataclass(frozen=True)
class BoundingBox:
    """A latitude/longitude box that contains the circle of ``radius_km``: an index-friendly SQL prefilter;
    the exact haversine distance then removes the corners."""

    min_lat: float
    max_lat: float
    min_lon: float
    max_lon: float


def bounding_box(lat: float, lon: float, radius_km: float) -> BoundingBox:
    dlat = math.degrees(radius_km / EARTH_RADIUS_KM)
    cos_lat = max(math.cos(math.radians(lat)), 0.01)  # never divide by ~0 near a pole
    dlon = min(180.0, math.degrees(radius_km / (EARTH_RADIUS_KM * cos_lat)))
    return BoundingBox(lat - dlat, lat + dlat, lon - dlon, lon + dlon)


def is_remote(modes_accueil: list[str] | tuple[str, ...] | None) -> bool:
    return REMOTE in (modes_accueil or ())


def is_on_site(modes_accueil: list[str] | tuple[str, ...] | None) -> bool:
    """A service without modes d'accueil is taken as on-site: it has an address, not a phone line."""
    return not modes_accueil or ON_SITE in modes_accueil


def add_months(day: date, months: int) -> date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    for d in (day.day, 30, 29, 28):  # 31 March + 1 month → 30 April
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise ValueError(day)


def reverify_due(last_verified: date | None, today: date, months: int = REVERIFY_MONTHS) -> bool:
    """An entry nobody has checked for ``months`` months (or ever) needs a call: people move, rules change."""
    return last_verified is None or add_months(last_verified, months) <= today


# -- messages ------------------------------------------------------------------------------
STRUCTURE_NAME_REQUIRED = QT_TRANSLATE_NOOP(
    "Validation", "Enter the structure's name (3 to 150 characters, no full stop at the end)."
)
SERVICE_NAME_REQUIRED = QT_TRANSLATE_NOOP(
    "Validation", "Enter the service's name (3 to 150 characters, no full stop at the end)."
)
SERVICE_DESCRIPTION_REQUIRED = QT_TRANSLATE_NOOP(
    "Validation", "Describe the service in a few words (5 characters or more)."
)
VERIFIED_IN_FUTURE = QT_TRANSLATE_NOOP("Validation", "The verification date is in the future: use today or earlier.")
CONTACT_NAME_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Enter the contact's name.")
SCHEMA_INVALID = QT_TRANSLATE_NOOP("Validation", "Not valid for data·inclusion: {detail}")
IMPORTED_READ_ONLY = QT_TRANSLATE_NOOP(
    "Validation",
    "This entry comes from data·inclusion: its description is updated by the next import. "
    "Add your own contacts, notes and tags instead.",
)
