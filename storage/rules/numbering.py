"""Document numbers: prefix + day + running number, e.g. WO20261124-0007. Allocated inside the
caller's transaction, so a number is never handed out twice even with several PCs."""
import datetime as dt

from storage.models import DocumentCounter
from storage.plumbing.db import database, is_sqlite
from storage.rules.settings import PREFIXES, get


def prefix_of(kind: str) -> str:
    """The prefix in force for `kind`: the store's own (系统管理 → 单据与收款) or the default above."""
    return get("numbering.prefixes").get(kind) or PREFIXES[kind]


# PostgreSQL: the day's counter taken and read in one statement (the row stays locked to the commit).
_PG_NEXT = ('INSERT INTO "document_counter" ("kind", "day", "last") VALUES (%s, %s, 1) ON CONFLICT ("kind", "day") '
            'DO UPDATE SET "last" = "document_counter"."last" + 1 RETURNING "last"')


def next_number(kind: str, day: dt.date | None = None) -> str:
    prefix = prefix_of(kind)
    day_text = (day or dt.date.today()).strftime("%Y%m%d")
    if not is_sqlite():
        last = database.obj.execute_sql(_PG_NEXT, (kind, day_text)).fetchone()[0]
        return f"{prefix}{day_text}-{last:04d}"
    updated = (
        DocumentCounter.update(last=DocumentCounter.last + 1)
        .where((DocumentCounter.kind == kind) & (DocumentCounter.day == day_text))
        .execute()
    )
    if not updated:
        DocumentCounter.insert(kind=kind, day=day_text, last=1).on_conflict(
            conflict_target=[DocumentCounter.kind, DocumentCounter.day],
            update={DocumentCounter.last: DocumentCounter.last + 1},
        ).execute()
    last = DocumentCounter.get((DocumentCounter.kind == kind) & (DocumentCounter.day == day_text)).last
    return f"{prefix}{day_text}-{last:04d}"
