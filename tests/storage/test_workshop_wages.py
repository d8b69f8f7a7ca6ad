"""计件工资: hours sold × the piece rate per technician and team, comebacks (返修) unpaid and taken
back from whoever did the original job, the rate a manager's audited setting, and the Excel sheet."""
import datetime as dt
from decimal import Decimal as D

import pytest
from openpyxl import load_workbook

from storage import workshop
from storage.models import AuditLog, WorkOrder, WorkOrderLine, now
from storage.rules.errors import PermissionDenied, ValidationError
from tests.factories import fresh, make_car, make_order

TODAY = dt.date.today()


@pytest.fixture(autouse=True)
def _today_is_the_day_the_test_starts():
    """A run that crosses midnight: TODAY is each test's own day, not the day the module was loaded."""
    global TODAY
    TODAY = dt.date.today()


def done(order, technician, *, team=None, at=None, status="完工", **extra):
    """Every labour line of the order finished by `technician` (or only by the team when None)."""
    team_id = team.id if team is not None else technician.team_id
    WorkOrderLine.update(
        technician=technician.id if technician is not None else None, team=team_id, status=status,
        finished_at=at or now(), **extra,
    ).where((WorkOrderLine.order == order.id) & (WorkOrderLine.kind == "工时")).execute()
    return order


def job(advisor, *hours, status="已交车", job_type="一般维修", vehicle=None):
    lines = [("工时", f"项目{i}", h, "120.00") for i, h in enumerate(hours, 1)] + [("材料", "机油", "4", "50.00")]
    return make_order(advisor, vehicle=vehicle, status=status, job_type=job_type, lines=lines)


@pytest.fixture
def month(advisor, shop):  # noqa: F811
    """张师傅 1.5 h today; 王师傅 1.0 h today; 李师傅 a comeback's 1.0 h today, of 张师傅's 2.0 h job of
    three weeks ago; 0.8 h left with 机修一组 without a technician; and what must not count."""
    zhang, li, wang = shop["zhang"], shop["li"], shop["wang"]
    done(job(advisor, "0.5", "1.0"), zhang)
    done(job(advisor, "1.0"), wang)
    car = make_car(advisor)
    original = done(job(advisor, "1.5", "0.5", vehicle=car), zhang, at=now() - dt.timedelta(days=21))
    comeback = job(advisor, "1.0", status="维修中", job_type="返修", vehicle=car)
    WorkOrder.update(comeback_of=original.id).where(WorkOrder.id == comeback.id).execute()
    done(comeback, li)
    done(job(advisor, "0.8"), None, team=shop["team1"])
    done(job(advisor, "3.0"), zhang, at=now() - dt.timedelta(days=40))  # before the period
    done(job(advisor, "2.0", status="已取消"), wang)  # a cancelled order earns nothing
    done(job(advisor, "2.0"), wang, status="已取消")  # nor a cancelled line
    return {"original": original, "comeback": fresh(comeback)}


def rate_changes() -> list:
    return list(AuditLog.select().where((AuditLog.action == "setting.change") & (AuditLog.entity_id == workshop.wages.RATE_KEY)))


def rows_by_name(report):
    return {(t["team"], t["name"]): t for t in report["technicians"]}


def test_hours_sold_times_the_rate_with_comebacks_unpaid_and_taken_back(dispatcher, month):  # noqa: F811
    report = workshop.piece_wages(dispatcher, TODAY - dt.timedelta(days=6), TODAY)
    assert report["rate"] == D("36.00") and report["days"] == 7
    got = {key: (r["lines"], r["hours"], r["pay"], r["comeback_hours"], r["comebacks"], r["deducted_hours"],
                 r["deduction"], r["net"]) for key, r in rows_by_name(report).items()}
    assert got == {
        ("机修一组", "张师傅"): (2, D("1.5"), D("54.00"), 0, 1, D("2.0"), D("72.00"), D("-18.00")),
        ("机修一组", "李师傅"): (0, 0, 0, D("1.0"), 0, 0, 0, 0),  # the redo is not piece work
        ("机修一组", "（未指定技师）"): (1, D("0.8"), D("28.80"), 0, 0, 0, 0, D("28.80")),
        ("钣喷组", "王师傅"): (1, D("1.0"), D("36.00"), 0, 0, 0, 0, D("36.00")),
    }
    teams = {t["name"]: (t["hours"], t["pay"], t["deduction"], t["net"]) for t in report["teams"]}
    assert teams == {"机修一组": (D("2.3"), D("82.80"), D("72.00"), D("10.80")),
                     "钣喷组": (D("1.0"), D("36.00"), 0, D("36.00"))}
    total = report["total"]
    assert (total["hours"], total["pay"], total["deduction"], total["net"], total["comebacks"]) == (
        D("3.3"), D("118.80"), D("72.00"), D("46.80"), 1)
    [taken] = report["comebacks"]
    assert (taken["number"], taken["original"], taken["technician"], taken["hours"], taken["deduction"]) == (
        month["comeback"].number, month["original"].number, "张师傅", D("2.0"), D("72.00"))


@pytest.mark.parametrize("start, end, zhang_hours, deducted", [  # days before today
    (0, 0, D("1.5"), D("2.0")),  # the comeback was opened today: taken back today
    (45, 1, D("5.0"), 0),  # the original and older work
    (21, 21, D("2.0"), 0),  # the original's own day
])
def test_each_period_counts_what_was_finished_and_the_comebacks_opened_in_it(manager, month, start, end, zhang_hours, deducted):
    period = (TODAY - dt.timedelta(days=start), TODAY - dt.timedelta(days=end))
    zhang = rows_by_name(workshop.piece_wages(manager, *period))[("机修一组", "张师傅")]
    assert (zhang["hours"], zhang["deducted_hours"]) == (zhang_hours, deducted)


def test_a_discount_at_the_counter_does_not_cut_the_technicians_pay(advisor, manager, shop):  # noqa: F811
    order = done(job(advisor, "2.0"), shop["wang"])
    WorkOrderLine.update(discount=D("200.00")).where(WorkOrderLine.order == order.id).execute()
    wang = rows_by_name(workshop.piece_wages(manager, TODAY, TODAY))[("钣喷组", "王师傅")]
    assert (wang["hours"], wang["pay"]) == (D("2.0"), D("72.00"))


def test_a_cancelled_comeback_takes_nothing_back(advisor, manager, shop):  # noqa: F811
    car = make_car(advisor)
    original = done(job(advisor, "1.0", vehicle=car), shop["zhang"], at=now() - dt.timedelta(days=5))
    comeback = job(advisor, "1.0", status="已取消", job_type="返修", vehicle=car)
    WorkOrder.update(comeback_of=original.id).where(WorkOrder.id == comeback.id).execute()
    report = workshop.piece_wages(manager, TODAY, TODAY)
    assert report["comebacks"] == [] and report["total"]["deduction"] == 0


def test_the_manager_sets_the_rate_and_the_change_is_audited(dispatcher, manager, month):  # noqa: F811
    assert workshop.set_piece_rate(manager, "４０") == D("40.00")  # typed with a full-width keyboard
    assert workshop.piece_rate() == D("40.00")
    [audit] = rate_changes()
    assert (audit.user_id, audit.after) == (manager.id, '{"value": "\\"40.00\\""}')
    zhang = rows_by_name(workshop.piece_wages(dispatcher, TODAY, TODAY))[("机修一组", "张师傅")]
    assert (zhang["pay"], zhang["deduction"]) == (D("60.00"), D("80.00"))
    with pytest.raises(PermissionDenied):
        workshop.set_piece_rate(dispatcher, "50")
    assert workshop.piece_rate() == D("40.00")


@pytest.mark.parametrize("typed, message", [("0", "大于 0"), ("-5", "大于 0"), ("abc", "不是有效的金额"), ("10000", "小于"),
                                            ("", "不是有效的金额")])
def test_a_wrong_rate_is_refused_and_changes_nothing(manager, typed, message):
    with pytest.raises(ValidationError, match=message):
        workshop.set_piece_rate(manager, typed)
    assert workshop.piece_rate() == D("36.00")
    assert rate_changes() == []


def test_wages_need_the_permission_and_a_sane_period(advisor, manager):
    with pytest.raises(PermissionDenied):
        workshop.piece_wages(advisor, TODAY, TODAY)
    with pytest.raises(ValidationError, match="不能早于"):
        workshop.piece_wages(manager, TODAY, TODAY - dt.timedelta(days=1))


def test_the_excel_sheet_has_every_technician_the_teams_and_the_comebacks(dispatcher, month, tmp_path):  # noqa: F811
    report = workshop.piece_wages(dispatcher, TODAY - dt.timedelta(days=6), TODAY)
    path = workshop.export_wages_xlsx(report, tmp_path / "计件工资.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == ["计件工资", "班组汇总", "返修扣回"]
    sheet = book["计件工资"]
    assert "计件单价 36.00 元/工时" in sheet["A1"].value
    heads = [c.value for c in sheet[2]]
    rows = {(r[0], r[1]): dict(zip(heads, r)) for r in sheet.iter_rows(min_row=3, values_only=True)}
    zhang = rows[("机修一组", "张师傅")]
    assert (zhang["计件工时"], zhang["计件工资"], zhang["返修扣款"], zhang["应发计件工资"]) == (1.5, 54, 72, -18)
    assert rows[("合计", None)]["应发计件工资"] == pytest.approx(46.8)
    [line] = list(book["返修扣回"].iter_rows(min_row=3, values_only=True))
    assert line[0] == month["comeback"].number and line[2] == month["original"].number and line[-1] == 72
