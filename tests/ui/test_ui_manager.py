"""经理看板 station through its real widgets: the dashboard's tiles and charts, the report's period
picker (keyboard included), bad ranges refused in place, Excel export and the printed form."""
import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QFileDialog

from storage import reports
from storage.models import now
from storage.rules import auth
from tests.factories import D, order_ready_to_settle, pay
from ui.manager import charts, report_tab
from ui.manager.charts import BarChart, HorizontalBarChart, LineChart, RingChart
from ui.manager.page import ManagerPage


@pytest.fixture
def settled(users):
    """Two orders settled today by the manager at the till: 158.00 each (60 labour, 68 parts, 30 fees)."""
    manager, advisor = users[auth.MANAGER], users[auth.ADVISOR]
    pay(manager, order_ready_to_settle(advisor, job_type="保养"), ("现金", D("158.00")))
    pay(manager, order_ready_to_settle(advisor), ("微信", D("158.00")))
    return manager, advisor


@pytest.fixture
def page(qtbot, settled):
    manager, _ = settled
    widget = ManagerPage(user=manager)
    qtbot.addWidget(widget)
    widget.resize(1150, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    qtbot.waitUntil(lambda: widget.dashboard.data is not None, timeout=10000)
    return widget


def press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key pressed while `widget` has the focus (how the tabs' shortcuts are reached)."""
    widget.setFocus()
    qtbot.keyClick(widget, key, modifier)


def show_report(qtbot, page):
    press(qtbot, page.ui.tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert page.ui.tabs.currentWidget() is page.report
    qtbot.waitUntil(lambda: page.report.report is not None, timeout=10000)
    return page.report


def test_the_dashboard_opens_with_tiles_and_charts_of_the_last_30_days(page, settled):
    _, advisor = settled
    data = page.dashboard.data
    assert data["period"].days == 30 and data["period"].end == now().date()
    ui = page.dashboard.ui
    assert "¥316.00" in ui.revenueTile.text() and ">2<" in ui.carsTile.text()
    assert ui.revenueChart.labels[-1] == f"{now():%m-%d}" and len(ui.revenueChart.values) == 30
    assert ui.revenueChart.values[-1] == D("316.00") and ui.carsChart.values[-1] == 2
    assert (ui.mixChart.labels, ui.mixChart.values) == (["保养", "一般维修"], [1, 1])
    assert (ui.advisorChart.labels, ui.advisorChart.values) == ([advisor.display_name], [D("316.00")])
    assert ui.busyBar.isHidden() and "毫秒" in ui.statusLabel.text()


def test_the_dashboard_goes_month_by_month_from_the_keyboard(qtbot, page):
    tab = page.dashboard
    first = tab.loading
    press(qtbot, tab.ui.refreshButton, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # from the 30 days: this month
    assert tab.ui.periodCombo.currentIndex() == 1
    qtbot.waitUntil(lambda: tab.loading is not first and tab.data["period"].kind == "month", timeout=10000)
    this_month = reports.month_of(now().date())
    assert tab.data["period"] == this_month and tab.data["headline"]["revenue"] == D("316.00")
    press(qtbot, tab.ui.monthEdit, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: tab.data["period"] == this_month.shifted(-1), timeout=10000)
    assert tab.data["headline"]["revenue"] == 0 and not tab.ui.revenueChart.has_data()
    qtbot.mouseClick(tab.ui.nextButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.data["period"] == this_month, timeout=10000)


def test_the_report_shows_the_month_and_steps_to_the_previous_one(qtbot, page, settled):
    _, advisor = settled
    tab = show_report(qtbot, page)
    assert tab.report["period"] == reports.month_of(now().date())
    assert "¥316.00" in tab.ui.summaryLabel.text()
    jobs = tab.ui.jobsTable
    assert [jobs.item(r, 0).text() for r in range(jobs.rowCount())][-1] == "合计" and jobs.item(jobs.rowCount() - 1, 1).text() == "2"
    assert tab.ui.advisorsTable.item(0, 0).text() == advisor.display_name
    assert tab.ui.advisorsTable.item(0, 7).text() == "¥316.00"
    assert tab.ui.exportButton.isEnabled() and tab.ui.printButton.isEnabled()
    before = tab.report
    press(qtbot, tab.ui.kindCombo, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: tab.report is not before and tab.report is not None, timeout=10000)
    assert tab.report["period"] == reports.month_of(now().date()).shifted(-1)
    assert tab.report["revenue"]["total"] == 0 and tab.ui.advisorsTable.rowCount() == 0


def test_a_range_ending_before_it_starts_is_refused_in_place(qtbot, page):
    tab = show_report(qtbot, page)
    press(qtbot, tab.ui.kindCombo, Qt.Key.Key_End)  # 自定义区间
    assert tab.kind() == "range" and tab.ui.endEdit.isVisible()
    qtbot.waitUntil(lambda: tab.report is not None and tab.report["period"].kind == "range", timeout=10000)
    press(qtbot, tab.ui.endEdit, Qt.Key.Key_Down)  # the year section: a year before the start
    qtbot.waitUntil(lambda: "早于开始日期" in tab.ui.statusLabel.text(), timeout=5000)
    assert tab.report is None
    assert not tab.ui.exportButton.isEnabled() and not tab.ui.printButton.isEnabled()
    tab.ui.startEdit.setDate(QDate(1990, 1, 1))
    press(qtbot, tab.ui.startEdit, Qt.Key.Key_F5)
    assert "最长只能统计 10 年" in tab.ui.statusLabel.text()


def test_a_custom_range_exports_but_prints_no_form(qtbot, page, tmp_path, monkeypatch):
    tab = show_report(qtbot, page)
    tab.ui.kindCombo.setCurrentIndex(3)
    today = now().date()
    tab.ui.startEdit.setDate(QDate(today - dt.timedelta(days=6)))
    tab.ui.endEdit.setDate(QDate(today))
    qtbot.waitUntil(lambda: tab.report is not None and tab.report["period"] == reports.between(today - dt.timedelta(days=6), today),
                    timeout=10000)
    assert tab.ui.exportButton.isEnabled() and not tab.ui.printButton.isEnabled()
    assert "自定义区间请导出 Excel" in tab.ui.printButton.toolTip()
    target = tmp_path / "week.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    press(qtbot, tab.ui.jobsTable, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: target.exists() and "已导出" in tab.ui.statusLabel.text(), timeout=10000)
    summary = {row[0]: row[1] for row in load_workbook(target)["概要"].iter_rows(values_only=True)}
    assert summary["进厂台次"] == 2 and D(str(summary["营业收入（实收）"])) == D("316.00")


def test_print_opens_the_form_of_the_period_shown(qtbot, page, monkeypatch):
    asked = []
    monkeypatch.setattr(report_tab, "preview_document", lambda parent, kind, number, **kw: asked.append((kind, number)))
    tab = show_report(qtbot, page)
    qtbot.mouseClick(tab.ui.printButton, Qt.MouseButton.LeftButton)
    tab.ui.kindCombo.setCurrentIndex(1)  # 周报
    qtbot.waitUntil(lambda: tab.report is not None and tab.report["period"].kind == "week", timeout=10000)
    press(qtbot, tab.ui.kindCombo, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert asked == [("monthly-statistics", f"{now():%Y-%m}"), ("weekly-statistics", reports.week(now().date()).key())]


# -- the chart widgets -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("top, step", [(0, 1), (7, 2), (40, 10), (95, 25), (316, 100), (18_000, 5000), (1_234_567, 500_000)])
def test_axis_steps_are_round(top, step):
    assert charts.nice_step(top) == step


@pytest.mark.parametrize("chart_class", [BarChart, LineChart, HorizontalBarChart, RingChart])
def test_every_chart_draws_its_data_and_says_when_there_is_none(qtbot, chart_class):
    chart = chart_class()
    qtbot.addWidget(chart)
    chart.resize(420, 260)
    chart.set_title("测试", "暂无数据")
    empty = chart.grab().toImage()
    chart.set_data(["11-01", "11-02", "11-03"], [D("120.50"), 0, 3], colour="#c8553d")
    assert chart.has_data() and "11-01: 120" in chart.toolTip()
    drawn = chart.grab().toImage()
    assert drawn != empty
    red = sum(1 for x in range(0, 420, 3) for y in range(0, 260, 3) if drawn.pixelColor(x, y).name() == "#c8553d")
    if chart_class is not RingChart:  # the ring colours its slices from the palette
        assert red > 20
    assert isinstance(chart.grab(), QPixmap)
