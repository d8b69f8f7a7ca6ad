"""The settlement explained line by line: the lines table (grouped 工时费 / 材料费 / 其他费用, with
who pays each line and the cashier's line discount) and the totals beside the payment."""
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem

from storage.models import PAYERS
from storage.rules.money import ZERO, fmt
from ui.kit.format import number_text

LINE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SECTION_BRUSH = QBrush(QColor("#eef2f7"))
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
COL_NO, COL_ITEM, COL_QTY, COL_PRICE, COL_AMOUNT, COL_ADVISOR, COL_CASHIER, COL_NET, COL_PAYER, COL_NOTE = range(10)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CashierBill", text)


# _tr() hides these from pyside6-lupdate; these lines let it see them (same context).
_STRINGS = (
    QT_TRANSLATE_NOOP("CashierBill", "序"),
    QT_TRANSLATE_NOOP("CashierBill", "项目"),
    QT_TRANSLATE_NOOP("CashierBill", "数量"),
    QT_TRANSLATE_NOOP("CashierBill", "单价"),
    QT_TRANSLATE_NOOP("CashierBill", "金额"),
    QT_TRANSLATE_NOOP("CashierBill", "工单优惠"),
    QT_TRANSLATE_NOOP("CashierBill", "收银优惠"),
    QT_TRANSLATE_NOOP("CashierBill", "应付"),
    QT_TRANSLATE_NOOP("CashierBill", "付款方"),
    QT_TRANSLATE_NOOP("CashierBill", "质保"),
    QT_TRANSLATE_NOOP("CashierBill", "{title}（{count} 项）  金额 {amount}  优惠 {discount}  应付 {net}"),
    QT_TRANSLATE_NOOP("CashierBill", "不保修"),
    QT_TRANSLATE_NOOP("CashierBill", "双击或直接输入金额：本项的收银优惠（分项优惠）"),
    QT_TRANSLATE_NOOP("CashierBill", "工时费"),
    QT_TRANSLATE_NOOP("CashierBill", "材料费"),
    QT_TRANSLATE_NOOP("CashierBill", "其他费用"),
    QT_TRANSLATE_NOOP("CashierBill", "优惠合计（工单 {a} · 收银 {c}）"),
    QT_TRANSLATE_NOOP("CashierBill", "结算合计"),
    QT_TRANSLATE_NOOP("CashierBill", "保险公司挂账"),
    QT_TRANSLATE_NOOP("CashierBill", "厂家索赔挂账"),
    QT_TRANSLATE_NOOP("CashierBill", "内部承担"),
    QT_TRANSLATE_NOOP("CashierBill", "客户应付"),
    QT_TRANSLATE_NOOP("CashierBill", "预约定金可抵扣（余额 {0}）"),
    QT_TRANSLATE_NOOP("CashierBill", "还需收取"),
    QT_TRANSLATE_NOOP("CashierBill", "套餐卡抵扣"),
    QT_TRANSLATE_NOOP("CashierBill", "会员余额：{0}"),
    QT_TRANSLATE_NOOP("CashierBill", "质量保证期：{kind} {days} 天或 {km} 公里（先到为准）"),
)


def _plain(amount) -> str:
    return f"{amount:,.2f}"


class BillTable:
    """Fills a QTableWidget from a storage.cashier Draft; emits through callbacks when the cashier
    changes a line's payer or discount (the window then asks storage for a new preview)."""

    def __init__(self, table: QTableWidget, *, on_payer, on_discount):
        self.table = table
        self.on_payer = on_payer
        self.on_discount = on_discount
        self._filling = False
        table.setColumnCount(10)
        table.setHorizontalHeaderLabels([
            _tr("序"), _tr("项目"), _tr("数量"), _tr("单价"), _tr("金额"), _tr("工单优惠"),
            _tr("收银优惠"), _tr("应付"), _tr("付款方"), _tr("质保"),
        ])
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_ITEM, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.DoubleClicked | QTableWidget.EditTrigger.EditKeyPressed
                              | QTableWidget.EditTrigger.AnyKeyPressed)
        table.itemChanged.connect(self._item_changed)

    def clear(self) -> None:
        self.table.setRowCount(0)

    def fill(self, draft) -> None:
        self._filling = True
        table = self.table
        table.clearSpans()
        table.setRowCount(0)
        bold = QFont()
        bold.setBold(True)
        for section in draft.sections():
            row = table.rowCount()
            table.insertRow(row)
            title = QTableWidgetItem(
                _tr("{title}（{count} 项）  金额 {amount}  优惠 {discount}  应付 {net}").format(
                    title=_tr(section.title), count=len(section.lines), amount=fmt(section.amount),
                    discount=fmt(section.discount), net=fmt(section.net)))
            title.setFont(bold)
            title.setFlags(Qt.ItemFlag.ItemIsEnabled)
            title.setBackground(SECTION_BRUSH)
            table.setItem(row, 0, title)
            table.setSpan(row, 0, 1, table.columnCount())
            for line in section.lines:
                self._add_line(line)
        self._filling = False

    def _add_line(self, line) -> None:
        table = self.table
        row = table.rowCount()
        table.insertRow(row)
        note = "" if line.guaranteed else (line.guarantee_note or _tr("不保修"))
        cells = [
            (str(line.position), False), (line.description, False), (number_text(line.quantity), False),
            (_plain(line.unit_price), False), (_plain(line.amount), False),
            (_plain(line.advisor_discount) if line.advisor_discount else "", False),
            (_plain(line.cashier_discount) if line.cashier_discount else "", True),
            (_plain(line.net), False), ("", False), (note, False),
        ]
        for column, (value, editable) in enumerate(cells):
            item = QTableWidgetItem(value)
            item.setData(LINE_ID_ROLE, line.order_line_id)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if editable:
                flags |= Qt.ItemFlag.ItemIsEditable
                item.setToolTip(_tr("双击或直接输入金额：本项的收银优惠（分项优惠）"))
                item.setBackground(QBrush(QColor("#fffde7")))
            item.setFlags(flags)
            if column in (COL_QTY, COL_PRICE, COL_AMOUNT, COL_ADVISOR, COL_CASHIER, COL_NET):
                item.setTextAlignment(RIGHT)
            if column == COL_NOTE and note:
                item.setForeground(QBrush(QColor("#c62828")))
            table.setItem(row, column, item)
        combo = QComboBox()
        for payer in PAYERS:
            combo.addItem(_tr(payer), payer)
        combo.setCurrentIndex(PAYERS.index(line.payer))
        combo.currentIndexChanged.connect(lambda _i, c=combo, lid=line.order_line_id: self.on_payer(lid, c.currentData()))
        table.setCellWidget(row, COL_PAYER, combo)

    def payer_combo(self, line_id: int) -> QComboBox | None:
        row = self.row_of(line_id)
        return None if row is None else self.table.cellWidget(row, COL_PAYER)

    def row_of(self, line_id: int) -> int | None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, COL_NO)
            if item is not None and item.data(LINE_ID_ROLE) == line_id and self.table.columnSpan(row, 0) == 1:
                return row
        return None

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != COL_CASHIER:
            return
        self.on_discount(item.data(LINE_ID_ROLE), item.text())


def totals_html(draft, package=ZERO) -> str:
    """结算金额 beside the payment: what the bill comes to and who pays what. `package`: what the
    customer's package cards pay of it (套餐卡抵扣, the lines the cashier let them pay)."""
    rows = [
        (_tr("工时费"), draft.labour_total, False), (_tr("材料费"), draft.parts_total, False),
        (_tr("其他费用"), draft.fees_total, False),
        (_tr("优惠合计（工单 {a} · 收银 {c}）").format(a=fmt(draft.advisor_discount), c=fmt(draft.cashier_discount)),
         -draft.discount_total, False),
        (_tr("结算合计"), draft.total, True),
    ]
    if draft.insurer_due:
        rows.append((_tr("保险公司挂账"), draft.insurer_due, False))
    if draft.warranty_due:
        rows.append((_tr("厂家索赔挂账"), draft.warranty_due, False))
    if draft.internal_due:
        rows.append((_tr("内部承担"), draft.internal_due, False))
    rows.append((_tr("客户应付"), draft.customer_due, True))
    if package:
        rows.append((_tr("套餐卡抵扣"), -package, False))
    if draft.deposit_available:
        deposit = min(draft.deposit_usable, draft.customer_due - package)
        rows.append((_tr("预约定金可抵扣（余额 {0}）").format(fmt(draft.deposit_available)), -deposit, False))
        rows.append((_tr("还需收取"), draft.customer_due - package - deposit, True))
    elif package:
        rows.append((_tr("还需收取"), draft.customer_due - package, True))
    body = "".join(
        f"<tr><td style='padding:2px 12px 2px 0'>{'<b>' if strong else ''}{escape(label)}{'</b>' if strong else ''}</td>"
        f"<td align='right' style='padding:2px 0'>{'<b>' if strong else ''}{escape(fmt(amount) if amount >= ZERO else '-' + fmt(-amount))}"
        f"{'</b>' if strong else ''}</td></tr>"
        for label, amount, strong in rows
    )
    extra = ""
    if draft.member_balance:
        extra = f"<p style='color:#555'>{escape(_tr('会员余额：{0}').format(fmt(draft.member_balance)))}</p>"
    guarantee = draft.guarantee
    if guarantee is not None:
        extra += (f"<p style='color:#555'>{escape(_tr('质量保证期：{kind} {days} 天或 {km} 公里（先到为准）').format(kind=_tr(guarantee.kind), days=guarantee.days, km=f'{guarantee.km:,}'))}</p>")
    return f"<table style='font-size:14px'>{body}</table>{extra}"
