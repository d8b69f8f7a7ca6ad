"""The data of the cashier's printed documents: the settlement (维修结算单, also the 80 mm receipt),
the vehicle release notice (出厂通知单) and the quality-guarantee card (质量保证卡). Plain dicts of
model instances and Decimals, read in a fixed number of queries; the printing package lays them out."""
import json

import peewee

from storage.care import sanbao
from storage.cashier.bill import KIND_ORDER, SECTION_TITLES, Section
from storage.cashier.common import CASH
from storage.models import (
    Customer, Payment, QualityCheck, Receivable, Reminder, Settlement, SettlementLine, User, Vehicle, VehicleModel,
    WorkOrder,
)
from storage.rules import guarantee
from storage.rules.errors import NotFound, ValidationError
from storage.rules.money import ZERO
from storage.rules.vocabulary import Payer, SettlementStatus


def settlement_document(settlement_id: int | None = None, *, number: str | None = None) -> dict:
    """维修结算单 and receipt: header, lines by section with discounts and payers, totals, who pays
    what, payments with cash change, receivables with claim numbers, discount approval, reversal."""
    s = _load(settlement_id, number)
    order = s.order
    rows = list(Payment.select().where(Payment.settlement == s.id).order_by(Payment.id))
    names = _names(s.cashier_id, s.discount_approved_by_id, s.reversed_by_id, s.reversal_approved_by_id, order.advisor_id,
                   *(p.cashier_id for p in rows))
    lines = list(SettlementLine.select().where(SettlementLine.settlement == s.id).order_by(SettlementLine.position))
    sections = []
    for kind in dict.fromkeys([*KIND_ORDER, *(ln.kind for ln in lines)]):
        these = [ln for ln in lines if ln.kind == kind]
        if these:
            amount = sum((ln.amount for ln in these), ZERO)
            discount = sum((ln.discount for ln in these), ZERO)
            sections.append(Section(kind, SECTION_TITLES.get(kind, kind), these, amount, discount, amount - discount))
    payments = [
        {
            "method": p.method, "amount": p.amount, "tendered": p.tendered,
            "change": (p.tendered - p.amount) if p.method == CASH and p.amount > 0 and p.tendered > p.amount else ZERO,
            "reference": p.reference, "at": p.at, "cashier": names.get(p.cashier_id, ""),
        }
        for p in rows
    ]
    receivables = list(Receivable.select().where(Receivable.settlement == s.id).order_by(Receivable.id))
    return {
        "settlement": s,
        "number": s.number,
        "status": s.status,
        "at": s.at,
        "order": order,
        "vehicle": order.vehicle,
        "customer": order.customer,
        "model_name": _model_name(order.vehicle),
        "advisor": names.get(order.advisor_id, ""),
        "cashier": names.get(s.cashier_id, ""),
        "discount_approved_by": names.get(s.discount_approved_by_id, ""),
        "sections": sections,
        "totals": {
            "labour": s.labour_total, "parts": s.parts_total, "fees": s.fees_total,
            "amount": s.labour_total + s.parts_total + s.fees_total,
            "discount": s.discount_total, "bill_discount": s.bill_discount,
            "line_discount": s.discount_total - s.bill_discount, "total": s.total,
        },
        "dues": {Payer.CUSTOMER: s.customer_due, Payer.INSURER: s.insurer_due, Payer.WARRANTY: s.warranty_due,
                 Payer.INTERNAL: s.internal_due},
        "payments": payments,
        "paid": sum((p["amount"] for p in payments), ZERO),
        "change": sum((p["change"] for p in payments), ZERO),
        "receivables": receivables,
        "sanbao_record": sanbao.repair_record(order),
        "certificate_number": _certificate(order),
        "next_service": _next_service(order),
        "reversal": {
            "at": s.reversed_at, "reason": s.reversal_reason, "by": names.get(s.reversed_by_id, ""),
            "approved_by": names.get(s.reversal_approved_by_id, ""),
        } if s.status == SettlementStatus.REVERSED else None,
    }


def release_notice(settlement_id: int | None = None, *, number: str | None = None) -> dict:
    """出厂通知单: lets the car through the gate once it is settled; lists keys and belongings to hand back."""
    s = _load(settlement_id, number)
    _ensure_live(s, "出厂通知单")
    order = s.order
    names = _names(s.cashier_id, order.advisor_id)
    check = _passed_check(order)
    return {
        "number": s.number,
        "settlement": s,
        "order": order,
        "vehicle": order.vehicle,
        "customer": order.customer,
        "model_name": _model_name(order.vehicle),
        "advisor": names.get(order.advisor_id, ""),
        "cashier": names.get(s.cashier_id, ""),
        "settled_at": s.at,
        "qc_passed_at": order.qc_passed_at,
        "certificate_number": check.certificate_number if check else "",
        "key_number": order.key_number,
        "belongings": _belongings(order.belongings),
        "customer_due": s.customer_due,
        "on_account": s.insurer_due + s.warranty_due,
    }


def _passed_check(order):
    return (
        QualityCheck.select(QualityCheck.at, QualityCheck.certificate_number)
        .where((QualityCheck.order == order.id) & QualityCheck.passed)
        .order_by(QualityCheck.at.desc(), QualityCheck.id.desc())
        .first()
    )


def _certificate(order) -> str:
    """The number of the 出厂合格证 of the order's passed inspection ("" before one)."""
    check = _passed_check(order)
    return check.certificate_number if check else ""


def _next_service(order) -> dict | None:
    """The car's next maintenance reminder (date and kilometres) as care planned it, or None."""
    reminder = (Reminder.select().where((Reminder.vehicle == order.vehicle_id) & (Reminder.kind == "保养"))
                .order_by(Reminder.due_on.desc()).first())
    return {"on": reminder.due_on, "km": reminder.due_km} if reminder else None


def mileage_out(order) -> int:
    return order.mileage_out if order.mileage_out is not None else order.mileage


def guarantee_card(settlement_id: int | None = None, *, number: str | None = None) -> dict:
    """质量保证卡: the kind of repair, the period (days or km, whichever first, from the delivery
    day and mileage), what it covers, and the parts the store does not guarantee, with why."""
    s = _load(settlement_id, number)
    _ensure_live(s, "质量保证卡")
    order = s.order
    delivered_on = (order.delivered_at or s.at).date()
    lines = list(SettlementLine.select().where(SettlementLine.settlement == s.id).order_by(SettlementLine.position))
    # Rows written without the kind (bulk imports, demo data) get the order's rather than no card.
    kind = s.repair_kind or guarantee.order_kind(order)
    granted = (s.guarantee_days, s.guarantee_km) if s.guarantee_days else guarantee.period(kind)
    # The kilometres count from the mileage out (出厂里程), not the check-in reading.
    terms = guarantee.terms(kind, delivered_on, mileage_out(order), granted=granted)
    return {
        "number": s.number,
        "settlement": s,
        "order": order,
        "vehicle": order.vehicle,
        "customer": order.customer,
        "model_name": _model_name(order.vehicle),
        "terms": terms,
        "statement": terms.describe(),
        "regulation": guarantee.REGULATION,
        "legal_minimum": guarantee.legal_minimum(kind),
        "covered": [ln for ln in lines if ln.guaranteed],
        "excluded": [ln for ln in lines if not ln.guaranteed],
    }


def _load(settlement_id, number) -> Settlement:
    """The settlement with its order, car, model and customer, in one query."""
    found = (
        Settlement.select(Settlement, WorkOrder, Vehicle, Customer, VehicleModel)
        .join(WorkOrder, on=(Settlement.order == WorkOrder.id))
        .join(Vehicle, on=(WorkOrder.vehicle == Vehicle.id))
        .join(VehicleModel, peewee.JOIN.LEFT_OUTER, on=(Vehicle.model == VehicleModel.id))
        .switch(WorkOrder)
        .join(Customer, on=(WorkOrder.customer == Customer.id))
        .where(Settlement.number == number if number else Settlement.id == settlement_id)
        .first()
    )
    if found is None:
        raise NotFound(f"找不到结算单 {number or settlement_id}。")
    return found


def _ensure_live(s: Settlement, what: str) -> None:
    if s.status != SettlementStatus.VALID:
        raise ValidationError(f"结算单 {s.number} 已冲销，不能开具{what}；请使用重新结算后的结算单。")


def _names(*user_ids) -> dict:
    ids = {i for i in user_ids if i}
    if not ids:
        return {}
    return dict(User.select(User.id, User.display_name).where(User.id << ids).tuples())


def _model_name(vehicle) -> str:
    model = vehicle.model if vehicle.model_id else None
    return str(model) if model else vehicle.model_text


def _belongings(text: str) -> list:
    """The check-in belongings list, [(item, count)], whatever shape reception stored."""
    if not text:
        return []
    try:
        items = json.loads(text)
    except ValueError:
        return [(text, 1)]
    result = []
    for item in items if isinstance(items, list) else []:
        if isinstance(item, (list, tuple)) and item:
            result.append((str(item[0]), item[1] if len(item) > 1 else 1))
        elif isinstance(item, dict):
            result.append((str(item.get("item") or item.get("name") or ""), item.get("count", 1)))
        else:
            result.append((str(item), 1))
    return result
