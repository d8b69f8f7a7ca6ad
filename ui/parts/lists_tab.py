"""清单: parts below safety stock, slow movers (no movement for N months), stock value by brand or
category; each list exports whole to Excel (storage.parts.reads.export_list, off the GUI thread)."""
from PySide6.QtWidgets import QFileDialog, QWidget

from storage.parts import reads
from ui.forms.ui_parts_lists import Ui_PartsLists
from ui.kit.format import money_text, number_text, when
from ui.kit.messages import say
from ui.kit.paged_model import RIGHT, Column, PagedTableModel
from ui.kit.tables import set_up_view
from ui.kit.tasks import run_task


class ListsTab(QWidget):
    def __init__(self, *, user, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PartsLists()
        self.ui.setupUi(self)
        self.user = user
        part_columns = [Column("number", self.tr("零件号"), width=110), Column("name", self.tr("名称"), width=160),
                        Column("bin", self.tr("货位"), width=70), Column("unit", self.tr("单位"), width=40)]
        group_columns = [Column("key", self.tr("分组"), width=200), Column("parts", self.tr("品种数"), align=RIGHT, width=80),
                         Column("value", self.tr("库存金额"), align=RIGHT, fmt=money_text)]
        months = self.ui.monthsSpin.value
        # kind -> (label, export kind, columns, fetch)
        self.kinds = {
            "below_safety": (self.tr("低于安全库存"), part_columns + [
                Column("on_hand", self.tr("库存"), align=RIGHT, fmt=number_text, width=60),
                Column("safety_stock", self.tr("安全库存"), align=RIGHT, fmt=number_text, width=70),
                Column("shortage", self.tr("缺口"), align=RIGHT, fmt=number_text, width=60),
                Column("on_order", self.tr("在途"), align=RIGHT, fmt=number_text, width=60),
                Column("reorder_qty", self.tr("订货量"), align=RIGHT, fmt=number_text)],
                lambda cursor, limit: reads.below_safety_stock(after=cursor, limit=limit)),
            "slow_movers": (self.tr("呆滞件（长期无异动）"), part_columns + [
                Column("on_hand", self.tr("库存"), align=RIGHT, fmt=number_text, width=60),
                Column("stock_value", self.tr("库存金额"), align=RIGHT, fmt=money_text, width=100),
                Column("last_movement_at", self.tr("最后异动"), fmt=when)],
                lambda cursor, limit: reads.slow_movers(months(), after=cursor, limit=limit)),
            "stock_value_by_brand": (self.tr("库存金额（按品牌）"), group_columns,
                                     lambda cursor, limit: (reads.stock_value_by("brand"), None)),
            "stock_value_by_category": (self.tr("库存金额（按类别）"), group_columns,
                                        lambda cursor, limit: (reads.stock_value_by("category"), None)),
        }
        for kind, (label, _, _) in self.kinds.items():
            self.ui.kindCombo.addItem(label, kind)
        self.model = None
        self.ui.messageLabel.clear()
        self.ui.kindCombo.currentIndexChanged.connect(lambda _: self.show_list())
        self.ui.monthsSpin.valueChanged.connect(lambda _: self.show_list())
        self.ui.exportButton.clicked.connect(self.export)
        self.show_list()

    def kind(self) -> str:
        return self.ui.kindCombo.currentData()

    def show_list(self) -> None:
        _, columns, fetch = self.kinds[self.kind()]
        self.ui.monthsSpin.setEnabled(self.kind() == "slow_movers")
        self.model = PagedTableModel(columns=columns, fetch=fetch, page_size=100, parent=self)
        set_up_view(self.ui.listView, self.model)
        self.model.fetchMore()

    def refresh(self) -> None:
        self.show_list()

    def export(self, path: str | None = None) -> None:
        kind = self.kind()
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("导出 Excel"), f"{self.kinds[kind][0]}.xlsx",
                                                  self.tr("Excel 工作簿 (*.xlsx)"))
        if not path:
            return
        params = {"months": self.ui.monthsSpin.value()} if kind == "slow_movers" else {}
        run_task(self, lambda cancel: reads.export_list(kind, path, **params),
                 on_done=lambda n: say(self.ui.messageLabel, self.tr("已导出 {n} 行到 {path}").format(n=n, path=path), ok=True),
                 progress=self.tr("正在导出…"))
