"""The workshop's set-up, kept by the manager: teams (班组), technicians (维修技工) and bays (工位).
Reached through storage.workshop."""
from decimal import Decimal

from peewee import JOIN, fn

from storage.models import Bay, Clocking, Team, Technician, User, Vehicle, WorkOrder, WorkOrderLine
from storage.plumbing import changes
from storage.plumbing.audit import record
from storage.plumbing.db import transaction
from storage.rules.auth import require
from storage.rules.errors import NotFound, ValidationError
from storage.rules.money import parse_decimal
from storage.rules.validation import clean_text
from storage.workshop.common import HOLDS_BAY, LINE_OPEN, plate_of

BAY_KINDS = ("机修", "钣金", "喷漆", "快保", "四轮定位", "洗车")
GRADES = ("", "初级", "中级", "高级", "技师", "高级技师")


def _hours_per_day(value) -> Decimal:
    hours = parse_decimal(value, label="每日工时", field="hours_per_day")
    if hours <= 0 or hours > 24:
        raise ValidationError("每日可用工时应在 0 到 24 小时之间。", field="hours_per_day")
    return hours.quantize(Decimal("0.01"))


def _open_lines_of(field, row_id) -> int:
    return WorkOrderLine.select().where((field == row_id) & WorkOrderLine.status.in_(LINE_OPEN)).count()


# -- teams ----------------------------------------------------------------------------------
def create_team(user, name: str, *, leader: str = "") -> Team:
    require(user, "workshop.setup")
    name = clean_text(name, "班组名称", max_length=32, field="name")
    leader = clean_text(leader, "班组长", max_length=32, required=False, field="leader")
    if Team.select().where(Team.name == name).exists():
        raise ValidationError(f"班组“{name}”已存在。", field="name")
    with transaction():
        team = Team.create(name=name, leader=leader)
        record(user, "workshop.team.create", team, after={"name": name, "leader": leader})
        changes.notify("settings")
    return team


def update_team(user, team_id: int, **values) -> Team:
    """Rename, change the leader, or (de)activate a team."""
    require(user, "workshop.setup")
    unknown = set(values) - {"name", "leader", "active"}
    if unknown:
        raise ValidationError(f"班组没有字段：{'、'.join(sorted(unknown))}")
    with transaction():
        team = Team.get_or_none(Team.id == team_id)
        if team is None:
            raise NotFound("找不到该班组。")
        clean = dict(values)
        if "name" in clean:
            clean["name"] = clean_text(clean["name"], "班组名称", max_length=32, field="name")
            if Team.select().where((Team.name == clean["name"]) & (Team.id != team.id)).exists():
                raise ValidationError(f"班组“{clean['name']}”已存在。", field="name")
        if "leader" in clean:
            clean["leader"] = clean_text(clean["leader"], "班组长", max_length=32, required=False, field="leader")
        if clean.get("active") is False and team.active:
            busy = _open_lines_of(WorkOrderLine.team, team.id)
            if busy:
                raise ValidationError(f"班组“{team.name}”还有 {busy} 个未完工的项目，不能停用。请先改派。")
        before = {k: getattr(team, k) for k in clean}
        Team.update(clean).where(Team.id == team.id).execute()
        record(user, "workshop.team.update", team, before=before, after=clean)
        changes.notify("settings")
    return Team.get_by_id(team.id)


def teams(*, include_inactive: bool = False) -> list[dict]:
    """Teams with their number of active technicians, for the set-up page and the dispatch dialog."""
    members = fn.COUNT(Technician.id)
    query = (
        Team.select(Team, members.alias("members"))
        .join(Technician, JOIN.LEFT_OUTER, on=((Technician.team == Team.id) & (Technician.active == True)))  # noqa: E712
        .group_by(Team.id)
        .order_by(Team.name)
    )
    if not include_inactive:
        query = query.where(Team.active == True)  # noqa: E712
    return [
        {"id": t.id, "name": t.name, "leader": t.leader, "active": t.active, "members": t.members}
        for t in query
    ]


# -- technicians ----------------------------------------------------------------------------
def _clean_technician(values: dict) -> dict:
    clean = dict(values)
    if "name" in clean:
        clean["name"] = clean_text(clean["name"], "技师姓名", max_length=32, field="name")
    if "team" in clean:
        team = Team.get_or_none(Team.id == clean["team"])
        if team is None:
            raise NotFound("找不到该班组。")
        if not team.active:
            raise ValidationError(f"班组“{team.name}”已停用。", field="team")
        clean["team"] = team.id
    if "grade" in clean and clean["grade"] not in GRADES:
        raise ValidationError(f"技术等级只能是：{'、'.join(g for g in GRADES if g)}。", field="grade")
    if "hours_per_day" in clean:
        clean["hours_per_day"] = _hours_per_day(clean["hours_per_day"])
    if clean.get("user") is not None:
        if User.get_or_none(User.id == clean["user"]) is None:
            raise NotFound("找不到该登录账号。")
    return clean


def create_technician(user, name: str, team_id: int, *, grade: str = "", hours_per_day="8", user_id=None) -> Technician:
    require(user, "workshop.setup")
    clean = _clean_technician({"name": name, "team": team_id, "grade": grade, "hours_per_day": hours_per_day, "user": user_id})
    clash = Technician.select().where(
        (Technician.name == clean["name"]) & (Technician.team == clean["team"]) & (Technician.active == True)  # noqa: E712
    )
    if clash.exists():
        raise ValidationError(f"本班组已有技师“{clean['name']}”；同名请加以区分（如 张伟A）。", field="name")
    with transaction():
        technician = Technician.create(**clean)
        record(user, "workshop.technician.create", technician, after=clean)
        changes.notify("settings")
    return technician


def update_technician(user, technician_id: int, **values) -> Technician:
    """Change name, team, grade, hours per day, login or active flag."""
    require(user, "workshop.setup")
    unknown = set(values) - {"name", "team", "grade", "hours_per_day", "active", "user"}
    if unknown:
        raise ValidationError(f"技师没有字段：{'、'.join(sorted(unknown))}")
    with transaction():
        technician = Technician.get_or_none(Technician.id == technician_id)
        if technician is None:
            raise NotFound("找不到该技师。")
        clean = _clean_technician(values)
        if clean.get("active") is False and technician.active:
            if Clocking.select().where((Clocking.technician == technician.id) & Clocking.ended_at.is_null()).exists():
                raise ValidationError(f"技师 {technician.name} 正在计时作业，请先下工再停用。")
        before = {k: getattr(technician, k + "_id" if k in ("team", "user") else k) for k in clean}
        Technician.update(clean).where(Technician.id == technician.id).execute()
        record(user, "workshop.technician.update", technician, before=before, after=clean)
        changes.notify("settings")
    return Technician.get_by_id(technician.id)


def technicians(*, team_id: int | None = None, include_inactive: bool = False) -> list[dict]:
    query = (
        Technician.select(Technician, Team.name.alias("team_name"))
        .join(Team)
        .order_by(Team.name, Technician.name)
    )
    if team_id is not None:
        query = query.where(Technician.team == team_id)
    if not include_inactive:
        query = query.where(Technician.active == True)  # noqa: E712
    return [
        {
            "id": t.id, "name": t.name, "team_id": t.team_id, "team": t.team_name, "grade": t.grade,
            "hours_per_day": t.hours_per_day, "active": t.active, "user_id": t.user_id,
        }
        for t in query.objects()
    ]


# -- bays -----------------------------------------------------------------------------------
def create_bay(user, name: str, *, kind: str = "机修") -> Bay:
    require(user, "workshop.setup")
    name = clean_text(name, "工位名称", max_length=16, field="name")
    if kind not in BAY_KINDS:
        raise ValidationError(f"工位类型只能是：{'、'.join(BAY_KINDS)}。", field="kind")
    if Bay.select().where(Bay.name == name).exists():
        raise ValidationError(f"工位“{name}”已存在。", field="name")
    with transaction():
        bay = Bay.create(name=name, kind=kind)
        record(user, "workshop.bay.create", bay, after={"name": name, "kind": kind})
        changes.notify("settings", "workshop")
    return bay


def update_bay(user, bay_id: int, **values) -> Bay:
    require(user, "workshop.setup")
    unknown = set(values) - {"name", "kind", "active"}
    if unknown:
        raise ValidationError(f"工位没有字段：{'、'.join(sorted(unknown))}")
    with transaction():
        bay = Bay.get_or_none(Bay.id == bay_id)
        if bay is None:
            raise NotFound("找不到该工位。")
        clean = dict(values)
        if "name" in clean:
            clean["name"] = clean_text(clean["name"], "工位名称", max_length=16, field="name")
            if Bay.select().where((Bay.name == clean["name"]) & (Bay.id != bay.id)).exists():
                raise ValidationError(f"工位“{clean['name']}”已存在。", field="name")
        if "kind" in clean and clean["kind"] not in BAY_KINDS:
            raise ValidationError(f"工位类型只能是：{'、'.join(BAY_KINDS)}。", field="kind")
        if clean.get("active") is False and bay.active:
            holder = WorkOrder.select().where((WorkOrder.bay == bay.id) & WorkOrder.status.in_(HOLDS_BAY)).first()
            if holder is not None:
                raise ValidationError(f"工位“{bay.name}”上停着 {plate_of(holder)}（工单 {holder.number}），请先移车再停用。")
        before = {k: getattr(bay, k) for k in clean}
        Bay.update(clean).where(Bay.id == bay.id).execute()
        record(user, "workshop.bay.update", bay, before=before, after=clean)
        changes.notify("settings", "workshop")
    return Bay.get_by_id(bay.id)


def bays(*, include_inactive: bool = False) -> list[dict]:
    """Every bay with the car standing in it (if any), in one query."""
    holder = (WorkOrder.bay == Bay.id) & WorkOrder.status.in_(HOLDS_BAY)
    query = (
        Bay.select(Bay, WorkOrder.id.alias("order_id"), WorkOrder.number.alias("order_number"), Vehicle.plate.alias("plate"))
        .join(WorkOrder, JOIN.LEFT_OUTER, on=holder)
        .join(Vehicle, JOIN.LEFT_OUTER, on=(Vehicle.id == WorkOrder.vehicle))
        .order_by(Bay.name)
    )
    if not include_inactive:
        query = query.where(Bay.active == True)  # noqa: E712
    return [
        {
            "id": b.id, "name": b.name, "kind": b.kind, "active": b.active,
            "order_id": b.order_id, "order_number": b.order_number, "plate": b.plate,
        }
        for b in query.objects()
    ]
