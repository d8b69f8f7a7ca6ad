"""What the cashier's window lists: orders waiting to be settled and the settlements made, each a
keyset-paged query returning (rows, next_cursor); rows are dicts ready to show."""
import datetime as dt

from storage.models import Customer, Settlement, User, Vehicle, WorkOrder
from storage.plumbing.paging import check_limit, keyset_page
from storage.reception.search import matching_ids
from storage.rules.errors import NotFound
from storage.rules.numbering import PREFIXES, prefix_of
from storage.rules.validation import searchable
from storage.rules.vocabulary import OrderStatus

Advisor = User.alias("advisor")
CANDIDATES = 200  # cars and customers a search looks at: the reception look-up's best matches


def ready_to_settle(*, text: str | None = None, after=None, limit: int = 50):
    """Orders that passed QC (完工) and wait at the till, longest-waiting first."""
    limit = check_limit(limit)
    query = (
        WorkOrder.select(
            WorkOrder.id, WorkOrder.version, WorkOrder.number, WorkOrder.job_type, WorkOrder.qc_passed_at,
            WorkOrder.promised_at, WorkOrder.estimate_total, WorkOrder.insurer,
            Vehicle.plate.alias("plate"), Customer.name.alias("customer"), Customer.phone.alias("phone"),
            Advisor.display_name.alias("advisor"),
        )
        .join(Vehicle, on=(WorkOrder.vehicle == Vehicle.id))
        .switch(WorkOrder)
        .join(Customer, on=(WorkOrder.customer == Customer.id))
        .switch(WorkOrder)
        .join(Advisor, on=(WorkOrder.advisor == Advisor.id))
        .where(WorkOrder.status == OrderStatus.DONE)
        .dicts()
    )
    if text:
        query = query.where(_matching(text, WorkOrder.id))
    return keyset_page(query, [WorkOrder.qc_passed_at, WorkOrder.id], after or None, limit)


def settlements(*, day: dt.date | None = None, since: dt.date | None = None, until: dt.date | None = None,
                cashier_id: int | None = None, status: str | None = None, text: str | None = None,
                after=None, limit: int = 50):
    """Settlements, newest first, filtered by business day (or a range), cashier, status
    (有效 / 已冲销) and settlement number, order number or plate."""
    limit = check_limit(limit)
    s = Settlement
    query = (
        s.select(
            s.id, s.version, s.number, s.status, s.at, s.business_day, s.total, s.discount_total, s.customer_due,
            s.insurer_due, s.warranty_due, s.internal_due, s.repair_kind,
            WorkOrder.id.alias("order_id"), WorkOrder.number.alias("order_number"),
            Vehicle.plate.alias("plate"), Customer.name.alias("customer"), User.display_name.alias("cashier"),
        )
        .join(WorkOrder, on=(s.order == WorkOrder.id))
        .join(Vehicle, on=(WorkOrder.vehicle == Vehicle.id))
        .switch(WorkOrder)
        .join(Customer, on=(WorkOrder.customer == Customer.id))
        .switch(s)
        .join(User, on=(s.cashier == User.id))
        .dicts()
    )
    if day:
        query = query.where(s.business_day == day)
    if since:
        query = query.where(s.business_day >= since)
    if until:
        query = query.where(s.business_day <= until)
    if cashier_id:
        query = query.where(s.cashier == cashier_id)
    if status:
        query = query.where(s.status == status)
    if text:
        query = query.where(_matching(text, s.order, settlement=s.number))
    return keyset_page(query, [s.id], after or None, limit, descending=True)


def get_settlement(settlement_id: int | None = None, *, number: str | None = None) -> Settlement:
    query = Settlement.select()
    found = query.where(Settlement.number == number).first() if number else query.where(Settlement.id == settlement_id).first()
    if found is None:
        raise NotFound(f"找不到结算单 {number or settlement_id}。")
    return found


def live_settlement(order_id: int) -> Settlement | None:
    """The order's settlement in force, if it has one."""
    return Settlement.get_or_none(Settlement.live_order == order_id)


def latest_number() -> str | None:
    """The newest settlement's number (for `main.py print settlement` without a number)."""
    return Settlement.select(Settlement.number).order_by(Settlement.id.desc()).scalar()


def _matching(text: str, order_field, *, settlement=None):
    """One indexed condition for what the cashier typed: a settlement number (JS...), an order number
    (WO...), or what the reception look-up finds (storage.reception.search.matching_ids: any part of a plate
    such as "M2K5", a phone's last digits, a name), as the orders of those cars and customers.
    Deciding here, rather than OR-ing LIKEs over the joined tables, keeps the search on indexes
    however many years of settlements there are."""
    text = searchable(text).upper()
    # The default prefixes and the store's own (系统管理 → 单据与收款): older numbers keep the old one.
    if settlement is not None and text.startswith((PREFIXES["settlement"], prefix_of("settlement"))):
        return settlement == text
    if text.startswith((PREFIXES["work_order"], prefix_of("work_order"))):
        return order_field << WorkOrder.select(WorkOrder.id).where(WorkOrder.number == text)
    cars, customers = matching_ids(text, CANDIDATES)
    if not cars and not customers:
        return order_field << WorkOrder.select(WorkOrder.id).where(WorkOrder.number == text)
    return order_field << WorkOrder.select(WorkOrder.id).where(
        WorkOrder.vehicle.in_(list(cars)) | WorkOrder.customer.in_(list(customers)))
