"""系统管理 → 班组工位 (teams, technicians and bays: the workshop's own set-up dialog, reused) and
→ 供应商 (the warehouse's supplier dialog, reused; for those who may buy parts)."""
from storage import workshop
from storage.parts import catalogue
from storage.parts.reads import export_xlsx
from storage.rules.validation import searchable
from ui.admin.list_tab import ListTab
from ui.kit.paged_model import CENTER, RIGHT, Column
from ui.parts.supplier_dialog import SupplierDialog
from ui.workshop.setup_dialog import WorkshopSetupDialog


class WorkshopTab(ListTab):
    """Every technician with the team, and every bay, in one list; 新建/修改 open the set-up dialog."""

    export_name = "班组技师工位"

    def __init__(self, *, user, parent=None):
        super().__init__(user=user, parent=parent)
        self.ui.newButton.setText(self.tr("班组、技师、工位…"))
        self.ui.editButton.hide()
        self.ui.searchEdit.setPlaceholderText(self.tr("班组、技师或工位"))
        self.reload()

    def columns(self):
        return [Column("kind", self.tr("类别"), width=70), Column("team", self.tr("班组"), width=120),
                Column("name", self.tr("名称"), width=120), Column("detail", self.tr("级别/工位类型"), width=110),
                Column("hours", self.tr("每日工时"), align=RIGHT, width=80),
                Column(lambda r: self.tr("在用") if r["active"] else self.tr("停用"), self.tr("状态"), align=CENTER)]

    def rows(self, text):
        text = searchable(text)
        rows = [{"kind": "班组", "team": t["name"], "name": t.get("leader", ""), "detail": "", "hours": "",
                 "active": t["active"]} for t in workshop.teams(include_inactive=True)]
        rows += [{"kind": "技师", "team": t["team"], "name": t["name"], "detail": t["grade"], "hours": str(t["hours_per_day"]),
                  "active": t["active"]} for t in workshop.technicians(include_inactive=True)]
        rows += [{"kind": "工位", "team": "", "name": b["name"], "detail": b["kind"], "hours": "", "active": b["active"]}
                 for b in workshop.bays(include_inactive=True)]
        return [r for r in rows if not text or any(text in str(v) for v in r.values())]

    def fetch(self, text, cursor, limit):
        return self.rows(text), None

    def create(self):
        WorkshopSetupDialog(user=self.user, parent=self).exec()
        return self.tr("班组、技师和工位已更新。")

    def export_to(self, path, text):
        return export_xlsx(path, [("类别", "kind"), ("班组", "team"), ("名称", "name"), ("级别/工位类型", "detail"),
                                  ("每日工时", "hours")], self.rows(text))


class SuppliersTab(ListTab):
    export_name = "供应商"

    def __init__(self, *, user, parent=None):
        super().__init__(user=user, parent=parent)
        self.ui.searchEdit.setPlaceholderText(self.tr("供应商名称"))
        self.reload()

    def columns(self):
        return [Column("name", self.tr("供应商"), width=200), Column("contact", self.tr("联系人"), width=90),
                Column("phone", self.tr("电话"), width=120), Column("address", self.tr("地址"), width=220),
                Column(lambda s: self.tr("厂家") if s.is_manufacturer else "", self.tr("厂家配件中心"), width=90),
                Column(lambda s: self.tr("在用") if s.active else self.tr("停用"), self.tr("状态"), align=CENTER)]

    def fetch(self, text, cursor, limit):
        return catalogue.list_suppliers(text, active_only=False, limit=1000), None

    def create(self):
        dialog = SupplierDialog(user=self.user, parent=self)
        if dialog.exec() == SupplierDialog.DialogCode.Accepted:
            return self.tr("已保存供应商 {name}。").format(name=dialog.supplier.name)

    def edit(self, row):
        dialog = SupplierDialog(user=self.user, supplier=row, parent=self)
        if dialog.exec() == SupplierDialog.DialogCode.Accepted:
            return self.tr("已保存供应商 {name}。").format(name=dialog.supplier.name)

    def export_to(self, path, text):
        rows = [{"name": s.name, "contact": s.contact, "phone": s.phone, "address": s.address,
                 "active": "在用" if s.active else "停用"} for s in catalogue.list_suppliers(text, active_only=False, limit=100000)]
        return export_xlsx(path, [("供应商", "name"), ("联系人", "contact"), ("电话", "phone"), ("地址", "address"),
                                  ("状态", "active")], rows)
