"""The shape every list of 系统管理 shares (ui/forms/admin_list.ui): a search box, the list paged
from storage as it scrolls, 新建 / 修改 / 停用 buttons, an extra action, Excel import and export,
and a message line. A tab fills in the columns and what each button does; the buttons it does not
use are hidden. Enter or a double-click on a row is 修改."""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QWidget

from storage.rules.errors import DomainError
from ui.forms.ui_admin_list import Ui_AdminList
from ui.kit.messages import say
from ui.kit.paged_model import PagedTableModel
from ui.kit.tables import select_where, selected_rows, set_up_view
from ui.kit.tasks import run_task


class ListTab(QWidget):
    """Subclasses set `columns` and implement fetch(text, cursor, limit); optionally create(),
    edit(row), toggle(row), extra(row), import_file(path) and export_to(path, text) -> rows written."""

    export_name = "导出"
    extra_label = ""

    def __init__(self, *, user, parent: QWidget | None = None):
        super().__init__(parent)
        self.user = user
        self.ui = Ui_AdminList()
        self.ui.setupUi(self)
        self.ui.messageLabel.clear()
        self.model = None
        for button, method in ((self.ui.newButton, "create"), (self.ui.editButton, "edit"),
                               (self.ui.toggleButton, "toggle"), (self.ui.extraButton, "extra"),
                               (self.ui.importButton, "import_file"), (self.ui.exportButton, "export_to")):
            button.setVisible(callable(getattr(self, method, None)))
        if self.extra_label:
            self.ui.extraButton.setText(self.extra_label)
        self.ui.newButton.clicked.connect(lambda: self._run(self.create))
        self.ui.editButton.clicked.connect(lambda: self._with_row(self.edit))
        self.ui.toggleButton.clicked.connect(lambda: self._with_row(self.toggle))
        self.ui.extraButton.clicked.connect(lambda: self._with_row(self.extra))
        self.ui.importButton.clicked.connect(lambda: self.ask_import())
        self.ui.exportButton.clicked.connect(lambda: self.export())
        self.ui.listView.activated.connect(lambda _i: self._with_row(self.edit))
        self._search = QTimer(self, singleShot=True, interval=250, timeout=self.reload)
        self.ui.searchEdit.textChanged.connect(lambda _t: self._search.start())
        self.ui.searchEdit.returnPressed.connect(self.reload)

    create = edit = toggle = extra = import_file = export_to = None

    def text(self) -> str:
        return self.ui.searchEdit.text()

    def reload(self) -> None:
        text = self.text()
        self.model = PagedTableModel(columns=self.columns(), fetch=lambda cursor, limit: self.fetch(text, cursor, limit),
                                     page_size=100, parent=self)
        set_up_view(self.ui.listView, self.model)
        self.model.fetchMore()
        if self.model.rowCount():
            self.ui.listView.selectRow(0)

    def current_row(self):
        rows = selected_rows(self.ui.listView)
        return rows[0] if rows else None

    def select_where(self, key: str, value) -> bool:
        """Select the row whose `key` is `value` (after a save, and for tests)."""
        return select_where(self.ui.listView, lambda row: row.get(key) == value)

    def _with_row(self, action) -> None:
        if action is None:
            return
        row = self.current_row()
        if row is None:
            say(self.ui.messageLabel, self.tr("请先在列表中选中一行。"))
            return
        self._run(action, row)

    def _run(self, action, *args) -> None:
        if action is None:
            return
        try:
            message = action(*args)
        except DomainError as exc:
            say(self.ui.messageLabel, exc.message)
            return
        if message:
            say(self.ui.messageLabel, message, ok=True)
            self.reload()

    def ask_import(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("从 Excel 导入"), "",
                                                  self.tr("Excel 或 CSV (*.xlsx *.csv)"))
        if path:
            self._run(self.import_file, path)

    def export(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("导出 Excel"), f"{self.export_name}.xlsx",
                                                  self.tr("Excel 工作簿 (*.xlsx)"))
        if not path:
            return
        text = self.text()
        run_task(self, lambda cancel: self.export_to(path, text),
                 on_done=lambda n: say(self.ui.messageLabel, self.tr("已导出 {n} 行到 {path}").format(n=n, path=path), ok=True),
                 on_error=lambda exc: say(self.ui.messageLabel, exc.message),
                 progress=self.tr("正在导出…"))
