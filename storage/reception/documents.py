"""What reception shows and prints about an order, as plain data: the order's detail screen, the
order lists, the work order (进厂维修单 / 任务委托书, A4 with a QR code of its number), the estimate
(维修估价单, two copies signed by the customer) and the check-in sheet (接车单 with the belongings
list 随车物品清单). Read-only; a fixed number of queries per call.

API
    order_detail(order_id) -> dict
    orders_page(*, status=None, advisor_id=None, vehicle_id=None, customer_id=None, after=None,
                limit=50) -> (rows, next_cursor)        newest first, keyset on id
    remarks(order, lines) -> list[str]                  the remarks the seeds require on paper
    work_order_sheet(order_id) -> dict                  also the estimate's data (copies=2 there)
    estimate_sheet(order_id) -> dict
    check_in_sheet(order_id) -> dict
"""
import json

from peewee import JOIN

from storage.models import (
    AddedWork, Customer, Part, StatusChange, User, Vehicle, VehicleModel, WorkOrder, WorkOrderLine,
)
from storage.plumbing.paging import keyset_page
from storage.rules import guarantee, orders, settings
from storage.rules.errors import NotFound
from storage.rules.money import ZERO
from storage.rules.vocabulary import AddedWorkAnswer, LineStatus, Payer


def _order(order_id: int) -> WorkOrder:
    order = (
        WorkOrder.select(WorkOrder, Customer, Vehicle, VehicleModel, User)
        .join(Customer, on=(WorkOrder.customer == Customer.id))
        .switch(WorkOrder)
        .join(Vehicle, on=(WorkOrder.vehicle == Vehicle.id))
        .join(VehicleModel, JOIN.LEFT_OUTER, on=(Vehicle.model == VehicleModel.id))
        .switch(WorkOrder)
        .join(User, on=(WorkOrder.advisor == User.id))
        .where(WorkOrder.id == order_id)
        .first()
    )
    if order is None:
        raise NotFound("找不到该工单。")
    return order


def _lines(order_id: int) -> list[dict]:
    rows = (
        WorkOrderLine.select(WorkOrderLine, Part.number, Part.unit)
        .join(Part, JOIN.LEFT_OUTER, on=(WorkOrderLine.part == Part.id))
        .where(WorkOrderLine.order == order_id)
        .order_by(WorkOrderLine.position, WorkOrderLine.id)
        .objects()
    )
    return [
        {
            "id": x.id, "version": x.version, "position": x.position, "kind": x.kind, "description": x.description,
            "part_id": x.part_id, "part_number": x.number or "", "unit": x.unit or ("小时" if x.kind == "工时" else ""),
            "labour_id": x.labour_id, "quantity": x.quantity, "unit_price": x.unit_price, "amount": x.amount,
            "discount": x.discount, "payer": x.payer, "status": x.status, "to_order": x.to_order,
            "supplied_by_customer": x.supplied_by_customer, "genuine": x.genuine, "added_work_id": x.added_work_id,
            "issued": x.issued,
        }
        for x in rows
    ]


def remarks(order: WorkOrder, lines: list[dict]) -> list[str]:
    """Seed 001: customer-supplied parts, and aftermarket parts fitted at the customer's insistence,
    carry no quality guarantee and the work order says so; 现象估价 and 项目定价 carry their caveats."""
    live = [x for x in lines if x["status"] not in (LineStatus.CANCELLED, LineStatus.TO_CONFIRM)]
    own, insisted = [], []
    for x in live:
        guaranteed, why = guarantee.line_guarantee(
            x["kind"], supplied_by_customer=x["supplied_by_customer"], genuine=x["genuine"],
            aftermarket_insisted=order.aftermarket_insisted)
        if not guaranteed:
            (own if why == guarantee.CUSTOMER_SUPPLIED else insisted).append(x["description"])
    notes = []
    if own:
        notes.append(f"客户自购配件（{'、'.join(own)}），本店对其质量不作担保。")
    if insisted:
        notes.append(f"应客户坚持使用副厂件（{'、'.join(insisted)}），本店对其质量不作担保。")
    if order.estimate_mode == "现象估价":
        notes.append("本单按故障现象估价，以排除所述故障为目标；实际项目以检修结果为准。")
    elif order.estimate_mode == "项目定价":
        notes.append("本单按客户指定项目定价，已向客户说明：仅做所列项目有时不能完全排除故障。")
    waiting = [x["description"] for x in live if x["to_order"]]
    if waiting:
        notes.append(f"以下配件需订货，到货后施工，交车时间可能顺延：{'、'.join(waiting)}。")
    if order.return_old_parts:
        kept = [x["description"] for x in live if x["kind"] == "材料" and x["payer"] == Payer.WARRANTY]
        notes.append("旧件交还客户" + (f"；厂家索赔的旧件（{'、'.join(kept)}）按厂家要求由本店留存。" if kept else "。"))
    else:
        notes.append("客户选择旧件不交还，由本店处理。")
    return notes


def order_detail(order_id: int) -> dict:
    """Everything the order screen shows: the order with customer, car and advisor, its lines, sums
    by kind and payer, added work with the answers, status history and the printed remarks."""
    order = _order(order_id)
    lines = _lines(order.id)
    work = list(
        AddedWork.select(AddedWork, User.display_name.alias("raised_by_name"))
        .join(User, on=(AddedWork.raised_by == User.id))
        .where(AddedWork.order == order.id)
        .order_by(AddedWork.raised_at, AddedWork.id)
        .objects()
    )
    added = []
    for w in work:
        own = [x for x in lines if x["added_work_id"] == w.id]
        added.append({
            "id": w.id, "version": w.version, "description": w.description, "raised_by": w.raised_by_name,
            "raised_at": w.raised_at, "delay_minutes": w.delay_minutes, "answer": w.answer,
            "answered_by": w.answered_by, "via": w.answer_via, "answered_at": w.answer_at,
            "told_workshop_to": w.told_workshop_to, "lines": own, "amount": sum((x["amount"] for x in own), ZERO),
        })
    history = list(
        StatusChange.select(StatusChange, User.display_name.alias("by"))
        .join(User, on=(StatusChange.user == User.id))
        .where(StatusChange.order == order.id)
        .order_by(StatusChange.at, StatusChange.id)
        .dicts()
    )
    comeback_of = None
    if order.comeback_of_id:
        comeback_of = WorkOrder.select(WorkOrder.number).where(WorkOrder.id == order.comeback_of_id).scalar()
    vehicle = order.vehicle
    return {
        "order": order,
        "customer": order.customer,
        "vehicle": vehicle,
        "model": str(vehicle.model) if vehicle.model_id else vehicle.model_text,
        "advisor": order.advisor.display_name,
        "lines": lines,
        "active_lines": [x for x in lines if x["status"] not in (LineStatus.CANCELLED, LineStatus.TO_CONFIRM)],
        "totals": orders.totals(order.id),
        "signed_estimate": order.signed_estimate,
        "estimate_change": order.estimate_total - order.signed_estimate if order.signed_at else ZERO,
        "added_delay_minutes": sum(w["delay_minutes"] for w in added if w["answer"] == AddedWorkAnswer.AGREED),
        "added_work": added,
        "history": history,
        "comeback_of": comeback_of,
        "remarks": remarks(order, lines),
        "belongings": json.loads(order.belongings or "[]"),
        "damage": json.loads(order.damage or "[]"),
    }


def orders_page(*, status=None, advisor_id=None, vehicle_id=None, customer_id=None, after=None, limit: int = 50):
    """Orders newest first with plate and customer, for lists and a car's history. One query a page."""
    query = (
        WorkOrder.select(
            WorkOrder.id, WorkOrder.version, WorkOrder.number, WorkOrder.status, WorkOrder.job_type,
            WorkOrder.opened_at, WorkOrder.promised_at, WorkOrder.mileage, WorkOrder.estimate_total,
            WorkOrder.comeback_of, Vehicle.plate, Customer.name.alias("customer"),
        )
        .join(Vehicle, on=(WorkOrder.vehicle == Vehicle.id))
        .switch(WorkOrder)
        .join(Customer, on=(WorkOrder.customer == Customer.id))
        .dicts()
    )
    if status is not None:
        query = query.where(WorkOrder.status.in_([status] if isinstance(status, str) else list(status)))
    if advisor_id is not None:
        query = query.where(WorkOrder.advisor == advisor_id)
    if vehicle_id is not None:
        query = query.where(WorkOrder.vehicle == vehicle_id)
    if customer_id is not None:
        query = query.where(WorkOrder.customer == customer_id)
    rows, after = keyset_page(query, [WorkOrder.id], after, limit, descending=True)
    for row in rows:
        row["comeback"] = row.pop("comeback_of") is not None
    return rows, after


def work_order_sheet(order_id: int) -> dict:
    """进厂维修单 / 任务委托书: the order as printed on A4, with the text its QR code carries."""
    detail = order_detail(order_id)
    order = detail["order"]
    return {
        **detail,
        "store": settings.store_header(),
        "title": "进厂维修单（任务委托书）",
        "qr_text": order.number,
        "pending_lines": [x for x in detail["lines"] if x["status"] == LineStatus.TO_CONFIRM],
        "signature_required": True,
    }


def estimate_sheet(order_id: int) -> dict:
    """维修估价单: two copies signed by the customer (seed 003)."""
    return {**work_order_sheet(order_id), "title": "维修估价单", "copies": 2}


def check_in_sheet(order_id: int) -> dict:
    """接车单: mileage, fuel, damage marked on the outline, belongings (随车物品清单), key number,
    the customer's words and the first findings; printed for the customer's signature."""
    order = _order(order_id)
    vehicle = order.vehicle
    return {
        "store": settings.store_header(),
        "title": "接车单",
        "order": order,
        "number": order.number,
        "customer": order.customer,
        "vehicle": vehicle,
        "model": str(vehicle.model) if vehicle.model_id else vehicle.model_text,
        "advisor": order.advisor.display_name,
        "opened_at": order.opened_at,
        "mileage": order.mileage,
        "fuel_level": order.fuel_level,
        "key_number": order.key_number,
        "belongings": json.loads(order.belongings or "[]"),
        "damage": json.loads(order.damage or "[]"),
        "customer_words": order.customer_words,
        "findings": order.findings,
        "reminder": "请客户带走车内贵重物品；随车物品已当面清点。",
        "qr_text": order.number,
    }
