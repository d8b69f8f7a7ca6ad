"""系统管理 → 用户: the list with search, a reset password the person must replace at the next login,
the teams a dispatcher's board shows, and the role × permission table (read-only).

Creating and changing an account is storage.rules.auth's (create_user, update_user): every change bumps
the account's version, so a station signed in with it is refused at its next action and signed out
(storage.plumbing.session.ensure_current) — a disabled account stops at once on every PC."""
from storage.models import Team, User, now
from storage.parts.reads import export_xlsx
from storage.plumbing.audit import record
from storage.plumbing.db import transaction
from storage.plumbing.paging import every_row, keyset_page
from storage.rules.auth import (
    PERMISSIONS, ROLES, STATIONS, change_password, check_password_strength, hash_password, require, verify_password,
)
from storage.rules.errors import LoginFailed, NotFound, ValidationError
from storage.rules.validation import searchable

# What the permission keys mean, for the read-only table (系统管理 → 角色权限).
PERMISSION_LABELS = {
    "archive.view": "查看客户车辆档案", "archive.edit": "编辑客户车辆档案", "customer.credit": "单位月结额度",
    "mileage.override": "里程低于上次记录时放行", "appointment.edit": "预约", "appointment.deposit": "预约定金",
    "order.edit": "开单与估价", "order.deliver": "交车", "packages.edit": "保养套餐", "order.dispatch": "派工",
    "order.added_work.raise": "提出增项", "order.added_work.answer": "答复增项", "order.qc": "质检",
    "workshop.setup": "班组、技师、工位", "workshop.progress": "开工、暂停、完工", "workshop.figures": "车间统计",
    "workshop.wages": "计件工资", "workshop.wage_rate": "计件单价", "parts.catalogue": "备件目录",
    "parts.stock": "出入库", "parts.purchase": "采购与供应商", "parts.approve_special": "特殊件出库审批",
    "parts.adjust": "库存调整", "parts.count.approve": "盘点差异审批", "cashier.settle": "结算收款",
    "cashier.approve": "超限优惠与冲销审批", "cashier.day_close": "日结", "cashier.receivables": "挂账回款",
    "care.follow_up": "回访与提醒", "care.complaint": "投诉", "care.claim": "保修索赔", "reports.view": "统计报表",
    "prices.edit": "价格与工时单价", "phone.unmasked": "查看完整电话", "phone.export": "导出完整电话",
    "users.manage": "用户管理", "settings.store": "门店信息与设置", "backup": "备份",
    "vehicles.catalogue": "车型与 VIN 前缀", "labour.edit": "工时定额",
}


def _row(user: User, teams: dict) -> dict:
    ids = team_ids_of(user)
    return {"id": user.id, "version": user.version, "username": user.username, "display_name": user.display_name,
            "role": user.role, "phone": user.phone, "active": user.active, "discount_limit": user.discount_limit,
            "teams": "、".join(teams.get(i, f"#{i}") for i in ids) if ids else "", "team_ids": ids,
            "must_change_password": user.must_change_password, "locked_until": user.locked_until,
            "last_login_at": user.last_login_at}


def users_page(actor, text: str = "", *, after=None, limit: int = 100):
    """Accounts as the administrator searches them (user name, name, phone or role), by user name;
    (rows, next_cursor) for the paged list."""
    require(actor, "users.manage")
    query = User.select()
    text = searchable(text)
    if text:
        query = query.where(User.username.contains(text) | User.display_name.contains(text)
                            | User.phone.contains(text) | (User.role == text))
    found, after = keyset_page(query, [User.username], after, limit)
    teams = dict(Team.select(Team.id, Team.name).tuples())
    return [_row(u, teams) for u in found], after


def all_users(actor, text: str = ""):
    """Every account matching `text`, page by page (for the Excel export)."""
    return every_row(lambda after: users_page(actor, text, after=after, limit=500))


def team_ids_of(user: User) -> list[int]:
    return [int(x) for x in (user.team_ids or "").split(",") if x.strip().isdigit()]


def reset_password(actor, user_id: int, temporary_password: str) -> None:
    """A forgotten password: the administrator gives a temporary one; the account is signed out on
    every PC (its version changes) and its next login asks for a new password before anything else."""
    require(actor, "users.manage")
    user = User.get_or_none(User.id == user_id)
    if user is None:
        raise NotFound("找不到该用户。")
    if actor.id == user.id:
        raise ValidationError("不能重置自己的密码：请用“修改密码”。")
    with transaction():
        change_password(actor, user.id, temporary_password)
        User.update(must_change_password=True).where(User.id == user.id).execute()
        record(actor, "user.password_reset", user, note="临时密码，下次登录须修改")


def set_new_password(user: User, old_password: str, new_password: str) -> User:
    """At the login, after a reset: the person's own new password replaces the temporary one (it must
    differ from it). Returns the account as it now is, for the station to sign in with."""
    if (new_password or "") == (old_password or ""):
        raise ValidationError("新密码不能与临时密码相同。", field="password")
    current = User.get_or_none(User.id == user.id)
    if current is None or not current.active:
        raise LoginFailed("用户名或密码不正确。")
    if not verify_password(old_password or "", current.password_hash):
        raise LoginFailed("临时密码不正确。")
    check_password_strength(new_password)
    with transaction():
        User.update(password_hash=hash_password(new_password), must_change_password=False, failed_logins=0,
                    locked_until=None, version=User.version + 1, updated_at=now(),
                    updated_by=current.display_name).where(User.id == user.id).execute()
        # The account cannot act yet (storage.plumbing.session refuses it until now): the row names it itself.
        record(None, "user.password", current, note="重置后本人设置了新密码", username=current.username)
    return User.get_by_id(user.id)


def permission_table() -> dict:
    """The role × permission table as storage.rules.auth enforces it: {"roles": [...], "rows": [(key, label,
    [bool per role])], "stations": [(station, [bool per role])]}."""
    rows = [(key, PERMISSION_LABELS.get(key, key), [role in roles for role in ROLES]) for key, roles in PERMISSIONS.items()]
    stations = [(name, [role in roles for role in ROLES]) for name, roles in STATIONS.items()]
    return {"roles": list(ROLES), "rows": rows, "stations": stations}


USER_COLUMNS = [("用户名", "username"), ("姓名", "display_name"), ("角色", "role"), ("电话", "phone"),
                ("启用", "active_text"), ("优惠限额", "discount_limit"), ("可见班组", "teams"),
                ("须改密码", "reset_text"), ("最后登录", "last_login_at")]


def export_users(actor, path, text: str = "") -> int:
    def rows():
        for row in all_users(actor, text):
            yield {**row, "active_text": "是" if row["active"] else "停用",
                   "reset_text": "是" if row["must_change_password"] else "", "discount_limit": str(row["discount_limit"])}

    return export_xlsx(path, USER_COLUMNS, rows())
