"""The caseload read with plain DB-API, and its cached copy for the first paint.

Both the services (``services/caseload.py``) and the start-up path
(``storage/early.py``, before SQLAlchemy is imported) read the caseload here,
in four set-wise queries assembled in Python: one pass over beneficiaries,
the latest accompaniment of each, the latest session of each and their
target jobs.

The cache (table ``caseload_cache``, migration 0007) holds the rows as they
were last read, with the value of a change counter that triggers bump on
every write to those tables. At start-up, when the counter has not moved,
the snapshot is shown at once instead of running the queries. It is also
exact only until the next planned session starts (that session then becomes
the person's last contact), so it records that moment (``valid_until``).
"""

from __future__ import annotations

import marshal
import sys
from collections.abc import Callable
from datetime import date, datetime

from sqlcipher3 import dbapi2 as sqlcipher

from cep_desk import __version__
from cep_desk.domain.caseload import CaseloadRow, make_search_key
from cep_desk.domain.text import fold
from cep_desk.storage.connection import HEAD

# SQLite returns the bare columns of the row holding MAX() (documented behaviour).
_LAST_ACC = """SELECT beneficiary_id, status, level, MAX(created_at) FROM accompaniment
               WHERE deleted_at IS NULL GROUP BY beneficiary_id"""
# Last contact counts sessions that have taken place, not planned ones.
_LAST_INTERVIEW = """SELECT beneficiary_id, site_id, MAX(CASE WHEN starts_at <= :now THEN starts_at END), COUNT(*)
                     FROM interview WHERE deleted_at IS NULL GROUP BY beneficiary_id"""
_NEXT_INTERVIEW = "SELECT MIN(starts_at) FROM interview WHERE deleted_at IS NULL AND starts_at > :now"
_JOBS = """SELECT beneficiary_id, group_concat(label, ' · ') FROM target_job
           WHERE deleted_at IS NULL GROUP BY beneficiary_id"""
_PEOPLE = """SELECT id, last_name, first_name, commune_insee, birth_date FROM beneficiary
             WHERE deleted_at IS NULL"""
_SITES = "SELECT id, name FROM site"
STORED_DATETIME = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy's DateTime is stored in SQLite

# The snapshot is ``marshal`` data: read back in a third of JSON's time (start-up waits for it).
# marshal is only for trusted data, and this is: it was written by this code into the encrypted
# store, whose pages SQLCipher authenticates (HMAC) before anything reads them. Its format may
# change between Python versions, so the Python version is part of what the snapshot was made by.
MARSHAL_VERSION = 4
# What a snapshot was made by: another format, version, schema or Python reads the store afresh.
FORMAT = 3  # 2: rows in folded-name order; 3: marshal
APP_KEY = f"{FORMAT}:{__version__}:{HEAD}:py{sys.version_info[0]}.{sys.version_info[1]}"


def stored(moment: datetime) -> str:
    return moment.strftime(STORED_DATETIME)


def as_date(value: object) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def read_rows(conn: sqlcipher.Connection, now: datetime, names: Callable[[], dict[str, str]],
              beneficiary_ids: list[str] | None = None) -> tuple[list[CaseloadRow], int]:
    """The caseload sorted by folded name, and the change counter it reflects (one read transaction).

    ``conn`` must not be inside a transaction; ``names`` gives commune names by INSEE code.
    """
    conn.execute("BEGIN")  # one consistent snapshot for the four queries and the counter
    try:
        acc = {r[0]: (r[1], r[2]) for r in conn.execute(_LAST_ACC)}
        last = {r[0]: (r[1], r[2], r[3]) for r in conn.execute(_LAST_INTERVIEW, {"now": stored(now)})}
        jobs = {r[0]: r[1] or "" for r in conn.execute(_JOBS)}
        sites = dict(conn.execute(_SITES).fetchall())
        people = conn.execute(_PEOPLE).fetchall()
        changes = change_counter(conn)
    finally:
        conn.execute("ROLLBACK")
    communes = names()
    wanted = set(beneficiary_ids) if beneficiary_ids is not None else None
    rows: list[CaseloadRow] = []
    for bid, last_name, first_name, insee, birth in people:
        if wanted is not None and bid not in wanted:
            continue
        commune_name = communes.get(insee or "", "")
        status, level = acc.get(bid, (None, None))
        site_id, last_at, count = last.get(bid, (None, None, 0))
        job = jobs.get(bid, "")
        rows.append(CaseloadRow(
            id=bid, last_name=last_name, first_name=first_name, commune_insee=insee,
            commune_name=commune_name, birth_date=as_date(birth), status=status, level=level,
            site_id=site_id, site_name=sites.get(site_id, "") if site_id else "", target_job=job,
            last_contact=as_date(last_at), sessions=int(count or 0),
            search_key=make_search_key(last_name, first_name, commune_name, job),
        ))
    folded: dict[str, str] = {}  # names repeat: fold each once

    def by_name(r: CaseloadRow) -> tuple[str, str]:
        last = folded.get(r.last_name)
        if last is None:
            last = folded[r.last_name] = fold(r.last_name)
        first = folded.get(r.first_name)
        if first is None:
            first = folded[r.first_name] = fold(r.first_name)
        return last, first

    rows.sort(key=by_name)  # the caseload table's default order (``CaseloadModel.name_key``)
    return rows, changes


def change_counter(conn: sqlcipher.Connection) -> int:
    """How many writes the caseload's tables have seen; -1 on a store without the cache table."""
    try:
        row = conn.execute("SELECT changes FROM caseload_cache WHERE id = 1").fetchone()
    except sqlcipher.OperationalError:  # before migration 0007
        return -1
    return int(row[0]) if row else -1


def snapshot_is_current(conn: sqlcipher.Connection) -> bool:
    """True when the saved snapshot reflects the last write (and this version of the code)."""
    try:
        row = conn.execute("SELECT changes, snapshot_changes, app_key, data IS NOT NULL FROM caseload_cache "
                           "WHERE id = 1").fetchone()
    except sqlcipher.OperationalError:  # before migration 0007
        return False
    return bool(row and row[0] == row[1] and row[2] == APP_KEY and row[3])


def _encode(rows: list[CaseloadRow]) -> bytes:
    # Dates as day ordinals (0: none): marshal knows no dates, and ``fromordinal`` is the fastest way back.
    return marshal.dumps([
        [*r[:5], r.birth_date.toordinal() if r.birth_date else 0, *r[6:11],
         r.last_contact.toordinal() if r.last_contact else 0, *r[12:]]
        for r in rows
    ], MARSHAL_VERSION)


def _decode(data: bytes) -> list[CaseloadRow]:
    day = date.fromordinal
    rows = marshal.loads(data)
    for r in rows:
        r[5] = day(r[5]) if r[5] else None
        r[11] = day(r[11]) if r[11] else None
    return list(map(CaseloadRow._make, rows))


def load_snapshot(conn: sqlcipher.Connection, now: datetime) -> tuple[list[CaseloadRow], int] | None:
    """The cached caseload and its change counter when it is still exact at ``now``, else None."""
    try:
        row = conn.execute(
            "SELECT changes, snapshot_changes, app_key, valid_until, data FROM caseload_cache WHERE id = 1"
        ).fetchone()
    except sqlcipher.OperationalError:  # before migration 0007
        return None
    if row is None:
        return None
    changes, snapshot_changes, app_key, valid_until, data = row
    if data is None or snapshot_changes != changes or app_key != APP_KEY:
        return None
    if valid_until is not None and stored(now) >= valid_until:
        return None  # a planned session has started since: it is someone's last contact now
    try:
        return _decode(data), int(changes)
    except Exception:  # a snapshot we cannot read (it is only a cache): a slower start, never a failed one
        return None


def save_snapshot(conn: sqlcipher.Connection, rows: list[CaseloadRow], changes: int, now: datetime) -> bool:
    """Keep ``rows`` (read at counter ``changes`` and time ``now``) for the next start.

    Writes nothing and returns False when the tables changed since the rows were
    read (the snapshot would already be wrong) or when it is already saved.
    """
    data = _encode(rows)
    conn.execute("BEGIN IMMEDIATE")
    try:
        current = conn.execute(
            "SELECT changes, snapshot_changes, app_key FROM caseload_cache WHERE id = 1").fetchone()
        if current is None or current[0] != changes or (current[1] == changes and current[2] == APP_KEY):
            conn.execute("ROLLBACK")
            return False
        (valid_until,) = conn.execute(_NEXT_INTERVIEW, {"now": stored(now)}).fetchone()
        conn.execute(
            "UPDATE caseload_cache SET snapshot_changes = ?, app_key = ?, valid_until = ?, data = ? WHERE id = 1",
            (changes, APP_KEY, valid_until, data),
        )
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return True
