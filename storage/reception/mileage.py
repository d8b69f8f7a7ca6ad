"""Mileage sanity (里程): a typo in the odometer reading breaks every maintenance reminder after it.

API:
    assess(vehicle, km) -> MileageCheck         what the window shows beside the field, as typed
    check(vehicle, km, *, user=None, override_by=None, confirm_jump=False) -> str
        Refuses a reading below the last one (MileageBelowLast) unless `override_by` is a manager's
        one-use approval (storage.rules.auth.approve(..., "mileage")), used up here for `user` inside the
        check-in's transaction (a manager checking in confirms with their own password too); an implausible jump against the car's average
        daily distance raises MileageJump until the caller passes confirm_jump=True (the window asks
        "are you sure?" and calls again). Returns the overriding manager's name, or "".
    record(user, vehicle, km, *, source, overridden_by="")  inside the caller's transaction

The reading and the car's last_mileage are written by the check-in (storage.reception.checkin), never here
on their own.
"""
import datetime as dt
from dataclasses import dataclass

from storage.models import MileageReading, Vehicle, now
from storage.plumbing.audit import record as audit
from storage.rules.auth import use_approval
from storage.rules.errors import ValidationError

MAX_ODOMETER = 999_999
# A car with too little history is assumed to run this much a day (about 22,000 km a year, generous
# for a private car) so a first visit is not questioned for an ordinary reading.
DEFAULT_DAILY_KM = 60
# A reading is implausible above last + JUMP_FACTOR × the car's usual distance for the days passed,
# and never questioned below JUMP_FLOOR_KM more (a long trip in a week is normal).
JUMP_FACTOR = 3
JUMP_FLOOR_KM = 3000
# The average is trusted only over this many days of history.
MIN_HISTORY_DAYS = 30


class MileageBelowLast(ValidationError):
    """The reading is below the last one: only a manager may let it through (odometer replaced...)."""

    needs = "override_by"


class MileageJump(ValidationError):
    """The reading is far above what the car usually runs: the advisor confirms it or corrects it."""

    needs = "confirm_jump"

    def __init__(self, message: str, *, allowed_max: int, entered: int):
        super().__init__(message, field="mileage")
        self.allowed_max = allowed_max
        self.entered = entered


@dataclass
class MileageCheck:
    last_km: int
    last_at: dt.datetime | None
    last_source: str
    daily_km: int  # the car's average daily distance (or the default)
    allowed_max: int  # above this a reading asks for confirmation
    state: str  # 正常 / 低于上次 / 跳变过大


def _history(vehicle: Vehicle):
    """(last km, last time, last source, average daily km) in two indexed queries."""
    last = (
        MileageReading.select(MileageReading.km, MileageReading.at, MileageReading.source)
        .where(MileageReading.vehicle == vehicle.id)
        .order_by(MileageReading.at.desc(), MileageReading.id.desc())
        .first()
    )
    if last is None:
        return vehicle.last_mileage, None, "", DEFAULT_DAILY_KM
    if vehicle.purchase_date:
        base_km, base_at = 0, dt.datetime.combine(vehicle.purchase_date, dt.time())
    else:
        first = (
            MileageReading.select(MileageReading.km, MileageReading.at)
            .where(MileageReading.vehicle == vehicle.id)
            .order_by(MileageReading.at, MileageReading.id)
            .first()
        )
        base_km, base_at = first.km, first.at
    days = (last.at - base_at).days
    daily = DEFAULT_DAILY_KM
    if days >= MIN_HISTORY_DAYS and last.km > base_km:
        daily = max(1, round((last.km - base_km) / days))
    return last.km, last.at, last.source, daily


def assess(vehicle: Vehicle, km: int, at: dt.datetime | None = None) -> MileageCheck:
    last_km, last_at, source, daily = _history(vehicle)
    days = max(1, ((at or now()) - last_at).days) if last_at else 1
    allowed = last_km + max(JUMP_FLOOR_KM, daily * days * JUMP_FACTOR)
    state = "正常"
    if km < last_km:
        state = "低于上次"
    elif km > allowed and last_at is not None:  # with no dated reading there is nothing to judge a jump by
        state = "跳变过大"
    return MileageCheck(last_km, last_at, source, daily, allowed, state)


def parse_km(value) -> int:
    try:
        km = int(str(value).replace(",", "").replace("，", "").strip())
    except (TypeError, ValueError):
        raise ValidationError(f"里程“{value}”不是有效的公里数。", field="mileage") from None
    if km < 0 or km > MAX_ODOMETER:
        raise ValidationError(f"里程应在 0 到 {MAX_ODOMETER:,} 公里之间。", field="mileage")
    return km


def check(vehicle: Vehicle, km, *, user=None, override_by=None, confirm_jump: bool = False) -> str:
    """Refuse or let through a reading (see the module docstring). Returns the overriding manager's name."""
    km = parse_km(km)
    result = assess(vehicle, km)
    when = f"（{result.last_at:%Y-%m-%d}{' ' + result.last_source if result.last_source else ''}）" if result.last_at else ""
    if result.state == "低于上次":
        if override_by is None:
            raise MileageBelowLast(
                f"里程 {km:,} 公里低于上次记录的 {result.last_km:,} 公里{when}。请核对里程表；"
                "如确因更换仪表等原因读数变小，需服务经理登录授权。",
                field="mileage",
            )
        approver = use_approval(user, override_by, "mileage",
                                what=f"{vehicle.plate} 里程 {km:,} 低于上次记录的 {result.last_km:,}")
        return approver.display_name
    if result.state == "跳变过大" and not confirm_jump:
        raise MileageJump(
            f"里程 {km:,} 公里比上次记录的 {result.last_km:,} 公里{when}多出 {km - result.last_km:,} 公里，"
            f"按该车日均约 {result.daily_km} 公里计算明显偏大（一般不超过 {result.allowed_max:,} 公里）。"
            "请核对是否多输或少输了一位；确认无误后再保存。",
            allowed_max=result.allowed_max,
            entered=km,
        )
    return ""


def record(user, vehicle: Vehicle, km: int, *, source: str, overridden_by: str = "") -> MileageReading:
    """Write the reading and the car's last mileage. Call inside the check-in's transaction."""
    reading = MileageReading.create(vehicle=vehicle.id, km=km, source=source, overridden_by=overridden_by)
    Vehicle.update(last_mileage=km).where(Vehicle.id == vehicle.id).execute()
    if overridden_by:
        audit(user, "mileage.override", vehicle, before={"last_mileage": vehicle.last_mileage},
              after={"mileage": km}, note=f"{source} 经 {overridden_by} 授权")
    return reading


def assess_reading(vehicle_id: int, km) -> MileageCheck | None:
    """For the check-in window as the advisor types: the car's history against this reading, or
    None while the text is not a reading yet."""
    try:
        km = parse_km(km)
    except ValidationError:
        return None
    vehicle = Vehicle.get_or_none(Vehicle.id == vehicle_id)
    return assess(vehicle, km) if vehicle is not None else None
