"""系统管理 → 角色权限: the role × permission table storage.rules.auth enforces, read-only, with search
and Excel export."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QTableWidgetItem, QWidget

from storage.admin import users
from storage.parts.reads import export_xlsx
from ui.forms.ui_admin_permissions import Ui_AdminPermissions
from ui.kit.messages import say
from ui.shell.i18n import role_label


class PermissionsTab(QWidget):
    def __init__(self, *, user, parent: QWidget | None = None):
        super().__init__(parent)
        self.user = user
        self.ui = Ui_AdminPermissions()
        self.ui.setupUi(self)
        self.table = users.permission_table()
        self.ui.table.verticalHeader().setVisible(False)
        self.ui.searchEdit.textChanged.connect(self.show_rows)
        self.ui.exportButton.clicked.connect(lambda: self.export())
        self.show_rows()

    def rows(self):
        text = self.ui.searchEdit.text().strip()
        return [r for r in self.table["rows"] if not text or text in r[1] or text in r[0]]

    def show_rows(self) -> None:
        roles, rows, table = self.table["roles"], self.rows(), self.ui.table
        table.clear()
        table.setColumnCount(1 + len(roles))
        table.setHorizontalHeaderLabels([self.tr("权限")] + [role_label(r) for r in roles])
        table.setRowCount(len(rows))
        for i, (_key, label, allowed) in enumerate(rows):
            table.setItem(i, 0, QTableWidgetItem(label))
            for j, yes in enumerate(allowed, 1):
                item = QTableWidgetItem("✓" if yes else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(i, j, item)
        table.setColumnWidth(0, 170)
        for j in range(1, len(roles) + 1):
            table.setColumnWidth(j, 84)
        table.verticalHeader().setDefaultSectionSize(24)

    def export(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("导出 Excel"), "角色权限.xlsx", self.tr("Excel 工作簿 (*.xlsx)"))
        if not path:
            return
        roles = self.table["roles"]
        columns = [("权限", "label")] + [(r, r) for r in roles]
        rows = [{"label": label, **{r: "✓" if yes else "" for r, yes in zip(roles, allowed)}} for _k, label, allowed in self.rows()]
        n = export_xlsx(path, columns, rows)
        say(self.ui.messageLabel, self.tr("已导出 {n} 行到 {path}").format(n=n, path=path), ok=True)
