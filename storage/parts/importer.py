"""Import the parts catalogue and opening stock (期初库存) from Excel (.xlsx) or CSV (UTF-8 or GBK).

Steps for the window: `preview(path)` reads the header row and a few rows and proposes a mapping of
columns to catalogue fields from Chinese or English header names; the user corrects it; then
`import_parts(user, path, mapping, progress=..., cancelled=...)` runs and returns an ImportReport.

What is applied: every row that passes is applied, every row that fails is refused and listed in
the report with its row number and reason; nothing else. Why not "nothing on any error": a
catalogue row stands on its own (no row depends on another), and one bad price among 20,000 rows
should not hold back the 19,999 good ones; the clerk fixes the refused rows and imports again,
which is safe because a re-import updates parts by number and never duplicates them. The accepted
rows are applied as ONE transaction, after the whole file has been read and checked, so the
result is exactly "accepted rows, as reported", never a half: a cancel, a crash or a database
error at any point leaves the database as it was. A file-level fault (no part-number column,
unreadable file, more than MAX_ROWS rows) refuses the whole file before anything is written.

Per row: an existing part (same number) gets the non-empty cells of the row; empty cells keep what
the catalogue has. A retail price change needs prices.edit (the manager), else the row is refused.
Cost of a part that has already moved is the moving average of its receipts and is not overwritten
(a note says how many rows that affected). Opening stock (期初库存) of a part that has never moved
is entered as a pending opening count (storage.parts.opening, 待审核), not on hand until the service
manager approves it (审核入账: one 期初 movement per part); importing again before that replaces the
pending figure. For a part that has moved, a different stock figure refuses the row (use a count).
Duplicate part numbers within the file refuse every row carrying that number: which one is right
cannot be guessed.

Excel stores numbers as binary floats; a numeric cell is read through its 15-significant-digit
decimal text (Excel keeps 15), never used as a float.

API:
  preview(path, *, encoding=None, sample_rows=5) -> Preview(headers, sample, mapping, unmapped, encoding, rows_estimate)
  propose_mapping(headers) -> {field: column index}
  import_parts(user, path, mapping=None, *, encoding=None, progress=None, cancelled=None) -> ImportReport
      progress(fraction 0..1, message); cancelled() -> bool, polled every few hundred rows
  write_refused(report, path) -> int      the refused rows as an .xlsx for the clerk to fix
"""
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from storage.golive import reading
from storage.golive.reading import ImportRefused
from storage.golive.reading import Table as _Table
from storage.golive.reading import chunks as _chunks
from storage.golive.reading import insert_rows as _insert_rows
from storage.models import AuditLog, Bin, OpeningStock, Part, PartSupplier, Supplier, now
from storage.parts import catalogue
from storage.parts import opening as opening_stock
from storage.parts.ledger import fmt_qty
from storage.parts.reads import export_xlsx
from storage.plumbing.audit import to_json
from storage.plumbing.changes import notify
from storage.plumbing.db import is_sqlite, transaction
from storage.plumbing.planner import refresh_statistics
from storage.rules.auth import may, require
from storage.rules.errors import ValidationError
from storage.rules.numbering import next_number
from storage.rules.vocabulary import PartsQuality

IMPORTED_TABLES = (Part, PartSupplier, Supplier, Bin, OpeningStock, AuditLog)  # what an import writes

MAX_ROWS = 200_000
BATCH = 500
FIELDS = {
    "number": ("零件号", "零件编号", "配件号", "配件编号", "备件号", "备件编号", "件号", "编号", "物料号", "物料编码",
               "零件代码", "配件代码", "条码", "partnumber", "partno", "part_no", "number", "pn"),
    "name": ("名称", "零件名称", "配件名称", "备件名称", "品名", "物料名称", "中文名称", "name", "description", "partname"),
    "spec": ("规格", "规格型号", "型号", "spec", "specification"),
    "unit": ("单位", "计量单位", "unit", "uom"),
    "whole_units": ("整数计量", "整数", "wholeunits"),
    "brand": ("品牌", "厂牌", "brand", "make"),
    "category": ("类别", "分类", "大类", "配件类别", "category"),
    "genuine": (PartsQuality.GENUINE, "原厂件", "件别", "原厂/副厂", "原厂副厂", "genuine", "oem"),
    "models": ("适用车型", "车型", "适用", "models", "applicablemodels", "vehiclemodels"),
    "bin": ("货位", "库位", "仓位", "货架", "储位", "bin", "location"),
    "cost": ("成本", "成本价", "进价", "进货价", "采购价", "cost", "unitcost"),
    "price": ("零售价", "销售价", "售价", "价格", "零售单价", "price", "retailprice"),
    "safety_stock": ("安全库存", "最低库存", "安全库存量", "safetystock", "minstock"),
    "reorder_qty": ("订货量", "补货量", "再订货量", "订购量", "采购批量", "reorderqty", "reorderquantity"),
    "special": ("特殊件", "特殊", "需审批", "special"),
    "on_hand": ("库存", "库存数量", "期初库存", "现有库存", "数量", "结存", "结存数量", "onhand", "stock", "qty", "quantity"),
    "supplier": ("供应商", "供货商", "supplier", "vendor"),
    "supplier_number": ("供应商零件号", "供应商编号", "供应商件号", "supplierpartnumber", "vendorpartno"),
}
LABELS = {**catalogue.FIELD_LABELS, "whole_units": "整数计量", "genuine": "原厂件", "special": "特殊件",
          "on_hand": "期初库存", "supplier": "供应商", "supplier_number": "供应商零件号"}
TRUE = {"是", "y", "yes", "true", "1", "√", "✓", PartsQuality.GENUINE, "原厂件", "特殊", "特殊件", "oem", "整数"}
FALSE = {"否", "n", "no", "false", "0", "×", "x", PartsQuality.AFTERMARKET, "副厂件", "非原厂", "普通", "小数"}
BOOL_FIELDS = ("whole_units", "genuine", "special")


class _Cancelled(Exception):
    pass


@dataclass
class Preview:
    headers: list
    sample: list
    mapping: dict
    unmapped: list
    encoding: str
    rows_estimate: int | None


@dataclass
class ImportReport:
    file: str = ""
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    opening_stock: int = 0
    refused: list = field(default_factory=list)  # (row number as in the file, part number, reason)
    notes: list = field(default_factory=list)
    cancelled: bool = False
    applied: bool = False
    seconds: float = 0.0
    document: str = ""

    def summary(self) -> str:
        if self.cancelled:
            return "已取消导入，数据库未作任何修改。"
        return (f"共 {self.rows} 行：新增 {self.created}，更新 {self.updated}，无变化 {self.unchanged}，"
                f"拒绝 {len(self.refused)}；期初库存 {self.opening_stock} 种（待服务经理审核入账）。用时 {self.seconds:.1f} 秒。")


def propose_mapping(headers) -> dict:
    """{field: column index} from the header names (storage.golive.reading.propose_mapping)."""
    return reading.propose_mapping(headers, FIELDS)


def preview(path, *, encoding=None, sample_rows: int = 5) -> Preview:
    table = _Table(path, encoding)
    try:
        rows = table.rows()
        first = next(rows, None)
        if first is None:
            raise ImportRefused("文件是空的。")
        headers = first[1]
        sample = [cells for _, cells in (next(rows, (0, None)) for _ in range(sample_rows)) if cells is not None]
    finally:
        table.close()
    mapping = propose_mapping(headers)
    unmapped = [h for i, h in enumerate(headers) if i not in mapping.values() and h]
    return Preview(headers, sample, mapping, unmapped, table.encoding,
                   (table.estimate - 1) if table.estimate else None)


def _check_mapping(mapping: dict, headers: list) -> dict:
    clean = {}
    for name, column in mapping.items():
        if name not in FIELDS:
            raise ImportRefused(f"未知的导入字段“{name}”。")
        if isinstance(column, str):
            if column not in headers:
                raise ImportRefused(f"文件中没有“{column}”这一列。")
            column = headers.index(column)
        if not 0 <= column < len(headers):
            raise ImportRefused(f"{LABELS[name]}对应的列（第 {column + 1} 列）不在文件中。")
        clean[name] = column
    columns = list(clean.values())
    if len(set(columns)) != len(columns):
        raise ImportRefused("同一列不能对应两个字段，请检查列对应关系。")
    if "number" not in clean:
        raise ImportRefused("没有找到“零件号”列：请在列对应中指定哪一列是零件号。"
                            f"文件的列为：{'、'.join(h for h in headers if h) or '（无）'}。")
    if len(clean) < 2:
        raise ImportRefused("除零件号外没有可导入的列：请检查列对应关系或文件是否选错。")
    return clean


def _parse_row(cells: list, mapping: dict) -> dict:
    """The mapped, non-empty cells of a row, as values catalogue.clean_part understands."""
    raw = {}
    for name, column in mapping.items():
        text = cells[column].strip() if column < len(cells) and cells[column] is not None else ""
        if not text:
            continue
        if name in BOOL_FIELDS:
            low = text.lower()
            if low not in TRUE and low not in FALSE:
                raise ValidationError(f"{LABELS[name]}“{text}”应为“是”或“否”。")
            raw[name] = low in TRUE
        else:
            raw[name] = text
    if "number" not in raw:
        raise ValidationError("零件号为空。")
    raw["number"] = catalogue.normalize_part_number(raw["number"])
    return raw


# ---------------------------------------------------------------- importing

def import_parts(user, path, mapping: dict | None = None, *, encoding=None, progress=None, cancelled=None) -> ImportReport:
    require(user, "parts.catalogue")
    started = time.monotonic()
    report = ImportReport(file=Path(path).name)
    progress = progress or (lambda fraction, message: None)
    cancelled = cancelled or (lambda: False)
    table = _Table(path, encoding)
    try:
        rows = table.rows()
        header = next(rows, None)
        if header is None:
            raise ImportRefused("文件是空的。")
        headers = header[1]
        mapping = _check_mapping(propose_mapping(headers) if mapping is None else mapping, headers)
        accepted, seen = {}, {}
        for count, (row_number, cells) in enumerate(rows, 1):
            if count > MAX_ROWS:
                raise ImportRefused(f"文件超过 {MAX_ROWS} 行，请分成几个文件导入。数据库未作任何修改。")
            report.rows += 1
            try:
                raw = _parse_row(cells, mapping)
            except ValidationError as exc:
                report.refused.append((row_number, cells[mapping["number"]] if mapping["number"] < len(cells) else "", str(exc)))
                continue
            seen.setdefault(raw["number"], []).append(row_number)
            accepted.setdefault(raw["number"], (row_number, raw))
            if count % BATCH == 0:
                if cancelled():
                    raise _Cancelled
                progress(0.5 * table.fraction(row_number), f"读取第 {row_number} 行")
    except _Cancelled:
        report.cancelled, report.seconds = True, time.monotonic() - started
        return report
    finally:
        table.close()
    for number, row_numbers in seen.items():
        if len(row_numbers) > 1:
            where = "、".join(map(str, row_numbers))
            accepted.pop(number, None)
            report.refused.extend((n, number, f"零件号 {number} 在文件中重复出现（第 {where} 行），请只保留一行。")
                                  for n in row_numbers)
    try:
        with transaction():
            _apply(user, report, list(accepted.values()), progress, cancelled)
        report.applied = True
        # A bulk load: the planner's statistics of what it wrote, after the commit (storage.plumbing.planner).
        refresh_statistics(IMPORTED_TABLES)
    except _Cancelled:
        report.cancelled = True
        report.created = report.updated = report.unchanged = report.opening_stock = 0
    report.refused.sort(key=lambda r: r[0])
    report.seconds = time.monotonic() - started
    progress(1.0, report.summary())
    return report


def _existing(numbers) -> dict:
    found = {}
    for chunk in _chunks(numbers):
        query = Part.select().where(Part.number.in_(chunk))
        if not is_sqlite():
            query = query.for_update()  # SQLite's BEGIN IMMEDIATE already keeps other writers out
        found.update((p.number, p) for p in query)
    return found


def _apply(user, report: ImportReport, rows: list, progress, cancelled) -> None:
    existing = _existing([raw["number"] for _, raw in rows])
    staged = opening_stock.pending_for(p.id for p in existing.values())
    may_price = may(user, "prices.edit")
    moment, creates, updates, links, audits = now(), [], [], [], []
    cost_kept = 0
    for index, (row_number, raw) in enumerate(rows, 1):
        if index % BATCH == 0:
            if cancelled():
                raise _Cancelled
            progress(0.5 + 0.2 * index / len(rows), f"检查 {index}/{len(rows)}")
        part = existing.get(raw["number"])
        values = {k: v for k, v in raw.items() if k not in ("on_hand", "supplier", "supplier_number")}
        try:
            clean = catalogue.clean_part(values, existing=part)
            whole = clean.get("whole_units", part.whole_units if part else True)
            opening = catalogue.quantity(raw["on_hand"], whole, field="期初库存", allow_zero=True) if "on_hand" in raw else None
            if part is None:
                if not clean.get("name"):
                    raise ValidationError("新备件须填写名称。")
                if opening and "cost" not in clean:
                    raise ValidationError("有期初库存但没有成本价，库存金额无法计算。")
                creates.append((row_number, clean, opening))
            else:
                changes = _changes(part, clean, may_price)
                if "cost" in changes and part.last_movement_at is not None:
                    del changes["cost"]
                    cost_kept += 1
                if opening is not None and opening != staged.get(part.id, part.on_hand):
                    if part.last_movement_at is not None:
                        raise ValidationError(
                            f"该备件已有出入库记录（现库存 {fmt_qty(part.on_hand)}），"
                            "期初库存不能再导入；差异请用盘点调整。")
                    if "cost" not in clean and part.cost == 0 and opening > 0:
                        raise ValidationError("有期初库存但没有成本价，库存金额无法计算。")
                else:
                    opening = None
                if changes or opening:
                    updates.append((row_number, part, changes, opening))
                else:
                    report.unchanged += 1
            if raw.get("supplier"):
                links.append((raw["number"], raw["supplier"][:100], raw.get("supplier_number", "")[:40]))
        except ValidationError as exc:
            report.refused.append((row_number, raw["number"], str(exc)))
    if cost_kept:
        report.notes.append(f"{cost_kept} 种已有出入库的备件未更新成本：成本按入库移动加权平均计算。")
    document = next_number("parts_import") if any(o for *_, o in creates) or any(u[3] for u in updates) else ""
    report.document = document
    bins = _bins({c["bin"] for _, c, _ in creates if c.get("bin")} | {ch["bin"] for *_, ch, _ in updates if ch.get("bin")})
    _create(user, report, creates, bins, moment, document, audits)
    progress(0.8, "保存新增备件")
    _update(user, report, updates, bins, moment, document, audits)
    progress(0.9, "保存更新")
    _link_suppliers(user, links)
    _insert_rows(AuditLog, audits)
    AuditLog.create(user=user.id, username=user.username, action="parts.import", entity="Import", entity_id=document,
                    after=to_json({"file": report.file, "created": report.created, "updated": report.updated,
                                   "refused": len(report.refused), "opening_stock": report.opening_stock}))
    notify("parts")


def _changes(part: Part, clean: dict, may_price: bool) -> dict:
    current = {k: getattr(part, k) for k in clean if k != "bin"}
    current["bin"] = ""
    changes = {k: v for k, v in clean.items() if k != "bin" and current[k] != v}
    if "bin" in clean:
        changes["bin"] = clean["bin"]  # compared after bins are resolved to ids
    if "price" in changes and part.price != 0 and not may_price:  # a first price is set like a new part's
        raise ValidationError(f"零售价将由 {part.price} 改为 {changes['price']}：修改零售价需要服务经理权限。")
    return changes


def _bins(codes: set) -> dict:
    codes = sorted(c for c in codes if c)
    found = {}
    for chunk in _chunks(codes):
        found.update((b.code, b.id) for b in Bin.select(Bin.id, Bin.code).where(Bin.code.in_(chunk)))
    missing = [{"code": c, "zone": c.split("-")[0]} for c in codes if c not in found]
    for chunk in _chunks(missing):
        Bin.insert_many(chunk).execute()
    for chunk in _chunks([m["code"] for m in missing]):
        found.update((b.code, b.id) for b in Bin.select(Bin.id, Bin.code).where(Bin.code.in_(chunk)))
    return found


def _audit_row(user, action, part_id, before, after, moment):
    return {"at": moment, "user": user.id, "username": user.username, "action": action, "entity": "Part",
            "entity_id": str(part_id), "before": to_json(before), "after": to_json(after), "note": "导入"}


def _create(user, report, creates, bins, moment, document, audits) -> None:
    rows = []
    for _, clean, opening in creates:
        row = {**clean, "updated_by": user.display_name, "updated_at": moment}
        row["bin"] = bins.get(clean.get("bin")) if clean.get("bin") else None
        rows.append(row)
    # every column, since the table's defaults live in Python (Peewee), not in the database
    defaults = {f.name: (f.default() if callable(f.default) else f.default)
                for f in Part._meta.sorted_fields if f.name != "id"}
    _insert_rows(Part, [{**defaults, **r} for r in rows])
    report.created = len(rows)
    ids = {}
    for chunk in _chunks([c["number"] for _, c, _ in creates]):
        ids.update(Part.select(Part.number, Part.id).where(Part.number.in_(chunk)).tuples())
    lines = []
    for row, (_, clean, opening) in zip(rows, creates):
        audits.append(_audit_row(user, "part.create", ids[row["number"]], None,
                                 {k: v for k, v in row.items() if k not in ("updated_by", "updated_at")}, moment))
        if opening:  # a new part has no opening line yet: one multi-row INSERT for them all
            line = opening_stock.new_line(user, ids[row["number"]], opening, clean["cost"], f"{document} {report.file}", moment)
            lines.append(line)
            audits.append(_audit_row(user, "stock.opening.enter", line["part"], None,
                                     {k: line[k] for k in ("quantity", "unit_cost", "value", "status")}, moment))
    _insert_rows(OpeningStock, lines)
    report.opening_stock += len(lines)


def _update(user, report, updates, bins, moment, document, audits) -> None:
    changed, fields = [], {Part.version, Part.updated_at, Part.updated_by}
    for _, part, changes, opening in updates:
        if "bin" in changes:
            bin_id = bins.get(changes.pop("bin")) if changes.get("bin") else None
            if bin_id != part.bin_id:
                changes["bin"] = bin_id
        before = {k: getattr(part, k + "_id" if k == "bin" else k) for k in changes}
        if changes:
            for key, value in changes.items():
                setattr(part, key, value)
                fields.add(getattr(Part, key))
            part.version, part.updated_at, part.updated_by = part.version + 1, moment, user.display_name
            changed.append(part)
            audits.append(_audit_row(user, "part.update", part.id, before, changes, moment))
        if opening:
            before_stock, after_stock = opening_stock.stage(user, part.id, opening, part.cost, f"{document} {report.file}", moment)
            audits.append(_audit_row(user, "stock.opening.enter", part.id, before_stock, after_stock, moment))
            report.opening_stock += 1
        if changes or opening:
            report.updated += 1
        else:
            report.unchanged += 1  # only the bin was named, and it is the same
    if changed:
        Part.bulk_update(changed, fields=list(fields), batch_size=200)


def _link_suppliers(user, links) -> None:
    if not links:
        return
    names = sorted({name for _, name, _ in links})
    known = {}
    for chunk in _chunks(names):
        known.update(Supplier.select(Supplier.name, Supplier.id).where(Supplier.name.in_(chunk)).tuples())
    missing = [{"name": n, "updated_by": user.display_name} for n in names if n not in known]
    for chunk in _chunks(missing):
        Supplier.insert_many(chunk).execute()
    for chunk in _chunks([m["name"] for m in missing]):
        known.update(Supplier.select(Supplier.name, Supplier.id).where(Supplier.name.in_(chunk)).tuples())
    ids = {}
    for chunk in _chunks(sorted({number for number, _, _ in links})):
        ids.update(Part.select(Part.number, Part.id).where(Part.number.in_(chunk)).tuples())
    rows = [{"part": ids[number], "supplier": known[name], "supplier_number": code, "last_cost": Decimal(0)}
            for number, name, code in links]
    _insert_rows(PartSupplier, rows, ' ON CONFLICT ("part_id", "supplier_id") DO UPDATE SET '
                                     '"supplier_number" = EXCLUDED."supplier_number"')


def write_refused(report: ImportReport, path) -> int:
    return export_xlsx(path, [("行号", "row"), ("零件号", "number"), ("原因", "reason")],
                       ({"row": r, "number": n, "reason": why} for r, n, why in report.refused))
