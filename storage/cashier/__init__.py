"""结算收银 (cashier station): settlement of orders that passed QC, payment, receivables, reversal,
day-end, and the data of the settlement, receipt, release notice and guarantee card.

Every action takes the acting user first, checks a permission, runs in one transaction, writes
audit rows, and refuses bad input with a DomainError carrying a Chinese message. Money is Decimal.
All money rows are dated by the business day; once that day is closed (日结) nothing dated it changes.

API (import as `from storage import cashier`):

Settle (settle.py, bill.py)
  preview(order_id, *, user=None, line_discounts=None, bill_discount=None, payers=None, repair_kind=None) -> Draft
      Draft: .sections() (工时费/材料费/其他费用 with lines, each line's payer, discounts, net),
      totals, .customer_due/.insurer_due/.warranty_due/.internal_due, .approval_reasons,
      .deposit_available/.deposit_usable/.to_collect, .member_balance, .repair_kind, .guarantee (Terms).
  settle(user, order_id, expected_version, *, payments, line_discounts=None, bill_discount=None, payers=None,
         approver=None, repair_kind=None, insurer=None, insurer_claim=None, warranty_claim=None) -> Settlement
      payments: [Tender(method, amount, tendered=None, reference="")] (or dicts / (method, amount[, tendered]))
      adding up exactly to the customer's due; line_discounts / payers: {order_line_id: value}.
  approver=: a 服务经理's one-use approval, storage.rules.auth.approve(username, password, "discount", for_user=user)
  Tender, ApprovalRequired (window asks for the supervisor), AlreadySettled, DayClosed,
  PartsNotIssued (a store-supplied part line not issued from stock in full: preview and settle refuse)
Deposits (taken and refunded at reception: storage.reception.appointments.record_deposit / cancel)
  deposit_balance(appointment_id) -> Decimal   what the appointment still holds for 定金抵扣
Corrections (reversal.py)
  reverse(user, settlement_id, expected_version, *, reason, approver=None) -> Settlement
      approver=: storage.rules.auth.approve(username, password, "reversal", for_user=user) unless a 服务经理 reverses.
      refunds every payment the way it came, cancels receivables, order back to 完工.
Receivables (receivables.py)
  open_items(*, debtor_kind=None, debtor=None, claim_number=None, as_of=None, after=None, limit=50) -> (rows, next_cursor)
  aging(as_of=None) -> [{debtor_kind, debtor, count, outstanding, buckets}]
  collect(user, receivable_id, expected_version, amount, *, reference="") -> Collection
  receivable_reference(claim_numbers) -> str   the warranty claims' numbers as the receivable carries them
  match_remittance(user, *, debtor_kind, debtor, total, reference, allocations=[(id, version, amount)]) -> [Collection]
  set_claim_number(user, receivable_id, expected_version, claim_number) -> Receivable
Day-end (day_end.py)
  day_figures(day) -> dict;  day_report(day=None) -> dict (figures + closed/closed_at/closed_by)
  close_day(user, day=None) -> DayClose;  export_xlsx(figures, path)
Lists and lookups (reads.py)
  ready_to_settle(*, text=None, after=None, limit=50) -> (rows, next_cursor)
  settlements(*, day=None, since=None, until=None, cashier_id=None, status=None, text=None, after=None, limit=50)
      -> (rows, next_cursor)
  get_settlement(settlement_id=None, *, number=None) -> Settlement;  live_settlement(order_id) -> Settlement | None
  latest_number() -> str | None
Member cards and prepaid packages (cards.py, `from storage.cashier import cards`)
  cards.define_kind / set_kind_active / kinds_page, set_bonus_rules / parse_bonus_rules / describe_bonus_rules
  (manager, 系统管理 → 会员卡种); cards.sell / top_up / refund (approval "card_refund")
  cards.statement(card_id), export_statement_csv, sale_receipt(sale_id), liabilities() (`check`: storage.store.backup_restore)
  settle(..., package_uses={order_line_id: card_id}): a package service pays its line (method 套餐卡)
Invoices (invoices.py, `from storage.cashier import invoices`)
  invoices.invoice_defaults(settlement_id) -> dict   the remembered buyer, what is left to invoice
  invoices.record_invoice(user, settlement_id, *, kind, number, code="", buyer_title, buyer_tax_number="",
                          amount=None, issued_on=None) -> Invoice
  invoices.red_letter(user, invoice_id, version, reason, *, approver=None)  approval "red_letter" (红冲)
  invoices.invoices(user, *, date_from, date_to, kind=None, status=None, after=None, limit=50)
      -> (rows, next_cursor, totals);  invoices.export_invoices(user, path, ...) (.xlsx or CSV)
  reverse() refuses while the settlement has an invoice not red-lettered.
Documents (documents.py)
  settlement_document(settlement_id=None, *, number=None) -> dict   (A4/A5 settlement and the 80 mm receipt)
  release_notice(settlement_id=None, *, number=None) -> dict        (出厂通知单)
  guarantee_card(settlement_id=None, *, number=None) -> dict        (质量保证卡; periods in storage.rules.guarantee)
"""
from storage.cashier import cards, invoices
from storage.cashier.bill import Draft, DraftLine, allocate, compute
from storage.cashier.common import AlreadySettled, ApprovalRequired, DayClosed, Tender
from storage.cashier.day_end import close_day, day_figures, day_report, export_xlsx
from storage.cashier.deposits import deposit_balance
from storage.cashier.documents import guarantee_card, release_notice, settlement_document
from storage.cashier.reads import get_settlement, latest_number, live_settlement, ready_to_settle, settlements
from storage.cashier.receivables import aging, collect, match_remittance, open_items, set_claim_number
from storage.cashier.reversal import reverse
from storage.cashier.settle import PartsNotIssued, preview, settle

__all__ = [
    "cards", "invoices",
    "Draft", "DraftLine", "allocate", "compute", "AlreadySettled", "ApprovalRequired", "DayClosed", "Tender",
    "close_day", "day_figures", "day_report", "export_xlsx", "deposit_balance",
    "guarantee_card", "release_notice", "settlement_document", "get_settlement", "latest_number",
    "live_settlement", "ready_to_settle", "settlements", "aging", "collect", "match_remittance", "open_items",
    "set_claim_number", "reverse", "PartsNotIssued", "preview", "settle",
]
