"""Communes of France (INSEE COG), for residence, sites and distances.

Loaded once, lazily, from ``resources/places/communes.csv``. The index
answers the two questions the forms ask: "which commune is this INSEE code?"
and "which communes match what I am typing (name or postal code)?".
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from functools import cached_property, lru_cache

from cep_desk.domain.resources import resource_path
from cep_desk.domain.text import fold


@dataclass(frozen=True, slots=True)
class Commune:
    insee: str
    name: str
    departement: str
    population: int
    postal_codes: tuple[str, ...]
    epci: str
    latitude: float  # NaN when the source has no coordinates (a few new communes)
    longitude: float

    @property
    def has_coordinates(self) -> bool:
        return math.isfinite(self.latitude) and math.isfinite(self.longitude)

    @property
    def display(self) -> str:
        """"Millau (12100)" — how counsellors write a commune."""
        pc = self.postal_codes[0] if self.postal_codes else self.departement
        return f"{self.name} ({pc})"


@dataclass(frozen=True, slots=True)
class Departement:
    code: str
    name: str
    region_code: str
    region_name: str


class CommuneIndex:
    def __init__(self, communes: list[Commune], departements: dict[str, Departement]):
        self._by_insee = {c.insee: c for c in communes}
        self._by_postal: dict[str, list[Commune]] = {}
        for c in communes:
            for pc in c.postal_codes:
                self._by_postal.setdefault(pc, []).append(c)
        self._communes = communes
        self.departements = departements

    @cached_property
    def _ordered(self) -> list[Commune]:
        # Largest communes first: "Saint" should propose Saint-Étienne before a hamlet.
        return sorted(self._communes, key=lambda c: -c.population)

    @cached_property
    def _folded(self) -> list[tuple[str, Commune]]:
        # Built on the first search only: the caseload at start-up needs just get().
        return [(fold(c.name), c) for c in self._ordered]

    def __len__(self) -> int:
        return len(self._by_insee)

    def get(self, insee: str | None) -> Commune | None:
        return self._by_insee.get(insee or "")

    def by_postal_code(self, postal_code: str) -> list[Commune]:
        return list(self._by_postal.get(postal_code, []))

    def postal_code_exists(self, postal_code: str) -> bool:
        return postal_code in self._by_postal

    def search(self, text: str, limit: int = 20) -> list[Commune]:
        """Communes whose name starts with / contains the text, or whose postal code starts with it."""
        text = text.strip()
        if not text:
            return []
        if text.isdigit():
            out = [c for c in self._ordered if any(pc.startswith(text) for pc in c.postal_codes)]
            if not out:  # counsellors type postal codes; an INSEE code is the fallback
                out = [c for c in self._ordered if c.insee.startswith(text)]
            return out[:limit]
        q = fold(text)
        starts = [c for f, c in self._folded if f.startswith(q)]
        if len(starts) >= limit:
            return starts[:limit]
        contains = [c for f, c in self._folded if q in f and not f.startswith(q)]
        return (starts + contains)[:limit]

    def departement_of(self, insee: str) -> Departement | None:
        c = self.get(insee)
        return self.departements.get(c.departement) if c else None

    def communes(self) -> list[Commune]:
        return list(self._ordered)


def distance_km(a: Commune, b: Commune) -> float:
    """Great-circle distance between two communes' town halls (haversine).

    ``math.inf`` when either commune has no coordinates: unknown sorts last and
    is never "the nearest", instead of a made-up distance to (0, 0).
    """
    if not (a.has_coordinates and b.has_coordinates):
        return math.inf
    r = 6371.0088
    p1, p2 = math.radians(a.latitude), math.radians(b.latitude)
    dp = p2 - p1
    dl = math.radians(b.longitude - a.longitude)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


@lru_cache(maxsize=1)
def commune_names() -> dict[str, str]:
    """INSEE code → name, for showing a caseload at start-up.

    Reading two columns is a fifth of the cost of the full index, which the
    forms need only once someone types in a commune field.
    """
    if commune_index.cache_info().currsize:
        return {c.insee: c.name for c in commune_index()._communes}
    with resource_path("places", "communes.csv").open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        col = {name: i for i, name in enumerate(next(reader))}
        i_insee, i_nom = col["code_insee"], col["nom"]
        return {row[i_insee]: row[i_nom] for row in reader}


@lru_cache(maxsize=1)
def commune_index() -> CommuneIndex:
    departements: dict[str, Departement] = {}
    with resource_path("places", "departements.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            departements[row["code_departement"]] = Departement(
                row["code_departement"], row["nom"], row["code_region"], row["nom_region"]
            )
    communes: list[Commune] = []
    with resource_path("places", "communes.csv").open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)  # plain reader: DictReader doubles the load time of 35,000 rows
        col = {name: i for i, name in enumerate(next(reader))}
        i_insee, i_nom, i_dep, i_pop = col["code_insee"], col["nom"], col["code_departement"], col["population"]
        i_pc, i_epci, i_lat, i_lon = col["codes_postaux"], col["epci_siren"], col["latitude"], col["longitude"]
        for row in reader:
            communes.append(
                Commune(
                    insee=row[i_insee],
                    name=row[i_nom],
                    departement=row[i_dep],
                    population=int(row[i_pop] or 0),
                    postal_codes=tuple(p for p in row[i_pc].split("|") if p),
                    epci=row[i_epci],
                    latitude=float(row[i_lat] or "nan"),
                    longitude=float(row[i_lon] or "nan"),
                )
            )
    return CommuneIndex(communes, departements)
