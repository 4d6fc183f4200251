"""Encrypted local store: SQLCipher engine, keys, migrations, outbox and audit."""
