"""Schema versions. A fresh database is created at the newest version; an older one is backed up, then
migrated step by step, each step in its own transaction together with the version bump, and put back
from the backup if a step fails (storage.store.upgrade); a newer one is refused.

To change the schema: change the models, append a function to MIGRATIONS that brings a database of
the previous version to the new one (playhouse.migrate, new non-null columns with a default), and
add the previous version's schema dump to tests/data/ so the upgrade test covers it.
"""
import peewee
from playhouse.migrate import PostgresqlMigrator, SqliteMigrator

from storage.models import ALL_MODELS
from storage.models.base import BaseModel, now
from storage.plumbing.db import database, is_sqlite
from storage.rules.errors import DatabaseProblem


class SchemaVersion(BaseModel):
    version = peewee.IntegerField()
    applied_at = peewee.DateTimeField(default=now)
    program = peewee.CharField(max_length=32, default="")


def v2_sanbao_records(migrator, db) -> None:
    """Version 2 (issue 17, the law at the counter): the part's 三包 main-part category, the car's
    delivery date (三包 periods start from it when it differs from the invoice), the statutory faults
    recorded on a work order, its kind of repair (set at QC), its mileage out (出厂里程) and the
    class of parts the customer chose (原厂/同质/修复/副厂), the spare car or transport allowance given."""
    from playhouse.migrate import migrate

    from storage.models import Part, Vehicle, WorkOrder

    migrate(
        migrator.add_column("part", "sanbao_category", Part.sanbao_category),
        migrator.add_column("vehicle", "delivery_date", Vehicle.delivery_date),
        migrator.add_column("work_order", "sanbao_faults", WorkOrder.sanbao_faults),
        migrator.add_column("work_order", "repair_kind", WorkOrder.repair_kind),
        migrator.add_column("work_order", "mileage_out", WorkOrder.mileage_out),
        migrator.add_column("work_order", "parts_quality", WorkOrder.parts_quality),
        migrator.add_column("work_order", "mobility", WorkOrder.mobility),
    )


def v3_approvals(migrator, db) -> None:
    """Version 3: one-use approvals (storage.rules.auth.approve), a table of their own."""
    from storage.models import Approval

    db.create_tables([Approval])


def v4_paper_forms(migrator, db) -> None:
    """Issue 18, forms with no printout: the follow-up letters (跟踪服务信函登记表), a complaint's cause
    and measures (快速处理表), the manager's comment on a period's business analysis and the monthly
    market report."""
    from playhouse.migrate import migrate

    from storage.models import AnalysisComment, Complaint, FollowUpLetter, MarketReport

    migrate(
        migrator.add_column("complaint", "cause", Complaint.cause),
        migrator.add_column("complaint", "measures", Complaint.measures),
    )
    db.create_tables([FollowUpLetter, AnalysisComment, MarketReport])


def v5_diagnosis_and_process_checks(migrator, db) -> None:
    """Issue 18: the diagnosis report (汽车检测诊断报告单: findings, fee, release of a car taken away
    unrepaired) and the in-process inspection (过程检验单), each a table of its own."""
    from storage.models import Diagnosis, ProcessCheck

    db.create_tables([Diagnosis, ProcessCheck])


def v6_go_live_admin(migrator, db) -> None:
    """Issue 16 (系统管理, going live): a user's temporary password (must change at next login) and the
    teams a dispatcher sees; the vehicle model's engine, displacement, gearbox, group and active
    flag; the store's VIN-prefix → model table; a labour-time entry for a model group."""
    from playhouse.migrate import migrate

    from storage.models import LabourItem, User, VehicleModel, VinPrefix

    migrate(
        migrator.add_column("user", "must_change_password", User.must_change_password),
        migrator.add_column("user", "team_ids", User.team_ids),
        migrator.add_column("vehicle_model", "engine", VehicleModel.engine),
        migrator.add_column("vehicle_model", "displacement", VehicleModel.displacement),
        migrator.add_column("vehicle_model", "gearbox", VehicleModel.gearbox),
        migrator.add_column("vehicle_model", "group", VehicleModel.group),
        migrator.add_column("vehicle_model", "active", VehicleModel.active),
        migrator.add_column("labour_item", "model_group", LabourItem.model_group),
    )
    db.create_tables([VinPrefix])


def v7_brought_by(migrator, db) -> None:
    """Issue 18: the work order's 送修人 — who brought the car in when not its owner, with a phone."""
    from playhouse.migrate import migrate

    from storage.models import WorkOrder

    migrate(
        migrator.add_column("work_order", "brought_by", WorkOrder.brought_by),
        migrator.add_column("work_order", "brought_by_phone", WorkOrder.brought_by_phone),
    )


def v8_postgresql_lookup_indexes(migrator, db) -> None:
    """Version 8 (issue 24, the front desk on PostgreSQL): the indexes the archive look-up's own
    forms need there (storage.reception.search.LOOKUP_INDEXES_V4: exact-prefix paths, trigram only where a
    fragment needs it), the same a fresh database gets. SQLite's look-up has what it needs already
    (its FTS5 tables and B-trees): nothing changes there but the version."""
    from storage.reception.search import LOOKUP_INDEXES_V4

    if is_sqlite(db):
        return
    for statement in LOOKUP_INDEXES_V4:
        db.execute_sql(statement)
def v9_opening_books(migrator, db) -> None:
    """Issue 16 item 3 (open the books): the member-balance ledger (MemberMovement; every customer's
    balance so far enters it as one 期初 movement, so balance == sum of movements from now on), the
    opening stock waiting for the manager's approval (OpeningStock), and opening receivables
    (期初应收) in the cashier's receivables: no settlement behind them, the debtor customer, the old
    system's document number and a remark."""
    from playhouse.migrate import migrate

    from storage.models import Customer, MemberMovement, OpeningStock, Receivable, User

    migrate(
        migrator.drop_not_null("receivable", "settlement_id"),
        migrator.add_column("receivable", "opening", Receivable.opening),
        migrator.add_column("receivable", "customer_id", Receivable.customer),
        migrator.add_column("receivable", "old_number", Receivable.old_number),
        migrator.add_column("receivable", "remark", Receivable.remark),
    )
    db.create_tables([MemberMovement, OpeningStock])
    holders = list(Customer.select(Customer.id, Customer.member_balance).where(Customer.member_balance != 0).tuples())
    if holders:
        first = User.select(User.id).order_by(User.id).scalar()
        moment = now()
        rows = [{"customer": cid, "kind": "期初", "amount": balance, "balance_after": balance, "at": moment,
                 "user": first, "document": "", "reason": "升级：原有会员余额转入余额台账"} for cid, balance in holders]
        for start in range(0, len(rows), 500):
            MemberMovement.insert_many(rows[start:start + 500]).execute()
def v10_daily_figures(migrator, db) -> None:
    """Issue 21: the manager's report figures kept per day (daily_figure, storage.plumbing.daily), filled
    from the raw rows so a report over ten years reads the summary."""
    from storage.models import DailyFigure
    from storage.plumbing import daily

    db.create_tables([DailyFigure])
    daily.rebuild()


def v11_member_cards(migrator, db) -> None:
    """Issue 20 item 1: member cards and prepaid packages (storage.cashier.cards): the card kinds and
    top-up bonus rules the manager sets, the cards sold, their sales (each its own receipt, its
    payments linked by payment.card_sale) and the package services' ledger."""
    from playhouse.migrate import migrate

    from storage.models import BonusRule, CardKind, CardMovement, CardSale, MemberCard, Payment

    db.create_tables([CardKind, BonusRule, MemberCard, CardSale, CardMovement])
    migrate(migrator.add_column("payment", "card_sale_id", Payment.card_sale))


# MIGRATIONS[i] takes a database at version i+1 to version i+2. Version 1 is the first release.
MIGRATIONS: list = [v2_sanbao_records, v3_approvals, v4_paper_forms, v5_diagnosis_and_process_checks,
                    v6_go_live_admin, v7_brought_by,
                    v8_postgresql_lookup_indexes, v9_opening_books, v10_daily_figures, v11_member_cards]
LATEST = 1 + len(MIGRATIONS)

# The identity of the program's SQLite files, in the header (PRAGMA application_id, bytes 68-71):
# "4SSV" read as a big-endian 32-bit number. PRAGMA user_version (bytes 60-63) mirrors the schema
# version. Set when a database is created, after every migration step, and on a file an earlier
# build wrote (stamp_identity at each open), so that a restore can tell our files from any other.
APPLICATION_ID = int.from_bytes(b"4SSV", "big")
# The tables every version of the program has: a file without the identity (written before it
# existed) is ours only if it has them all.
CORE_MODELS = ("User", "Customer", "Vehicle", "WorkOrder", "Part", "StockMovement",
               "Settlement", "DocumentCounter", "AuditLog")


def current_version(db=None) -> int | None:
    """The database's schema version, or None for an empty database."""
    db = db or database.obj
    if not db.table_exists(SchemaVersion._meta.table_name):
        if db.get_tables():
            raise DatabaseProblem("数据库中已有其他程序的数据表，但没有版本记录：请使用一个空的数据库。")
        return None
    # On `db` itself: the model would ask the shared handle, which may be another database (a
    # private handle testing a connection, or the wizard looking at a server before joining it).
    table = SchemaVersion._meta.table_name
    version = db.execute_sql(f'SELECT MAX(version) FROM "{table}"').fetchone()[0]
    if version is not None and (not isinstance(version, int) or isinstance(version, bool)):
        # SQLite keeps whatever was written into an INTEGER column: not a file of ours, or one altered by hand.
        raise DatabaseProblem(f"数据库的版本记录不是数字（“{version}”）：这不是本程序写的数据库，或已被改动过，本程序不会打开它。")
    return version


def stamp_identity(db, version: int) -> None:
    """Write the program's identity and the schema version into a SQLite file's header (no-op on
    PostgreSQL and when already there). Inside the caller's transaction when there is one."""
    if not is_sqlite(db) or db.database == ":memory:":
        return
    have = (db.execute_sql("PRAGMA application_id").fetchone()[0], db.execute_sql("PRAGMA user_version").fetchone()[0])
    if have != (APPLICATION_ID, version):
        db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID:d}")
        db.execute_sql(f"PRAGMA user_version = {int(version):d}")


def extra_ddl(db) -> list[str]:
    """Statements the models cannot declare (full-text and trigram indexes and the triggers that
    keep them in sync; the triggers that keep the audit log append-only), for this database's
    dialect. A fresh database runs them right after create_tables in the same transaction; a
    migration that needs more adds its own step."""
    from storage.plumbing.audit import APPEND_ONLY_DDL
    from storage.reception.search import INDEX_DDL

    dialect = "sqlite" if is_sqlite(db) else "postgresql"
    return list(INDEX_DDL[dialect]) + list(APPEND_ONLY_DDL[dialect])


def migrator_for(db):
    return SqliteMigrator(db) if is_sqlite(db) else PostgresqlMigrator(db)


def ensure_schema(program_version: str = "", migrations=None, *, upgrade_without_backup: bool = False) -> int:
    """Create or upgrade the schema; return the version now in force.

    An upgrade takes a backup first and puts it back if a step fails (storage.store.upgrade). On
    PostgreSQL without pg_dump it raises storage.store.upgrade.UpgradeNeedsConfirmation unless
    `upgrade_without_backup` says the user agreed. `migrations` lets tests run a hypothetical future
    list; the program always uses MIGRATIONS.
    """
    migrations = MIGRATIONS if migrations is None else migrations
    latest = 1 + len(migrations)
    db = database.obj
    version = current_version(db)
    if version is None:
        try:
            with db.atomic():
                db.create_tables([SchemaVersion, *ALL_MODELS])
                for statement in extra_ddl(db):
                    db.execute_sql(statement)
                SchemaVersion.create(version=latest, program=program_version)
                stamp_identity(db, latest)
        except peewee.DatabaseError as exc:
            raise DatabaseProblem(
                f"新建数据库失败，已撤销，数据库保持为空：{exc}"
                "（PostgreSQL 上本程序需要启用 pg_trgm 扩展，请确认数据库用户有此权限）"
            ) from exc
        return latest
    if version > latest:
        raise DatabaseProblem(
            f"这个数据库来自更新版本的程序（数据库版本 {version}，本程序支持到 {latest}）。"
            "为保护数据，本程序不会打开它：请安装新版本的程序。"
        )
    if version < latest:
        from storage.store.upgrade import upgrade

        upgrade(db, version, migrations, program_version, without_backup=upgrade_without_backup)
    else:
        stamp_identity(db, latest)  # a file an earlier build wrote gets the identity it lacks
    return latest
