"""发票: the invoices issued for a settlement, as the cashier records them after issuing them in the
tax system, red-lettered (红冲) with the manager's approval, and finance's list of them.

What a number looks like (checked when it is recorded):
- paper 增值税专用发票: a 10-digit 发票代码 and an 8-digit 发票号码;
- paper 普通发票: a 10- or 12-digit 发票代码 (12 on the newer and roll forms) and an 8-digit 发票号码;
- 数电发票 (全面数字化的电子发票): no code, a 20-digit number whose first two digits are the year it
  was issued (then the province's 2 digits, the issuing channel, a 15-digit sequence).
The buyer's 纳税人识别号 is the 18-character 统一社会信用代码 (storage.rules.validation.normalize_credit_code);
a person buying for themselves may have none, a 专用发票 always needs one.

The invoiced amount is what the customer paid on the settlement: the invoices in force on it never
add up to more. A settlement with an invoice in force cannot be reversed (storage.cashier.reversal):
red-letter the invoice first. The buyer's title and tax number are remembered per customer
(InvoiceBuyer) and offered at the next invoice."""
import csv
import datetime as dt
import io
import re
from decimal import Decimal

import peewee

from storage.cashier.common import approver_for, today
from storage.models import Customer, Invoice, InvoiceBuyer, Settlement, User, WorkOrder, now, summed
from storage.plumbing import changes
from storage.plumbing.audit import record
from storage.plumbing.db import transaction
from storage.plumbing.files import atomic_write_text, atomic_writer
from storage.plumbing.locking import locked, save_versioned
from storage.plumbing.paging import check_limit, every_row, keyset_page
from storage.rules.auth import require
from storage.rules.errors import NotFound, ValidationError
from storage.rules.money import ZERO, fmt, money
from storage.rules.validation import clean_text, halfwidth, normalize_credit_code
from storage.rules.vocabulary import CustomerKind, InvoiceKind, InvoiceStatus, SettlementStatus

NORMAL, RED = InvoiceStatus.NORMAL, InvoiceStatus.RED_LETTERED
PAPER_CODE_LENGTHS = {InvoiceKind.PLAIN: (10, 12), InvoiceKind.SPECIAL: (10,)}
Recorder = User.alias("recorder")
RedBy = User.alias("red_by")


def clean_number(kind: str, code, number, issued_on: dt.date) -> tuple[str, str]:
    """(code, number) as recorded, or a ValidationError saying what the kind's number looks like."""
    if kind not in tuple(InvoiceKind):
        raise ValidationError(f"请选择发票种类：{'、'.join(InvoiceKind)}。", field="kind")
    code = re.sub(r"\s", "", halfwidth(code))
    number = re.sub(r"\s", "", halfwidth(number))
    if not number:
        raise ValidationError("请填写发票号码。", field="number")
    if kind == InvoiceKind.DIGITAL:
        if code:
            raise ValidationError("数电发票没有发票代码，只填 20 位发票号码。", field="code")
        if not re.fullmatch(r"\d{20}", number):
            raise ValidationError(f"数电发票号码应为 20 位数字，现在是“{number}”（{len(number)} 位）。", field="number")
        if number[:2] != f"{issued_on:%y}":
            raise ValidationError(
                f"数电发票号码的前两位是开票年份：{issued_on:%Y} 年开的发票应以 {issued_on:%y} 开头。", field="number")
        return "", number
    lengths = PAPER_CODE_LENGTHS[InvoiceKind(kind)]
    if not (code.isdigit() and code.isascii() and len(code) in lengths):
        wanted = " 或 ".join(str(n) for n in lengths)
        raise ValidationError(f"{kind}的发票代码应为 {wanted} 位数字。", field="code")
    if not re.fullmatch(r"\d{8}", number):
        raise ValidationError(f"{kind}的发票号码应为 8 位数字，现在是“{number}”。", field="number")
    return code, number


def _settlement(settlement_id: int) -> Settlement:
    settlement = Settlement.get_or_none(Settlement.id == settlement_id)
    if settlement is None:
        raise NotFound(f"找不到结算单 {settlement_id}。")
    return settlement


def _invoiced(settlement_id: int) -> Decimal:
    return Invoice.select(summed(Invoice.amount, Invoice.amount)).where(
        (Invoice.settlement == settlement_id) & (Invoice.status == NORMAL)).scalar()


def invoice_defaults(settlement_id: int) -> dict:
    """What the 开票 dialog offers for a settlement: the customer's remembered title and tax number
    (else the company or the customer's name), what is left to invoice, the invoices so far."""
    settlement = _settlement(settlement_id)
    order = WorkOrder.get_by_id(settlement.order_id)
    customer = Customer.get_by_id(order.customer_id)
    remembered = InvoiceBuyer.get_or_none(InvoiceBuyer.customer == customer.id)
    if remembered:
        title, tax_number = remembered.title, remembered.tax_number
    else:
        title = (customer.company if customer.kind == CustomerKind.COMPANY and customer.company else customer.name)
        tax_number = ""
    invoiced = _invoiced(settlement.id)
    return {"settlement": settlement.number, "status": settlement.status, "customer": customer.name,
            "customer_due": settlement.customer_due, "invoiced": invoiced,
            "amount": max(settlement.customer_due - invoiced, ZERO), "title": title, "tax_number": tax_number,
            "remembered": remembered is not None, "issued_on": today(),
            "invoices": list(Invoice.select().where(Invoice.settlement == settlement.id).order_by(Invoice.id))}


def record_invoice(user, settlement_id: int, *, kind: str, number: str, code: str = "", buyer_title: str,
                   buyer_tax_number: str = "", amount=None, issued_on: dt.date | None = None) -> Invoice:
    """Record an invoice issued for a settlement. `amount` defaults to what is left of what the customer
    paid; the invoices in force on a settlement never add up to more. The buyer's title and tax
    number become the customer's remembered ones."""
    require(user, "invoices.record")
    issued_on = issued_on or today()
    if issued_on > today():
        raise ValidationError("开票日期不能晚于今天。", field="issued_on")
    code, number = clean_number(kind, code, number, issued_on)
    title = clean_text(halfwidth(buyer_title), "购买方名称（发票抬头）", max_length=100, field="title")
    tax_number = normalize_credit_code(buyer_tax_number)
    if kind == InvoiceKind.SPECIAL and not tax_number:
        raise ValidationError("增值税专用发票必须填写购买方的纳税人识别号。", field="tax_number")
    with transaction():
        # Locked (PostgreSQL): two invoices typed at once never pass the cap together, and a reversal
        # (which locks it too) and an invoice never cross.
        settlement = locked(Settlement, settlement_id, f"结算单 {settlement_id}")
        if settlement.status != SettlementStatus.VALID:
            raise ValidationError(f"结算单 {settlement.number} 已冲销，不能再开票。")
        if issued_on < settlement.business_day:
            raise ValidationError(f"开票日期不能早于结算日期 {settlement.business_day:%Y-%m-%d}。", field="issued_on")
        same = Invoice.get_or_none((Invoice.kind == kind) & (Invoice.code == code) & (Invoice.number == number))
        if same is not None:
            other = Settlement.get_by_id(same.settlement_id)
            raise ValidationError(f"发票 {_label(same)} 已登记在结算单 {other.number} 上。", field="number")
        invoiced = _invoiced(settlement.id)
        left = settlement.customer_due - invoiced
        amount = left if amount in (None, "") else money(amount, field="开票金额")
        if amount <= 0:
            if left <= 0:
                raise ValidationError(
                    f"结算单 {settlement.number} 客户实付 {fmt(settlement.customer_due)} 已全部开票，不能再开。")
            raise ValidationError("开票金额必须大于 0。", field="amount")
        if amount > left:
            raise ValidationError(
                f"开票金额 {fmt(amount)} 超过可开金额 {fmt(left)}（客户实付 {fmt(settlement.customer_due)}，"
                f"已开票 {fmt(invoiced)}）。", field="amount")
        invoice = Invoice.create(settlement=settlement.id, kind=kind, code=code, number=number, buyer_title=title,
                                 buyer_tax_number=tax_number, amount=amount, issued_on=issued_on,
                                 recorded_by=user.id, updated_by=user.display_name)
        customer_id = WorkOrder.select(WorkOrder.customer).where(WorkOrder.id == settlement.order_id).scalar()
        InvoiceBuyer.insert(customer=customer_id, title=title, tax_number=tax_number, updated_at=now()).on_conflict(
            conflict_target=[InvoiceBuyer.customer],
            update={InvoiceBuyer.title: title, InvoiceBuyer.tax_number: tax_number, InvoiceBuyer.updated_at: now()},
        ).execute()
        record(user, "invoice.record", invoice, after={
            "settlement": settlement.number, "kind": kind, "number": _label(invoice), "amount": amount,
            "buyer_title": title, "buyer_tax_number": tax_number, "issued_on": issued_on})
        changes.notify("cashier")
    return invoice


def red_letter(user, invoice_id: int, expected_version: int, reason: str, *, approver=None) -> Invoice:
    """红冲: mark an invoice cancelled by its red-letter invoice, with a 服务经理's approval
    (storage.rules.auth.approve(..., "red_letter"); a manager at the till approves themselves)."""
    require(user, "invoices.record")
    reason = clean_text(reason, "红冲原因", max_length=200, field="reason")
    with transaction():
        invoice = Invoice.get_or_none(Invoice.id == invoice_id)
        if invoice is None:
            raise NotFound(f"找不到发票 {invoice_id}。")
        if invoice.status == RED:
            raise ValidationError(f"发票 {_label(invoice)} 已于 {invoice.red_at:%Y-%m-%d %H:%M} 红冲。")
        approved_by = approver_for(user, approver, [f"红冲发票 {_label(invoice)}（{fmt(invoice.amount)}）"], "red_letter")
        moment = now()
        red = save_versioned(user, invoice, expected_version, {
            "status": RED, "red_by": user.id, "red_approved_by": approved_by.id, "red_at": moment, "red_reason": reason,
        }, audit=False)
        record(user, "invoice.red_letter", red, before={"status": NORMAL, "version": expected_version},
               after={"status": RED, "number": _label(invoice), "amount": invoice.amount,
                      "approved_by": approved_by.username}, note=reason)
        changes.notify("cashier")
    return red


def _label(invoice) -> str:
    return f"{invoice.code}-{invoice.number}" if invoice.code else invoice.number


def _filtered(query, date_from, date_to, kind, status):
    if date_from and date_to and date_from > date_to:
        raise ValidationError("开始日期不能晚于结束日期。", field="date_from")
    if kind and kind not in tuple(InvoiceKind):
        raise ValidationError(f"未知的发票种类“{kind}”。", field="kind")
    if status and status not in tuple(InvoiceStatus):
        raise ValidationError(f"未知的发票状态“{status}”。", field="status")
    i = Invoice
    if date_from:
        query = query.where(i.issued_on >= date_from)
    if date_to:
        query = query.where(i.issued_on <= date_to)
    if kind:
        query = query.where(i.kind == kind)
    if status:
        query = query.where(i.status == status)
    return query


def invoices(user, *, date_from: dt.date | None, date_to: dt.date | None, kind: str | None = None,
             status: str | None = None, after=None, limit: int = 50):
    """Finance's list of invoices issued in a period, newest first: (rows, next cursor, totals).
    totals: count and amount of those in force, count and amount red-lettered (the whole period,
    not the page)."""
    require(user, "invoices.view")
    limit = check_limit(limit)
    i = Invoice
    query = _filtered(
        i.select(i.id, i.version, i.kind, i.code, i.number, i.buyer_title, i.buyer_tax_number, i.amount, i.issued_on,
                 i.status, i.red_at, i.red_reason, i.recorded_at, Settlement.id.alias("settlement_id"),
                 Settlement.number.alias("settlement"), Settlement.status.alias("settlement_status"),
                 Recorder.display_name.alias("recorded_by"), RedBy.display_name.alias("red_by"))
        .join(Settlement, on=(i.settlement == Settlement.id))
        .switch(i).join(Recorder, on=(i.recorded_by == Recorder.id))
        .switch(i).join(RedBy, peewee.JOIN.LEFT_OUTER, on=(i.red_by == RedBy.id))
        .dicts(), date_from, date_to, kind, status)
    rows, cursor = keyset_page(query, [i.issued_on, i.id], after or None, limit, descending=True)
    return rows, cursor, totals(date_from=date_from, date_to=date_to, kind=kind, status=status)


def totals(*, date_from, date_to, kind=None, status=None) -> dict:
    i = Invoice
    query = _filtered(i.select(i.status, peewee.fn.COUNT(i.id), summed(i.amount, i.amount)).group_by(i.status).tuples(),
                      date_from, date_to, kind, status)
    by_status = {s: (n, total) for s, n, total in query}
    normal, red = by_status.get(NORMAL, (0, ZERO)), by_status.get(RED, (0, ZERO))
    return {"count": normal[0], "amount": normal[1], "red_count": red[0], "red_amount": red[1]}


EXPORT_COLUMNS = (("issued_on", "开票日期"), ("kind", "发票种类"), ("code", "发票代码"), ("number", "发票号码"),
                  ("buyer_title", "购买方名称"), ("buyer_tax_number", "纳税人识别号"), ("amount", "金额"),
                  ("settlement", "结算单号"), ("status", "状态"), ("recorded_by", "登记人"), ("red_by", "红冲人"),
                  ("red_at", "红冲时间"), ("red_reason", "红冲原因"))


def export_invoices(user, path, *, date_from, date_to, kind=None, status=None) -> int:
    """The list as Excel (a path ending .xlsx) or CSV (UTF-8 with BOM, so Excel opens the Chinese
    right), every page of it, with the totals last. Returns the number of invoices written."""
    require(user, "invoices.view")
    filters = {"date_from": date_from, "date_to": date_to, "kind": kind, "status": status}
    rows = every_row(lambda after: invoices(user, **filters, after=after, limit=500)[:2])
    table = [[_cell(row, key) for key, _ in EXPORT_COLUMNS] for row in rows]
    summary = totals(**filters)
    footer = [["合计（正常）", summary["count"], "张", "", "", "", summary["amount"]],
              ["已红冲", summary["red_count"], "张", "", "", "", summary["red_amount"]]]
    header = [label for _, label in EXPORT_COLUMNS]
    if str(path).lower().endswith(".xlsx"):
        _write_xlsx(path, header, table, footer)
    else:
        handle = io.StringIO()
        out = csv.writer(handle)
        out.writerow(header)
        out.writerows([[f"{v:.2f}" if isinstance(v, Decimal) else v for v in row] for row in table + footer])
        atomic_write_text(path, "\ufeff" + handle.getvalue())
    return len(table)


def _cell(row: dict, key: str):
    value = row[key]
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _write_xlsx(path, header, table, footer) -> None:
    # lazy: openpyxl adds about 200 ms to the program's start (as storage.cashier.day_end)
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "发票"
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in table + footer:
        sheet.append(row)
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, Decimal):
                cell.number_format = "#,##0.00"
    for column in "BDEF":
        sheet.column_dimensions[column].width = 22
    with atomic_writer(path) as handle:
        book.save(handle)
