"""Checks shared by the tests that bulk-write data: every row has its outbox entry, and no
private text reaches the outbox (read decoded: the stored JSON escapes accents)."""

from __future__ import annotations

import json

from sqlalchemy import text

from cep_desk.storage.store import Store


def tables_missing_outbox_inserts(store: Store, tables: tuple[str, ...] | list[str]) -> dict[str, int]:
    """Tables with rows that have no 'insert' outbox entry, and how many."""
    missing: dict[str, int] = {}
    with store.engine.connect() as conn:
        for table in tables:
            n = conn.execute(text(
                f"SELECT count(*) FROM {table} t WHERE NOT EXISTS "
                f"(SELECT 1 FROM outbox o WHERE o.entity = '{table}' AND o.entity_id = t.id AND o.op = 'insert')"
            )).scalar_one()
            if n:
                missing[table] = n
        conn.rollback()
    return missing


def decoded_outbox(store: Store) -> list[str]:
    with store.engine.connect() as conn:
        rows = [json.dumps(json.loads(r[0]), ensure_ascii=False)
                for r in conn.execute(text("SELECT fields_json FROM outbox"))]
        conn.rollback()
    return rows


def private_texts(store: Store, tables: tuple[str, ...]) -> list[str]:
    query = " UNION ".join(f"SELECT notes_private FROM {t} WHERE notes_private != ''" for t in tables)
    with store.engine.connect() as conn:
        texts = [r[0] for r in conn.execute(text(query))]
        conn.rollback()
    return texts
