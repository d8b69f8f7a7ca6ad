"""Schema versions. A fresh database is created at the newest version; an older one is backed up, then
migrated step by step, each step in its own transaction together with the version bump, and put back
from the backup if a step fails (storage.store.upgrade); a newer one is refused.

To change the schema: change the models, append a function to MIGRATIONS that brings a database of
the previous version to the new one (playhouse.migrate, new non-null columns with a default), and
add the previous version's schema dump to tests/data/ so the upgrade test covers it.
"""
from playhouse.migrate import migrate

from storage.models import (
    AnalysisComment, Approval, BonusRule, CardKind, CardMovement, CardSale, Complaint, Customer, DailyFigure, Diagnosis,
    FollowUpLetter, Invoice, InvoiceBuyer, LabourItem, Loan, LoanerCar, MarketReport, MemberCard, MemberMovement,
    OpeningStock, Part, Payment, ProcessCheck, Receivable, User, Vehicle, VehicleModel, VinPrefix, WorkOrder,
)
from storage.models.base import now
from storage.plumbing import daily
from storage.plumbing.audit import APPEND_ONLY_DDL
from storage.plumbing.db import is_sqlite
from storage.reception.search import INDEX_DDL, LOOKUP_INDEXES_V4


def v2_sanbao_records(migrator, db) -> None:
    """Version 2 (issue 17, the law at the counter): the part's 三包 main-part category, the car's
    delivery date (三包 periods start from it when it differs from the invoice), the statutory faults
    recorded on a work order, its kind of repair (set at QC), its mileage out (出厂里程) and the
    class of parts the customer chose (原厂/同质/修复/副厂), the spare car or transport allowance given."""
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
    db.create_tables([Approval])


def v4_paper_forms(migrator, db) -> None:
    """Issue 18, forms with no printout: the follow-up letters (跟踪服务信函登记表), a complaint's cause
    and measures (快速处理表), the manager's comment on a period's business analysis and the monthly
    market report."""
    migrate(
        migrator.add_column("complaint", "cause", Complaint.cause),
        migrator.add_column("complaint", "measures", Complaint.measures),
    )
    db.create_tables([FollowUpLetter, AnalysisComment, MarketReport])


def v5_diagnosis_and_process_checks(migrator, db) -> None:
    """Issue 18: the diagnosis report (汽车检测诊断报告单: findings, fee, release of a car taken away
    unrepaired) and the in-process inspection (过程检验单), each a table of its own."""
    db.create_tables([Diagnosis, ProcessCheck])


def v6_go_live_admin(migrator, db) -> None:
    """Issue 16 (系统管理, going live): a user's temporary password (must change at next login) and the
    teams a dispatcher sees; the vehicle model's engine, displacement, gearbox, group and active
    flag; the store's VIN-prefix → model table; a labour-time entry for a model group."""
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
    migrate(
        migrator.add_column("work_order", "brought_by", WorkOrder.brought_by),
        migrator.add_column("work_order", "brought_by_phone", WorkOrder.brought_by_phone),
    )


def v8_postgresql_lookup_indexes(migrator, db) -> None:
    """Version 8 (issue 24, the front desk on PostgreSQL): the indexes the archive look-up's own
    forms need there (storage.reception.search.LOOKUP_INDEXES_V4: exact-prefix paths, trigram only where a
    fragment needs it), the same a fresh database gets. SQLite's look-up has what it needs already
    (its FTS5 tables and B-trees): nothing changes there but the version."""
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
    db.create_tables([DailyFigure])
    daily.rebuild()


def v11_member_cards(migrator, db) -> None:
    """Issue 20 item 1: member cards and prepaid packages (storage.cashier.cards): the card kinds and
    top-up bonus rules the manager sets, the cards sold, their sales (each its own receipt, its
    payments linked by payment.card_sale) and the package services' ledger."""
    db.create_tables([CardKind, BonusRule, MemberCard, CardSale, CardMovement])
    migrate(migrator.add_column("payment", "card_sale_id", Payment.card_sale))


def v12_invoices(migrator, db) -> None:
    """Issue 20 item 3: the invoices (发票) recorded per settlement and red-lettered (红冲), and the
    buyer's title and tax number remembered per customer (storage.cashier.invoices)."""
    db.create_tables([Invoice, InvoiceBuyer])


def v13_loaner_cars(migrator, db) -> None:
    """Issue 20 item 2: the loaner fleet (代步车) and its loans against work orders (storage.reception.loaners)."""
    db.create_tables([LoanerCar, Loan])


# MIGRATIONS[i] takes a database at version i+1 to version i+2. Version 1 is the first release.
MIGRATIONS: list = [v2_sanbao_records, v3_approvals, v4_paper_forms, v5_diagnosis_and_process_checks,
                    v6_go_live_admin, v7_brought_by,
                    v8_postgresql_lookup_indexes, v9_opening_books, v10_daily_figures, v11_member_cards,
                    v12_invoices, v13_loaner_cars]
LATEST = 1 + len(MIGRATIONS)


def extra_ddl(db) -> list[str]:
    """Statements the models cannot declare (full-text and trigram indexes and the triggers that
    keep them in sync; the triggers that keep the audit log append-only), for this database's
    dialect. A fresh database runs them right after create_tables in the same transaction; a
    migration that needs more adds its own step."""
    dialect = "sqlite" if is_sqlite(db) else "postgresql"
    return list(INDEX_DDL[dialect]) + list(APPEND_ONLY_DDL[dialect])
