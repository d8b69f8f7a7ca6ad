"""系统管理 → 保证期与三包: every guarantee, 三包 and care setting with its value, default and what the
law allows (storage.admin.rules); 修改 refuses anything looser than the law, 恢复默认 puts the default back."""
from PySide6.QtGui import QColor

from storage.admin import rules
from storage.rules import settings
from ui.admin.list_tab import ListTab
from ui.admin.record_dialog import Field, RecordDialog
from ui.kit.paged_model import Column


class RulesTab(ListTab):
    export_name = "保证期与三包"

    def __init__(self, *, user, parent=None):
        super().__init__(user=user, parent=parent)
        self.ui.extraButton.setText(self.tr("恢复默认"))
        self.ui.searchEdit.setPlaceholderText(self.tr("项目名称，如：保证期、三包、回访"))
        self.reload()

    def columns(self):
        changed = lambda r: QColor("#1a5fb4") if r["changed"] else None  # noqa: E731
        return [Column("group", self.tr("类别"), width=120), Column("label", self.tr("项目"), width=330),
                Column("value", self.tr("当前值"), width=110, colour=changed), Column("default", self.tr("默认值"), width=110),
                Column("legal", self.tr("法规"))]

    def fetch(self, text, cursor, limit):
        return rules.rule_rows(text), None

    def edit(self, row):
        fields = [Field("label", self.tr("项目"), value=row["label"], enabled=False),
                  Field("legal", self.tr("法规"), value=row["legal"], enabled=False),
                  Field("default", self.tr("默认值"), value=row["default"], enabled=False),
                  Field("value", self.tr("新值"), value=row["value"])]
        dialog = RecordDialog(title=self.tr("修改：{label}").format(label=row["label"]), fields=fields,
                              save=lambda v: rules.save_rule(self.user, row["key"], v["value"]), parent=self)
        if dialog.exec() == RecordDialog.DialogCode.Accepted:
            return self.tr("已保存：{label}").format(label=row["label"])

    def extra(self, row):
        settings.put(self.user, row["key"], settings.DEFAULTS[row["key"]][0])
        return self.tr("已恢复默认：{label}").format(label=row["label"])

    def export_to(self, path, text):
        return rules.export_rules(path, text)
