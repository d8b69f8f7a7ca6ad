"""Stock counts (盘点): the monthly count with finance and rolling cycle counts.

A count freezes a list of parts (by bins, by zone, or "not counted for N days"); a part already on
another open count is left out, so no difference is ever posted twice. Counted quantities are
entered line by line (scanner or keyboard) and each line is ticked as it is entered. The book
quantity a line is compared with is taken when the line is counted, not when the list was frozen:
the workshop keeps drawing parts during a count, and the shelf was counted at that moment. The
clerk submits (盘点中 -> 待审批); a manager's approval posts every difference as a 盘点 movement
valued at the average cost (待审批 -> 已过账) and stamps the parts and bins as counted."""
import datetime as dt
from decimal import Decimal

import peewee

from storage.models import Bin, Part, StockCount, StockCountLine, User, now
from storage.parts import catalogue
from storage.parts.ledger import audit_movement, fmt_qty, post
from storage.plumbing.audit import record
from storage.plumbing.changes import notify
from storage.plumbing.db import transaction
from storage.plumbing.locking import save_versioned
from storage.plumbing.paging import keyset_page
from storage.rules.auth import approving_user, require
from storage.rules.errors import NotFound, ValidationError
from storage.rules.money import money
from storage.rules.numbering import next_number
from storage.rules.validation import searchable
from storage.rules.vocabulary import StockCountStatus

OPEN = (StockCountStatus.COUNTING, StockCountStatus.AWAITING_APPROVAL)
QZERO = Decimal("0.000")


def _get(count_id: int) -> StockCount:
    count = StockCount.get_or_none(StockCount.id == count_id)
    if count is None:
        raise NotFound("找不到该盘点单。")
    return count


def start_count(user, *, bins=None, zone: str | None = None, not_counted_days: int | None = None,
                part_ids=None, note: str = "") -> StockCount:
    """Freeze a count list. With no criterion at all it is a full count (全盘)."""
    require(user, "parts.stock")
    query = Part.select(Part.id, Part.bin, Part.on_hand).join(Bin, peewee.JOIN.LEFT_OUTER).where(Part.active == True)  # noqa: E712
    scope = []
    if bins:
        codes = [catalogue.normalize_bin_code(code) for code in bins]
        query = query.where(Bin.code.in_(codes))
        scope.append("货位 " + "、".join(codes))
    if zone:
        prefix = catalogue.normalize_bin_code(zone)
        query = query.where((Bin.zone == prefix) | Bin.code.startswith(prefix))
        scope.append(f"库区 {prefix}")
    if not_counted_days is not None:
        if int(not_counted_days) < 0:
            raise ValidationError("未盘天数不能为负数。", field="not_counted_days")
        since = now() - dt.timedelta(days=int(not_counted_days))
        query = query.where(Part.last_counted_at.is_null() | (Part.last_counted_at < since))
        scope.append(f"超过 {int(not_counted_days)} 天未盘")
    if part_ids:
        query = query.where(Part.id.in_(list(part_ids)))
        scope.append(f"指定备件 {len(part_ids)} 种")
    busy = (StockCountLine.select(StockCountLine.part).join(StockCount).where(StockCount.status << OPEN))
    query = query.where(Part.id.not_in(busy))
    with transaction():
        count = StockCount.create(number=next_number("count"), scope=("；".join(scope) or "全盘")[:100],
                                  created_by=user, updated_by=user.display_name)
        frozen = query.select(peewee.Value(count.id), Part.id, Part.bin, Part.on_hand)
        StockCountLine.insert_from(
            frozen, [StockCountLine.count, StockCountLine.part, StockCountLine.bin, StockCountLine.expected]).execute()
        lines = StockCountLine.select().where(StockCountLine.count == count.id).count()
        if not lines:
            raise ValidationError("没有符合条件的备件（或它们已在其他未完成的盘点单中）。")
        record(user, "count.start", count, after={"scope": count.scope, "lines": lines, "note": note})
        notify("parts")
    return count


def _line_rows(found):
    rows = []
    for row in found:
        row["bin"] = row["bin"] or ""
        row["counted_by"] = row.get("counted_by") or ""
        diff = None if row["counted"] is None else row["counted"] - row["expected"]
        row["difference"] = diff
        row["value"] = None if diff is None else money(diff * row["cost"])
        rows.append(row)
    return rows


def _lines_query(count_id: int):
    bin_code = peewee.fn.COALESCE(Bin.code, "")
    query = (StockCountLine.select(
        StockCountLine.id, StockCountLine.expected, StockCountLine.counted, StockCountLine.counted_at,
        Part.id.alias("part"), Part.number, Part.name, Part.spec, Part.unit, Part.whole_units, Part.cost,
        bin_code.alias("bin"), User.display_name.alias("counted_by"))
        .join(Part).switch(StockCountLine).join(Bin, peewee.JOIN.LEFT_OUTER)
        .switch(StockCountLine).join(User, peewee.JOIN.LEFT_OUTER, on=(StockCountLine.counted_by == User.id))
        .where(StockCountLine.count == count_id))
    return query, bin_code


def count_lines(count_id: int, *, bin_code: str | None = None, uncounted_only: bool = False, after=None, limit: int = 200):
    """The count list by bin and number, with what is counted so far. Cursor: (bin, number)."""
    query, code = _lines_query(count_id)
    if bin_code:
        query = query.where(Bin.code == catalogue.normalize_bin_code(bin_code))
    if uncounted_only:
        query = query.where(StockCountLine.counted_at.is_null())
    found, after = keyset_page(query.dicts(), [code, Part.number], after, limit, key=lambda r: (r["bin"], r["number"]))
    return _line_rows(found), after


def count_progress(count_id: int) -> dict:
    total = StockCountLine.select().where(StockCountLine.count == count_id).count()
    counted = StockCountLine.select().where(
        (StockCountLine.count == count_id) & StockCountLine.counted_at.is_null(False)).count()
    return {"lines": total, "counted": counted, "left": total - counted}


def enter_count(user, line_id: int, counted) -> dict:
    """Record what is on the shelf for one line and tick it. Entering again corrects it."""
    require(user, "parts.stock")
    with transaction():
        line = StockCountLine.select(StockCountLine, StockCount, Part).join(StockCount).switch(
            StockCountLine).join(Part).where(StockCountLine.id == line_id).first()
        if line is None:
            raise NotFound("找不到该盘点明细。")
        if line.count.status != StockCountStatus.COUNTING:
            raise ValidationError(f"盘点单 {line.count.number} {line.count.status}，不能再录入。")
        qty = catalogue.quantity(counted, line.part.whole_units, field=f"{line.part.number} 实盘数量", allow_zero=True)
        book = Part.select(Part.on_hand).where(Part.id == line.part_id).scalar()  # tuples(): converted
        StockCountLine.update(counted=qty, expected=book, counted_at=now(), counted_by=user.id).where(
            StockCountLine.id == line.id).execute()
        notify("parts")
    query, _ = _lines_query(line.count_id)
    return _line_rows(query.where(StockCountLine.id == line_id).dicts())[0]


def enter_count_by_number(user, count_id: int, number, counted) -> dict:
    """The same, by a scanned or typed part number."""
    part_number = catalogue.normalize_part_number(searchable(number))
    line = (StockCountLine.select(StockCountLine.id).join(Part)
            .where((StockCountLine.count == count_id) & (Part.number == part_number)).first())
    if line is None:
        raise NotFound(f"零件号 {part_number} 不在本盘点单中。")
    return enter_count(user, line.id, counted)


def submit_count(user, count_id: int, version: int, *, drop_uncounted: bool = False) -> StockCount:
    """Hand the count in for approval. Uncounted lines must be counted first, or dropped on purpose
    (a cycle count stopped for the day); dropped parts keep their old last-counted date."""
    require(user, "parts.stock")
    with transaction():
        count = _get(count_id)
        if count.status != StockCountStatus.COUNTING:
            raise ValidationError(f"盘点单 {count.number} 当前为“{count.status}”，不能提交。")
        uncounted = StockCountLine.select().where(
            (StockCountLine.count == count.id) & StockCountLine.counted_at.is_null())
        left = uncounted.count()
        if left and not drop_uncounted:
            raise ValidationError(f"还有 {left} 种备件未录入实盘数量；请录完，或选择“未盘的不计入本次盘点”。")
        if left:
            StockCountLine.delete().where(
                (StockCountLine.count == count.id) & StockCountLine.counted_at.is_null()).execute()
        if not StockCountLine.select().where(StockCountLine.count == count.id).exists():
            raise ValidationError("盘点单中没有已录入的备件，不能提交。")
        notify("parts")
        return save_versioned(user, count, version, {"status": StockCountStatus.AWAITING_APPROVAL},
                              action="count.submit")


def cancel_count(user, count_id: int, version: int) -> StockCount:
    require(user, "parts.stock")
    with transaction():
        count = _get(count_id)
        if count.status not in OPEN:
            raise ValidationError(f"盘点单 {count.number} {count.status}，不能作废。")
        notify("parts")
        return save_versioned(user, count, version, {"status": StockCountStatus.VOID}, action="count.cancel")


def variances(count_id: int) -> dict:
    """盘点差异表: the counted lines that differ from the book, with their value at average cost."""
    count = _get(count_id)
    query, code = _lines_query(count_id)
    lines = _line_rows(query.where(StockCountLine.counted.is_null(False)
                                   & (StockCountLine.counted != StockCountLine.expected))
                       .order_by(code, Part.number).dicts())
    gain = sum((line["value"] for line in lines if line["value"] > 0), Decimal("0.00"))
    loss = sum((-line["value"] for line in lines if line["value"] < 0), Decimal("0.00"))
    return {"count": count, "lines": lines, "gain_value": gain, "loss_value": loss, "net_value": gain - loss,
            "progress": count_progress(count_id)}


def post_count(user, count_id: int, version: int, *, approver=None) -> dict:
    """Post the differences as 盘点 movements after a manager's approval (the manager posting, or
    `approver`, their one-use approval from auth.approve(..., "stock_count")). Parts and bins counted
    are stamped with the date."""
    require(user, "parts.stock")
    with transaction():
        count = _get(count_id)
        if count.status != StockCountStatus.AWAITING_APPROVAL:
            raise ValidationError(f"盘点单 {count.number} 当前为“{count.status}”，须先提交再审批过账。")
        manager = approving_user(user, approver, "stock_count", f"盘点单 {count.number} 差异过账")
        differing = (StockCountLine.select(StockCountLine, Part).join(Part)
                     .where((StockCountLine.count == count.id) & (StockCountLine.counted != StockCountLine.expected))
                     .order_by(StockCountLine.id))
        moment, gain, loss, adjusted = now(), Decimal("0.00"), Decimal("0.00"), 0
        for line in differing:
            delta = line.counted - line.expected
            try:
                movement, part, before, after = post(
                    user, line.part_id, "盘点", delta, document=count.number, at=moment, approved_by=manager.id,
                    reason=f"盘点 {count.number}：账 {fmt_qty(line.expected)} 实 {fmt_qty(line.counted)}")
            except ValidationError:
                raise ValidationError(
                    f"{line.part.label()} 盘点后已发出更多数量，按实盘 {fmt_qty(line.counted)} 过账会成为负库存，请复盘该货位。"
                ) from None
            audit_movement(user, "stock.count", part, before, after, movement, note=f"批准：{manager.display_name}")
            adjusted += 1
            gain, loss = (gain + movement.value, loss) if movement.value > 0 else (gain, loss - movement.value)
        counted_at = (StockCountLine.select(StockCountLine.counted_at)
                      .where((StockCountLine.count == count.id) & (StockCountLine.part == Part.id)))
        Part.update(last_counted_at=counted_at).where(
            Part.id.in_(StockCountLine.select(StockCountLine.part).where(StockCountLine.count == count.id))).execute()
        Bin.update(last_counted_at=moment).where(
            Bin.id.in_(StockCountLine.select(StockCountLine.bin).where(
                (StockCountLine.count == count.id) & StockCountLine.bin.is_null(False)))).execute()
        count = save_versioned(user, count, version, {"status": StockCountStatus.POSTED, "approved_by": manager.id,
                                                      "posted_at": moment}, audit=False)
        record(user, "count.post", count, after={"adjusted": adjusted, "gain": gain, "loss": loss},
               note=f"批准：{manager.display_name}")
        notify("parts")
    return {"count": count, "adjusted": adjusted, "gain_value": gain, "loss_value": loss, "net_value": gain - loss}


def count_sheet(count_id: int) -> dict:
    """盘点表 for printing: every line by bin, with the book quantity (as frozen, or as of the moment
    the line was counted) and, once entered, the counted quantity."""
    count = (StockCount.select(StockCount, User).join(User, on=(StockCount.created_by == User.id))
             .where(StockCount.id == count_id).first())
    if count is None:
        raise NotFound("找不到该盘点单。")
    query, code = _lines_query(count_id)
    lines = _line_rows(query.order_by(code, Part.number).dicts())
    return {"number": count.number, "scope": count.scope, "status": count.status, "frozen_at": count.frozen_at,
            "created_by": count.created_by.display_name, "lines": lines, "total_lines": len(lines)}


def list_counts(*, status=None, after=None, limit: int = 50):
    query = StockCount.select()
    if status:
        query = query.where(StockCount.status << ([status] if isinstance(status, str) else list(status)))
    return keyset_page(query, [StockCount.id], after, limit, descending=True)
