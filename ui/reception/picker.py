"""选择工时 / 备件: pick a labour item from the labour-time table (工时定额, priced at the store's
rate) or a part from the warehouse with its live stock, as typed; Enter takes the highlighted row.
For a part, Enter in the search box only moves on to 数量 (selected, to type over); Enter there takes it."""
from PySide6.QtCore import Qt, QTimer

from storage.parts import catalogue
from storage.reception import estimate, packages
from ui.forms.ui_reception_picker import Ui_ReceptionPicker
from ui.kit.dialog_base import PreservingDialog
from ui.kit.format import money_text
from ui.kit.paged_model import RIGHT, Column, PagedTableModel
from ui.kit.style import ERROR_STYLE
from ui.kit.tables import set_up_fitted_view


def _qty(value) -> str:
    return f"{value.normalize():f}" if value is not None else ""


class PickerDialog(PreservingDialog):
    """kind "labour" or "part". exec() == Accepted leaves the row in `chosen`, the quantity typed in `quantity`."""

    def __init__(self, *, kind: str, vehicle_id: int, order_id: int, parent=None):
        super().__init__(parent)
        self.kind = kind
        self.vehicle_id = vehicle_id
        self.order_id = order_id
        self.chosen = None
        self.ui = Ui_ReceptionPicker()
        self.ui.setupUi(self)
        self.ui.errorLabel.hide()
        if kind == "labour":
            self.setWindowTitle(self.tr("选择工时项目（工时定额）"))
            self.ui.quantityLabel.hide()
            self.ui.quantityEdit.hide()
            cols = [Column("code", self.tr("编号")), Column("name", self.tr("项目")), Column("system", self.tr("系统")),
                    Column("hours", self.tr("工时"), align=RIGHT, fmt=_qty),
                    Column("price", self.tr("工时费"), align=RIGHT, fmt=money_text), Column("model", self.tr("适用车型"))]
        else:
            self.setWindowTitle(self.tr("选择备件（实时库存）"))
            cols = [Column("number", self.tr("零件号")), Column("name", self.tr("名称")), Column("spec", self.tr("规格")),
                    Column("price", self.tr("单价"), align=RIGHT, fmt=money_text),
                    Column("on_hand", self.tr("库存"), align=RIGHT, fmt=_qty),
                    Column(lambda p: self.tr("原厂") if p.genuine else self.tr("副厂"), self.tr("原厂/副厂"))]
        self.model = PagedTableModel(columns=cols, fetch=self._fetch, page_size=50, parent=self)
        set_up_fitted_view(self.ui.resultsView, self.model)
        self.ui.resultsView.selectionModel().currentRowChanged.connect(self.show_stock)
        self.ui.resultsView.activated.connect(lambda _index: self.accept())
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self.reload)
        self.ui.searchEdit.textChanged.connect(self.timer.start)
        self.ui.quantityEdit.returnPressed.connect(self.accept)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.searchEdit.installEventFilter(self)
        self.reload()
        self.ui.searchEdit.setFocus()

    def eventFilter(self, watched, event) -> bool:
        if watched is not self.ui.searchEdit or event.type() != event.Type.KeyPress:
            return False
        # Down from the search box goes into the list, as in every look-up the advisor uses.
        if event.key() == Qt.Key.Key_Down:
            self.ui.resultsView.setFocus()
            return True
        # Enter moves on and goes no further: left to the dialog, it would also press OK (quantity 1).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.to_results()
            return True
        return False

    def _fetch(self, cursor, limit):
        text = self.ui.searchEdit.text()
        if self.kind == "labour":
            return packages.labour_catalogue(text, vehicle_id=self.vehicle_id, after=cursor, limit=limit)
        return catalogue.search_parts(text, after=cursor, limit=limit)

    def reload(self) -> None:
        self.timer.stop()
        self.model.reload()
        if self.model.rows_loaded():
            self.ui.resultsView.selectRow(0)
        self.show_stock()

    def to_results(self) -> None:
        self.reload()
        if self.kind == "part" and self.model.rows_loaded():
            self.ui.quantityEdit.setFocus()
            self.ui.quantityEdit.selectAll()
        else:
            self.ui.resultsView.setFocus()

    def current(self):
        index = self.ui.resultsView.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def show_stock(self, *_args) -> None:
        row = self.current()
        if self.kind != "part" or row is None:
            self.ui.stockLabel.setText("")
            return
        stock = estimate.part_stock(row.id, order_id=self.order_id)
        self.ui.stockLabel.setText(self.tr("{name}：现有 {on_hand}，其他工单已占用 {reserved}，本单已用 {mine}，可用 {available}{unit}").format(
            name=row.name, on_hand=_qty(stock["on_hand"]), reserved=_qty(stock["reserved"]),
            mine=_qty(stock["this_order"]), available=_qty(stock["available"]), unit=row.unit))
        self.ui.stockLabel.setStyleSheet(ERROR_STYLE if not stock["available"] else "")

    @property
    def quantity(self) -> str:
        return self.ui.quantityEdit.text()

    def accept(self) -> None:
        self.chosen = self.current()
        if self.chosen is None:
            self.ui.errorLabel.setText(self.tr("请先在列表中选择一项。"))
            self.ui.errorLabel.show()
            return
        super().accept()
