"""How big a store to make (the demo, or ten busy years × scale), and who works in it."""
from dataclasses import dataclass

from storage.rules import auth
from storage.rules.errors import DomainError

DEFAULT_SEED = 20261124
DEMO_PASSWORD = "demo123"
ADMIN_PASSWORD = "admin123"
# username, display name, role. The first of each role is the demo; the rest join as the store grows.
STAFF = (
    ("advisor1", "刘洋", auth.ADVISOR), ("advisor2", "陈静", auth.ADVISOR),
    ("dispatch1", "张建国", auth.DISPATCHER), ("qc1", "李志强", auth.INSPECTOR),
    ("parts1", "赵敏", auth.STOREKEEPER), ("cashier1", "孙丽", auth.CASHIER),
    ("care1", "周婷", auth.CARE), ("manager1", "王海涛", auth.MANAGER),
)
MORE_STAFF = (
    ("advisor3", "马俊", auth.ADVISOR), ("advisor4", "杨雪", auth.ADVISOR), ("advisor5", "黄磊", auth.ADVISOR),
    ("advisor6", "吴芳", auth.ADVISOR), ("advisor7", "郑凯", auth.ADVISOR), ("advisor8", "何丽娟", auth.ADVISOR),
    ("cashier2", "林晓燕", auth.CASHIER), ("parts2", "高鹏", auth.STOREKEEPER),
    ("care2", "罗婷婷", auth.CARE), ("qc2", "梁志刚", auth.INSPECTOR),
)
STORE = {
    "store.name": "京诚一汽-大众4S店",
    "store.address": "北京市朝阳区广渠路 36 号",
    "store.phone": "010-87651234",
    "store.brand": "一汽-大众",
    "store.licence": "京交运管许可朝字 110105001234 号",
    "labour.rate": "150.00",
}


@dataclass(frozen=True)
class Profile:
    """How big a store to make."""

    days: int  # days of work orders, ending today
    orders_per_day: float
    customers: int
    vehicles: int
    parts: int
    base_fraction: float  # share of the archive that exists before the first day
    base_span_days: int = 3 * 365  # ... entered over this many days before it (at each car's last service)
    comeback_rate: float = 0.01
    complaint_rate: float = 0.5  # chance that a follow-up scored 1–2 becomes a complaint
    reversal_rate: float = 0.002
    min_comebacks: int = 0
    min_complaints: int = 0
    min_reversals: int = 0
    min_added_work: int = 0
    future_appointments: int = 3  # for the rest of today and for tomorrow, each


DEMO = Profile(days=30, orders_per_day=9.0, customers=300, vehicles=360, parts=400, base_fraction=0.9, base_span_days=330,
               comeback_rate=0.02, reversal_rate=0.005, min_comebacks=2, min_complaints=3, min_reversals=1,
               min_added_work=6, future_appointments=4)


def busy_years(scale: float = 1.0) -> Profile:
    """Ten busy years; scale 1.0 ≈ 400k orders, 100k customers, 120k cars, 20k parts."""
    if not scale > 0:
        raise DomainError("规模必须大于 0。")
    return Profile(days=3650, orders_per_day=110.0 * scale, customers=max(20, round(100000 * scale)),
                   vehicles=max(24, round(120000 * scale)), parts=round(20000 * scale), base_fraction=0.15,
                   future_appointments=max(3, round(30 * scale)))
