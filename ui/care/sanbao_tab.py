"""三包 tab: family cars inside their periods that are near (注意) or at (已达到) a limit of the
repair/replace/return rules, with the warnings and the quality repairs of the car selected. The
list is worked out off the GUI thread (it reads every warranty repair of the last three years)."""
from html import escape

from PySide6.QtWidgets import QInputDialog, QWidget

from storage.care import sanbao
from storage.models import WorkOrder
from storage.rules.auth import may
from storage.rules.errors import DomainError
from ui.forms.ui_care_sanbao import Ui_CareSanbao
from ui.kit.format import km_text, when
from ui.kit.labels import data_text
from ui.kit.messages import say
from ui.kit.paged_model import RIGHT, Column, PagedTableModel
from ui.kit.style import AMBER, RED
from ui.kit.tables import fit_columns, selected_row, set_up_view
from ui.kit.tasks import run_task


def _level_colour(row):
    return RED if row["level"] == sanbao.REACHED else AMBER


class SanbaoTab(QWidget):
    def __init__(self, *, user, changes=None, local=None, parent=None):
        super().__init__(parent)
        self.user, self.changes = user, changes
        self.ui = Ui_CareSanbao()
        self.ui.setupUi(self)
        self.ui.messageLabel.hide()
        self.ui.levelCombo.addItem(self.tr("全部预警"), None)
        self.ui.levelCombo.addItem(self.tr("已达到上限"), sanbao.REACHED)
        self.model = PagedTableModel(columns=[
            Column(lambda r: data_text(r["level"]), self.tr("预警"), colour=_level_colour), Column("plate", self.tr("车牌")),
            Column("model", self.tr("车型")), Column("customer", self.tr("客户")), Column("phone", self.tr("电话")),
            Column("purchase_date", self.tr("购车日期"), fmt=when), Column("valid_until", self.tr("三包有效期至"), fmt=when),
            Column("repairs", self.tr("三包内修理(次)"), align=RIGHT), Column("repair_days", self.tr("累计修理(天)"), align=RIGHT),
            Column(lambda r: r["warnings"][0]["text"] + (f"（+{len(r['warnings']) - 1}）" if len(r["warnings"]) > 1 else ""),
                   self.tr("提示"), colour=_level_colour),
        ], fetch=lambda cursor, limit: ([], None), page_size=50, parent=self)
        set_up_view(self.ui.carsView, self.model)
        self.ui.splitter.setSizes([820, 320])
        self.ui.carsView.selectionModel().currentRowChanged.connect(lambda *_: self.show_detail())
        self.ui.levelCombo.activated.connect(lambda _i: self.reload())
        self.ui.mobilityButton.clicked.connect(self.record_mobility)
        self.ui.mobilityButton.setVisible(may(user, "order.edit"))
        self.ui.mobilityButton.setEnabled(False)
        self.loading = None
        if changes is not None:
            changes.changed.connect(lambda topics: self.reload() if topics & {"care", "orders", "settings"} else None)
        self.reload()

    def _page(self, level, cursor, limit):
        return sanbao.cars_near_limits(self.user, level=level, after=cursor, limit=limit)

    def reload(self):
        level, page_size = self.ui.levelCombo.currentData(), self.model.page_size
        self.loading = run_task(self, lambda cancel: self._page(level, None, page_size),
                                on_done=lambda first: self._show(level, first),
                                on_error=lambda exc: say(self.ui.messageLabel, exc.message))
        return self.loading

    def _show(self, level, first) -> None:
        self.model.reload(lambda cursor, limit: first if cursor is None else self._page(level, cursor, limit))
        fit_columns(self.ui.carsView, widest=220)
        if self.model.rowCount():
            self.ui.carsView.selectRow(0)
        self.show_detail()

    def _spare_car_order(self):
        """The order number of the selected car's repair that the 第二十一条 warning is about."""
        row = selected_row(self.ui.carsView)
        warning = next((w for w in (row or {}).get("warnings", ()) if w["rule"] == sanbao.RULE_SPARE_CAR), None)
        return warning["key"] if warning else None

    def record_mobility(self) -> None:
        """第二十一条: what the consumer got from day 6 (a spare car, an allowance, or as agreed), on the order."""
        number = self._spare_car_order()
        if number is None:
            return
        kind, ok = QInputDialog.getItem(self, self.tr("备用车/交通补偿"), self.tr("工单 {n} 提供了：").format(n=number),
                                        list(sanbao.MOBILITY), 0, False)
        if not ok:
            return
        detail, ok = QInputDialog.getText(self, self.tr("备用车/交通补偿"),
                                          self.tr("说明（备用车车牌及起始日，或补偿金额）："))
        if not ok:
            return
        order = WorkOrder.get(WorkOrder.number == number)
        try:
            sanbao.record_mobility(self.user, order.id, order.version, kind, detail)
        except DomainError as exc:
            say(self.ui.messageLabel, exc.message)
            return
        self.ui.messageLabel.hide()
        self.reload()

    def show_detail(self) -> None:
        T = {  # labels outside the f-strings, where lupdate sees them
            "没有接近三包上限的车辆。": self.tr("没有接近三包上限的车辆。"),
            "预警": self.tr("预警"),
            "质量问题修理": self.tr("质量问题修理"),
        }
        row = selected_row(self.ui.carsView)
        self.ui.mobilityButton.setEnabled(self._spare_car_order() is not None)
        if row is None:
            self.ui.detailBrowser.setHtml(f"<p style='color:#666'>{escape(T['没有接近三包上限的车辆。'])}</p>")
            return
        e = escape
        parts = [f"<h3>{e(row['plate'])} {e(row['model'] or '')}</h3>",
                 f"<p>{e(row['customer'])}　{e(row['phone'])}<br>"
                 + e(self.tr("购车 {bought}，当前 {km}；三包有效期至 {valid}，包修期至 {period}").format(
                     bought=when(row["purchase_date"]), km=km_text(row["last_mileage"]) or "—",
                     valid=when(row["valid_until"]), period=when(row["period_until"]))) + "</p>",
                 f"<p><b>{e(T['预警'])}</b></p><ul>"]
        for warning in row["warnings"]:
            colour = "#c62828" if warning["level"] == sanbao.REACHED else "#b26a00"
            parts.append(f"<li style='color:{colour}'>{e(data_text(warning['level']))}：{e(warning['text'])}</li>")
        parts.append(f"</ul><p><b>{e(T['质量问题修理'])}</b></p><table cellspacing='0' cellpadding='3'>")
        for repair in row["repair_list"]:
            ended = when(repair["ended_at"]) if repair["ended_at"] else self.tr("在修")
            parts.append(f"<tr><td>{e(repair['number'])}</td><td>{e(when(repair['opened_at']))} → {e(ended)}</td>"
                         f"<td>{e('、'.join(sorted(repair['systems'])))}</td></tr>")
        parts.append("</table>")
        self.ui.detailBrowser.setHtml("".join(parts))
