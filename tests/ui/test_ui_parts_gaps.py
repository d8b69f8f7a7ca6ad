"""The warehouse window's later additions driven through the real widgets: 进销对账 per day and per
part with its Excel export, return to supplier and a manager's stock adjustment, supplier
maintenance from the part dialog, and editing a draft purchase order's lines before placing it."""
import datetime as dt
from decimal import Decimal

import openpyxl
import pytest
from PySide6.QtCore import Qt

from storage.models import Part, PurchaseOrderLine, StockMovement
from storage.parts import stock
from storage.rules import auth
from tests.ui.test_ui_parts import (  # noqa: F401 (fixtures)
    no_popups, no_preview, open_parts_page, press_in_parts, store, table_texts,
)
from ui.parts.flow_tab import flow_totals

D = Decimal


@pytest.mark.parametrize("days, used", [
    ([], D("0.00")),
    ([{"received_value": D("10"), "received_po_value": D("4"), "issued_value": D("7"), "returned_value": D("2"),
       "used_value": D("5"), "sent_back_value": D("0"), "adjusted_value": D("0"), "counted_value": D("-1")}] * 2,
     D("10")),
])
def test_flow_totals_add_the_days(days, used):
    assert flow_totals(days)["used_value"] == used


def test_parts_flow_per_day_and_per_part_exports_to_excel(qtbot, keeper, store, tmp_path, no_popups):
    order, lines = store["order"], store["lines"]
    stock.issue(keeper, order.id, [{"line": lines[0].id, "quantity": "1"}, {"line": lines[2].id, "quantity": "1"}])
    stock.return_from_workshop(keeper, order.id, [{"line": lines[2].id, "quantity": "1"}], reason="换用副厂件")
    page = open_parts_page(qtbot, keeper)
    press_in_parts(qtbot, page.catalogue.ui.searchEdit, Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)
    tab = page.flow
    assert page.ui.tabs.currentWidget() is tab
    qtbot.waitUntil(lambda: tab.days_model.rowCount() == 1, timeout=5000)
    today = dt.date.today()
    assert table_texts(tab.ui.daysView, 0) == [today.isoformat()]
    # issued: filter 38.50 + brake pads 260.00; back: the brake pads 260.00; used 38.50
    assert table_texts(tab.ui.daysView, 5) == ["¥298.50"]
    assert table_texts(tab.ui.daysView, 8) == ["¥260.00"]
    assert table_texts(tab.ui.daysView, 9) == ["¥38.50"]
    assert "净耗用 <b>¥38.50</b>" in tab.ui.totalsLabel.text()
    # per part: whole range, then the picked day
    assert "06L115562" in table_texts(tab.ui.partsView, 0)
    row = table_texts(tab.ui.partsView, 0).index("5Q0698151B")
    assert [table_texts(tab.ui.partsView, c)[row] for c in (3, 4, 5, 6)] == ["6", "1", "1", "0"]
    tab.ui.daysView.selectRow(0)
    assert today.isoformat() in tab.ui.detailLabel.text()
    target = tmp_path / "flow.xlsx"
    tab.export("parts_flow", str(target))
    qtbot.waitUntil(lambda: "已导出 1 行" in tab.ui.messageLabel.text(), timeout=5000)
    rows = list(openpyxl.load_workbook(target).active.values)
    assert rows[0][:3] == ("日期", "入库数量", "入库金额")
    assert D(str(rows[1][rows[0].index("净耗用金额")])) == D("38.50")
    detail = tmp_path / "detail.xlsx"
    tab.export("parts_flow_detail", str(detail))
    qtbot.waitUntil(lambda: "detail.xlsx" in tab.ui.messageLabel.text(), timeout=5000)
    numbers = [r[0] for r in list(openpyxl.load_workbook(detail).active.values)[1:]]
    assert "5Q0698151B" in numbers and numbers == sorted(numbers)
    # a range with nothing in it
    tab.ui.fromDate.setDate(tab.ui.fromDate.date().addDays(-40))
    tab.ui.toDate.setDate(tab.ui.fromDate.date().addDays(1))
    qtbot.mouseClick(tab.ui.showButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.days_model.rowCount() == 0, timeout=5000)
    assert tab.parts_model.rowCount() == 0


def run_dialog(monkeypatch, cls, script):
    """Replace cls.exec by showing the real dialog and letting `script(dialog)` type into it; the
    dialog's own accept() decides, as with a user's Enter."""
    seen = []

    def run(dialog):
        seen.append(dialog)
        dialog.remember_geometry = False
        dialog.show()
        script(dialog)
        accepted = dialog.result() == cls.DialogCode.Accepted
        dialog.close()
        return cls.DialogCode.Accepted if accepted else cls.DialogCode.Rejected

    monkeypatch.setattr(cls, "exec", run)
    return seen


def test_return_to_supplier_and_a_managers_adjustment_from_the_catalogue(qtbot, keeper, users, store, no_popups,
                                                                        monkeypatch):
    from ui.parts.stock_move_dialog import StockMoveDialog

    parts = store["parts"]
    printed = []
    monkeypatch.setattr("ui.parts.catalogue_tab.preview_document",
                        lambda parent, kind, number, **kw: printed.append((kind, number)))
    page = open_parts_page(qtbot, keeper)
    tab = page.catalogue
    assert tab.ui.returnButton.isEnabled() and not tab.ui.adjustButton.isEnabled()  # 调整 is the manager's

    def send_back(dialog):
        ui = dialog.ui
        assert ui.partEdit.text() == tab.parts.row(0).number  # the part on the card
        ui.partEdit.setFocus()
        ui.partEdit.selectAll()
        qtbot.keyClicks(ui.partEdit, "5qd 955 427")  # scanner or typed, normalised
        qtbot.keyClick(ui.partEdit, Qt.Key.Key_Return)
        assert "雨刮片" in ui.partInfoLabel.text() and dialog.focusWidget() is ui.supplierCombo
        assert ui.supplierCombo.currentText() == "一汽-大众备件中心"
        ui.quantityEdit.setFocus()
        qtbot.keyClicks(ui.quantityEdit, "2")
        qtbot.keyClick(ui.quantityEdit, Qt.Key.Key_Return)
        assert dialog.focusWidget() is ui.reasonEdit
        qtbot.keyClick(ui.reasonEdit, Qt.Key.Key_Return)  # no reason: refused, nothing saved
        assert "原因" in ui.errorLabel.text() and dialog.slip is None
        assert Part.get_by_id(parts["5QD955427"].id).on_hand == D(15)
        ui.reasonEdit.setText("包装破损，退回")
        qtbot.keyClick(ui.reasonEdit, Qt.Key.Key_Return)

    returned = run_dialog(monkeypatch, StockMoveDialog, send_back)
    press_in_parts(qtbot, tab.ui.searchEdit, Qt.Key.Key_F7)
    assert returned and returned[0].slip["title"] == "退货单"
    assert Part.get_by_id(parts["5QD955427"].id).on_hand == D(13)
    move = StockMovement.get((StockMovement.kind == "退货") & (StockMovement.part == parts["5QD955427"].id))
    assert (move.quantity, move.reason, move.supplier_id) == (D(-2), "包装破损，退回", store["supplier"].id)
    assert "退货单" in tab.ui.messageLabel.text() and "¥156.00" in tab.ui.messageLabel.text()
    assert printed == [("return-slip", move.document)]  # the slip goes with the parts to the supplier

    press_in_parts(qtbot, tab.ui.searchEdit, Qt.Key.Key_F8)  # the storekeeper: nothing opens
    assert len(returned) == 1

    manager_page = open_parts_page(qtbot, users[auth.MANAGER])
    mtab = manager_page.catalogue
    mtab.ui.searchEdit.setText("5G0853601")
    mtab.search()

    def damage(dialog):
        ui = dialog.ui
        assert dialog.focusWidget() is ui.quantityEdit and not ui.supplierCombo.isVisible()
        qtbot.keyClicks(ui.quantityEdit, "-5")  # more than the 3 on hand: refused
        ui.reasonEdit.setText("搬运损坏")
        qtbot.keyClick(ui.reasonEdit, Qt.Key.Key_Return)
        assert ui.errorLabel.text() and dialog.slip is None
        ui.quantityEdit.setText("-1")
        qtbot.keyClick(ui.reasonEdit, Qt.Key.Key_Return)

    adjusted = run_dialog(monkeypatch, StockMoveDialog, damage)
    qtbot.mouseClick(mtab.ui.adjustButton, Qt.MouseButton.LeftButton)
    assert adjusted[0].slip["title"] == "库存调整单"
    logo = Part.get_by_id(parts["5G0853601"].id)
    assert logo.on_hand == D(2)
    move = StockMovement.get((StockMovement.kind == "调整") & (StockMovement.part == logo.id))
    assert (move.reason, move.approved_by_id) == ("搬运损坏", users[auth.MANAGER].id)
    assert printed[-1] == ("return-slip", move.document)
    assert mtab.ledger.row(0)["kind"] == "调整"  # the card's ledger shows it at once


def test_suppliers_are_created_edited_and_linked_from_the_part_dialog(qtbot, keeper, store, no_popups, monkeypatch):
    from storage.parts import catalogue
    from ui.parts.part_dialog import PartDialog
    from ui.parts.supplier_dialog import SupplierDialog

    wiper = store["parts"]["5QD955427"]
    catalogue.set_part_supplier(keeper, wiper.id, store["supplier"].id, supplier_number="VW-5QD")
    page = open_parts_page(qtbot, keeper)
    tab = page.catalogue
    tab.ui.searchEdit.setText("5QD955427")
    tab.search()

    def new_bosch(dialog):
        ui = dialog.ui
        ui.nameEdit.setFocus()
        ui.nameEdit.setText("一汽-大众备件中心")  # taken: refused, stays open (QTest types no Chinese)
        for edit, text in ((ui.contactEdit, ""), (ui.phoneEdit, "010-88886666"), (ui.addressEdit, "")):
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
            assert dialog.focusWidget() is edit
            qtbot.keyClicks(edit, text)
        ui.contactEdit.setText("王强")
        qtbot.keyClick(ui.addressEdit, Qt.Key.Key_Return)  # Enter on the last field saves
        assert "已存在" in ui.errorLabel.text() and dialog.supplier is None
        ui.nameEdit.setText("博世雨刮(天津)")
        qtbot.keyClick(ui.addressEdit, Qt.Key.Key_Return)

    def rename(dialog):
        assert dialog.ui.nameEdit.text() == "博世雨刮(天津)" and dialog.ui.contactEdit.text() == "王强"
        dialog.ui.nameEdit.setText("博世雨刮(天津)有限公司")
        dialog.accept()

    scripts = [new_bosch, rename]
    run_dialog(monkeypatch, SupplierDialog, lambda dialog: scripts.pop(0)(dialog))

    def edit(dialog):
        ui = dialog.ui
        assert ui.partSuppliersList.count() == 1 and "VW-5QD" in ui.partSuppliersList.item(0).text()
        assert ui.supplierCombo.currentText() == "一汽-大众备件中心" and ui.supplierNumberEdit.text() == "VW-5QD"
        qtbot.mouseClick(ui.newSupplierButton, Qt.MouseButton.LeftButton)
        assert ui.supplierCombo.currentText() == "博世雨刮(天津)" and ui.supplierNumberEdit.text() == ""
        qtbot.mouseClick(ui.editSupplierButton, Qt.MouseButton.LeftButton)
        assert ui.supplierCombo.currentText() == "博世雨刮(天津)有限公司"
        ui.supplierNumberEdit.setText("3397007297")
        ui.partSuppliersList.setCurrentRow(0)
        qtbot.mouseClick(ui.removeSupplierButton, Qt.MouseButton.LeftButton)  # the FAW-VW link goes
        assert ui.partSuppliersList.count() == 0
        dialog.accept()

    run_dialog(monkeypatch, PartDialog, edit)
    press_in_parts(qtbot, tab.ui.searchEdit, Qt.Key.Key_F2)
    links = catalogue.part_detail(wiper.id)["suppliers"]
    assert [(s["name"], s["supplier_number"]) for s in links] == [("博世雨刮(天津)有限公司", "3397007297")]
    bosch = catalogue.list_suppliers("博世雨刮")[0]
    assert (bosch.contact, bosch.phone) == ("王强", "010-88886666")
    assert "博世雨刮(天津)有限公司" in tab.ui.cardLabel.text()


def test_a_draft_purchase_orders_lines_are_edited_before_it_is_placed(qtbot, keeper, store, no_popups, monkeypatch):
    from storage.models import PurchaseOrder
    from storage.parts import purchasing
    from ui.kit.tables import select_where
    from ui.parts.purchase_lines_dialog import PurchaseLinesDialog

    parts = store["parts"]
    draft = purchasing.create_purchase_order(keeper, store["supplier"].id, [
        {"part": parts["5Q0819653"].id, "quantity": "6", "unit_cost": "62.00"},
        {"part": parts["101905601F"].id, "quantity": "16"}])
    page = open_parts_page(qtbot, keeper)
    page.show_tab("receiving")
    tab = page.receiving
    tab.ui.modeTabs.setCurrentWidget(tab.ui.poPage)
    assert select_where(tab.ui.poView, lambda po: po.id == draft.id)
    assert tab.ui.editLinesButton.isVisible() and tab.ui.placeButton.isVisible()

    def edit(dialog):
        ui = dialog.ui
        assert [ui.linesTable.item(r, 0).text() for r in range(2)] == ["5Q0819653", "101905601F"]
        ui.linesTable.item(0, 2).setText("7.5")  # whole pieces only: refused, nothing saved
        ui.partEdit.setFocus()
        qtbot.keyClicks(ui.partEdit, "04e906036ar")
        qtbot.keyClick(ui.partEdit, Qt.Key.Key_Return)  # Enter moves on; it does not save the order
        assert dialog.focusWidget() is ui.quantityEdit and dialog.order is None
        qtbot.keyClicks(ui.quantityEdit, "4")
        qtbot.keyClick(ui.quantityEdit, Qt.Key.Key_Return)
        qtbot.keyClicks(ui.costEdit, "228.00")
        qtbot.keyClick(ui.costEdit, Qt.Key.Key_Return)  # the line joins, ready for the next scan
        assert ui.linesTable.rowCount() == 3 and dialog.focusWidget() is ui.partEdit
        ui.linesTable.setCurrentCell(1, 0)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: dialog.isActiveWindow())
        press_in_parts(qtbot, ui.linesTable, Qt.Key.Key_Delete)  # the spark plugs go
        assert ui.linesTable.rowCount() == 2
        dialog.accept()
        assert "整数" in ui.errorLabel.text() and dialog.order is None
        assert PurchaseOrderLine.select().where(PurchaseOrderLine.order == draft.id).count() == 2
        ui.linesTable.item(0, 2).setText("8")
        dialog.accept()

    run_dialog(monkeypatch, PurchaseLinesDialog, edit)
    qtbot.mouseClick(tab.ui.editLinesButton, Qt.MouseButton.LeftButton)
    lines = [(ln.part.number, ln.quantity, ln.unit_cost) for ln in
             PurchaseOrderLine.select().where(PurchaseOrderLine.order == draft.id).order_by(PurchaseOrderLine.id)]
    assert lines == [("5Q0819653", D(8), D("62.00")), ("04E906036AR", D(4), D("228.00"))]
    assert "明细已保存" in tab.ui.messageLabel.text()
    assert table_texts(tab.ui.poLinesView, 0) == ["5Q0819653", "04E906036AR"]  # the order on screen shows them
    qtbot.mouseClick(tab.ui.placeButton, Qt.MouseButton.LeftButton)
    assert PurchaseOrder.get_by_id(draft.id).status == "已下单"
    assert not tab.ui.editLinesButton.isVisible()
    with pytest.raises(Exception, match="不能再修改"):  # and storage refuses a placed order's lines
        po = PurchaseOrder.get_by_id(draft.id)
        purchasing.set_purchase_lines(keeper, po.id, po.version, [{"part": parts["5Q0819653"].id, "quantity": "1"}])


def test_the_part_dialog_sets_the_sanbao_main_part_category(qtbot, keeper, store, no_popups):
    """Issue 17: a part is a 三包 main part because the catalogue says which (GB/T 29632 category),
    chosen by keyboard in the part's dialog and cleared the same way."""
    from storage.care import main_parts
    from storage.models import Part
    from ui.parts.part_dialog import PartDialog

    wiper = store["parts"]["5QD955427"]
    dialog = PartDialog(user=keeper, part_id=wiper.id)
    qtbot.addWidget(dialog)
    combo = dialog.ui.sanbaoCombo
    assert combo.currentData() == "" and combo.count() == 1 + len(main_parts.CATEGORIES)
    combo.setFocus()
    combo.setCurrentIndex(combo.findData("制动系统/轮缸"))
    dialog.accept()
    assert Part.get_by_id(wiper.id).sanbao_category == "制动系统/轮缸"
    dialog = PartDialog(user=keeper, part_id=wiper.id)
    qtbot.addWidget(dialog)
    assert dialog.ui.sanbaoCombo.currentData() == "制动系统/轮缸"
    qtbot.keyClick(dialog.ui.sanbaoCombo, Qt.Key.Key_Home)
    dialog.accept()
    assert Part.get_by_id(wiper.id).sanbao_category is None
