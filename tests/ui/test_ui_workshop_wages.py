"""计件工资 in the workshop window, through the real widgets: Ctrl+J opens it for the workshop head
and the manager only; the report fills the three tabs; the manager's rate is saved (a wrong one is
refused where it was typed); the month buttons; the Excel file."""
import datetime as dt
from decimal import Decimal as D

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QToolButton

from storage import workshop
from tests.storage.test_workshop_wages import month  # noqa: F401 (fixture)
from tests.ui.test_ui_workshop import open_workshop_page
from ui.workshop.wages_dialog import WorkshopWagesDialog, month_of


@pytest.fixture(autouse=True)
def no_popups(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError(f"unexpected message box: {args[1:3]}")

    for name in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, refuse)


@pytest.mark.parametrize("day, back, first, last", [
    (dt.date(2026, 3, 15), 0, dt.date(2026, 3, 1), dt.date(2026, 3, 31)),
    (dt.date(2026, 3, 15), 1, dt.date(2026, 2, 1), dt.date(2026, 2, 28)),
    (dt.date(2024, 3, 31), 1, dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
    (dt.date(2026, 1, 10), 1, dt.date(2025, 12, 1), dt.date(2025, 12, 31)),
])
def test_month_of(day, back, first, last):
    assert month_of(day, back) == (first, last)


def opened(qtbot, page) -> WorkshopWagesDialog:
    qtbot.keyClick(page.board, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    dialog = next(d for d in page.findChildren(WorkshopWagesDialog) if d.isVisible())
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=5000)
    return dialog


def cells(table, row) -> list[str]:
    return [table.item(row, c).text() for c in range(table.columnCount())]


def rows_of(table) -> list[list[str]]:
    return [cells(table, r) for r in range(table.rowCount())]


def test_the_wage_report_through_the_window(qtbot, manager, month, tmp_path):  # noqa: F811
    page = open_workshop_page(qtbot, manager)
    more = page.findChild(QToolButton, "moreButton")
    assert page.ui.wagesButton.text() in [a.text() for a in more.menu().actions()]
    dialog = opened(qtbot, page)
    ui = dialog.ui
    assert ui.startEdit.date().toPython() == dt.date.today().replace(day=1)  # this month so far
    week = dt.date.today() - dt.timedelta(days=6)
    ui.startEdit.setDate(week)  # the last seven days: the original job of three weeks ago stays out
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.report["start"] == week, timeout=5000)
    text = ui.summaryLabel.text()
    assert "<b>计件工资</b> ¥118.80" in text and "扣回 2 h / ¥72.00" in text and "<b>应发合计</b> ¥46.80" in text
    zhang = next(r for r in rows_of(ui.techniciansTable) if r[1] == "张师傅")
    assert zhang[3:] == ["2", "1.5", "¥54.00", "—", "1", "2", "¥72.00", "¥-18.00"]
    assert ui.techniciansTable.item(rows_of(ui.techniciansTable).index(zhang), 10).foreground().color().name() == "#c62828"
    assert ["机修一组", "（未指定技师）", "", "1", "0.8", "¥28.80", "—", "—", "—", "—", "¥28.80"] in rows_of(ui.techniciansTable)
    assert rows_of(ui.teamsTable)[-1][0] == "合计" and rows_of(ui.teamsTable)[-1][-1] == "¥46.80"
    assert ui.tabs.tabText(2) == "返修扣回 · 1"
    [comeback] = rows_of(ui.comebacksTable)
    assert comeback[0] == month["comeback"].number and comeback[2] == month["original"].number
    assert comeback[5:] == ["张师傅", "2", "¥72.00"]

    # The manager's rate: a wrong one is refused where it was typed, a right one recomputes.
    ui.rateEdit.selectAll()
    qtbot.keyClicks(ui.rateEdit, "0")
    qtbot.keyClick(ui.rateEdit, Qt.Key.Key_Return)
    assert "大于 0" in ui.errorLabel.text() and workshop.piece_rate() == D("36.00")
    ui.rateEdit.selectAll()
    qtbot.keyClicks(ui.rateEdit, "40")
    qtbot.mouseClick(ui.saveRateButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.report["rate"] == D("40.00"), timeout=5000)
    assert ui.errorLabel.text() == "" and ui.rateEdit.text() == "40.00"
    assert "<b>计件工资</b> ¥132.00" in ui.summaryLabel.text()

    task = dialog.export(str(tmp_path / "wages.xlsx"))
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    sheet = load_workbook(tmp_path / "wages.xlsx")["计件工资"]
    assert "计件单价 40.00 元/工时" in sheet["A1"].value
    assert any(row[1] == "张师傅" and row[5] == 60 for row in sheet.iter_rows(min_row=3, values_only=True))
    assert "已导出到" in ui.summaryLabel.text()

    # Last month: the comeback was opened this month, so nothing is taken back then.
    qtbot.mouseClick(ui.lastMonthButton, Qt.MouseButton.LeftButton)
    first, last = month_of(dt.date.today(), 1)
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.report["start"] == first, timeout=5000)
    assert ui.endEdit.date().toPython() == last and ui.comebacksTable.rowCount() == 0
    qtbot.mouseClick(ui.thisMonthButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report["start"] == dt.date.today().replace(day=1), timeout=5000)
    assert ui.comebacksTable.rowCount() == 1


def test_the_workshop_head_sees_the_wages_but_not_the_rate_and_qc_not_at_all(qtbot, dispatcher, inspector, month):  # noqa: F811
    dialog = opened(qtbot, open_workshop_page(qtbot, dispatcher))
    assert dialog.ui.rateEdit.isReadOnly() and not dialog.ui.saveRateButton.isVisible()
    assert dialog.ui.techniciansTable.rowCount() == 4
    page = open_workshop_page(qtbot, inspector)
    assert page.open_wages() is None
    assert not page.findChildren(WorkshopWagesDialog)


def test_a_period_the_wrong_way_round_is_refused_in_the_dialog(qtbot, manager):
    dialog = WorkshopWagesDialog(user=manager, start=dt.date.today(), end=dt.date.today() - dt.timedelta(days=3))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "不能早于" in dialog.ui.errorLabel.text(), timeout=5000)
    assert dialog.report is None and not dialog.ui.exportButton.isEnabled()
