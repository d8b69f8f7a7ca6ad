"""Two long lists the workshop looks back at: the QC history (质检记录: pass or rework with the
reason, and a reprint of the completion certificate) and the added work still waiting for the
customer's answer (增项待答复, which reception is calling about). Both page through storage."""
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView

from storage import workshop
from storage.models import now
from storage.rules.auth import may
from storage.rules.money import fmt
from ui.forms.ui_workshop_history import Ui_WorkshopHistoryDialog
from ui.kit.dialog_base import PreservingDialog
from ui.kit.paged_model import RIGHT, Column, PagedTableModel
from ui.kit.print_actions import preview_document
from ui.kit.style import RED

TOPICS = {"orders", "workshop"}
FILTERS = ((None, "全部"), (True, "合格"), (False, "返工"))
PASS_COLOUR, REWORK_COLOUR = QColor("#1b5e20"), RED


def waited_text(raised_at, moment) -> str:
    """How long the answer has been awaited: "35分", "2时05分", "1天3时"."""
    minutes = max(0, int((moment - raised_at).total_seconds() // 60))
    days, rest = divmod(minutes, 24 * 60)
    if days:
        return f"{days}天{rest // 60}时"
    if minutes >= 60:
        return f"{minutes // 60}时{minutes % 60:02d}分"
    return f"{minutes}分"


def _time(value) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


class WorkshopHistoryDialog(PreservingDialog):
    def __init__(self, *, user, changes=None, local=None, parent=None):
        super().__init__(parent)
        self.user = user
        self.local = local
        self.ui = Ui_WorkshopHistoryDialog()
        self.ui.setupUi(self)
        for passed, label in FILTERS:
            self.ui.filterCombo.addItem(self.tr(label), passed)
        verdict = {True: self.tr("合格"), False: self.tr("返工")}
        self.qc_model = PagedTableModel(columns=[
            Column("at", self.tr("质检时间"), fmt=_time),
            Column("order_number", self.tr("工单号")),
            Column("plate", self.tr("车牌")),
            Column("passed", self.tr("结论"), fmt=lambda p: verdict[bool(p)],
                   colour=lambda row: PASS_COLOUR if row["passed"] else REWORK_COLOUR),
            Column("inspector", self.tr("质检员")),
            Column("reason", self.tr("返工原因 / 备注")),
            Column("certificate_number", self.tr("出厂合格证号")),
        ], fetch=self._fetch_checks, page_size=50, parent=self)
        self.added_model = PagedTableModel(columns=[
            Column("raised_at", self.tr("提出时间"), fmt=_time),
            Column("order_number", self.tr("工单号")),
            Column("plate", self.tr("车牌")),
            Column("description", self.tr("追加项目")),
            Column("amount", self.tr("金额"), align=RIGHT, fmt=fmt),
            Column("raised_by", self.tr("提出人")),
            Column(lambda row: waited_text(row["raised_at"], now()), self.tr("已等待")),
        ], fetch=lambda cursor, limit: workshop.waiting_added_work(after=cursor, limit=limit), page_size=50, parent=self)
        for view, model, stretch in ((self.ui.qcView, self.qc_model, 5), (self.ui.addedView, self.added_model, 3)):
            view.setModel(model)
            view.verticalHeader().setVisible(False)
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.ui.filterCombo.currentIndexChanged.connect(lambda _i: self.reload())
        self.ui.reprintButton.clicked.connect(self.reprint)
        self.ui.qcView.doubleClicked.connect(lambda _index: self.reprint())
        self.ui.buttonBox.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+P"), self, activated=self.reprint)
        self.reload()
        self._show_rate()
        if changes is not None:
            changes.changed.connect(self.on_changed)

    def _fetch_checks(self, cursor, limit):
        return workshop.quality_checks(passed=self.ui.filterCombo.currentData(), after=cursor, limit=limit)

    def _show_rate(self) -> None:
        if not may(self.user, "workshop.figures"):
            return
        today = now().date()
        rates = workshop.qc_rates(self.user, today.replace(day=1), today)
        self.ui.rateLabel.setText(self.tr("本月终检 {n} 台，返工 {r} 台，返修率 {p}").format(
            n=rates["inspected"], r=rates["reworked"],
            p="—" if rates["rework_percent"] is None else f"{rates['rework_percent']}%"))

    def on_changed(self, topics: set) -> None:
        if topics & TOPICS:
            self.reload()
            self._show_rate()

    def reload(self) -> None:
        self.qc_model.reload()
        self.added_model.reload()
        self.ui.tabs.setTabText(1, self.tr("增项待客户答复（{n}{more}）").format(
            n=self.added_model.rows_loaded(), more="+" if self.added_model.canFetchMore() else ""))
        if self.qc_model.rowCount():
            self.ui.qcView.selectRow(0)

    def reprint(self):
        """重打: only a passed check has a certificate; a rework row says so in the red line."""
        self.ui.errorLabel.clear()
        index = self.ui.qcView.currentIndex()
        if not index.isValid():
            self.ui.errorLabel.setText(self.tr("请先选择一条质检记录。"))
            return None
        row = self.qc_model.row(index.row())
        if not row["certificate_number"]:
            self.ui.errorLabel.setText(self.tr("这是一次返工记录，没有出厂合格证。"))
            return None
        return preview_document(self, "completion-certificate", row["certificate_number"], user=self.user, local=self.local)
