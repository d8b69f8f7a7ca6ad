"""Taking over the old system's data (issue 16 item 2): one file of one kind at a time.

The kinds are the modules of storage.golive.kinds (found with pkgutil, no registry; the interface each
defines is in storage/golive/kinds/__init__.py). For a file:

  preview(kind, path) -> Preview       header row, first rows, the mapping proposed from the kind's
                                       header names, or the one remembered for the kind (settings
                                       golive.mappings) when the file has those columns
  run(user, kind, path, mapping=None, *, dry_run=False, progress=None, cancelled=None) -> Report
  write_refused(report, path)          the refused rows (row number, reason, the row's cells), .xlsx or .csv

All or nothing per file: every row is checked with the kind's check() (the screens' validation:
storage.rules.validation for plate, VIN, phone); if any row is bad the whole file is refused, every bad row
listed with its row number and reason, and nothing is written. Otherwise the kind's apply() runs in
ONE transaction, which matches existing records instead of doubling them and writes the audit rows; a
dry run does the same and rolls back, so its counts are what the real import will do. A cancel (polled
every few hundred rows, and once more before the commit) leaves the database as it was.
"""
import csv
import datetime as dt
import importlib
import pkgutil
import re
import time
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from storage.golive import kinds as package
from storage.golive.reading import ImportRefused, Table, header_key, propose_mapping
from storage.plumbing.audit import record, to_json
from storage.plumbing.db import transaction
from storage.plumbing.planner import refresh_statistics
from storage.rules import settings
from storage.rules.auth import require
from storage.rules.errors import DomainError, ValidationError
from storage.rules.money import money

MAX_ROWS = 200_000
POLL = 200
MAPPINGS_KEY = "golive.mappings"


class _Cancelled(Exception):
    pass


class _DryRun(Exception):
    pass


def kinds() -> dict:
    """{KIND: module}, in import order (ORDER)."""
    found = [importlib.import_module(f"{package.__name__}.{info.name}")
             for info in pkgutil.iter_modules(package.__path__) if not info.name.startswith("_")]
    return {m.KIND: m for m in sorted(found, key=lambda m: m.ORDER)}


def kind_module(kind: str):
    found = kinds()
    if kind not in found:
        raise ValidationError(f"未知的导入种类“{kind}”：可导入 {'、'.join(found)}。")
    return found[kind]


def field_labels(kind: str) -> dict:
    """{field: its label (the first header name)}."""
    return {name: names[0] for name, names in kind_module(kind).FIELDS.items()}


@dataclass
class Preview:
    kind: str
    headers: list
    sample: list
    mapping: dict  # field -> column index
    remembered: bool
    encoding: str
    rows_estimate: int | None


@dataclass
class Report:
    kind: str = ""
    file: str = ""
    headers: list = field(default_factory=list)
    rows: int = 0
    counts: dict = field(default_factory=dict)
    refused: list = field(default_factory=list)  # (row number as in the file, reason, cells)
    dry_run: bool = False
    applied: bool = False
    cancelled: bool = False
    seconds: float = 0.0

    @property
    def accepted(self) -> int:
        return 0 if self.refused else self.rows

    def summary(self) -> str:
        if self.cancelled:
            return "已取消导入，数据库未作任何修改。"
        if self.refused:
            return (f"共 {self.rows} 行，其中 {len(self.refused)} 行有误：整个文件未导入，数据库未作任何修改。"
                    "请改正后重新导入。")
        counts = "，".join(f"{k} {v}" for k, v in self.counts.items()) or "无"
        head = "试导入（已回滚，数据库未修改）" if self.dry_run else "已导入"
        return f"{head}：共 {self.rows} 行；{counts}。用时 {self.seconds:.1f} 秒。"


# ---------------------------------------------------------------- mapping


def remembered_mapping(kind: str) -> dict:
    """{field: header name} the last import of this kind used."""
    return dict((settings.get(MAPPINGS_KEY) or {}).get(kind, {}))


def _remember(user, kind: str, mapping: dict, headers: list) -> None:
    saved = dict(settings.get(MAPPINGS_KEY) or {})
    named = {name: headers[column] for name, column in mapping.items()}
    if saved.get(kind) != named:
        saved[kind] = named
        settings.put(user, MAPPINGS_KEY, saved, check_permission=False)


def proposed_mapping(kind: str, headers: list) -> tuple[dict, bool]:
    """(mapping, remembered): the remembered one when every header it names is in the file, else the
    one proposed from the kind's header names."""
    module = kind_module(kind)
    keys = [header_key(h) for h in headers]
    saved = remembered_mapping(kind)
    if saved and all(header_key(h) in keys for h in saved.values()):
        return {name: keys.index(header_key(h)) for name, h in saved.items() if name in module.FIELDS}, True
    return propose_mapping(headers, module.FIELDS), False


def check_mapping(kind: str, mapping: dict, headers: list) -> dict:
    """{field: column index}; header names accepted for indexes. Refuses unknown fields, a column
    used twice and a missing required field."""
    module = kind_module(kind)
    labels = field_labels(kind)
    clean = {}
    for name, column in mapping.items():
        if column is None or column == "":
            continue
        if name not in module.FIELDS:
            raise ImportRefused(f"未知的导入字段“{name}”。")
        if isinstance(column, str):
            keys = [header_key(h) for h in headers]
            if header_key(column) not in keys:
                raise ImportRefused(f"文件中没有“{column}”这一列。")
            column = keys.index(header_key(column))
        if not 0 <= column < len(headers):
            raise ImportRefused(f"{labels[name]}对应的列（第 {column + 1} 列）不在文件中。")
        clean[name] = column
    columns = list(clean.values())
    if len(set(columns)) != len(columns):
        raise ImportRefused("同一列不能对应两个字段，请检查列对应关系。")
    missing = [labels[name] for name in module.REQUIRED if name not in clean]
    if missing:
        raise ImportRefused(f"没有找到“{'”“'.join(missing)}”列：请在列对应中指定。"
                            f"文件的列为：{'、'.join(h for h in headers if h) or '（无）'}。")
    return clean


def preview(kind: str, path, *, encoding=None, sample_rows: int = 5) -> Preview:
    kind_module(kind)
    table = Table(path, encoding)
    try:
        rows = table.rows()
        first = next(rows, None)
        if first is None:
            raise ImportRefused("文件是空的。")
        headers = first[1]
        sample = [cells for _, cells in (next(rows, (0, None)) for _ in range(sample_rows)) if cells is not None]
    finally:
        table.close()
    mapping, remembered = proposed_mapping(kind, headers)
    return Preview(kind, headers, sample, mapping, remembered, table.encoding,
                   (table.estimate - 1) if table.estimate else None)


# ---------------------------------------------------------------- running


def run(user, kind: str, path, mapping: dict | None = None, *, dry_run: bool = False, encoding=None,
        progress=None, cancelled=None) -> Report:
    """Check every row, then apply the whole file in one transaction (rolled back for a dry run).
    progress(fraction 0..1, message); cancelled() -> bool. A refused file comes back with
    report.refused filled and nothing written; a file-level fault raises ImportRefused."""
    require(user, "golive.import")
    module = kind_module(kind)
    started = time.monotonic()
    report = Report(kind=kind, file=Path(path).name, dry_run=dry_run)
    progress = progress or (lambda fraction, message: None)
    cancelled = cancelled or (lambda: False)
    table = Table(path, encoding)
    cleaned, seen = [], {}
    try:
        rows = table.rows()
        header = next(rows, None)
        if header is None:
            raise ImportRefused("文件是空的。")
        report.headers = headers = header[1]
        mapping = check_mapping(kind, proposed_mapping(kind, headers)[0] if mapping is None else mapping, headers)
        for count, (row_number, cells) in enumerate(rows, 1):
            if count > MAX_ROWS:
                raise ImportRefused(f"文件超过 {MAX_ROWS} 行，请分成几个文件导入。数据库未作任何修改。")
            report.rows += 1
            row = {name: (cells[column].strip() if column < len(cells) and cells[column] else "")
                   for name, column in mapping.items()}
            seen["_row"] = row_number  # the row being checked, for a kind's own messages
            try:
                values = module.check(row, seen)
            except DomainError as exc:
                report.refused.append((row_number, exc.message, cells))
                continue
            cleaned.append(values)
            if count % POLL == 0:
                if cancelled():
                    raise _Cancelled
                progress(0.6 * table.fraction(row_number), f"检查第 {row_number} 行")
    except _Cancelled:
        report.cancelled, report.seconds = True, time.monotonic() - started
        return report
    finally:
        table.close()
    if report.refused:
        report.seconds = time.monotonic() - started
        progress(1.0, report.summary())
        return report
    progress(0.6, f"写入 {len(cleaned)} 行……")
    try:
        with transaction():
            report.counts = dict(module.apply(user, cleaned))
            record(user, "golive.import", ("Import", kind),
                   after={"file": report.file, "rows": report.rows, "counts": report.counts, "dry_run": dry_run},
                   note="试导入（已回滚）" if dry_run else "")
            if cancelled():
                raise _Cancelled
            if dry_run:
                raise _DryRun
            _remember(user, kind, mapping, headers)
        report.applied = True
    except _DryRun:
        pass
    except _Cancelled:
        report.cancelled, report.counts = True, {}
    report.seconds = time.monotonic() - started
    if report.applied:
        _refresh_statistics(module)
    progress(1.0, report.summary())
    return report


def _refresh_statistics(module) -> None:
    refresh_statistics(list(getattr(module, "TABLES", ())))


def write_refused(report: Report, path) -> int:
    """The refused rows, each with its row number, the reason and the row's cells as in the file;
    .csv (UTF-8 with BOM, Excel opens it) or .xlsx by the name's ending. Returns the rows written."""
    path = Path(path)
    head = ["行号", "原因", *report.headers]
    rows = [[number, reason, *cells] for number, reason, cells in report.refused]
    if path.suffix.lower() == ".csv":
        with open(path, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(head)
            writer.writerows(rows)
        return len(rows)
    # lazy: openpyxl adds about 200 ms to the program's start (measured with the start-up set loaded)
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("未导入的行")
    sheet.append(head)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return len(rows)


# ---------------------------------------------------------------- helpers for the kinds


def parse_date(text: str, label: str, *, required: bool = False, future: bool = False) -> dt.date | None:
    """A date as old systems export it: 2024-01-31, 2024/1/31, 2024.1.31, 20240131, 2024年1月31日,
    with or without a time after it."""
    text = (text or "").strip()
    if not text:
        if required:
            raise ValidationError(f"{label}为空。")
        return None
    match = re.match(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T].*)?$", text) or re.match(
        r"^(\d{4})(\d{2})(\d{2})$", text)
    try:
        if not match:
            raise ValueError
        day = dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        raise ValidationError(f"{label}“{text}”不是日期（应为 2024-01-31 这样的格式）。") from None
    if not future and day > dt.date.today():
        raise ValidationError(f"{label} {day} 晚于今天。")
    if day.year < 1950:
        raise ValidationError(f"{label} {day} 不合理。")
    return day


def parse_int(text: str, label: str, *, maximum: int = 2_000_000) -> int | None:
    text = (text or "").replace(",", "").strip()
    if not text:
        return None
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise ValidationError(f"{label}“{text}”不是数字。") from None
    if number != number.to_integral_value() or not 0 <= number <= maximum:
        raise ValidationError(f"{label}“{text}”应为 0 到 {maximum} 的整数。")
    return int(number)


def parse_money(text: str, label: str) -> Decimal | None:
    text = (text or "").replace(",", "").replace("¥", "").replace("￥", "").replace("元", "").strip()
    if not text:
        return None
    return money(text, field=label)


def audit_row(user, action: str, entity: str, entity_id, after, moment, before=None) -> dict:
    return {"at": moment, "user": user.id, "username": user.username, "action": action, "entity": entity,
            "entity_id": str(entity_id), "before": to_json(before), "after": to_json(after), "note": "旧系统数据导入"}
