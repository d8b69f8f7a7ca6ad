"""系统管理 → 单据与收款: document number prefixes (修改) and the payment methods the till offers
(停用/启用), as storage.admin.documents keeps them."""
from storage.admin import documents
from ui.admin.list_tab import ListTab
from ui.admin.record_dialog import Field, RecordDialog
from ui.kit.paged_model import Column


class DocumentsTab(ListTab):
    export_name = "单据与收款"

    def __init__(self, *, user, parent=None):
        super().__init__(user=user, parent=parent)
        self.ui.searchEdit.setPlaceholderText(self.tr("单据或收款方式"))
        self.reload()

    def columns(self):
        return [Column("kind", self.tr("类别"), width=90), Column("label", self.tr("名称"), width=160),
                Column("value", self.tr("当前"), width=80), Column("default", self.tr("默认值"), width=80),
                Column("example", self.tr("示例"))]

    def fetch(self, text, cursor, limit):
        return documents.rows(text), None

    def edit(self, row):
        if row["kind"] != "单据编号":
            return self.toggle(row)
        fields = [Field("label", self.tr("单据"), value=row["label"], enabled=False),
                  Field("prefix", self.tr("编号前缀（1–4 个大写字母）"), value=row["value"])]
        dialog = RecordDialog(title=self.tr("单据编号前缀"), fields=fields,
                              save=lambda v: documents.set_prefix(self.user, row["key"], v["prefix"]), parent=self)
        if dialog.exec() == RecordDialog.DialogCode.Accepted:
            return self.tr("已保存：{label}的编号前缀，下一张单据起使用。").format(label=row["label"])

    def toggle(self, row):
        if row["kind"] != "收款方式":
            return None
        documents.set_payment_method(self.user, row["key"], not row["active"])
        return self.tr("收款方式“{name}”已{what}。").format(name=row["label"],
                                                       what=self.tr("停用") if row["active"] else self.tr("启用"))

    def export_to(self, path, text):
        return documents.export_rows(path, text)
