"""Taking over the old system's data (issue 16 item 2): a DMS-like export of customers, cars and past
visits, refused whole while it has bad rows, then imported; a dry run changes nothing; the imported
history feeds the reminder and 三包 rules; the command line."""
import csv
import datetime as dt
import os
import time

import openpyxl
import pytest

import main
import storage
from bench import dms_export
from storage.care import sanbao
from storage.care.common import add_months
from storage.golive import importing
from storage.models import AuditLog, Customer, MileageReading, Reminder, Vehicle, VehicleModel, WorkOrder, WorkOrderLine
from storage.parts.importer import ImportRefused
from storage.rules import auth
from storage.rules.errors import PermissionDenied, ValidationError
from storage.store import backup_restore
from tests.factories import PASSWORD


def counts():
    return (Customer.select().count(), Vehicle.select().count(), WorkOrder.select().count(),
            WorkOrderLine.select().count(), MileageReading.select().count(), Reminder.select().count())


def test_dms_export_refused_while_bad_then_imported_once(admin, tmp_path):
    bad = dms_export.write(tmp_path / "bad", customers=200)
    expected = bad["expected"]
    before = counts()
    for kind in ("customers", "vehicles"):
        report = importing.run(admin, kind, bad[kind])
        assert report.rows == expected["rows"][kind]
        assert [r[0] for r in report.refused] == expected["bad"][kind], report.refused
        assert not report.applied and report.accepted == 0
    assert counts() == before  # all or nothing: nothing of a file with bad rows
    refused = importing.run(admin, "customers", bad["customers"])
    assert importing.write_refused(refused, tmp_path / "未导入.xlsx") == 3
    sheet = openpyxl.load_workbook(tmp_path / "未导入.xlsx").active
    assert [c.value for c in next(sheet.iter_rows())][:4] == ["行号", "原因", "客户名称", "联系电话"]
    assert importing.write_refused(refused, tmp_path / "未导入.csv") == 3
    with open(tmp_path / "未导入.csv", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[1][0] == "7" and "手机号" in rows[1][1]

    good = dms_export.write(tmp_path / "good", customers=200, bad=False)
    rows = good["expected"]["rows"]
    audit_rows = AuditLog.select().count()
    dry = importing.run(admin, "customers", good["customers"], dry_run=True)
    assert dry.counts == {"新建": 200} and not dry.applied
    assert counts() == before and AuditLog.select().count() == audit_rows  # the dry run changed nothing

    report = importing.run(admin, "customers", good["customers"])
    assert report.applied and report.counts == {"新建": rows["customers"]}
    report = importing.run(admin, "vehicles", good["vehicles"])
    assert report.counts == {"新建": rows["vehicles"]}
    report = importing.run(admin, "history", good["history"])
    assert report.counts == {"新建历史工单": rows["history"], "明细行": rows["history"]}
    assert Customer.select().count() == rows["customers"] and Vehicle.select().count() == rows["vehicles"]
    assert WorkOrder.select().where(WorkOrder.status == "已交车").count() == rows["history"]
    assert backup_restore.check() == []
    # a second import matches instead of doubling
    assert importing.run(admin, "customers", good["customers"]).counts == {"已存在，无变化": rows["customers"]}
    assert importing.run(admin, "vehicles", good["vehicles"]).counts == {"已存在，无变化": rows["vehicles"]}
    assert importing.run(admin, "history", good["history"]).counts == {"已导入过，跳过": rows["history"]}
    assert Customer.select().count() == rows["customers"] and WorkOrder.select().count() == rows["history"]
    assert AuditLog.select().where(AuditLog.action == "golive.import").count() == 6  # the dry run left none
    # the mapping is remembered per kind
    assert importing.preview("customers", good["customers"]).remembered


def write_csv(path, header, rows, encoding="gbk"):
    with open(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


@pytest.fixture
def car(admin, tmp_path):
    model = VehicleModel.create(brand="一汽-大众", name="迈腾", service_km=10000, service_months=3)
    bought = dt.date.today() - dt.timedelta(days=400)
    write_csv(tmp_path / "c.csv", ["客户名称", "联系电话"], [["王伟", "13911112222"], ["王伟", "13911112222"]])
    assert importing.run(admin, "customers", tmp_path / "c.csv").counts == {"新建": 1, "文件内重复，已合并": 1}
    write_csv(tmp_path / "v.csv", ["车牌号", "VIN码", "车主", "联系电话", "车型", "购车日期", "里程"],
              [["京A12345", "", "王伟", "13911112222", "迈腾", bought.isoformat(), "8000"]], encoding="utf-8-sig")
    assert importing.run(admin, "vehicles", tmp_path / "v.csv").counts == {"新建": 1}
    vehicle = Vehicle.get(Vehicle.plate == "京A12345")
    assert vehicle.model_id == model.id and vehicle.owner.name == "王伟"
    return vehicle


def test_an_imported_service_makes_the_reminder_due(admin, car, tmp_path):
    visit = dt.date.today() - dt.timedelta(days=70)
    write_csv(tmp_path / "h.csv", ["委托书号", "车牌号", "进厂日期", "进厂里程", "维修项目", "金额"],
              [["WX001", "京A12345", visit.isoformat(), "9000", "常规保养 更换机油机滤", "480.00"]])
    assert importing.run(admin, "history", tmp_path / "h.csv").counts == {"新建历史工单": 1, "明细行": 1}
    order = WorkOrder.get(WorkOrder.number == "旧WX001")
    assert order.job_type == "保养" and order.status == "已交车" and order.vehicle_id == car.id
    reminder = Reminder.get((Reminder.vehicle == car.id) & (Reminder.kind == "保养") & (Reminder.done == False))  # noqa: E712
    assert reminder.due_km == 19000
    assert reminder.due_on <= add_months(visit, 3)  # three months after the imported service, or earlier by km
    assert (reminder.due_on - dt.date.today()).days <= 30
    car = Vehicle.get_by_id(car.id)
    assert car.last_mileage == 9000 and car.last_visit_at.date() == visit


def test_imported_warranty_visits_count_for_sanbao(admin, car, tmp_path):
    days = [dt.date.today() - dt.timedelta(days=n) for n in (60, 30)]
    write_csv(tmp_path / "h.csv", ["委托书号", "车牌号", "进厂日期", "进厂里程", "维修类型", "维修项目", "金额"],
              [[f"SB{i}", "京A12345", d.isoformat(), "8500", "保修索赔", "更换水泵", "0"] for i, d in enumerate(days)])
    importing.run(admin, "history", tmp_path / "h.csv")
    status = sanbao.vehicle_status(admin, car.id)
    assert status is not None and status["repairs"] == 2 and status["repair_days"] == 2


def test_bad_rows_reasons_and_permission(admin, users, car, tmp_path):
    path = write_csv(tmp_path / "h.csv", ["车牌号", "进厂日期", "进厂里程", "维修项目"],
                     [["京A12345", "2099-01-01", "100", "保养"], ["京B99999", "2024-01-01", "100", "保养"],
                      ["京A12345", "2024-01-01", "abc", "保养"]])
    report = importing.run(admin, "history", path)
    assert [(r[0], r[1][:6]) for r in report.refused] == [(2, "进厂日期 2"), (3, "车辆 京B9"), (4, "进厂里程“a")]
    with pytest.raises(PermissionDenied):
        importing.run(users[auth.ADVISOR], "customers", path)
    with pytest.raises(ImportRefused, match="客户名称"):
        importing.run(admin, "customers", path)  # no name column


def test_command_line_import(db_url, tmp_path, capsys):
    storage.open_store(db_url)
    storage.first_run_setup(store_name="店", address="地址", phone="010-88886666", admin_username="admin",
                            admin_name="管理员", admin_password=PASSWORD)
    storage.close_store()
    path = write_csv(tmp_path / "c.csv", ["客户名称", "联系电话"], [["李娜", "13800001111"], ["张三", "12"]])
    assert main.main(["--database", db_url, "import", "customers", str(path)]) == 2
    assert "第 3 行" in capsys.readouterr().out
    path = write_csv(tmp_path / "c.csv", ["姓名", "手机"], [["李娜", "13800001111"]])
    assert main.main(["--database", db_url, "import", "customers", str(path), "--dry-run"]) == 0
    assert "试导入" in capsys.readouterr().out
    assert main.main(["--database", db_url, "import", "customers", str(path),
                      "--mapping", '{"name": "姓名", "phone": "手机"}']) == 0
    assert main.main(["--database", db_url, "check"]) == 0


def test_a_car_back_after_an_imported_repair_is_a_comeback(admin, users, car, tmp_path):
    from storage.reception import checkin, estimate

    visit = dt.date.today() - dt.timedelta(days=5)
    write_csv(tmp_path / "h.csv", ["委托书号", "车牌号", "进厂日期", "进厂里程", "维修项目", "金额", "服务顾问"],
              [["WX777", "京A12345", visit.isoformat(), "9000", "更换前刹车片", "860.00", "老系统顾问"]])
    importing.run(admin, "history", tmp_path / "h.csv")
    original = WorkOrder.get(WorkOrder.number == "旧WX777")
    assert original.job_type == "一般维修" and "老系统顾问" in original.note
    comeback = checkin.open_comeback(users[auth.ADVISOR], original.id, mileage=9100, fuel_level=50, key_number="A01")
    assert comeback.job_type == "返修" and comeback.comeback_of_id == original.id
    assert estimate.comeback_cover(comeback) is not None  # within the imported repair's guarantee: the store pays


def test_a_cancel_leaves_the_database_as_it_was(admin, tmp_path):
    out = dms_export.write(tmp_path, customers=500, bad=False)
    before = counts()
    calls = []
    report = importing.run(admin, "customers", out["customers"], cancelled=lambda: calls.append(1) or len(calls) > 2,  # after reading (2 polls): at the commit
                           progress=lambda f, m: None)
    assert len(calls) == 3 and report.cancelled and not report.applied and counts() == before
    report = importing.run(admin, "customers", out["customers"], cancelled=lambda: True)  # cancelled while reading
    assert report.cancelled and counts() == before


def test_vehicles_match_by_vin_then_plate_and_find_their_owner(admin, car, tmp_path):
    other = Customer.create(name="李娜", phone="13800001111", phone_rev="11110000831")
    header = ["车牌号", "VIN码", "车主", "联系电话", "车型", "发动机号", "里程"]
    path = write_csv(tmp_path / "v.csv", header, [
        ["京A12345", "LFV2A21K4A3043279", "王伟", "13911112222", "迈腾", "EA888", "12000"],  # the same car: VIN added
        ["京B54321", "", "", "13800001111", "速腾", "", ""],  # owner by phone alone
        ["京C11111", "", "赵六", "", "", "", ""],  # owner by name alone: not in the archive
    ])
    report = importing.run(admin, "vehicles", path)
    assert [(r[0], r[1][:6]) for r in report.refused] == [(4, "车主“赵六”")]
    path = write_csv(tmp_path / "v.csv", header, [
        ["京A12345", "LFV2A21K4A3043279", "王伟", "13911112222", "迈腾", "EA888", "12000"],
        ["京B54321", "", "", "13800001111", "速腾", "", ""],
        ["京C11111", "", "赵六", "13700002222", "", "", ""],  # a new owner with name and phone is filed
    ])
    assert importing.run(admin, "vehicles", path).counts == {"新建": 2, "已存在，补充资料": 1, "新建车主": 1}
    first = Vehicle.get_by_id(car.id)
    assert first.vin == "LFV2A21K4A3043279" and first.engine_no == "EA888" and first.last_mileage == 12000
    assert Vehicle.get(Vehicle.plate == "京B54321").owner_id == other.id
    assert Vehicle.get(Vehicle.plate == "京C11111").owner.name == "赵六"
    # the VIN now names 京A12345: a row with it and the plate of another car of the archive is refused
    path = write_csv(tmp_path / "v.csv", header, [["京B54321", "LFV2A21K4A3043279", "王伟", "13911112222", "", "", ""]])
    assert "已登记在车辆 京A12345" in importing.run(admin, "vehicles", path).refused[0][1]
    # with a plate the archive does not know it is the same car (matched by VIN first), never a second one
    path = write_csv(tmp_path / "v.csv", header, [["京D22222", "LFV2A21K4A3043279", "王伟", "13911112222", "", "", ""]])
    assert importing.run(admin, "vehicles", path).counts == {"已存在，无变化": 1}
    assert Vehicle.select().count() == 3


def test_files_that_cannot_be_read_are_refused_with_a_reason(admin, tmp_path):
    (tmp_path / "empty.csv").write_bytes(b"")
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not a workbook")
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    before = counts()
    for name, reason in (("empty.csv", "文件是空的"), ("broken.xlsx", "无法读取 Excel"), ("old.xls", "另存为 .xlsx")):
        with pytest.raises(ImportRefused, match=reason):
            importing.run(admin, "customers", tmp_path / name)
    with pytest.raises(ValidationError, match="未知的导入种类“parts”"):
        importing.run(admin, "parts", tmp_path / "empty.csv")
    assert counts() == before


def test_statistics_refreshed_after_a_real_import_only(admin, tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr(importing, "refresh_statistics", calls.append)
    path = write_csv(tmp_path / "c.csv", ["客户名称", "联系电话"], [["李娜", "13800001111"]])
    importing.run(admin, "customers", path, dry_run=True)
    assert calls == []
    importing.run(admin, "customers", path)
    assert calls == [["customer", "audit_log"]]


@pytest.mark.skipif(os.environ.get("BENCH") != "1", reason="benchmark: BENCH=1")
def test_a_store_of_three_thousand_customers(admin, tmp_path):
    """The DMS-like export at full size: 3,000 customers, 3,300 cars, ~6,500 visits; seconds printed."""
    out = dms_export.write(tmp_path, customers=3000, bad=False)
    rows = out["expected"]["rows"]
    for kind, outcome in (("customers", "新建"), ("vehicles", "新建"), ("history", "新建历史工单")):
        started = time.monotonic()
        report = importing.run(admin, kind, out[kind])
        print(f"{kind}: {report.rows} 行 {time.monotonic() - started:.1f} 秒")
        assert report.counts[outcome] == rows[kind]
        assert time.monotonic() - started < 60
    assert backup_restore.check() == []
