"""市场情况 tab: 行业相关市场情况报告表 — the month's report written and kept by the manager: the local
market, the competitors (a table of up to twelve: name, kind, labour rate, a service price, their
offers, a note), what customers ask for, the maker's policy and the industry, and the measures;
then printed. A month already kept opens for changing; storage refuses a stale save."""
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidgetItem, QWidget

from storage.reports import market
from storage.rules.errors import DomainError, NotFound
from ui.forms.ui_manager_market import Ui_ManagerMarketTab
from ui.kit.discard_guard import confirm_discard
from ui.kit.print_actions import preview_document
from ui.kit.style import ERROR_STYLE as RED_STYLE
from ui.kit.style import OK_STYLE

FIELDS = ("name", "kind", "labour_rate", "service_price", "activity", "note")
ERROR_STYLE = RED_STYLE + " font-weight: 600;"


class MarketTab(QWidget):
    def __init__(self, *, user, changes=None, local=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.user, self.changes, self.local = user, changes, local
        self.ui = Ui_ManagerMarketTab()
        self.ui.setupUi(self)
        self.version = None
        self.month = None
        table = self.ui.competitorsTable
        headers = (self.tr("名称"), self.tr("类型"), self.tr("工时单价"), self.tr("常规保养价"), self.tr("促销活动"),
                   self.tr("备注"))
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(market.MAX_COMPETITORS)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((120, 110, 70, 80, 150)):
            table.setColumnWidth(column, width)
        for row in range(market.MAX_COMPETITORS):
            combo = QComboBox(table)
            combo.addItem("", "")
            for kind in market.COMPETITOR_KINDS:
                combo.addItem(kind, kind)
            table.setCellWidget(row, 1, combo)
        self.ui.monthEdit.setMaximumDate(QDate.currentDate())
        self.ui.monthEdit.setDate(QDate.currentDate())
        self.ui.monthEdit.dateChanged.connect(lambda _d: self.load())
        self.ui.saveButton.clicked.connect(lambda: self.save())
        self.ui.printButton.clicked.connect(lambda: self.print_form())
        for key, slot in ((QKeySequence("Ctrl+S"), self.save), (QKeySequence("Ctrl+P"), self.print_form)):
            shortcut = QShortcut(key, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.load()

    def month_key(self) -> str:
        return f"{self.ui.monthEdit.date().toPython():%Y-%m}"

    def _say(self, text: str, ok: bool = False) -> None:
        self.ui.messageLabel.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.ui.messageLabel.setText(text)

    def _texts(self):
        return {"overview": self.ui.overviewEdit, "demand": self.ui.demandEdit, "policy": self.ui.policyEdit,
                "suggestions": self.ui.suggestionsEdit}

    def _values(self) -> list:
        return [edit.toPlainText().strip() for edit in self._texts().values()] + [
            r for r in self.competitors() if any(r.values())]

    def load(self) -> None:
        key = self.month_key()
        if key == self.month:
            return
        if self.month is not None and self._values() != self._loaded and not confirm_discard(self):
            self.ui.monthEdit.blockSignals(True)  # back to the month being written, its text kept
            self.ui.monthEdit.setDate(QDate.fromString(self.month, "yyyy-MM"))
            self.ui.monthEdit.blockSignals(False)
            return
        self.month = key
        try:
            report = market.get_report(key)
        except NotFound:
            report = None
        self.version = report["version"] if report else None
        for field, edit in self._texts().items():
            edit.setPlainText(report[field] if report else "")
        rows = report["competitors"] if report else []
        table = self.ui.competitorsTable
        for r in range(table.rowCount()):
            values = rows[r] if r < len(rows) else {}
            for c, field in enumerate(FIELDS):
                if field == "kind":
                    combo = table.cellWidget(r, c)
                    combo.setCurrentIndex(max(0, combo.findData(values.get("kind", ""))))
                else:
                    table.setItem(r, c, QTableWidgetItem(values.get(field, "")))
        self.ui.stateLabel.setText(self.tr("{who} 填写于 {when}").format(who=report["written_by"], when=f"{report['written_at']:%Y-%m-%d %H:%M}")
                                   if report else self.tr("本月还没有填写"))
        self.ui.printButton.setEnabled(report is not None)
        self._loaded = self._values()
        self._say("")

    def competitors(self) -> list[dict]:
        table = self.ui.competitorsTable
        rows = []
        for r in range(table.rowCount()):
            row = {}
            for c, field in enumerate(FIELDS):
                if field == "kind":
                    row[field] = table.cellWidget(r, c).currentData() or ""
                else:
                    item = table.item(r, c)
                    row[field] = item.text().strip() if item else ""
            rows.append(row)
        return rows

    def save(self):
        texts = {field: edit.toPlainText() for field, edit in self._texts().items()}
        try:
            saved = market.save_report(self.user, self.month_key(), self.version, competitors=self.competitors(), **texts)
        except DomainError as exc:
            self._say(exc.message)
            focus = self.ui.competitorsTable if exc.field == "competitors" else self._texts().get(exc.field)
            (focus or self.ui.overviewEdit).setFocus()
            return None
        self.version = saved.version
        self._loaded = self._values()
        self.ui.stateLabel.setText(self.tr("{who} 填写于 {when}").format(who=saved.written_by, when=f"{saved.written_at:%Y-%m-%d %H:%M}"))
        self.ui.printButton.setEnabled(True)
        self._say(self.tr("已保存 {month} 的市场情况报告。").format(month=saved.number), ok=True)
        return saved

    def print_form(self):
        if self.version is None:
            return None
        return preview_document(self, "market-report", self.month_key(), user=self.user, local=self.local)
