"""Offline search of the directory: words, codes, eligibility zone and distance.

Fast on 100,000 services (p95 ≤ 100 ms) because the search runs over an
in-memory index of ``partner_search`` (one narrow row per service: folded text,
coordinates, codes as ``|a|b|``), built on the first search and rebuilt after
the directory changes. A full scan of the encrypted table costs 150–350 ms
(every page decrypted); Python's substring search over the same 30 MB of text
takes about 20 ms. On-site services are kept sorted by latitude, so a radius is
a bisect (the bounding box) then the exact haversine on the few inside; remote
services are always listed after them. "Any distance" from a commune widens the
radius step by step until enough services are found: the nearest come first
without measuring all 100,000.
"""

from __future__ import annotations

import bisect
import itertools
import re
import threading
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from sqlalchemy import select

from cep_desk.domain import partners as dom
from cep_desk.domain.places import Commune, commune_index
from cep_desk.domain.text import fold
from cep_desk.services.context import ServiceContext
from cep_desk.services.partner_views import SearchHit
from cep_desk.storage.models_partners import PartnerRelation, PartnerSearch
from cep_desk.storage.store import Store

DEFAULT_LIMIT = 200
WIDENING_KM = (10, 25, 50, 100, 200, 400, 800, 2000, 20000)


@dataclass
class SearchQuery:
    text: str = ""
    thematiques: list[str] = field(default_factory=list)   # any of them
    publics: list[str] = field(default_factory=list)       # any of them (tous-publics always matches)
    type: str | None = None
    frais: str | None = None
    mode: str | None = None                 # "en-presentiel" | "a-distance" | None (both)
    near_insee: str | None = None           # the person's commune: distance and eligibility zone
    radius_km: float | None = None          # on-site services within it; remote ones always
    favourites_only: bool = False
    limit: int = DEFAULT_LIMIT


class UnknownCommune(ValueError):
    pass


class _Index:
    """Column lists, one entry per service, in the table's order (an ORDER BY would make SQLite sort
    65 MB of rows first: results are put in name order once chosen, see ``_hits``)."""

    def __init__(self, chunks: Iterator[list[tuple]]):
        """``chunks``: rows a few thousand at a time (the peak memory stays near
        the index's own size). Repeated values (structure ids, codes, names, communes) share one string."""
        columns: list[list] = [[] for _ in range(15)]
        same: list[dict[str, str] | None] = [None if c in (0, 2, 3, 4, 5, 11) else {} for c in range(15)]
        for chunk in chunks:
            for row in chunk:
                for c, value in enumerate(row):
                    pool = same[c]
                    columns[c].append(value if pool is None or value is None else pool.setdefault(value, value))
        (self.ids, self.structures, self.lat, self.lon, self.remote, self.on_site, self.type, self.frais,
         self.themes, self.publics, self.zone, self.text, self.name, self.structure_name, self.commune) = columns
        # All texts in one string: a word is found by str.find over it (C speed), jumping row to row.
        self.starts: list[int] = []
        pos = 0
        for t in self.text:
            self.starts.append(pos)
            pos += len(t) + 1
        self.starts.append(pos)
        self.big = "\n".join(self.text) + "\n"
        del self.text   # kept once, in ``big``
        self.by_structure: dict[str, list[int]] = {}
        for i, st in enumerate(self.structures):
            self.by_structure.setdefault(st, []).append(i)
        self.by_theme: dict[str, list[int]] = {}     # a thématique filter starts from its few thousand rows
        for i, coded in enumerate(self.themes):
            for code in coded.split("|"):
                if code:
                    self.by_theme.setdefault(code, []).append(i)
        by_lat = sorted((lat, i) for i, lat in enumerate(self.lat) if self.on_site[i] and lat is not None)
        self.lat_sorted = [lat for lat, _ in by_lat]
        self.lat_rows = [i for _, i in by_lat]
        self.remote_rows = [i for i, r in enumerate(self.remote) if r]

    def __len__(self) -> int:
        return len(self.ids)

    def rows_with(self, word: str) -> Iterator[int]:
        """Rows whose text contains ``word``, in table order."""
        starts, find = self.starts, self.big.find
        pos = find(word)
        while pos >= 0:
            row = bisect.bisect_right(starts, pos) - 1
            yield row
            pos = find(word, starts[row + 1])

    def in_box(self, box: dom.BoundingBox) -> list[int]:
        lo = bisect.bisect_left(self.lat_sorted, box.min_lat)
        hi = bisect.bisect_right(self.lat_sorted, box.max_lat)
        lon = self.lon
        return [i for i in self.lat_rows[lo:hi] if box.min_lon <= lon[i] <= box.max_lon]


_generation: weakref.WeakKeyDictionary[Store, int] = weakref.WeakKeyDictionary()
_indexes: weakref.WeakKeyDictionary[Store, tuple[int, _Index]] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def mark_changed(store: Store) -> None:
    """Called after any write to the directory: the next search rebuilds the index."""
    with _lock:
        _generation[store] = _generation.get(store, 0) + 1


def _index(store: Store) -> _Index:
    with _lock:
        gen = _generation.get(store, 0)
        cached = _indexes.get(store)
        if cached is not None and cached[0] == gen:
            return cached[1]
    with store.read() as s:
        result = s.execute(select(
            PartnerSearch.service_id, PartnerSearch.structure_id, PartnerSearch.latitude, PartnerSearch.longitude,
            PartnerSearch.remote, PartnerSearch.on_site, PartnerSearch.type, PartnerSearch.frais,
            PartnerSearch.thematiques, PartnerSearch.publics, PartnerSearch.zone, PartnerSearch.text,
            PartnerSearch.name, PartnerSearch.structure_name, PartnerSearch.commune))
        index = _Index(iter(lambda: result.fetchmany(5000), []))
    with _lock:
        if _generation.get(store, 0) == gen:
            _indexes[store] = (gen, index)
    return index


class PartnerSearchService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def warm_up(self) -> None:
        """Build the index now (the window calls it in the background when the tab opens)."""
        _index(self.ctx.store)

    def search(self, q: SearchQuery) -> list[SearchHit]:
        origin: Commune | None = None
        if q.near_insee:
            origin = commune_index().get(q.near_insee)
            if origin is None:
                raise UnknownCommune(q.near_insee)
        ix = _index(self.ctx.store)
        with self.ctx.store.read() as s:
            favourites = set(s.scalars(select(PartnerRelation.structure_id).where(PartnerRelation.favourite)))
        keep = _predicate(ix, q, origin, favourites)
        fav_rows = sorted(i for st in favourites for i in ix.by_structure.get(st, ()) if keep(i))
        if q.favourites_only:
            candidates: list[int] | None = fav_rows
        else:
            candidates = _candidates(ix, q)
        measure = origin is not None and origin.has_coordinates
        if not measure:
            words = fold(q.text).split()
            rows = (iter(candidates) if candidates is not None
                    else ix.rows_with(max(words, key=len)) if words else iter(range(len(ix))))
            return _hits(ix, [], fav_rows + _first(rows, keep, favourites, ix, q.limit - len(fav_rows)),
                         favourites, q.limit)
        lat0, lon0 = origin.latitude, origin.longitude  # type: ignore[union-attr]
        if candidates is not None:   # few rows: measure them all
            matching = [i for i in candidates if keep(i)]
            near = [(dom.haversine_km(lat0, lon0, ix.lat[i], ix.lon[i]), ix.structures[i] not in favourites, i)
                    for i in matching if ix.on_site[i] and ix.lat[i] is not None]
            if q.radius_km is not None:
                near = [t for t in near if t[0] <= q.radius_km]
        else:
            near = self._nearest(ix, keep, lat0, lon0, q, favourites)
        near.sort(key=lambda t: (t[0], t[1], ix.name[t[2]].lower()))
        taken = {i for _, _, i in near}
        remote = [i for i in fav_rows if ix.remote[i] and i not in taken]
        pool = iter(candidates) if candidates is not None else iter(ix.remote_rows)
        remote += _first(pool, lambda i: ix.remote[i] and i not in taken and keep(i), favourites, ix,
                         q.limit - len(near) - len(remote))
        return _hits(ix, [i for _, _, i in near], remote, favourites, q.limit, {i: d for d, _, i in near})

    @staticmethod
    def _nearest(ix: _Index, keep: Callable[[int], bool], lat0: float, lon0: float, q: SearchQuery,
                 favourites: set[str]) -> list[tuple[float, bool, int]]:
        """On-site rows within the radius; "any distance": widen until ``limit`` are found, each row
        tested once whatever the number of widenings."""
        radii = [q.radius_km] if q.radius_km is not None else list(WIDENING_KM)
        seen: set[int] = set()
        passed: list[tuple[float, bool, int]] = []
        near: list[tuple[float, bool, int]] = []
        for radius in radii:
            fresh = [i for i in ix.in_box(dom.bounding_box(lat0, lon0, radius)) if i not in seen]
            seen.update(fresh)
            passed += [(dom.haversine_km(lat0, lon0, ix.lat[i], ix.lon[i]), ix.structures[i] not in favourites, i)
                       for i in fresh if keep(i)]
            near = [t for t in passed if t[0] <= radius]
            if len(near) >= q.limit:
                break
        return near


CANDIDATES_MAX = 5000


def _candidates(ix: _Index, q: SearchQuery) -> list[int] | None:
    """A small list of rows that holds every answer, when an index gives one: the rows
    of the chosen thématiques, or of the query's first word if it is rare. None: scan in name order."""
    best: list[int] | None = None
    if q.thematiques:
        rows: set[int] = set()
        for code in q.thematiques:
            rows.update(ix.by_theme.get(code, ()))
        best = sorted(rows)
    words = fold(q.text).split()
    if words and (best is None or len(best) > 200):
        found = list(itertools.islice(ix.rows_with(max(words, key=len)), CANDIDATES_MAX + 1))
        if len(found) <= CANDIDATES_MAX and (best is None or len(found) < len(best)):
            best = found
    return best if best is not None and len(best) <= 4 * CANDIDATES_MAX else None


def _first(rows: Iterator[int], keep: Callable[[int], bool], favourites: set[str], ix: _Index, n: int) -> list[int]:
    """The first ``n`` rows that pass and are not favourites (those are listed first)."""
    out: list[int] = []
    if n <= 0:
        return out
    structures = ix.structures
    for i in rows:
        if structures[i] not in favourites and keep(i):
            out.append(i)
            if len(out) >= n:
                break
    return out


def _codes_re(codes: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(f"|{c}|") for c in codes))


def _predicate(ix: _Index, q: SearchQuery, origin: Commune | None,
               favourites: set[str]) -> Callable[[int], bool]:
    """One test per row, cheapest checks first; regexes for "any of these codes" (one C call)."""
    words = fold(q.text).split()
    big, starts = ix.big, ix.starts
    themes_found = _codes_re(q.thematiques).search if q.thematiques else None
    publics_found = _codes_re([*q.publics, "tous-publics"]).search if q.publics else None
    zone_found = _codes_re(sorted(dom.zone_keys(origin))).search if origin is not None else None
    flags = ix.remote if q.mode == dom.REMOTE else ix.on_site if q.mode == dom.ON_SITE else None

    def keep(i: int) -> bool:
        if q.type and ix.type[i] != q.type:
            return False
        if q.frais and ix.frais[i] != q.frais:
            return False
        if flags is not None and not flags[i]:
            return False
        if q.favourites_only and ix.structures[i] not in favourites:
            return False
        if themes_found is not None and not themes_found(ix.themes[i]):
            return False
        if publics_found is not None and ix.publics[i] and not publics_found(ix.publics[i]):
            return False
        if zone_found is not None and ix.zone[i] and not zone_found(ix.zone[i]):
            return False
        if words:
            text = big[starts[i]:starts[i + 1]]
            return all(w in text for w in words)
        return True

    return keep


def _hits(ix: _Index, near: list[int], others: list[int], favourites: set[str], limit: int,
          distances: dict[int, float] | None = None) -> list[SearchHit]:
    """Nearest first, then (remote, or no place to measure from) favourites first, then by name."""
    chosen = (near + others)[:limit]
    rest = sorted(chosen[len(near):], key=lambda i: (ix.structures[i] not in favourites, fold(ix.name[i]),
                                                       fold(ix.structure_name[i])))
    hits = []
    for i in chosen[:len(near)] + rest:
        dist = (distances or {}).get(i)
        hits.append(SearchHit(ix.ids[i], ix.structures[i], ix.name[i], ix.structure_name[i], ix.commune[i],
                              None if dist is None else round(dist, 1), bool(ix.remote[i]), bool(ix.on_site[i]),
                              ix.type[i], ix.frais[i], [t for t in ix.themes[i].split("|") if t],
                              ix.structures[i] in favourites))
    return hits
