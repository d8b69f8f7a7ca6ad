"""代步车: the store's loaner fleet, handed out against a work order and taken back.

The fleet (LoanerCar) is the manager's: plate, model, colour, its mileage and fuel as last read,
active or not. A car goes out (借出) for one open work order to that order's customer with its mileage
and fuel (eighths of a tank) read, the damage already on it noted, a deposit (押金) taken by one of
the cashier's money tenders, and a promised return; it comes back (归还) with mileage (never below
what it went out with), fuel and any new damage, the deposit refunded or part of it kept with a
reason. One open loan per car and per order; a car out, or retired, cannot be handed out again.
Every hand-out and return is one transaction with an audit row (the deposit is money).

Overdue: an open loan past its promised return (`overdue_loans`), shown in red on reception's 代步车
tab and flagged on the workshop board's card of the order.

三包. 《家用汽车产品修理更换退货责任规定》(国家市场监督管理总局令第43号) 第二十一条: "家用汽车产品在包修期内
因质量问题单次修理时间超过5日（包括等待修理零部件时间）的，修理者应当自第6日起为消费者提供备用车，或者向消费者
支付合理的交通费用补偿。经营者与消费者另有约定的，按照约定的方式予以补偿。" When the car of the order is in its
包修期 (storage.care.sanbao.vehicle_status), the loan writes the order's spare-car record
(WorkOrder.mobility, which sanbao's warning and the printed repair record of 第十七条 read): the plate and
from when at the hand-out, the days on loan at the return (counted as 第四十条 counts repair time: every
started 24 hours is a day). A transport allowance or another agreement is still recorded by hand
(sanbao.record_mobility) and a loan does not overwrite it."""
import datetime as dt
from decimal import Decimal

from storage.care import sanbao
from storage.models import Customer, Loan, LoanerCar, User, Vehicle, WorkOrder, now
from storage.plumbing import changes
from storage.plumbing.audit import record
from storage.plumbing.db import transaction
from storage.plumbing.locking import locked, save_versioned, stale_message
from storage.rules.auth import require
from storage.rules.errors import NotFound, StaleRecord, ValidationError
from storage.rules.money import fmt, money
from storage.rules.numbering import next_number
from storage.rules.settings import payment_methods
from storage.rules.validation import clean_text, normalize_plate
from storage.rules.vocabulary import LoanStatus, OrderStatus, PaymentMethod

OUT, RETURNED = LoanStatus.OUT, LoanStatus.RETURNED
# The deposit is money in the hand: the tenders the cashier takes money by (not a balance or an account).
DEPOSIT_METHODS = (PaymentMethod.CASH, PaymentMethod.WECHAT, PaymentMethod.ALIPAY, PaymentMethod.CARD,
                   PaymentMethod.TRANSFER)
FULL_TANK = 8  # fuel in eighths
CLOSED_ORDERS = (OrderStatus.DELIVERED, OrderStatus.CANCELLED)
# The fleet's status words on screen and paper.
FREE, ON_LOAN, OVERDUE, RETIRED = "空闲", "借出", "逾期", "停用"
MOBILITY_KIND = sanbao.MOBILITY[0]  # 备用车
MAX_MILEAGE = 2_000_000


# -- the fleet (the manager's) ---------------------------------------------------------------------
def save_car(user, *, plate: str, model: str, colour: str = "", mileage=0, fuel=FULL_TANK, active: bool = True,
             car_id: int | None = None, expected_version: int | None = None) -> LoanerCar:
    """Add a car to the fleet, or change one (`car_id` and the `expected_version` read). A car out on
    loan keeps its mileage and fuel (the return sets them) and cannot be retired."""
    require(user, "loaners.fleet")
    values = {"plate": normalize_plate(plate), "model": clean_text(model, "车型", max_length=40, field="model"),
              "colour": clean_text(colour, "颜色", max_length=16, required=False, field="colour"),
              "mileage": _km(mileage, "里程", field="mileage"), "fuel": _fuel(fuel, "油量", field="fuel"),
              "active": bool(active)}
    with transaction():
        clash = LoanerCar.get_or_none((LoanerCar.plate == values["plate"]) & (LoanerCar.id != (car_id or 0)))
        if clash:
            raise ValidationError(f"车队里已有 {values['plate']}。", field="plate")
        if car_id is None:
            car = LoanerCar.create(**values, updated_by=user.display_name)
            record(user, "loaner.create", car, after=values)
        else:
            car = locked(LoanerCar, car_id, "代步车")
            if car.version != expected_version:
                raise StaleRecord(stale_message(car))
            loan = _open_loan_of_car(car.id)
            if loan is not None:
                if not values["active"]:
                    raise ValidationError(f"{car.plate} 正借给客户（{loan.number}），归还后才能停用。", field="active")
                if (values["mileage"], values["fuel"]) != (car.mileage, car.fuel):
                    raise ValidationError(f"{car.plate} 正借给客户（{loan.number}）：里程和油量在归还时登记。",
                                          field="mileage")
            car = save_versioned(user, car, expected_version, values, action="loaner.edit")
        changes.notify("loaners")
    return car


def retire_car(user, car_id: int, expected_version: int) -> LoanerCar:
    """停用: the car leaves the fleet's list of cars to hand out (kept for the loans it had)."""
    car = _car(car_id)
    return save_car(user, plate=car.plate, model=car.model, colour=car.colour, mileage=car.mileage, fuel=car.fuel,
                    active=False, car_id=car.id, expected_version=expected_version)


def fleet(*, include_retired: bool = False, moment: dt.datetime | None = None) -> list[dict]:
    """Every car with its status (空闲 / 借出 / 逾期 / 停用) and, when out, the loan: a fleet is a few
    cars, so one page holds it."""
    moment = moment or now()
    query = LoanerCar.select().order_by(LoanerCar.active.desc(), LoanerCar.plate)
    if not include_retired:
        query = query.where(LoanerCar.active == True)  # noqa: E712 (SQL)
    cars = list(query)
    loans = {row["car"]: row for row in _loan_rows(Loan.status == OUT, moment)}
    result = []
    for car in cars:
        loan = loans.get(car.id)
        status = (OVERDUE if loan and loan["overdue"] else ON_LOAN if loan else FREE if car.active else RETIRED)
        result.append({"id": car.id, "version": car.version, "plate": car.plate, "model": car.model,
                       "colour": car.colour, "active": car.active, "mileage": car.mileage, "fuel": car.fuel,
                       "status": status, "loan": loan})
    return result


# -- hand-out and return ---------------------------------------------------------------------------
def hand_out(user, order_id: int, car_id: int, *, due_at: dt.datetime, mileage_out=None, fuel_out=None,
             damage: str = "", deposit="0", deposit_method: str = PaymentMethod.CASH) -> Loan:
    """借出: the car goes to the order's customer. Mileage and fuel default to the car's as last read;
    the mileage cannot be below it. The deposit (0 for none) is taken by `deposit_method`."""
    require(user, "loaners.lend")
    damage = clean_text(damage, "车况（已有损伤）", max_length=500, required=False, field="damage")
    deposit = money(deposit, field="押金")
    if deposit < 0:
        raise ValidationError("押金不能为负数。", field="deposit")
    if deposit > 0:
        _deposit_method(deposit_method)
    if not isinstance(due_at, dt.datetime):
        raise ValidationError("请填写约定归还时间。", field="due_at")
    moment = now()
    if due_at <= moment:
        raise ValidationError("约定归还时间应晚于现在。", field="due_at")
    with transaction():
        order = locked(WorkOrder, order_id, "工单")
        if order.status in CLOSED_ORDERS:
            raise ValidationError(f"工单 {order.number} {order.status}，不能再借出代步车。", field="order")
        car = locked(LoanerCar, car_id, "代步车")
        if not car.active:
            raise ValidationError(f"代步车 {car.plate} 已停用。", field="car")
        busy = _open_loan_of_car(car.id)
        if busy is not None:
            raise ValidationError(f"代步车 {car.plate} 已借出（{busy.number}），归还后才能再借。", field="car")
        held = Loan.get_or_none((Loan.order == order.id) & (Loan.status == OUT))
        if held is not None:
            raise ValidationError(f"工单 {order.number} 已借出代步车 {held.car.plate}（{held.number}），一张工单只能借一辆。",
                                  field="order")
        mileage = car.mileage if mileage_out in (None, "") else _km(mileage_out, "出车里程", field="mileage_out")
        if mileage < car.mileage:
            raise ValidationError(f"出车里程 {mileage:,} 公里小于该车上次登记的 {car.mileage:,} 公里。", field="mileage_out")
        fuel = car.fuel if fuel_out in (None, "") else _fuel(fuel_out, "出车油量", field="fuel_out")
        loan = Loan.create(
            number=next_number("loan", moment.date()), car=car.id, order=order.id, customer=order.customer_id,
            status=OUT, out_at=moment, out_by=user.id, due_at=due_at, mileage_out=mileage, fuel_out=fuel,
            damage_out=damage, deposit=deposit, deposit_method=deposit_method if deposit > 0 else PaymentMethod.CASH,
            updated_by=user.display_name)
        record(user, "loaner.hand_out", loan, after={
            "car": car.plate, "order": order.number, "mileage_out": mileage, "fuel_out": fuel, "damage": damage,
            "deposit": deposit, "deposit_method": loan.deposit_method if deposit > 0 else "", "due_at": due_at})
        _spare_car_record(user, order, loan, car, moment)
        changes.notify("loaners")
    return loan


def return_loan(user, loan_id: int, expected_version: int, *, mileage_in, fuel_in, damage: str = "",
                keep="0", kept_reason: str = "") -> Loan:
    """归还: mileage (not below the mileage out), fuel and new damage read; the deposit refunded, less
    what is kept (`keep`, with its reason: fuel, damage, a late return)."""
    require(user, "loaners.lend")
    mileage = _km(mileage_in, "还车里程", field="mileage_in")
    fuel = _fuel(fuel_in, "还车油量", field="fuel_in")
    damage = clean_text(damage, "新增损伤", max_length=500, required=False, field="damage_in")
    keep = money(keep, field="扣留押金")
    if keep < 0:
        raise ValidationError("扣留押金不能为负数。", field="keep")
    kept_reason = clean_text(kept_reason, "扣留押金的原因", max_length=200, required=keep > 0, field="kept_reason")
    with transaction():
        loan = locked(Loan, loan_id, "代步车借用单")
        if loan.version != expected_version:
            raise StaleRecord(stale_message(loan))
        if loan.status != OUT:
            raise ValidationError(f"{loan.number} 已于 {loan.in_at:%Y-%m-%d %H:%M} 归还。", field="loan")
        if mileage < loan.mileage_out:
            raise ValidationError(f"还车里程 {mileage:,} 公里小于出车里程 {loan.mileage_out:,} 公里。", field="mileage_in")
        if keep > loan.deposit:
            raise ValidationError(f"扣留 {fmt(keep)} 超过了所收押金 {fmt(loan.deposit)}。", field="keep")
        moment = now()
        loan = save_versioned(user, loan, expected_version, {
            "status": RETURNED, "in_at": moment, "in_by": user.id, "mileage_in": mileage, "fuel_in": fuel,
            "damage_in": damage, "deposit_refunded": loan.deposit - keep, "deposit_kept": keep,
            "kept_reason": kept_reason}, action="loaner.return")
        car = locked(LoanerCar, loan.car_id, "代步车")
        save_versioned(user, car, car.version, {"mileage": mileage, "fuel": fuel}, audit=False)
        order = locked(WorkOrder, loan.order_id, "工单")
        _spare_car_record(user, order, loan, car, moment)
        changes.notify("loaners")
    return loan


def _spare_car_record(user, order: WorkOrder, loan: Loan, car: LoanerCar, moment: dt.datetime) -> None:
    """第二十一条's record on the order, when its car is in the 包修期 and nothing else was recorded by hand."""
    if order.mobility and not order.mobility.startswith(f"{MOBILITY_KIND}："):
        return  # a transport allowance or an agreement, recorded by hand: the loan does not overwrite it
    if sanbao.vehicle_status(user, order.vehicle_id, moment=moment) is None:
        return  # not a family car, no purchase date on file, or past its 包修期
    text = spare_car_text(loan, car.plate)
    if text != order.mobility:
        save_versioned(user, order, order.version, {"mobility": text}, action="order.sanbao_mobility")
        changes.notify("orders")


def spare_car_text(loan: Loan, plate: str) -> str:
    """备用车：京A…（代步车 DJ…，2026-12-01 起） while out; …（2026-12-01 至 2026-12-07，共 6 日） back."""
    if loan.in_at is None:
        return f"{MOBILITY_KIND}：{plate}（{loan.number}，{loan.out_at:%Y-%m-%d %H:%M} 起）"
    days = sanbao.repair_days(loan.out_at, loan.in_at)
    return f"{MOBILITY_KIND}：{plate}（{loan.number}，{loan.out_at:%Y-%m-%d} 至 {loan.in_at:%Y-%m-%d}，共 {days} 日）"


# -- what the screens and paper read ---------------------------------------------------------------
def overdue_loans(moment: dt.datetime | None = None) -> list[dict]:
    """Open loans past their promised return, the longest overdue first."""
    moment = moment or now()
    return _loan_rows((Loan.status == OUT) & (Loan.due_at < moment), moment)


def open_loans(moment: dt.datetime | None = None) -> list[dict]:
    """Every car out now, the earliest due first."""
    moment = moment or now()
    return _loan_rows(Loan.status == OUT, moment)


def overdue_order_ids(order_ids, moment: dt.datetime | None = None) -> set[int]:
    """Which of these orders have a loaner car out past its promised return (the board's flag)."""
    ids = list(order_ids)
    if not ids:
        return set()
    moment = moment or now()
    return {oid for (oid,) in Loan.select(Loan.order).where(
        (Loan.order << ids) & (Loan.status == OUT) & (Loan.due_at < moment)).tuples()}


def open_order(text: str) -> WorkOrder:
    """The open work order a car is handed out for, by its number or its car's plate."""
    text = (text or "").strip().upper()
    if not text:
        raise ValidationError("请填写工单号或送修车辆的车牌。", field="order")
    query = WorkOrder.select().where(WorkOrder.status.not_in(CLOSED_ORDERS)).order_by(WorkOrder.id.desc())
    found = query.where(WorkOrder.number == text).first()
    if found is None:
        try:
            plate = normalize_plate(text)
        except ValidationError:
            plate = None
        found = plate and query.join(Vehicle).where(Vehicle.plate == plate).first()
    if not found:
        raise ValidationError(f"找不到未交车的工单“{text}”。", field="order")
    return found


def loan_for_order(order_id: int) -> Loan | None:
    """The order's open loan, else its latest one."""
    return (Loan.select().where(Loan.order == order_id)
            .order_by((Loan.status == OUT).desc(), Loan.out_at.desc()).first())


def sheet(number: str) -> dict:
    """Everything the printed hand-out/return sheet shows (printing.loaner_sheet)."""
    loan = Loan.get_or_none(Loan.number == number)
    if loan is None:
        raise NotFound(f"找不到代步车借用单 {number}。")
    car, order = loan.car, loan.order
    customer = Customer.get_by_id(loan.customer_id)
    vehicle = Vehicle.get_by_id(order.vehicle_id)
    return {
        "number": loan.number, "status": loan.status, "car_plate": car.plate, "car_model": car.model,
        "car_colour": car.colour, "order_number": order.number, "order_plate": vehicle.plate,
        "customer": customer.name, "phone": customer.phone,
        "out_at": loan.out_at, "out_by": User.get_by_id(loan.out_by_id).display_name, "due_at": loan.due_at,
        "mileage_out": loan.mileage_out, "fuel_out": loan.fuel_out, "damage_out": loan.damage_out,
        "deposit": loan.deposit, "deposit_method": loan.deposit_method,
        "in_at": loan.in_at, "in_by": User.get_by_id(loan.in_by_id).display_name if loan.in_by_id else "",
        "mileage_in": loan.mileage_in, "fuel_in": loan.fuel_in, "damage_in": loan.damage_in,
        "driven": loan.mileage_in - loan.mileage_out if loan.mileage_in is not None else None,
        "deposit_refunded": loan.deposit_refunded, "deposit_kept": loan.deposit_kept, "kept_reason": loan.kept_reason,
        "mobility": order.mobility,
    }


def latest_number() -> str | None:
    """The newest sheet's number (print preview's sample)."""
    return Loan.select(Loan.number).order_by(Loan.id.desc()).scalar()


def fuel_text(eighths: int | None) -> str:
    """4 → "4/8"; 8 → "满"; 0 → "空"."""
    if eighths is None:
        return ""
    return "满" if eighths == FULL_TANK else "空" if eighths == 0 else f"{eighths}/8"


# -- helpers ---------------------------------------------------------------------------------------
def _loan_rows(where, moment: dt.datetime) -> list[dict]:
    query = (Loan.select(Loan.id, Loan.version, Loan.number, Loan.car, LoanerCar.plate, LoanerCar.model,
                         Loan.order, WorkOrder.number.alias("order_number"), Customer.name.alias("customer"),
                         Loan.out_at, Loan.due_at, Loan.mileage_out, Loan.fuel_out, Loan.deposit)
             .join(LoanerCar, on=(Loan.car == LoanerCar.id)).switch(Loan)
             .join(WorkOrder, on=(Loan.order == WorkOrder.id)).switch(Loan)
             .join(Customer, on=(Loan.customer == Customer.id))
             .where(where).order_by(Loan.due_at, Loan.id).dicts())
    rows = []
    for row in query:
        late = moment - row["due_at"]
        row["overdue"] = late > dt.timedelta(0)
        row["hours_overdue"] = int(late.total_seconds() // 3600) if row["overdue"] else 0
        rows.append(row)
    return rows


def _open_loan_of_car(car_id: int) -> Loan | None:
    return Loan.get_or_none((Loan.car == car_id) & (Loan.status == OUT))


def _car(car_id: int) -> LoanerCar:
    car = LoanerCar.get_or_none(LoanerCar.id == car_id)
    if car is None:
        raise NotFound("找不到该代步车。")
    return car


def _deposit_method(method: str) -> None:
    if method not in DEPOSIT_METHODS:
        raise ValidationError(f"押金的收款方式应为：{'、'.join(DEPOSIT_METHODS)}。", field="deposit_method")
    if method not in payment_methods():
        raise ValidationError(f"收款方式“{method}”已在系统管理中停用。", field="deposit_method")


def _km(value, label: str, *, field: str) -> int:
    try:
        km = int(Decimal(str(value).replace(",", "").strip()))
    except (ArithmeticError, ValueError, TypeError):
        raise ValidationError(f"{label}应为整数公里数。", field=field) from None
    if not 0 <= km <= MAX_MILEAGE:
        raise ValidationError(f"{label}应在 0 到 {MAX_MILEAGE:,} 公里之间。", field=field)
    return km


def _fuel(value, label: str, *, field: str) -> int:
    try:
        eighths = int(value)
    except (ValueError, TypeError):
        raise ValidationError(f"{label}按八分之几登记，应为 0 到 8。", field=field) from None
    if not 0 <= eighths <= FULL_TANK:
        raise ValidationError(f"{label}按八分之几登记，应为 0 到 8。", field=field)
    return eighths

