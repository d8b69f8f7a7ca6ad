"""Issue 18, forms with no printout: 维修预约登记表, 跟踪服务信函登记表, 快速处理表, 公司业务状况分析报告表 and
行业相关市场情况报告表 — the storage rules behind each (on SQLite and PostgreSQL), and each printout's
text as pdftotext reads it, through `main.py print`'s own function."""
import datetime as dt
import re
from decimal import Decimal

import pytest

from printing.base import build_pdf
from printing.cli import print_document
from printing.registry import DOCUMENTS
from storage import reports
from storage.care import complaints, letters
from storage.models import AnalysisComment, AuditLog, FollowUpLetter, MarketReport
from storage.models import base as model_base
from storage.models import now
from storage.reception import appointments, checkin
from storage.reports import analysis, market
from storage.rules import auth
from storage.rules.errors import NotFound, PermissionDenied, StaleRecord, ValidationError
from tests.factories import make_car
from tests.pdftext import pdf_pages, pdftotext

D = Decimal
NEW_KINDS = ("appointment-register", "letter-log", "complaint-handling", "business-analysis", "market-report")


def page_texts(path) -> list[str]:
    return pdftotext(path).split("\f")[:pdf_pages(path)]


def read(path) -> str:
    """The printout's text in reading order with every space and line break taken out, so that a
    cell's text wrapped inside its column still reads as one string."""
    return re.sub(r"\s+", "", pdftotext(path, layout=False))


def has(text: str, *words) -> None:
    for word in words:
        assert re.sub(r"\s+", "", str(word)) in text, word


def tomorrow(hour, minute=0):
    return dt.datetime.combine(dt.date.today() + dt.timedelta(days=1), dt.time(hour, minute))


# -- 维修预约登记表 ----------------------------------------------------------------------------

def test_the_appointment_register_lists_every_booking_of_the_period_with_its_outcome(advisor, tmp_path):
    first = make_car(advisor, name="张三", phone="13800138000", plate="京N8K2L9")
    second = make_car(advisor, name="李四", phone="13700001111", plate="京QD1234")
    third = make_car(advisor, name="王五", phone="13600002222", plate="京A9P3M1")
    kept = appointments.book(advisor, vehicle_id=first.id, starts_at=tomorrow(9), job_type="保养", request="一万公里保养",
                             parts_note="前刹车片 1 套", parts_value="420.00")
    kept = appointments.record_deposit(advisor, kept.id, kept.version, "210.00", "微信")
    kept = appointments.mark_reminded(advisor, kept.id, kept.version)
    gone = appointments.book(advisor, vehicle_id=second.id, starts_at=tomorrow(10), job_type="一般维修", request="空调不凉")
    appointments.cancel(advisor, gone.id, gone.version, "客户出差")
    came = appointments.book(advisor, vehicle_id=third.id, starts_at=now() + dt.timedelta(minutes=1), request="换轮胎")
    came_day = came.starts_at.date()  # today, but for a test run in the last minute of the day
    order = checkin.check_in(advisor, appointment_id=came.id, mileage=10050, fuel_level=60, key_number="B2")
    appointments.book(advisor, vehicle_id=first.id, starts_at=tomorrow(9) + dt.timedelta(days=3))  # another day

    day = tomorrow(0).date()
    data = appointments.register(day, day, mask=lambda phone: phone[:3] + "****" + phone[-4:])
    data["rows"] = [r for r in data["rows"] if r["number"] != came.number]
    assert [r["number"] for r in data["rows"]] == [kept.number, gone.number]
    assert data["counts"]["已预约"] == 1 and data["counts"]["已取消"] == 1 and data["deposits"] == D("210.00")
    today = appointments.register(came_day, came_day, mask=str)
    today["rows"] = [r for r in today["rows"] if r["number"] == came.number]
    assert [(r["number"], r["status"], r["order_number"]) for r in today["rows"]] == [(came.number, "已到店", order.number)]
    with pytest.raises(ValidationError, match="结束日期不能早于开始日期"):
        appointments.register(day, day - dt.timedelta(days=1), mask=str)

    out = print_document("appointment-register", f"{day:%Y-%m-%d}", tmp_path / "register.pdf")
    text = read(out)
    has(text, "维修预约登记表", kept.number, gone.number, "京N8K2L9", "138****8000", "已取消", "已提醒", "前刹车片 1 套",
                 "定金 ¥210.00", "预约总数", "登记人", "车间主管（工位已留）", "业务主管审核")
    assert "13800138000" not in text  # no login on the command line: phones masked
    both_days = read(print_document("appointment-register", f"{dt.date.today():%Y-%m-%d}~{day:%Y-%m-%d}",
                                         tmp_path / "two.pdf"))
    assert came.number in both_days and order.number in both_days and "已到店" in both_days
    newest = read(print_document("appointment-register", None, tmp_path / "newest.pdf"))
    assert (tomorrow(0) + dt.timedelta(days=3)).strftime("%Y-%m-%d") in newest  # the day of the newest booking


# -- 跟踪服务信函登记表 ------------------------------------------------------------------------

@pytest.fixture
def care(users):
    return users[auth.CARE]


def test_a_letter_is_recorded_with_whom_how_when_and_what_then_its_result(care, advisor, users):
    car = make_car(advisor, name="王小明", phone="13912341234", plate="京N5M8K2")
    other = make_car(advisor, name="赵六", phone="13512345678", plate="京B12345")
    base = dict(customer_id=car.owner_id, subject="冬季免费检测周邀请", kind="邀请函", method="邮寄",
                address="北京市朝阳区红旗路 88 号")
    for changes, message in (
        ({"kind": "传真"}, "信函类别只能是"), ({"method": "传真"}, "寄送方式只能是"), ({"subject": "  "}, "请填写信函内容"),
        ({"address": ""}, "请填写寄送地址"), ({"sent_on": dt.date.today() + dt.timedelta(days=1)}, "不能晚于今天"),
        ({"sent_on": dt.date.today() - dt.timedelta(days=40)}, "早于 31 天前"), ({"customer_id": None}, "请先选择收信的客户"),
        ({"vehicle_id": other.id}, "不属于该客户"), ({"kind": "答复函"}, "答复函须注明"),
    ):
        with pytest.raises(ValidationError, match=message):
            letters.record_letter(care, **{**base, **changes})
    with pytest.raises(PermissionDenied):
        letters.record_letter(users[auth.CASHIER], **base)
    assert FollowUpLetter.select().count() == 0

    invite = letters.record_letter(care, **base, vehicle_id=car.id)
    assert invite.number.startswith("XH") and invite.sent_on == dt.date.today() and invite.sent_by_id == care.id
    assert AuditLog.select().where(AuditLog.action == "letter.record").count() == 1
    complaint = complaints.raise_complaint(care, customer_id=car.owner_id, description="等待时间太长", source="电话")
    reply = letters.record_letter(care, customer_id=car.owner_id, subject="关于等待时间的答复", kind="答复函", method="短信",
                                  complaint_id=complaint.id)  # an SMS needs no address
    with pytest.raises(ValidationError, match="不是该客户的投诉"):
        letters.record_letter(care, **{**base, "customer_id": other.owner_id, "address": "x"}, complaint_id=complaint.id)

    with pytest.raises(ValidationError, match="请填写信函结果"):
        letters.record_result(care, invite.id, invite.version, " ")
    answered = letters.record_result(care, invite.id, invite.version, "客户来电确认参加")
    assert (answered.result, answered.result_on, answered.version) == ("客户来电确认参加", dt.date.today(), invite.version + 1)
    with pytest.raises(StaleRecord):
        letters.record_result(care, invite.id, invite.version, "又改了")

    rows, cursor = letters.letters(care, date_from=dt.date.today(), date_to=dt.date.today(), limit=1)
    assert [r["number"] for r in rows] == [reply.number] and cursor is not None
    rest, cursor = letters.letters(care, date_from=dt.date.today(), date_to=dt.date.today(), after=cursor, limit=1)
    assert [r["number"] for r in rest] == [invite.number] and cursor is None
    assert rows[0]["phone"] == "13912341234"  # the care desk sees the number on screen


def test_the_letter_log_prints_the_period_with_results_and_signatures(care, advisor, tmp_path):
    car = make_car(advisor, name="王小明", phone="13912341234", plate="京N5M8K2")
    with pytest.raises(NotFound, match="还没有登记任何信函"):
        print_document("letter-log", None, tmp_path / "none.pdf")
    assert not (tmp_path / "none.pdf").exists()
    invite = letters.record_letter(care, customer_id=car.owner_id, vehicle_id=car.id, subject="冬季免费检测周邀请",
                                   kind="邀请函", method="邮寄", address="北京市朝阳区红旗路 88 号")
    invite = letters.record_result(care, invite.id, invite.version, "客户来电确认参加")
    notice = letters.record_letter(care, customer_id=car.owner_id, subject="保养到期通知", kind="通知", method="微信",
                                   sent_on=dt.date.today() - dt.timedelta(days=2))
    today = read(print_document("letter-log", None, tmp_path / "today.pdf"))  # the newest letter's day
    has(today, "跟踪服务信函登记表", invite.number, "王小明", "139****1234", "京N5M8K2", "邀请函", "冬季免费检测",
        "北京市朝阳区", "客户来电确认", "登记人", "业务主管审核")  # (the first words of what wraps in its cell)
    assert notice.number not in today
    week = f"{dt.date.today() - dt.timedelta(days=2):%Y-%m-%d}~{dt.date.today():%Y-%m-%d}"
    both = read(print_document("letter-log", week, tmp_path / "week.pdf"))
    assert invite.number in both and notice.number in both and "信函总数" in both


# -- 快速处理表 ------------------------------------------------------------------------------

def test_a_complaint_gets_its_cause_and_measures_and_prints_as_the_quick_handling_form(care, advisor, manager, tmp_path):
    car = make_car(advisor, name="王小明", phone="13912341234", plate="京N5M8K2")
    complaint = complaints.raise_complaint(care, customer_id=car.owner_id, vehicle_id=car.id, description="刹车仍有异响",
                                           source="回访", category="维修质量", owner_id=advisor.id)
    with pytest.raises(ValidationError, match="请填写原因分析"):
        complaints.record_handling(advisor, complaint.id, complaint.version, cause="", measures="回厂检查")
    with pytest.raises(ValidationError, match="请填写处理措施"):
        complaints.record_handling(advisor, complaint.id, complaint.version, cause="未磨合", measures=" ")
    handled = complaints.record_handling(advisor, complaint.id, complaint.version, cause="刹车片安装后未做磨合",
                                         measures="通知客户回厂免费检查")
    assert (handled.cause, handled.measures, handled.version) == ("刹车片安装后未做磨合", "通知客户回厂免费检查", 2)
    with pytest.raises(StaleRecord):
        complaints.record_handling(advisor, complaint.id, complaint.version, cause="x", measures="y")
    answered = complaints.answer(advisor, handled.id, handled.version, text="已免费更换并致歉", verdict="满意")

    text = read(print_document("complaint-handling", complaint.number.lower(), tmp_path / "qh.pdf"))
    has(text, "快速处理表", complaint.number, "王小明", "139****1234", "京N5M8K2", "刹车仍有异响", "维修质量", "回访",
                 "刹车片安装后未做磨合", "通知客户回厂免费检查", "已免费更换并致歉", "满意", "处理期限",
                 f"{answered.answer_due:%Y-%m-%d %H:%M}", advisor.display_name, "客服专员", "负责人（确认解决期限）", "服务经理",
                 f"计划于 {answered.revisit_due:%Y-%m-%d} 回访")
    assert complaint.number in read(print_document("complaint-handling", None, tmp_path / "newest.pdf"))
    with pytest.raises(NotFound, match="找不到投诉单 TS19990101-0001"):
        print_document("complaint-handling", "TS19990101-0001", tmp_path / "nope.pdf")
    closed = complaints.close(care, answered.id, answered.version, note="客户表示满意", verdict="满意")
    with pytest.raises(ValidationError, match="已于 .* 关闭"):
        complaints.record_handling(advisor, closed.id, closed.version, cause="x", measures="y")


# -- 公司业务状况分析报告表 ----------------------------------------------------------------------

@pytest.mark.parametrize("period, expected", [
    (reports.month(2026, 11), reports.month(2025, 11)),
    (reports.week(dt.date(2026, 12, 28)), reports.week(dt.date(2025, 12, 22))),  # 2026-W53: 2025 has 52 weeks
    (reports.week(dt.date(2026, 11, 24)), reports.week(dt.date(2025, 11, 25))),  # W48 both years
    (reports.day(dt.date(2028, 2, 29)), reports.day(dt.date(2027, 2, 28))),
    (reports.between(dt.date(2026, 11, 1), dt.date(2026, 11, 15)), reports.between(dt.date(2025, 11, 1), dt.date(2025, 11, 15))),
])
def test_the_same_period_a_year_earlier(period, expected):
    assert analysis.year_before(period) == expected


def test_the_three_periods_are_counted_from_the_given_day():
    periods = analysis.periods_for(analysis.default_period(dt.date(2026, 1, 31)))
    assert periods == {"current": reports.month(2026, 1), "previous": reports.month(2025, 12),
                       "last_year": reports.month(2025, 1)}


@pytest.mark.parametrize("current, earlier, how, expected", [
    (D("150"), D("100"), "ratio", D("50.0")), (D("80"), D("120"), "ratio", D("-33.3")), (5, 0, "ratio", None),
    (None, D("1"), "ratio", None), (D("12.5"), D("10.0"), "points", D("2.5")), (D("4.30"), D("4.55"), "diff", D("-0.25")),
])
def test_changes_are_ratios_or_differences(current, earlier, how, expected):
    assert analysis.change(current, earlier, how) == expected


def freeze(monkeypatch, moment: dt.datetime) -> None:
    monkeypatch.setattr(model_base, "wall_clock", lambda: moment)


def test_the_analysis_shows_the_managers_own_figures_for_the_three_periods(users, manager, monkeypatch, tmp_path):
    from tests.factories import delivered_order

    today = dt.date.today()
    this_month = analysis.default_period(today)
    last_year = analysis.year_before(this_month)
    for moment in (dt.datetime.combine(last_year.start + dt.timedelta(days=9), dt.time(10)),
                   dt.datetime.combine(this_month.shifted(-1).start + dt.timedelta(days=11), dt.time(10))):
        freeze(monkeypatch, moment)
        delivered_order(users)
    monkeypatch.undo()
    delivered_order(users)
    delivered_order(users)

    data = analysis.analysis(this_month)
    assert data["periods"] == {"current": this_month, "previous": this_month.shifted(-1), "last_year": last_year}
    shown = {name: analysis.values_of(reports.report(manager, p)) for name, p in data["periods"].items()}
    for row in data["rows"]:  # what the manager's 统计报表 shows for each period, figure by figure
        assert (row["current"], row["previous"], row["last_year"]) == (
            shown["current"][row["key"]], shown["previous"][row["key"]], shown["last_year"][row["key"]]), row["label"]
    by_key = {r["key"]: r for r in data["rows"]}
    assert (by_key["settlements"]["current"], by_key["settlements"]["previous"], by_key["settlements"]["last_year"]) == (2, 1, 1)
    assert by_key["settlements"]["vs_previous"] == D("100.0") and by_key["revenue"]["current"] > 0
    assert by_key["revenue"]["current"] == 2 * by_key["revenue"]["previous"]

    with pytest.raises(PermissionDenied):
        analysis.save_comment(users[auth.ADVISOR], this_month, None, "不该写")
    with pytest.raises(ValidationError, match="请填写分析意见"):
        analysis.save_comment(manager, this_month, None, "  ")
    saved = analysis.save_comment(manager, this_month, None, "本月结算台次较上月翻倍。\n下月重点：提高配件毛利率。")
    with pytest.raises(ValidationError, match="已于 .* 写了该期间的分析意见"):
        analysis.save_comment(manager, this_month, None, "另一台电脑上写的")
    changed = analysis.save_comment(manager, this_month, saved.version, "本月结算台次较上月翻倍。")
    with pytest.raises(StaleRecord):
        analysis.save_comment(manager, this_month, saved.version, "旧的副本")
    assert AnalysisComment.select().count() == 1 and changed.version == saved.version + 1
    assert analysis.analysis(this_month)["comment"]["comment"] == "本月结算台次较上月翻倍。"

    text = read(print_document("business-analysis", this_month.key(), tmp_path / "ba.pdf"))
    has(text, "公司业务状况分析报告表", this_month.label(), this_month.shifted(-1).label(), last_year.label(), "进厂台次",
                 "营业收入（实收）", "毛利率", "返修率", "回访满意度", "环比", "同比", "+100.0%", "本月结算台次较上月翻倍。",
                 manager.display_name, "制表（业务部）", "服务经理", "总经理")
    blank = read(print_document("business-analysis", this_month.shifted(-1).key(), tmp_path / "blank.pdf"))
    assert "本月结算台次" not in blank and "经营分析与改进措施" in blank  # no comment kept: room to write by hand


# -- 行业相关市场情况报告表 ----------------------------------------------------------------------

COMPETITOR = {"name": "城东快修", "kind": "连锁快修", "labour_rate": "80", "service_price": "399.00",
              "activity": "冬季保养套餐 299 元", "note": "距本店 3 公里"}


def test_the_market_report_is_kept_per_month_and_printed(manager, users, tmp_path):
    month = f"{dt.date.today():%Y-%m}"
    text_fields = dict(overview="本区保有量约 12 万辆", demand="客户询问冬季检测", policy="厂家延保政策调整",
                       suggestions="推出冬季免费检测周")
    for kw, message in (
        ({"month": "2026-11-24"}, "按月填写"), ({"month": "2099-01"}, "还没有到"), ({"month": ""}, "请填写报告月份"),
        ({"overview": ""}, "请填写市场概况"), ({"suggestions": ""}, "请填写对策与建议"),
        ({"competitors": [{**COMPETITOR, "name": ""}]}, "第 1 家竞争对手的名称"),
        ({"competitors": [{**COMPETITOR, "labour_rate": "-5"}]}, "不能为负数"),
        ({"competitors": [{**COMPETITOR, "kind": "路边摊"}]}, "竞争对手类型只能是"),
        ({"competitors": [COMPETITOR] * 13}, "最多填写 12 家"),
    ):
        values = {"month": month, **text_fields, "competitors": [COMPETITOR], **kw}
        with pytest.raises(ValidationError, match=message):
            market.save_report(manager, values.pop("month"), None, **values)
    with pytest.raises(PermissionDenied):
        market.save_report(users[auth.CARE], month, None, **text_fields)
    assert MarketReport.select().count() == 0

    saved = market.save_report(manager, month.replace("-", ""), None, **text_fields,
                               competitors=[COMPETITOR, {"name": "", "kind": "", "labour_rate": ""}])  # a blank row is dropped
    kept = market.get_report(month)
    assert kept["number"] == month and kept["competitors"] == [{**COMPETITOR, "labour_rate": "80.00"}]
    with pytest.raises(ValidationError, match="已于 .* 填写了"):
        market.save_report(manager, month, None, **text_fields)
    changed = market.save_report(manager, month, saved.version, **{**text_fields, "policy": "厂家延保延长至 5 年"},
                                 competitors=[COMPETITOR])
    with pytest.raises(StaleRecord):
        market.save_report(manager, month, saved.version, **text_fields)
    assert changed.version == saved.version + 1 and market.get_report(month)["policy"] == "厂家延保延长至 5 年"
    assert [r["number"] for r in market.report_list()[0]] == [month]
    with pytest.raises(NotFound, match="找不到 2020-01 的市场情况报告"):
        market.get_report("2020-01")

    text = read(print_document("market-report", None, tmp_path / "mr.pdf"))
    has(text, "行业相关市场情况报告表", month, "本区保有量约 12 万辆", "城东快修", "连锁快修", "¥80.00", "¥399.00",
                 "冬季保养套餐 299 元", "客户询问冬季检测", "厂家延保延长至 5 年", "推出冬季免费检测周", manager.display_name,
                 "填报人", "服务经理", "总经理")


# -- every new kind: registered, and laid out with short and long content ----------------------

LAST_LINE = {"appointment-register": "YY20261124-0040", "letter-log": "XH20261124-0040", "complaint-handling": "第 40 点",
             "business-analysis": "40. 本月", "market-report": "第 40 条"}


@pytest.mark.parametrize("kind", NEW_KINDS)
def test_each_new_kind_is_registered_and_keeps_its_signatures_with_its_last_rows(kind, tmp_path):
    import importlib

    module = importlib.import_module(DOCUMENTS[kind].render.__module__)
    assert module.DOCUMENT is DOCUMENTS[kind]
    paper = module.DOCUMENT.paper
    signature = module.SIGNATURES[-1] + "："  # as the signature line prints it
    for lines in (1, 40):
        out = tmp_path / f"{kind}-{lines}.pdf"
        build_pdf(module.sample(lines), paper, out)
        texts = page_texts(out)
        assert (len(texts) == 1) == (lines == 1), (kind, lines, len(texts))
        assert signature in texts[-1] and all(signature not in t for t in texts[:-1])
        if lines == 40:  # what is signed for ends on the signatures' page, never a page of signatures alone
            assert LAST_LINE[kind] in texts[-1].split(signature)[0], kind
            if kind in ("appointment-register", "letter-log"):  # the last two rows, under their header
                assert LAST_LINE[kind].replace("0040", "0039") in texts[-1] and "序" in texts[-1], kind
