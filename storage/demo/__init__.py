"""Seeded generator of a believable store (演示数据) and of "ten busy years" (benchmark data).

    populate_if_empty(seed=20261124, today=None) -> bool
        An empty store gets one brand's after-sales department: settings, staff, bays, labour-time
        table, parts and opening stock, ~300 customers with ~360 cars, and the last 30 days of work
        orders in every state, with their parts issues, QC, settlements, payments, follow-ups,
        reminders, complaints and appointments for today and tomorrow. Returns False (touching
        nothing) when the store already holds business data.

    generate(scale=1.0, seed=..., progress=None, cancel=None, today=None) -> dict
        The same generator sized for benchmarks: scale 1.0 is ten busy years, about 400k work
        orders with 4M lines, 100k customers, 120k cars, 20k parts, 2.6M stock movements.
        Everything is written in one transaction; cancel() returning True rolls it all back and
        raises DomainError("已取消").

Logins of the demo (password for all demo users: demo123; the administrator, when the demo creates
it, is admin / admin123):

    admin      系统管理员   (admin123)
    advisor1   刘洋  服务顾问        advisor2   陈静  服务顾问
    dispatch1  张建国 车间调度        qc1        李志强 质检员
    parts1     赵敏  备件仓库员      cashier1   孙丽  收银员
    care1      周婷  客服专员        manager1   王海涛 服务经理

Bigger scales add more advisors (advisor3...), cashier2, parts2, care2 and qc2, same password.

Everything derives from random.Random(seed) and the moment it is made (storage.models.now(), or
`today`: a date stands for 15:00 that day, or the present moment if that is earlier; a datetime for
itself), so one seed at one moment gives the same store twice. Nothing in it happens after that moment. Invariants `check` relies on hold by construction: part
on-hand equals the sum of its movements (never negative, balance_after the running sum in id
order); each live settlement's totals equal its lines, its payers' shares and its payments;
insurer and warranty shares are receivables.

The package: profile (sizes, staff, store), catalogue (models, parts, labour items, packages),
identities (people, phones, plates, VINs), stock (the ledger), days (the day loop, appointments),
orders (planning an order and its timeline), order_rows (writing it), money (settlements, payments,
receivables, day closes), care (follow-ups, complaints, reminders), writer (bulk inserts, indexes),
parallel (generate() on two cores: a forked worker makes the rows, the caller's process writes them),
common (the clock, fixed-point arithmetic) and generator (the object they make up). A step makes rows
for the bulk writer and reads nothing from the database (it may run in the worker).
"""
import datetime as dt
import json

import storage
from storage.cashier import cards, invoices
from storage.demo import parallel as two_cores
from storage.demo import showcase
from storage.demo.common import NOW_AT
from storage.demo.generator import _Generator
from storage.demo.parallel import available as two_cores_available
from storage.demo.profile import ADMIN_PASSWORD, DEFAULT_SEED, DEMO, DEMO_PASSWORD, STAFF, STORE, Profile, busy_years
from storage.demo.writer import drop_indexes
from storage.models import (
    Bay, Customer, LabourItem, Part, Settlement, Supplier, Team, User, Vehicle, VehicleModel, WorkOrder, now,
)
from storage.plumbing import daily
from storage.plumbing.audit import record
from storage.plumbing.config import data_dir
from storage.plumbing.db import SQLITE_PRAGMAS, database, is_sqlite, transaction
from storage.plumbing.planner import refresh_statistics
from storage.reception import loaners
from storage.rules import auth, guarantee, settings
from storage.rules.errors import DomainError
from storage.rules.vocabulary import CardType, InvoiceKind, OrderStatus, PaymentMethod, SettlementStatus

__all__ = ["populate_if_empty", "generate", "has_business_data", "demo_database_url", "check_demo_database", "DEMO_FILE", "Profile", "DEMO", "busy_years", "STAFF",
           "DEMO_PASSWORD", "ADMIN_PASSWORD", "STORE", "DEFAULT_SEED"]

LOAD_CACHE_KB = 262144  # SQLite's page cache while generating (it grows only as far as the file)
LOAD_CACHE_KB_PARALLEL = 1048576  # ... and when it keeps every index up to date as it writes
BUSINESS_MODELS = (Customer, VehicleModel, Vehicle, Part, Supplier, Team, Bay, LabourItem, WorkOrder)


DEMO_FILE = "demo.db"  # `--demo` without --database: the demo's own file in the data folder, never service.db


def demo_database_url(given: str | None = None) -> str:
    """Where `--demo` puts the demo: the --database given, else its own file in the data folder
    (never the store's database that settings.json or the default names)."""
    if given:
        return given

    return f"sqlite:///{(data_dir() / DEMO_FILE).as_posix()}"


def check_demo_database() -> None:
    """Refuse (DomainError) unless the open database may hold the demo: one the demo filled before
    (marked 演示数据), or an empty one (no user, no business data). A store's database — set up by
    the first-run wizard or holding any record — is never filled with invented customers."""
    if settings.is_demo():
        return
    if User.select().exists() or has_business_data():
        raise DomainError(
            "这个数据库是门店的真实数据（已有账号或业务记录），演示数据不会写入其中。"
            "不带 --database 运行 --demo 会使用单独的演示数据库（数据目录中的 demo.db），"
            "或用 --database 指定一个空的数据库。")


def has_business_data() -> bool:
    """True once the store holds anything beyond logins and settings (then the demo stays away)."""
    return any(model.select().exists() for model in BUSINESS_MODELS)


def _prepare_store() -> User:
    """The administrator and the store's settings; the first-run setup when there is nobody yet."""
    if not User.select().exists():
        admin = storage.first_run_setup(store_name=STORE["store.name"], address=STORE["store.address"],
                                        phone=STORE["store.phone"], admin_username="admin", admin_name="系统管理员",
                                        admin_password=ADMIN_PASSWORD)
        settings.put(admin, "labour.rate", STORE["labour.rate"], check_permission=False)
    else:
        admin = None
        for role in (auth.ADMIN, auth.MANAGER):
            admin = admin or User.select().where((User.role == role) & User.active).order_by(User.id).first()
        if admin is None:
            raise DomainError("找不到可用的系统管理员或服务经理账号，无法创建演示用户。")
    for key in ("store.name", "store.address", "store.phone", "store.brand", "store.licence"):
        if not settings.get(key):
            settings.put(admin, key, STORE[key], check_permission=False)
    return admin


def _moment(today) -> dt.datetime:
    """The demo's clock: the present moment; a given day at 15:00, but never past the present moment."""
    present = now()
    if today is None:
        return present
    if isinstance(today, dt.datetime):
        return today.replace(second=0, microsecond=0)
    showcase = dt.datetime.combine(today, dt.time(NOW_AT // 60, NOW_AT % 60))
    return min(showcase, present) if today == present.date() else showcase


def _run(profile: Profile, *, seed: int, today, progress, cancel, parallel: bool = False) -> dict:
    moment = _moment(today)
    progress = progress or (lambda fraction, message: None)
    cancel = cancel or (lambda: False)
    db = database.obj
    sqlite = is_sqlite(db)
    if sqlite:
        # Loading, not serving: a bigger page cache, and foreign keys checked by construction (and by
        # `check` and the tests) rather than row by row. Both are per connection and put back below;
        # foreign_keys can only change outside a transaction.
        db.execute_sql(f"PRAGMA cache_size = {-(LOAD_CACHE_KB_PARALLEL if parallel else LOAD_CACHE_KB)}")
        db.execute_sql("PRAGMA foreign_keys = OFF")
    try:
        with transaction():
            progress(0.0, "准备门店、员工与目录")
            admin = _prepare_store()
            settings.mark_demo()
            generator = _Generator(profile, seed=seed, moment=moment, progress=progress, cancel=cancel)
            generator.rate = int(settings.get_money("labour.rate") * 100)
            generator.brand = settings.get("store.brand") or "厂家"
            generator.store_name = settings.get("store.name") or STORE["store.name"]
            generator.store_phone = settings.get("store.phone") or STORE["store.phone"]
            generator.periods = {kind: guarantee.period(kind) for kind in guarantee.KINDS}
            generator.setup_staff(admin)
            # One process: dropping SQLite's indexes and building them from sorted rows at the end is
            # faster than keeping them up to date. Two: the writing process keeps them up to date while
            # the worker makes the next rows, which costs less time than building them afterwards.
            dropped = drop_indexes(db) if sqlite and not parallel else []
            if parallel:
                two_cores.run(generator, generator.build, progress=progress, cancel=cancel)
            else:
                generator.build()
            generator.sink.reset_sequences()
            if dropped:
                progress(0.97, "重建索引")
            for sql in dropped:
                db.execute_sql(sql)
            progress(0.98, "汇总每日报表数据")
            daily.rebuild()  # the rows went in in bulk, past the writers that keep the summary
            record(admin, "demo.generate", ("Store", ""), note=json.dumps(generator.sink.counts(), ensure_ascii=False))
    finally:
        if sqlite:
            db.execute_sql(f"PRAGMA cache_size = {SQLITE_PRAGMAS['cache_size']}")
            db.execute_sql(f"PRAGMA foreign_keys = {SQLITE_PRAGMAS['foreign_keys']}")
    # A bulk load: the planner's statistics of every table it filled, once committed (storage.plumbing.planner).
    progress(0.99, "更新查询统计信息")
    refresh_statistics()
    progress(1.0, "完成")
    return generator.sink.counts()


def populate_if_empty(*, seed: int = DEFAULT_SEED, today=None) -> bool:
    """Fill an empty database with the demo (see the module docstring) and mark it 演示数据; False,
    touching nothing, when it holds business data already. A database whose first run was done
    without the demo (it has users, no mark) is a store's: refused with DomainError
    (check_demo_database)."""
    if has_business_data():
        return False
    check_demo_database()
    _run(DEMO, seed=seed, today=today, progress=None, cancel=None)
    _demo_cards()
    _demo_invoices()
    _demo_loaners()
    return True


def _demo_cards() -> None:
    """Member cards on the demo (storage.cashier.cards), made through the till's own actions: two
    kinds, a bonus rule, a stored-value card and an oil-service package for the first customers."""
    manager = User.get_or_none(User.username == "manager1")
    till = User.get_or_none(User.username == "cashier1")
    holders = list(Customer.select(Customer.id).where(Customer.kind == "个人").order_by(Customer.id).limit(2))
    if manager is None or till is None or len(holders) < 2:
        return
    gold = cards.define_kind(manager, name="金卡", card_type="储值卡", price="500")
    oil = cards.define_kind(manager, name="保养四次卡", card_type=CardType.PACKAGE, price="1200", service_name="机油保养",
                            services=4, valid_months=24)
    cards.set_bonus_rules(manager, [("1000", "100"), ("2000", "300")])
    cards.sell(till, holders[0].id, gold.id, payments=[(PaymentMethod.WECHAT, "1000")], amount="1000")
    cards.sell(till, holders[0].id, oil.id, payments=[(PaymentMethod.CASH, "1200")])
    cards.sell(till, holders[1].id, oil.id, payments=[(PaymentMethod.CARD, "1200")])


def _demo_invoices() -> None:
    """Invoices on the demo (storage.cashier.invoices), through the till's own actions, on the oldest
    settlements the customer paid (the newest stay free to be reversed): a 数电发票, a paper 普通发票
    red-lettered by the manager and issued again as a 数电发票."""
    manager = User.get_or_none(User.username == "manager1")
    till = User.get_or_none(User.username == "cashier1")
    paid = list(Settlement.select().where((Settlement.status == SettlementStatus.VALID) & (Settlement.customer_due > 0))
                .order_by(Settlement.id).limit(2))
    if manager is None or till is None or len(paid) < 2:
        return
    first, second = paid
    invoices.record_invoice(till, first.id, kind=InvoiceKind.DIGITAL, number=f"{first.business_day:%y}35{first.id:016d}",
                            buyer_title="厦门某某汽车租赁有限公司", buyer_tax_number="91350200776049653A",
                            issued_on=first.business_day)
    wrong = invoices.record_invoice(till, second.id, kind=InvoiceKind.PLAIN, code="035001900111",
                                    number=f"{second.id:08d}", buyer_title="王先生", issued_on=second.business_day)
    invoices.red_letter(manager, wrong.id, wrong.version, "客户要求开具单位抬头")
    invoices.record_invoice(till, second.id, kind=InvoiceKind.DIGITAL, number=f"{second.business_day:%y}35{second.id + 1:016d}",
                            buyer_title="某某物流有限公司", buyer_tax_number="91440101MA5CJQ4N59",
                            issued_on=second.business_day)

def _demo_loaners() -> None:
    """A loaner fleet on the demo (storage.reception.loaners), made through reception's own actions:
    three cars, one out with the customer of the busiest order in the workshop."""
    manager = User.get_or_none(User.username == "manager1")
    if manager is None:
        return
    fleet = [loaners.save_car(manager, plate=plate, model=model, colour=colour, mileage=mileage, fuel=fuel)
             for plate, model, colour, mileage, fuel in (("京AD0001", "大众 朗逸", "白", 23150, 8),
                                                        ("京AD0002", "大众 宝来", "银", 41870, 6),
                                                        ("京AD0003", "丰田 卡罗拉", "黑", 15320, 8))]
    order = showcase.busiest_order(OrderStatus.IN_REPAIR, OrderStatus.AWAITING_PARTS, OrderStatus.QC)
    if order is not None:
        loaners.hand_out(manager, order.id, fleet[0].id, due_at=now() + dt.timedelta(days=2), damage="右前门小划痕",
                         deposit="2000", deposit_method=PaymentMethod.WECHAT)


def generate(scale: float = 1.0, *, seed: int = DEFAULT_SEED, progress=None, cancel=None, today=None) -> dict:
    """Ten busy years × `scale` for benchmarks, into an empty store. Returns rows written per table.

    progress(fraction, message) is called as it goes; cancel() returning True rolls everything back and
    raises DomainError("已取消")."""
    profile = busy_years(scale)
    if has_business_data():
        raise DomainError("数据库中已有业务数据：测试数据只能生成到空的数据库中。")
    return _run(profile, seed=seed, today=today, progress=progress, cancel=cancel, parallel=two_cores_available())
