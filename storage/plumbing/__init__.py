"""Plumbing: the database handle and its schema, transactions' change signals, locking, numbering,
keyset paging (paging.py), the audit log, backup/restore/check, this PC's own settings and log. No
business rule lives here."""
