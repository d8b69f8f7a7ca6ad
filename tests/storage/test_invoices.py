"""发票: an invoice recorded per settlement (kinds and their number formats, the buyer's 统一社会信用代码,
the amount capped at what the customer paid), red-lettered with the manager's approval, reversal refused
while an invoice is in force, the buyer remembered per customer, finance's list, totals and export."""
import csv
import datetime as dt

import pytest
from openpyxl import load_workbook

from storage import cashier
from storage.cashier import ApprovalRequired, invoices
from storage.models import AuditLog, Invoice, InvoiceBuyer, now
from storage.rules import auth
from storage.rules.errors import PermissionDenied, StaleRecord, ValidationError
from storage.rules.validation import normalize_credit_code
from tests.factories import D, approval, order_ready_to_settle, pay

TAX = "91350200776049653A"  # a real company's code: its check character is right
ANOTHER_TAX = "91440101MA5CJQ4N59"


@pytest.fixture
def till(users):
    return users[auth.CASHIER]


@pytest.fixture
def settled(manager, till):
    """A settlement the customer paid 158.00 of (68 + 60 + 30)."""
    order = order_ready_to_settle(manager)
    return pay(till, order, ("现金", "158.00"))


def digital_number(serial: int = 1) -> str:
    return f"{now():%y}44{serial:016d}"


def test_the_credit_code_check_character():
    assert normalize_credit_code(" 9135 0200 7760 4965 3a ") == TAX
    assert normalize_credit_code("") == ""
    for wrong, says in (("91350200776049653B", "校验位"), ("9135020077604965", "18 位"),
                        ("9135020077604965OA", "I、O、S、V、Z")):
        with pytest.raises(ValidationError, match=says):
            normalize_credit_code(wrong)


@pytest.mark.parametrize("kind, code, number, says", [
    ("数电发票", "", "1234", "20 位"),
    ("数电发票", "1234567890", "X", "没有发票代码"),
    ("数电发票", "", "99440000000000000001", "开票年份"),
    ("增值税专用发票", "123456789012", "12345678", "10 位"),
    ("增值税专用发票", "1234567890", "1234567", "8 位"),
    ("普通发票", "12345678901", "12345678", "10 或 12 位"),
    ("普通发票", "", "12345678", "发票代码"),
    ("电子发票", "", "12345678", "发票种类"),
])
def test_a_number_not_of_its_kind_is_refused_and_nothing_is_saved(till, settled, kind, code, number, says):
    with pytest.raises(ValidationError, match=says):
        invoices.record_invoice(till, settled.id, kind=kind, code=code, number=number, buyer_title="张三")
    assert Invoice.select().count() == 0 and InvoiceBuyer.select().count() == 0


def test_record_defaults_to_what_the_customer_paid_and_remembers_the_buyer(till, settled):
    before = invoices.invoice_defaults(settled.id)
    assert before["amount"] == D("158.00") and before["title"] == "张三" and not before["remembered"]
    invoice = invoices.record_invoice(till, settled.id, kind="增值税专用发票", code="3500194130", number=" 0012 3456 ",
                                      buyer_title="厦门某某汽车租赁有限公司", buyer_tax_number=TAX.lower())
    assert (invoice.amount, invoice.number, invoice.buyer_tax_number, invoice.status) == (D("158.00"), "00123456", TAX, "正常")
    assert invoice.recorded_by_id == till.id and invoice.issued_on == now().date()
    audit = AuditLog.get((AuditLog.action == "invoice.record") & (AuditLog.entity_id == invoice.id))
    assert "3500194130-00123456" in audit.after
    after = invoices.invoice_defaults(settled.id)
    assert after["remembered"] and (after["title"], after["tax_number"]) == ("厦门某某汽车租赁有限公司", TAX)
    assert after["amount"] == D("0.00") and after["invoiced"] == D("158.00")


def test_a_special_invoice_needs_the_tax_number_and_a_person_may_have_none(till, settled):
    with pytest.raises(ValidationError, match="纳税人识别号"):
        invoices.record_invoice(till, settled.id, kind="增值税专用发票", code="3500194130", number="00123456",
                                buyer_title="某公司")
    plain = invoices.record_invoice(till, settled.id, kind="普通发票", code="035001900111", number="00000001",
                                    buyer_title="张三", amount="58")
    assert plain.buyer_tax_number == "" and plain.amount == D("58.00")


def test_the_invoices_in_force_never_exceed_what_the_customer_paid(till, manager, settled):
    first = invoices.record_invoice(till, settled.id, kind="数电发票", number=digital_number(1), buyer_title="张三",
                                    amount="100")
    with pytest.raises(ValidationError, match="超过可开金额 ¥58.00"):
        invoices.record_invoice(till, settled.id, kind="数电发票", number=digital_number(2), buyer_title="张三",
                                amount="58.01")
    with pytest.raises(ValidationError, match="大于 0"):
        invoices.record_invoice(till, settled.id, kind="数电发票", number=digital_number(2), buyer_title="张三", amount="0")
    second = invoices.record_invoice(till, settled.id, kind="数电发票", number=digital_number(2), buyer_title="张三")
    assert second.amount == D("58.00")
    with pytest.raises(ValidationError, match="已全部开票"):
        invoices.record_invoice(till, settled.id, kind="数电发票", number=digital_number(3), buyer_title="张三")
    # the same number twice is refused; a red-lettered invoice frees its amount for the one issued again
    with pytest.raises(ValidationError, match="已登记在结算单"):
        invoices.record_invoice(manager, settled.id, kind="数电发票", number=digital_number(1), buyer_title="张三")
    invoices.red_letter(manager, first.id, first.version, "抬头开错")
    again = invoices.record_invoice(till, settled.id, kind="数电发票", number=digital_number(4), buyer_title="张三有限公司")
    assert again.amount == D("100.00")


def test_no_invoice_in_the_future_or_before_the_settlement(till, settled):
    with pytest.raises(ValidationError, match="晚于今天"):
        invoices.record_invoice(till, settled.id, kind="普通发票", code="035001900111", number="00000001",
                                buyer_title="张三", issued_on=now().date() + dt.timedelta(days=1))
    with pytest.raises(ValidationError, match="早于结算日期"):
        invoices.record_invoice(till, settled.id, kind="普通发票", code="035001900111", number="00000001",
                                buyer_title="张三", issued_on=now().date() - dt.timedelta(days=3))


def test_reversal_is_refused_until_the_invoice_is_red_lettered(till, manager, settled):
    invoice = invoices.record_invoice(till, settled.id, kind="普通发票", code="035001900111", number="00000007",
                                      buyer_title="张三")
    with pytest.raises(ValidationError, match="035001900111-00000007.*请先将发票红冲"):
        cashier.reverse(manager, settled.id, settled.version, reason="金额录错")
    # red-lettering is beyond the cashier: the manager approves at the till
    with pytest.raises(ApprovalRequired, match="红冲发票 035001900111-00000007"):
        invoices.red_letter(till, invoice.id, invoice.version, "客户要专票")
    with pytest.raises(ValidationError, match="红冲原因"):
        invoices.red_letter(till, invoice.id, invoice.version, "  ", approver=approval(manager, "red_letter", till))
    with pytest.raises(StaleRecord):
        invoices.red_letter(till, invoice.id, invoice.version - 1, "客户要专票", approver=approval(manager, "red_letter", till))
    assert Invoice.get_by_id(invoice.id).status == "正常"
    red = invoices.red_letter(till, invoice.id, invoice.version, "客户要专票", approver=approval(manager, "red_letter", till))
    assert (red.status, red.red_by_id, red.red_approved_by_id, red.red_reason) == ("已红冲", till.id, manager.id, "客户要专票")
    audit = AuditLog.get((AuditLog.action == "invoice.red_letter") & (AuditLog.entity_id == invoice.id))
    assert manager.username in audit.after and audit.note == "客户要专票"
    with pytest.raises(ValidationError, match="已于"):
        invoices.red_letter(manager, red.id, red.version, "再冲一次")
    reversed_ = cashier.reverse(manager, settled.id, settled.version, reason="金额录错")
    assert reversed_.status == "已冲销"
    with pytest.raises(ValidationError, match="已冲销"):
        invoices.record_invoice(till, settled.id, kind="普通发票", code="035001900111", number="00000008",
                                buyer_title="张三")


def test_only_the_cashier_and_the_manager_record_and_read(users, settled):
    for role in (auth.ADVISOR, auth.CARE, auth.STOREKEEPER, auth.ADMIN):
        with pytest.raises(PermissionDenied):
            invoices.record_invoice(users[role], settled.id, kind="数电发票", number=digital_number(), buyer_title="张三")
        with pytest.raises(PermissionDenied):
            invoices.invoices(users[role], date_from=None, date_to=None)
    assert Invoice.select().count() == 0


def test_finance_list_pages_filters_totals_and_exports(till, manager, settled, tmp_path):
    other = pay(till, order_ready_to_settle(manager), ("现金", "158.00"))
    made = [invoices.record_invoice(till, settled.id, kind="数电发票", number=digital_number(n), buyer_title="张三",
                                    amount="50") for n in (1, 2, 3)]
    special = invoices.record_invoice(till, other.id, kind="增值税专用发票", code="3500194130", number="00000009",
                                      buyer_title="某公司", buyer_tax_number=ANOTHER_TAX)
    invoices.red_letter(manager, made[0].id, made[0].version, "作废重开")
    today = now().date()
    rows, after, totals = invoices.invoices(manager, date_from=today, date_to=today, limit=3)
    assert [r["id"] for r in rows] == [special.id, made[2].id, made[1].id] and after is not None
    more, after, _ = invoices.invoices(manager, date_from=today, date_to=today, after=after, limit=3)
    assert [r["id"] for r in more] == [made[0].id] and after is None
    assert more[0]["status"] == "已红冲" and more[0]["red_by"] == manager.display_name
    assert totals == {"count": 3, "amount": D("258.00"), "red_count": 1, "red_amount": D("50.00")}
    rows, _, totals = invoices.invoices(till, date_from=today, date_to=today, kind="增值税专用发票")
    assert [r["number"] for r in rows] == ["00000009"] and totals["amount"] == D("158.00")
    rows, _, totals = invoices.invoices(till, date_from=None, date_to=None, status="已红冲")
    assert [r["id"] for r in rows] == [made[0].id] and totals["count"] == 0
    yesterday = today - dt.timedelta(days=1)
    assert invoices.invoices(till, date_from=yesterday, date_to=yesterday)[0] == []
    with pytest.raises(ValidationError, match="开始日期"):
        invoices.invoices(till, date_from=today, date_to=yesterday)

    assert invoices.export_invoices(manager, tmp_path / "发票.csv", date_from=today, date_to=today) == 4
    lines = list(csv.reader((tmp_path / "发票.csv").read_text("utf-8-sig").splitlines()))
    assert lines[0][:4] == ["开票日期", "发票种类", "发票代码", "发票号码"]
    assert lines[1][3] == "00000009" and lines[-2][:2] == ["合计（正常）", "3"] and lines[-2][6] == "258.00"
    assert invoices.export_invoices(manager, tmp_path / "发票.xlsx", date_from=today, date_to=today) == 4
    sheet = load_workbook(tmp_path / "发票.xlsx").active
    assert sheet["D2"].value == "00000009" and sheet.max_row == 7
