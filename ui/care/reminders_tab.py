"""提醒 tab: the service due by date and mileage, insurance renewals, annual inspections (each
reminded two weeks ahead and again near the date), tomorrow's appointments, and the lost customers
(not back for the set months) with the reason they give."""
from html import escape

from PySide6.QtWidgets import QWidget

from storage.care import reminders
from storage.rules import auth, settings
from ui.care.note_dialog import NoteDialog, NoteForm
from ui.forms.ui_care_reminders import Ui_CareReminders
from ui.kit.dialogs import run_dialog
from ui.kit.format import km_text, when
from ui.kit.keys import shortcut
from ui.kit.labels import data_text
from ui.kit.messages import say
from ui.kit.operations import run_op
from ui.kit.paged_model import RIGHT, Column, PagedTableModel
from ui.kit.style import AMBER, RED
from ui.kit.tables import fit_columns, selected_row, set_up_view
from ui.kit.tasks import run_task

SERVICE, INSURANCE, INSPECTION, TOMORROW, LOST = "保养", "保险到期", "年审", "预约", "流失"


def _days_colour(row):
    return RED if row["days_left"] < 0 else AMBER if row["days_left"] <= 3 else None


class RemindersTab(QWidget):
    def __init__(self, *, user, changes=None, local=None, parent=None):
        super().__init__(parent)
        self.user, self.changes = user, changes
        self.ui = Ui_CareReminders()
        self.ui.setupUi(self)
        self.ui.messageLabel.hide()
        for label, kind in ((self.tr("保养到期"), SERVICE), (self.tr("保险到期"), INSURANCE), (self.tr("年审到期"), INSPECTION),
                            (self.tr("明日预约"), TOMORROW), (self.tr("流失客户"), LOST)):
            self.ui.kindCombo.addItem(label, kind)
        due = [Column("due_on", self.tr("到期日"), fmt=when), Column("days_left", self.tr("剩余(天)"), align=RIGHT, colour=_days_colour),
               Column(lambda r: data_text(r["reminder"]), self.tr("本次提醒"))]
        car = [Column("plate", self.tr("车牌")), Column("model", self.tr("车型")), Column("customer", self.tr("客户")),
               Column("phone", self.tr("电话"))]
        after = [Column("booked_at", self.tr("已预约"), fmt=when), Column("last_reminded_at", self.tr("上次提醒"), fmt=when)]
        self.columns = {
            SERVICE: due + [Column("due_km", self.tr("保养里程"), align=RIGHT, fmt=km_text),
                            Column("last_mileage", self.tr("当前里程"), align=RIGHT, fmt=km_text)] + car + after,
            INSURANCE: due + car + after,
            INSPECTION: due + car + after,
            TOMORROW: [Column("starts_at", self.tr("预约时间"), fmt=when), Column("number", self.tr("预约单号")),
                       Column(lambda r: data_text(r["job_type"]), self.tr("业务"))] + car
                      + [Column("bay", self.tr("工位")), Column("advisor", self.tr("服务顾问")),
                         Column("reminded_at", self.tr("已提醒"), fmt=when)],
            LOST: [Column("last_visit_at", self.tr("上次进厂"), fmt=when), Column("months_away", self.tr("未回厂(月)"), align=RIGHT),
                   Column("last_mileage", self.tr("里程"), align=RIGHT, fmt=km_text)] + car
                  + [Column("contacted_at", self.tr("上次回访"), fmt=when)],
        }
        self.model = PagedTableModel(columns=self.columns[SERVICE], fetch=self._fetch, page_size=50, parent=self)
        set_up_view(self.ui.remindersView, self.model)
        self.ui.remindersView.activated.connect(lambda _i: self.remind())
        self.ui.remindButton.clicked.connect(self.remind)
        self.ui.refreshButton.clicked.connect(lambda: self.refresh_all())
        self.ui.kindCombo.activated.connect(lambda _i: self.reload())
        self.ui.contactedCheck.toggled.connect(lambda _on: self.reload())
        shortcut("F2", self, self.remind, local=True)
        may = auth.may(user, "care.follow_up")
        self.ui.refreshButton.setVisible(may)
        self.refreshing = None
        if changes is not None:
            changes.changed.connect(lambda topics: self.reload() if topics & {"care", "appointments", "orders"} else None)
        self.reload()

    def kind(self) -> str:
        return self.ui.kindCombo.currentData()

    def _fetch(self, cursor, limit):
        kind = self.kind()
        if kind == SERVICE:
            return reminders.service_due(self.user, after=cursor, limit=limit)
        if kind in (INSURANCE, INSPECTION):
            return reminders.dated_due(self.user, kind, after=cursor, limit=limit)
        if kind == TOMORROW:
            return reminders.tomorrow_appointments(self.user) if cursor is None else ([], None)
        return reminders.lost_customers(self.user, include_contacted=self.ui.contactedCheck.isChecked(), after=cursor,
                                        limit=limit)

    def reload(self) -> None:
        kind = self.kind()
        self.ui.contactedCheck.setVisible(kind == LOST)
        ahead, near = settings.get("care.remind_ahead_days"), settings.get("care.remind_near_days")
        rules = {
            LOST: self.tr("{months} 个月未回厂的车辆，最近流失的在前").format(months=settings.get("care.lost_after_months")),
            TOMORROW: self.tr("明天的预约：提前一天提醒客户"),
        }
        self.ui.ruleLabel.setText(rules.get(kind, self.tr("到期前 {ahead} 天第一次提醒，前 {near} 天再次提醒").format(ahead=ahead, near=near)))
        self.model.beginResetModel()
        self.model.columns = self.columns[kind]
        self.model.endResetModel()
        self.model.reload(self._fetch)
        fit_columns(self.ui.remindersView)
        if self.model.rowCount():
            self.ui.remindersView.selectRow(0)
        self.ui.remindButton.setText(self.tr("已回访… (Enter)") if kind == LOST else self.tr("已提醒… (Enter)"))
        self.ui.remindButton.setEnabled(auth.may(self.user, "appointment.edit" if kind == TOMORROW else "care.follow_up"))

    def _run(self, action, line=None):
        """An operation of this tab (ui.kit.operations): what it changed reloads the pages once."""
        return run_op(action, changes=self.changes, line=line, refresh=lambda _topics: self.reload())

    def remind(self):
        row, kind = selected_row(self.ui.remindersView), self.kind()
        if row is None or not self.ui.remindButton.isEnabled():
            return None
        if kind == TOMORROW:
            if not self._run(lambda: reminders.remind_appointment(self.user, row["id"], row["version"]),
                             line=lambda exc: say(self.ui.messageLabel, exc.message)):
                return None
            say(self.ui.messageLabel, self.tr("已记录：{customer} 的预约已提醒。").format(customer=row["customer"]), ok=True)
            return True
        user, vehicle_id, due_on = self.user, row["vehicle_id"], row.get("due_on")
        stored = LOST if kind == LOST else kind
        info = f"<b>{escape(row['plate'])}</b> {escape(row['model'] or '')}　{escape(row['customer'])}　{escape(row['phone'])}"
        if kind == LOST:
            info += "<br>" + escape(self.tr("上次进厂 {at}，已 {months} 个月未回厂").format(
                at=when(row["last_visit_at"]), months=row["months_away"]))
            form = NoteForm(title=self.tr("流失客户回访"), info=info, text_label=self.tr("未回厂原因："),
                            save=lambda text, _c, _a: reminders.record_reminder(user, vehicle_id=vehicle_id, kind=stored, note=text))
        else:
            info += "<br>" + escape(self.tr("{kind} {due}（{reminder}）").format(
                kind=self.ui.kindCombo.currentText(), due=when(due_on), reminder=data_text(row["reminder"])))
            form = NoteForm(title=self.tr("登记提醒"), info=info, text_label=self.tr("客户反馈："),
                            save=lambda text, _c, _a: reminders.record_reminder(user, vehicle_id=vehicle_id, kind=stored,
                                                                               due_on=due_on, note=text))
        dialog = NoteDialog(form=form, parent=self)
        if self._run(lambda: run_dialog(dialog)).value:
            return dialog.saved
        return None

    def refresh_all(self):
        """Recompute every car's next service (a background task with a progress dialog)."""
        user = self.user
        self.refreshing = run_task(self, lambda cancel: reminders.refresh_all_service_reminders(user, cancel=cancel),
                                   progress=self.tr("正在按保养记录和里程重新推算保养提醒…"),
                                   on_error=lambda exc: say(self.ui.messageLabel, exc.message),
                                   on_done=self._refreshed)
        return self.refreshing

    def _refreshed(self, moved: int) -> None:
        say(self.ui.messageLabel, self.tr("保养提醒已重新推算：{n} 辆车的到期日有变化。").format(n=moved), ok=True)
        if self.changes is None:  # with a notifier the background task's commit reaches every page from storage
            self.reload()
