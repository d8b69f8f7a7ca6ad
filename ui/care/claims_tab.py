"""索赔 tab: warranty lines still without a claim, the claims by state (submitted to the
manufacturer, approved or rejected, paid), and the old-parts store by tag number."""
from html import escape

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from storage.care import claims
from storage.rules import auth
from storage.rules.money import ZERO, fmt
from storage.rules.vocabulary import ClaimStatus, OldPartStatus
from ui.care.note_dialog import NoteDialog, NoteForm
from ui.forms.ui_care_claims import Ui_CareClaims
from ui.kit.dialogs import run_dialog
from ui.kit.format import money_text, when
from ui.kit.keys import shortcut
from ui.kit.labels import data_text
from ui.kit.messages import say
from ui.kit.operations import run_op
from ui.kit.paged_model import RIGHT, Column, PagedTableModel
from ui.kit.style import AMBER, GREEN, RED
from ui.kit.tables import fit_columns, set_up_view

AWAITING, CLAIMS, OLD_PARTS = "awaiting", "claims", "old_parts"
COLOURS = {ClaimStatus.REJECTED: RED, ClaimStatus.APPROVED: AMBER, ClaimStatus.PAID: GREEN}


class ClaimsTab(QWidget):
    def __init__(self, *, user, changes=None, local=None, parent=None):
        super().__init__(parent)
        self.user, self.changes = user, changes
        self.ui = Ui_CareClaims()
        self.ui.setupUi(self)
        self.ui.messageLabel.hide()
        for label, view in ((self.tr("索赔单"), CLAIMS), (self.tr("待开索赔单的保修明细"), AWAITING), (self.tr("旧件库"), OLD_PARTS)):
            self.ui.viewCombo.addItem(label, view)
        line = [Column("order_number", self.tr("工单号")), Column("plate", self.tr("车牌")), Column("customer", self.tr("客户")),
                Column(lambda r: data_text(r["kind"]), self.tr("类别")), Column("description", self.tr("项目 / 备件"))]
        self.columns = {
            AWAITING: line + [Column("net", self.tr("索赔金额"), align=RIGHT, fmt=money_text),
                              Column(lambda r: data_text(r["order_status"]), self.tr("工单状态"))],
            CLAIMS: [Column("number", self.tr("索赔单号")), Column("opened_at", self.tr("开单"), fmt=when),
                     Column(lambda r: data_text(r["status"]), self.tr("状态"), colour=lambda r: COLOURS.get(r["status"]))]
                    + line + [Column("old_part_number", self.tr("旧件编号")),
                              Column("amount", self.tr("索赔金额"), align=RIGHT, fmt=money_text),
                              Column("approved_amount", self.tr("批准金额"), align=RIGHT, fmt=money_text),
                              Column("paid", self.tr("已回款"), align=RIGHT, fmt=money_text),
                              Column(lambda r: r["reject_reason"] or r["fault"], self.tr("故障描述 / 拒赔原因"))],
            OLD_PARTS: [Column("old_part_number", self.tr("旧件编号")), Column("number", self.tr("索赔单号"))] + line
                       + [Column(lambda r: data_text(r["old_part_status"]), self.tr("旧件状态")),
                          Column("old_part_moved_at", self.tr("入库 / 出库"), fmt=when),
                          Column(lambda r: data_text(r["status"]), self.tr("索赔状态"))],
        }
        self.model = PagedTableModel(columns=self.columns[CLAIMS], fetch=self._fetch, page_size=50, parent=self)
        set_up_view(self.ui.claimsView, self.model)
        self.ui.claimsView.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.ui.viewCombo.activated.connect(lambda _i: self._view_changed())
        self.ui.statusCombo.activated.connect(lambda _i: self.reload())
        self.search_timer = QTimer(self, singleShot=True, interval=250, timeout=self.reload)
        self.ui.searchEdit.textChanged.connect(lambda _t: self.search_timer.start())
        actions = ((self.ui.openButton, "Ctrl+N", self.open_claims), (self.ui.submitButton, "F2", self.submit),
                   (self.ui.approveButton, "F3", self.approve), (self.ui.rejectButton, "F4", self.reject),
                   (self.ui.payButton, "Ctrl+R", self.pay))
        for button, key, slot in actions:
            button.clicked.connect(lambda _c=False, slot=slot: slot())
            shortcut(key, self, slot, local=True)
        self.ui.returnButton.clicked.connect(lambda: self.move_old_parts(OldPartStatus.RETURNED))
        self.ui.scrapButton.clicked.connect(lambda: self.move_old_parts(OldPartStatus.SCRAPPED))
        if changes is not None:
            changes.changed.connect(lambda topics: self.reload() if topics & {"care", "cashier", "orders"} else None)
        self._fill_statuses()
        self.reload()

    def view(self) -> str:
        return self.ui.viewCombo.currentData()

    def _fill_statuses(self) -> None:
        combo = self.ui.statusCombo
        combo.clear()
        if self.view() == CLAIMS:
            combo.addItem(self.tr("全部状态"), None)
            for status in claims.STATES:
                combo.addItem(data_text(status), status)
        elif self.view() == OLD_PARTS:
            for status in claims.OLD_PART_STATES:
                combo.addItem(data_text(status), status)
        combo.setVisible(combo.count() > 0)

    def _fetch(self, cursor, limit):
        view = self.view()
        if view == AWAITING:
            return claims.awaiting(self.user, after=cursor, limit=limit)
        if view == OLD_PARTS:
            return claims.old_parts(self.user, status=self.ui.statusCombo.currentData() or OldPartStatus.IN_STORE, after=cursor, limit=limit)
        return claims.claims(self.user, status=self.ui.statusCombo.currentData(), text=self.ui.searchEdit.text(),
                             after=cursor, limit=limit)

    def _view_changed(self) -> None:
        self._fill_statuses()
        self.reload()

    def reload(self) -> None:
        self.ui.searchEdit.setVisible(self.view() == CLAIMS)
        self.model.beginResetModel()
        self.model.columns = self.columns[self.view()]
        self.model.endResetModel()
        self.model.reload(self._fetch)
        fit_columns(self.ui.claimsView, widest=240,
                    samples=dict.fromkeys(("net", "amount", "approved_amount", "paid"), "¥999,999.99"))
        if self.model.rowCount():
            self.ui.claimsView.selectRow(0)
        parts = [self.tr("{status} <b>{count}</b> 单 {amount}").format(status=escape(data_text(s["status"])), count=s["count"],
                                                                      amount=fmt(s["amount"]))
                 for s in claims.summary() if s["count"]]
        self.ui.summaryLabel.setText("　".join(parts) or self.tr("还没有索赔单。"))
        self._enable()

    def selected(self) -> list[dict]:
        rows = sorted({index.row() for index in self.ui.claimsView.selectionModel().selectedRows()})
        return [self.model.row(r) for r in rows if r < self.model.rowCount()]

    def _enable(self) -> None:
        rows, view = self.selected(), self.view()
        states = {r.get("status") for r in rows}
        claim = auth.may(self.user, "care.claim")
        one = len(rows) == 1
        self.ui.openButton.setEnabled(claim and view == AWAITING and bool(rows))
        self.ui.submitButton.setEnabled(claim and view == CLAIMS and one and states <= {ClaimStatus.TO_SUBMIT,
                                                                                        ClaimStatus.REJECTED})
        self.ui.approveButton.setEnabled(claim and view == CLAIMS and one and states == {ClaimStatus.SUBMITTED})
        self.ui.rejectButton.setEnabled(claim and view == CLAIMS and one and states == {ClaimStatus.SUBMITTED})
        self.ui.payButton.setEnabled(auth.may(self.user, "cashier.receivables") and view == CLAIMS and bool(rows)
                                     and states == {ClaimStatus.APPROVED})
        for button in (self.ui.returnButton, self.ui.scrapButton):
            button.setVisible(view == OLD_PARTS)
            button.setEnabled(claim and view == OLD_PARTS and bool(rows)
                              and {r.get("old_part_status") for r in rows} == {OldPartStatus.IN_STORE})

    def _run(self, action, line=None):
        """An operation of this tab (ui.kit.operations): what it changed reloads the pages once."""
        return run_op(action, changes=self.changes, line=line, refresh=lambda _topics: self.reload())

    def _refused(self, exc) -> None:
        say(self.ui.messageLabel, exc.message)

    def _ask(self, form: NoteForm):
        dialog = NoteDialog(form=form, parent=self)
        if self._run(lambda: run_dialog(dialog)).value:
            return dialog.saved
        return None

    def _info(self, row: dict) -> str:
        T = {  # labels outside the f-strings, where lupdate sees them
            "索赔金额": self.tr("索赔金额"),
        }
        return (f"<b>{escape(row['number'])}</b>　{escape(row['order_number'])}　{escape(row['plate'])}<br>"
                f"{escape(row['description'])}　{escape(T['索赔金额'])} {escape(fmt(row['amount']))}")

    # -- the actions ---------------------------------------------------------------------------------
    def open_claims(self):
        rows = self.selected()
        if not rows or not self.ui.openButton.isEnabled():
            return None
        opened = []

        def open_all():
            for order_id in dict.fromkeys(r["order_id"] for r in rows):
                opened.extend(claims.open_claims(self.user, order_id))

        if not self._run(open_all, line=self._refused):
            return None
        say(self.ui.messageLabel, self.tr("已开索赔单 {numbers}。").format(numbers="、".join(c.number for c in opened)), ok=True)
        return opened

    def submit(self):
        rows = self.selected()
        if not self.ui.submitButton.isEnabled():
            return None
        row, user = rows[0], self.user
        return self._ask(NoteForm(title=self.tr("提交索赔"), info=self._info(row), text_label=self.tr("故障描述："),
                                  text=row["fault"],
                                  save=lambda text, _c, _a: claims.submit(user, row["id"], row["version"], fault=text)))

    def approve(self):
        rows = self.selected()
        if not self.ui.approveButton.isEnabled():
            return None
        row, user = rows[0], self.user
        return self._ask(NoteForm(title=self.tr("厂家批准"), info=self._info(row), amount_label=self.tr("批准金额："),
                                  amount=f"{row['amount']}",
                                  save=lambda _t, _c, amount: claims.approve(user, row["id"], row["version"], amount=amount)))

    def reject(self):
        rows = self.selected()
        if not self.ui.rejectButton.isEnabled():
            return None
        row, user = rows[0], self.user
        return self._ask(NoteForm(title=self.tr("厂家拒赔"), info=self._info(row), text_label=self.tr("拒赔原因："),
                                  save=lambda text, _c, _a: claims.reject(user, row["id"], row["version"], reason=text)))

    def pay(self):
        T = {  # labels outside the f-strings, where lupdate sees them
            "未回款": self.tr("未回款"),
        }
        rows = self.selected()
        if not self.ui.payButton.isEnabled():
            return None
        user = self.user
        owed = sum((r["outstanding"] for r in rows), ZERO)
        info = "<br>".join(f"{escape(r['number'])}　{escape(r['order_number'])}　{escape(T['未回款'])} "
                           f"{escape(fmt(r['outstanding']))}" for r in rows[:8])
        single = len(rows) == 1

        def save(reference, _choice, amount):
            allocations = [(r["id"], r["version"], amount if single else r["outstanding"]) for r in rows]
            return claims.record_payments(user, reference=reference, allocations=allocations)

        return self._ask(NoteForm(title=self.tr("登记厂家回款"), info=info, text_label=self.tr("银行流水号："), save=save,
                                  amount_label=self.tr("回款金额：") if single else "",
                                  amount=f"{owed}" if single else ""))

    def move_old_parts(self, to_status: str):
        rows = self.selected()
        if not rows or not self.ui.returnButton.isEnabled():
            return None
        done = self._run(lambda: claims.move_old_parts(self.user, [r["id"] for r in rows], to_status), line=self._refused)
        if not done:
            return None
        moved = done.value
        say(self.ui.messageLabel, self.tr("{n} 件旧件已改为“{status}”。").format(n=moved, status=data_text(to_status)), ok=True)
        return moved
