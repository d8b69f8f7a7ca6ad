"""Users, roles and permissions. Every storage action that changes something calls `require` first,
so the rules hold for every station, every script and every test, not only where a button is grey."""
import datetime as dt
import hashlib
import hmac
import os
import re
import secrets
from typing import NamedTuple

from storage.models import Approval, Team, User, now
from storage.plumbing.audit import record
from storage.plumbing.db import transaction
from storage.plumbing.locking import save_versioned
from storage.plumbing.session import ensure_current, on_session_ended  # noqa: F401  (the window listens through auth)
from storage.rules.errors import LoginFailed, NotFound, PermissionDenied, ValidationError
from storage.rules.money import money
from storage.rules.validation import normalize_phone
from storage.rules.vocabulary import Role

ADVISOR = Role.ADVISOR
DISPATCHER = Role.DISPATCHER
INSPECTOR = Role.INSPECTOR
STOREKEEPER = Role.STOREKEEPER
CASHIER = Role.CASHIER
CARE = Role.CARE
MANAGER = Role.MANAGER
ADMIN = Role.ADMIN
ROLES = tuple(Role)

# Which stations a role opens. The manager sees every station; the administrator only the shell.
STATIONS = {
    "reception": (ADVISOR, MANAGER),
    "workshop": (DISPATCHER, INSPECTOR, MANAGER),
    "parts": (STOREKEEPER, MANAGER),
    "cashier": (CASHIER, MANAGER),
    "care": (CARE, ADVISOR, MANAGER),
    "manager": (MANAGER,),
    "admin": (ADMIN, MANAGER),  # 系统管理: users, the store, models, labour table, packages
}

_EVERYONE = ROLES
# permission -> roles allowed. One table, read by storage actions and by the windows alike.
PERMISSIONS = {
    "archive.view": _EVERYONE,
    "archive.edit": (ADVISOR, CARE, MANAGER),
    "customer.credit": (MANAGER,),  # 单位月结额度: how much a company may owe on account
    "mileage.override": (MANAGER,),
    "appointment.edit": (ADVISOR, CARE, MANAGER),
    "appointment.deposit": (ADVISOR, CASHIER, MANAGER),  # 预约定金: money taken at booking
    "order.edit": (ADVISOR, MANAGER),
    "order.deliver": (ADVISOR, CASHIER, MANAGER),  # 交车: the settled car handed back to the customer
    "packages.edit": (ADMIN, MANAGER),  # 保养套餐 per model and interval
    "labour.edit": (ADMIN, MANAGER),  # 工时定额 and the labour rate (系统管理)
    "vehicles.catalogue": (ADMIN, MANAGER),  # 车型, VIN 前缀 (系统管理)
    "order.dispatch": (DISPATCHER, MANAGER),
    "order.added_work.raise": (DISPATCHER, INSPECTOR, ADVISOR, MANAGER),
    "order.added_work.answer": (ADVISOR, MANAGER),
    "order.qc": (INSPECTOR, MANAGER),
    "workshop.setup": (ADMIN, MANAGER),  # teams, technicians, bays (also 系统管理 at go-live)
    # Start, pause (待料), finish lines and clock technicians on/off: the dispatcher's screen or the
    # shared workshop PC, which is logged in with a 车间调度 account.
    "workshop.progress": (DISPATCHER, MANAGER),
    # The dispatcher's day and the labour hours per team and technician (they feed the wage report).
    "workshop.figures": (DISPATCHER, MANAGER),
    # 计件工资: what each technician earned (the workshop head draws it up, the manager sets the rate).
    "workshop.wages": (DISPATCHER, MANAGER),
    "workshop.wage_rate": (MANAGER,),
    "parts.catalogue": (STOREKEEPER, MANAGER),
    "parts.stock": (STOREKEEPER, MANAGER),
    "parts.purchase": (STOREKEEPER, MANAGER),
    "parts.approve_special": (MANAGER,),
    "parts.adjust": (MANAGER,),
    "parts.count.approve": (MANAGER,),
    "parts.opening.approve": (MANAGER,),  # 期初库存 审核入账: the counted opening stock enters the ledger
    "cashier.settle": (CASHIER, MANAGER),
    "cashier.approve": (MANAGER,),
    "cashier.day_close": (CASHIER, MANAGER),
    "cashier.receivables": (CASHIER, MANAGER),  # 挂账回款登记与核销
    # 会员卡/储值卡/套餐卡 sold and topped up at the till; the kinds and bonus rules are the manager's.
    "cards.sell": (CASHIER, MANAGER),
    "cards.define": (MANAGER,),
    # 发票: the cashier records the invoice issued for a settlement and red-letters it (红冲, with the
    # manager's approval); the cashier (who keeps the books here) and the manager read the list.
    "invoices.record": (CASHIER, MANAGER),
    "invoices.view": (CASHIER, MANAGER),
    # 代步车: the fleet is the manager's; advisors hand a car out against an order and take it back.
    "loaners.fleet": (MANAGER,),
    "loaners.lend": (ADVISOR, MANAGER),
    # 开账: opening receivables and member balances taken over from the old system, "none" confirmed
    "golive.opening": (ADMIN, MANAGER),
    "care.follow_up": (CARE, MANAGER),
    "care.complaint": (CARE, ADVISOR, MANAGER),
    # 保修索赔: open a claim per warranty line, tag the old part, submit, record the manufacturer's verdict.
    # (The manufacturer's payment is money: it needs cashier.receivables.)
    "care.claim": (CARE, MANAGER),
    "reports.view": (MANAGER,),
    # The manager's own forms: the comment on the business analysis, the market report (issue 18).
    "reports.write": (MANAGER,),
    "prices.edit": (MANAGER,),
    "phone.unmasked": (ADVISOR, CASHIER, CARE, MANAGER),
    # Full phone numbers on printed and exported lists (they leave the program); others get 138****5678.
    "phone.export": (MANAGER,),
    "users.manage": (ADMIN, MANAGER),
    "settings.store": (ADMIN, MANAGER),
    "backup": (ADMIN, MANAGER),
    # 数据导入: taking over the old system's customers, cars, history and opening books (storage.golive)
    "golive.import": (ADMIN, MANAGER),
}

MAX_FAILED_LOGINS = 5
LOCKOUT = dt.timedelta(minutes=15)
# scrypt: memory-hard and slow on purpose (~50 ms here); parameters stored with each hash.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
USERNAME_RE = re.compile(r"^[A-Za-z0-9_.\-]{2,32}$")


def may(user: User | None, permission: str) -> bool:
    """Whether the role `user` holds allows `permission`. Within an action this is the role in force
    now: the action's require() has checked the account is unchanged (storage.plumbing.session)."""
    return bool(user and user.active and user.role in PERMISSIONS[permission])


def require(user: User | None, permission: str) -> None:
    """Refuse unless `user` is signed in, their account is still the one in the database (else
    SessionEnded: disabled or changed since the station signed in) and their role allows it."""
    if user is None:
        raise PermissionDenied("请先登录。")
    ensure_current(user)
    if not may(user, permission):
        allowed = "、".join(PERMISSIONS[permission])
        raise PermissionDenied(f"{user.display_name}（{user.role}）无权执行此操作，需要：{allowed}。")


def stations_for(user: User) -> list[str]:
    return [name for name, roles in STATIONS.items() if user.role in roles]


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    candidate = hashlib.scrypt(
        password.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=len(digest) // 2
    )
    return hmac.compare_digest(candidate.hex(), digest)


def check_password_strength(password: str) -> None:
    if len(password or "") < 6:
        raise ValidationError("密码至少需要 6 位。", field="password")


def login(username: str, password: str) -> User:
    """Return the user, or raise LoginFailed. Five wrong passwords lock the account for 15 minutes."""
    user, moment = _check_password(username, password)
    User.update(failed_logins=0, locked_until=None, last_login_at=moment).where(User.id == user.id).execute()
    user.failed_logins, user.locked_until, user.last_login_at = 0, None, moment
    return user


def _check_password(username: str, password: str) -> tuple[User, dt.datetime]:
    """The login rules for anyone typing a name and password (a login, an approval): the user and
    the moment, or LoginFailed; a wrong password counts towards the lock-out."""
    username = (username or "").strip()
    user = User.get_or_none(User.username == username)
    if user is None or not user.active:
        # Same message as a wrong password: do not tell which user names exist.
        raise LoginFailed("用户名或密码不正确。")
    moment = now()
    if user.locked_until and user.locked_until > moment:
        raise LoginFailed(
            f"账号已因连续 {MAX_FAILED_LOGINS} 次密码错误被锁定，请于 {user.locked_until:%H:%M} 后再试，或请管理员解锁。"
        )
    if not verify_password(password or "", user.password_hash):
        with transaction():
            failed = user.failed_logins + 1
            locked = moment + LOCKOUT if failed >= MAX_FAILED_LOGINS else None
            User.update(failed_logins=failed, locked_until=locked).where(User.id == user.id).execute()
            record(None, "login.failed", user, note=f"第 {failed} 次", username=username)
        if locked:
            raise LoginFailed(f"密码错误次数过多，账号已锁定到 {locked:%H:%M}。")
        raise LoginFailed(f"用户名或密码不正确（还可尝试 {MAX_FAILED_LOGINS - failed} 次）。")
    return user, moment


def first_active_user(role: str) -> User | None:
    """The longest-standing active user of a role (screenshots, demo hand-offs)."""
    return User.select().where((User.role == role) & (User.active == True)).order_by(User.id).first()  # noqa: E712


def validate_new_user(username: str, display_name: str, role: str, password: str) -> None:
    """The checks create_user makes on its fields, for forms that want to say so page by page."""
    _validate_user_fields((username or "").strip(), display_name, role)
    check_password_strength(password)


def _validate_user_fields(username: str, display_name: str, role: str) -> None:
    if not USERNAME_RE.match(username or ""):
        raise ValidationError("用户名须为 2–32 位字母、数字、点、下划线或连字符。", field="username")
    if not (display_name or "").strip():
        raise ValidationError("请填写姓名。", field="display_name")
    if role not in ROLES:
        raise ValidationError(f"未知的角色“{role}”。", field="role")


def create_user(actor: User | None, username: str, display_name: str, role: str, password: str, **extra) -> User:
    """Create a login. `actor` None is allowed only for the very first user (the first-run wizard)."""
    username = (username or "").strip()
    if actor is None:
        if User.select().exists():
            raise PermissionDenied("请先登录。")
        if role != ADMIN:
            raise ValidationError("第一个账号必须是系统管理员。", field="role")
    else:
        require(actor, "users.manage")
        if role == ADMIN and actor.role != ADMIN:
            raise PermissionDenied("只有系统管理员可以创建系统管理员账号。")
    _validate_user_fields(username, display_name, role)
    check_password_strength(password)
    if User.select().where(User.username == username).exists():
        raise ValidationError(f"用户名“{username}”已被使用。", field="username")
    with transaction():
        user = User.create(
            username=username,
            display_name=display_name.strip(),
            role=role,
            password_hash=hash_password(password),
            updated_by=actor.display_name if actor else "",
            **extra,
        )
        record(actor, "user.create", user, after={"username": username, "role": role, "name": display_name})
    return user


def change_password(actor: User, user_id: int, new_password: str, *, old_password: str | None = None) -> None:
    user = User.get_or_none(User.id == user_id)
    if user is None:
        raise NotFound("找不到该用户。")
    if actor.id == user.id:
        if old_password is None or not verify_password(old_password, user.password_hash):
            raise LoginFailed("原密码不正确。")
    else:
        require(actor, "users.manage")
    check_password_strength(new_password)
    with transaction():
        changes = {"password_hash": hash_password(new_password), "failed_logins": 0, "locked_until": None}
        if actor.id != user.id:  # a reset by the manager signs the account's stations out (storage.plumbing.session)
            changes.update(version=User.version + 1, updated_at=now(), updated_by=actor.display_name)
        User.update(changes).where(User.id == user.id).execute()
        record(actor, "user.password", user, note="密码已修改")  # never the password itself


def update_user(actor: User, user_id: int, version: int, **changes) -> User:
    """Change role, name, active flag, phone, discount limit or the teams a dispatcher sees
    (team_ids: a list of team ids, empty for every team); optimistic locking applies."""
    require(actor, "users.manage")
    allowed = {"display_name", "role", "active", "phone", "discount_limit", "team_ids"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValidationError(f"不能修改字段：{'、'.join(sorted(unknown))}")
    user = User.get_or_none(User.id == user_id)
    if user is None:
        raise NotFound("找不到该用户。")
    if changes.get("role") == ADMIN and actor.role != ADMIN:
        raise PermissionDenied("只有系统管理员可以授予系统管理员角色。")
    _validate_user_fields(user.username, changes.get("display_name", user.display_name), changes.get("role", user.role))
    changes = _clean_user_changes(actor, user, changes)
    with transaction():
        before = {k: getattr(user, k) for k in changes}
        current = save_versioned(actor, user, version, changes, audit=False)
        if actor.id == user.id:  # one's own account: this station goes on with it as it now is
            for field in (*changes, "version", "updated_at", "updated_by"):
                setattr(actor, field, getattr(current, field))
        record(actor, "user.update", current, before=before, after=changes)
        return current


def _clean_user_changes(actor: User, user: User, changes: dict) -> dict:
    """The values as they are stored: a name trimmed, a phone normalised, a discount limit in yuan
    (0 to 100,000), team ids checked; nobody disables their own account or takes their own rights."""
    clean = dict(changes)
    if "display_name" in clean:
        clean["display_name"] = clean["display_name"].strip()
    if "phone" in clean:
        clean["phone"] = normalize_phone(clean["phone"]) if (clean["phone"] or "").strip() else ""
    if "discount_limit" in clean:
        amount = money(clean["discount_limit"] if clean["discount_limit"] not in (None, "") else "0", field="优惠限额")
        if amount < 0 or amount > 100000:
            raise ValidationError("优惠限额应在 0 到 100,000 元之间。", field="discount_limit")
        clean["discount_limit"] = amount
    if "team_ids" in clean:
        clean["team_ids"] = clean_team_ids(clean["team_ids"])
    if actor.id == user.id and ("active" in clean and not clean["active"]):
        raise ValidationError("不能停用自己的账号。", field="active")
    if actor.id == user.id and clean.get("role", user.role) != user.role:
        raise ValidationError("不能修改自己的角色：请另一位管理员修改。", field="role")
    return clean


def unlock_user(actor: User, user_id: int) -> None:
    require(actor, "users.manage")
    with transaction():
        user = User.get_by_id(user_id)
        User.update(failed_logins=0, locked_until=None).where(User.id == user_id).execute()
        record(actor, "user.unlock", user)


# -- approvals (授权) ---------------------------------------------------------------------------------
# What is beyond the acting user's authority needs someone who holds it to type their own name and
# password at this station, for that one purpose: approve() checks them and hands back a one-use
# Approval, valid APPROVAL_VALID; the action uses it up inside its own transaction
# (approving_user / use_approval) and names the approver and the approval in its audit row.


class Purpose(NamedTuple):
    permission: str  # what the approver must hold
    what: str  # what is approved, for messages
    second_person: bool  # the approver must be someone other than the acting user


APPROVALS = {
    "discount": Purpose("cashier.approve", "超出限额的优惠或内部结算", True),
    "reversal": Purpose("cashier.approve", "冲销结算单", True),
    "card_refund": Purpose("cashier.approve", "会员卡退卡退款", True),
    "red_letter": Purpose("cashier.approve", "发票红冲", True),
    "special_parts": Purpose("parts.approve_special", "特殊件出库", True),
    "stock_count": Purpose("parts.count.approve", "盘点差异过账", True),
    # A reading below the last one: a manager at reception may confirm their own check-in with their password.
    "mileage": Purpose("mileage.override", "里程低于上次记录", False),
}
APPROVAL_VALID = dt.timedelta(minutes=5)


def _purpose(purpose: str) -> Purpose:
    if purpose not in APPROVALS:
        raise ValueError(f"unknown approval purpose {purpose!r}: add it to storage.rules.auth.APPROVALS")
    return APPROVALS[purpose]


def approve(username: str, password: str, purpose: str, *, for_user: User | None = None) -> Approval:
    """The approver's name and password for one `purpose` (a key of APPROVALS), typed at the station
    of `for_user`: returns a one-use Approval valid APPROVAL_VALID, or raises LoginFailed (the same
    lock-out rules as a login) or PermissionDenied (the approver may not approve this, or is the
    acting user where a second person is needed)."""
    rule = _purpose(purpose)
    approver, moment = _check_password(username, password)
    if not may(approver, rule.permission):
        raise PermissionDenied(
            f"{approver.display_name}（{approver.role}）无权授权{rule.what}，需要{'、'.join(PERMISSIONS[rule.permission])}。")
    if rule.second_person and for_user is not None and for_user.id == approver.id:
        raise PermissionDenied(f"{rule.what}不能由本人授权，请{'、'.join(PERMISSIONS[rule.permission])}用自己的账号授权。")
    with transaction():
        User.update(failed_logins=0, locked_until=None).where(User.id == approver.id).execute()
        approval = Approval.create(token=secrets.token_urlsafe(24), purpose=purpose, approver=approver,
                                   requested_by=for_user.id if for_user else None, created_at=moment,
                                   expires_at=moment + APPROVAL_VALID)
        record(approver, "approval.grant", approval,
               after={"purpose": purpose, "for": for_user.username if for_user else "", "expires_at": approval.expires_at})
    return approval


def use_approval(user: User, approval, purpose: str, *, what: str = "") -> User:
    """Use up `approval` for `purpose` on behalf of `user`, inside the action's transaction (a
    rolled-back action leaves it unused), and return the approver as the database has them now.
    Refused: anything but an Approval from approve() (a User object is no approval), one for
    another purpose, used already, expired, given at another user's station, or an approver who
    has since lost the right."""
    rule = _purpose(purpose)
    roles = "、".join(PERMISSIONS[rule.permission])
    if not isinstance(approval, Approval):
        raise PermissionDenied(f"{rule.what}需要{roles}在本机输入自己的账号和密码授权。")
    if approval.purpose != purpose:
        given = APPROVALS.get(approval.purpose)
        raise PermissionDenied(f"这份授权是用于“{given.what if given else approval.purpose}”的，不能用于{rule.what}。")
    moment = now()
    used = Approval.update(used_at=moment, used_by=user.id, used_for=(what or rule.what)[:200]).where(
        (Approval.id == approval.id) & (Approval.token == approval.token) & (Approval.purpose == purpose)
        & Approval.used_at.is_null() & (Approval.expires_at >= moment)
    ).execute()
    row = Approval.get_or_none(Approval.id == approval.id)
    if not used:
        if row is None or row.token != approval.token or row.purpose != purpose:
            raise PermissionDenied(f"授权无效，{rule.what}需要{roles}重新输入账号和密码。")
        if row.used_at is not None:
            raise PermissionDenied(f"这份授权已于 {row.used_at:%H:%M:%S} 用过，每份授权只能用一次，请重新授权。")
        minutes = int(APPROVAL_VALID.total_seconds() // 60)
        raise PermissionDenied(f"授权已超过 {minutes} 分钟的有效时间（{row.expires_at:%H:%M:%S} 到期），请重新授权。")
    if row.requested_by_id is not None and row.requested_by_id != user.id:
        raise PermissionDenied("这份授权是在其他用户的工作站上给出的，不能在这里使用。")
    approver = User.get_or_none(User.id == row.approver_id)
    if approver is None or not may(approver, rule.permission):
        who = approver.display_name if approver else "授权人"
        raise PermissionDenied(f"{who}现在已无权授权{rule.what}，请重新授权。")
    if rule.second_person and approver.id == user.id:
        raise PermissionDenied(f"{rule.what}不能由本人授权，请{roles}用自己的账号授权。")
    record(user, "approval.use", row, after={"purpose": purpose, "approved_by": approver.username, "for": row.used_for})
    return approver


def approving_user(user: User, approval, purpose: str, what: str) -> User:
    """Who approves `what`: `user` themselves when their role holds the purpose's permission (an
    approval offered anyway is left unused), else the approver of `approval`, used up here. Call
    inside the action's transaction."""
    rule = _purpose(purpose)
    if may(user, rule.permission):
        return user
    if approval is None:
        raise PermissionDenied(f"{what}需要{'、'.join(PERMISSIONS[rule.permission])}输入账号和密码授权。")
    return use_approval(user, approval, purpose, what=what)


def clean_team_ids(ids) -> str:
    """The teams a dispatcher sees, checked against the team table; '' is every team."""
    ids = sorted({int(i) for i in (ids or ())})
    known = {t for (t,) in Team.select(Team.id).where(Team.id.in_(ids)).tuples()} if ids else set()
    missing = [i for i in ids if i not in known]
    if missing:
        raise ValidationError("所选班组不存在（可能已被删除），请刷新后重选。", field="team_ids")
    return ",".join(map(str, ids))
