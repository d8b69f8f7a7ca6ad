"""系统管理 → 上线清单, the administrator's first screen: what the store still lacks before it can
go live (storage.admin.checklist), each item leading to the tab or settings page that fills it."""
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from storage.admin import checklist
from storage.store.backup_schedule import BackupPolicy
from ui.forms.ui_admin_checklist import Ui_AdminChecklist
from ui.kit.style import GREEN, RED


class ChecklistTab(QWidget):
    go_to = Signal(str)  # the item's key: the page shows the tab that completes it

    def __init__(self, *, user, local=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.user, self.local = user, local
        self.ui = Ui_AdminChecklist()
        self.ui.setupUi(self)
        self.ui.itemsTable.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.ui.itemsTable.verticalHeader().setVisible(False)
        self.ui.refreshButton.clicked.connect(self.reload)
        self.ui.itemsTable.activated.connect(self._activated)
        self.items = []
        self.reload()

    def _local(self):
        local = self.local
        printers = bool(local and any((local.get("printers") or {}).values()))
        backup = BackupPolicy.from_local(local).folder if local else ""
        return printers, backup

    def labels(self) -> dict:
        """The items' names in the interface language (storage names them in Chinese)."""
        return {"store": self.tr("门店信息"), "users": self.tr("用户账号"), "models": self.tr("车型"),
                "labour": self.tr("工时定额"), "packages": self.tr("保养套餐"), "printers": self.tr("打印机"),
                "backup": self.tr("备份位置"), "opening_stock": self.tr("期初库存盘点审核"),
                "opening_receivables": self.tr("期初应收"), "member_balances": self.tr("会员余额")}

    def reload(self) -> None:
        printers, backup = self._local()
        self.items = checklist.checklist(printers_set=printers, backup_place=backup)
        table = self.ui.itemsTable
        table.setRowCount(len(self.items))
        for i, item in enumerate(self.items):
            state = QTableWidgetItem(self.tr("✓ 已完成") if item["done"] else self.tr("✗ 未完成"))
            state.setForeground(GREEN if item["done"] else RED)
            table.setItem(i, 0, QTableWidgetItem(self.labels().get(item["key"], item["label"])))
            table.setItem(i, 1, state)
            table.setItem(i, 2, QTableWidgetItem(item["detail"]))
        table.setColumnWidth(0, 140)
        table.setColumnWidth(1, 100)
        labels = self.labels()
        missing = [labels.get(i["key"], i["label"]) for i in self.items if not i["done"]]
        self.ui.summaryLabel.setText(self.tr("全部就绪，可以上线。") if not missing
                                     else self.tr("还差 {n} 项：{items}").format(n=len(missing), items=self.tr("、").join(missing)))

    def _activated(self, index) -> None:
        self.go_to.emit(self.items[index.row()]["key"])
