"""系统管理 → 工时定额 (the labour-time table: per model or model group and repair system, with the
labour rate, Excel import and export) and → 保养套餐 (packages per model and mileage)."""
from storage.admin import labour, vehicles
from storage.models import LabourItem
from storage.reception import packages
from storage.rules import settings
from ui.admin.list_tab import ListTab
from ui.admin.record_dialog import Field, RecordDialog
from ui.kit.format import money_text
from ui.kit.paged_model import CENTER, RIGHT, Column

SYSTEMS = ["发动机", "底盘", "变速器", "制动", "转向", "电气", "空调", "车身", "安全装置", "保养"]


def _models():
    rows, _ = vehicles.models_page(limit=1000)
    return [(r["label"], r["id"]) for r in rows if r["active"]]


class LabourTab(ListTab):
    export_name = "工时定额"

    def __init__(self, *, user, parent=None):
        super().__init__(user=user, parent=parent)
        self.ui.extraButton.setText(self.tr("工时单价…"))
        self.ui.extraButton.setVisible(True)
        self.ui.extraButton.clicked.disconnect()
        self.ui.extraButton.clicked.connect(lambda: self._run(self.set_rate))
        self.ui.searchEdit.setPlaceholderText(self.tr("代码、名称、系统或车型组"))
        self.reload()

    def columns(self):
        return [Column("code", self.tr("工时代码"), width=90), Column("name", self.tr("项目名称"), width=170),
                Column("system", self.tr("系统"), width=70), Column("hours", self.tr("标准工时"), align=RIGHT, width=70),
                Column(lambda r: r["model"] or (self.tr("车型组：") + r["model_group"] if r["model_group"] else self.tr("通用")),
                       self.tr("适用"), width=160),
                Column("price", self.tr("工时费"), align=RIGHT, fmt=money_text, width=90),
                Column(lambda r: self.tr("启用") if r["active"] else self.tr("停用"), self.tr("状态"), align=CENTER)]

    def fetch(self, text, cursor, limit):
        return labour.labour_page(text, after=cursor, limit=limit)

    def _fields(self, row=None):
        row = row or {"code": "", "name": "", "system": "", "hours": "", "model_id": None, "model_group": ""}
        systems = [(self.tr("（不分系统）"), "")] + [(s, s) for s in SYSTEMS]
        if row["system"] and row["system"] not in SYSTEMS:
            systems.append((row["system"], row["system"]))
        return [Field("code", self.tr("工时代码"), value=row["code"], enabled=not row["code"]),
                Field("name", self.tr("项目名称"), value=row["name"]),
                Field("system", self.tr("维修系统"), "combo", row["system"], systems),
                Field("hours", self.tr("标准工时（小时）"), value=str(row["hours"]), placeholder="0.5"),
                Field("model_id", self.tr("适用车型"), "combo", row["model_id"], [(self.tr("（通用或按车型组）"), None)] + _models()),
                Field("model_group", self.tr("或车型组"), "combo", row["model_group"],
                      [(self.tr("（无）"), "")] + [(g, g) for g in vehicles.model_groups()])]

    def _save(self, v):
        return packages.save_labour_item(self.user, code=v["code"], name=v["name"], hours=v["hours"], system=v["system"],
                                         model_id=v["model_id"], model_group=v["model_group"])

    def create(self):
        dialog = RecordDialog(title=self.tr("新建工时项目"), fields=self._fields(), save=self._save, parent=self)
        if dialog.exec() == RecordDialog.DialogCode.Accepted:
            return self.tr("已保存工时项目 {code}。").format(code=dialog.result_value.code)

    def edit(self, row):
        dialog = RecordDialog(title=self.tr("修改工时项目"), fields=self._fields(row), save=self._save, parent=self)
        if dialog.exec() == RecordDialog.DialogCode.Accepted:
            return self.tr("已保存工时项目 {code}。").format(code=row["code"])

    def toggle(self, row):
        packages.save_labour_item(self.user, code=row["code"], name=row["name"], hours=row["hours"], system=row["system"],
                                  model_id=row["model_id"], model_group=row["model_group"], active=not row["active"])
        return self.tr("已{what}工时项目 {code}。").format(what=self.tr("停用") if row["active"] else self.tr("启用"), code=row["code"])

    def set_rate(self):
        own = settings.get("labour.rates")
        systems = list(dict.fromkeys([*SYSTEMS, *own]))
        fields = [Field("rate", self.tr("工时单价（元/小时）"), value=str(settings.get("labour.rate")))]
        fields += [Field(f"system:{s}", self.tr("{system}（空为同上）").format(system=s), value=own.get(s, ""))
                   for s in systems]

        def save(v):
            rates = {k.split(":", 1)[1]: value for k, value in v.items() if k.startswith("system:")}
            return labour.save_labour_rates(self.user, v["rate"], rates)

        dialog = RecordDialog(title=self.tr("工时单价"), fields=fields, save=save, parent=self)
        if dialog.exec() == RecordDialog.DialogCode.Accepted:
            return self.tr("工时单价已改为 {rate} 元/小时。").format(rate=settings.get("labour.rate"))

    def import_file(self, path):
        result = labour.import_labour(self.user, path)
        return self.tr("已导入：新增 {created} 项，更新 {updated} 项。").format(**result)

    def export_to(self, path, text):
        return labour.export_labour(path, text)


class PackagesTab(ListTab):
    export_name = "保养套餐"

    def __init__(self, *, user, parent=None):
        super().__init__(user=user, parent=parent)
        self.ui.searchEdit.setPlaceholderText(self.tr("套餐名称或车型"))
        self.reload()

    def columns(self):
        return [Column("name", self.tr("套餐"), width=160), Column(lambda r: r["model"] or self.tr("所有车型"), self.tr("适用车型"), width=150),
                Column("interval_km", self.tr("保养里程"), align=RIGHT, width=80),
                Column("hours", self.tr("工时合计"), align=RIGHT, width=70), Column("labour", self.tr("工时项目"), width=260),
                Column(lambda r: self.tr("启用") if r["active"] else self.tr("停用"), self.tr("状态"), align=CENTER)]

    def fetch(self, text, cursor, limit):
        return labour.packages_page(text, after=cursor, limit=limit)

    def _labour_options(self):
        items = LabourItem.select().where(LabourItem.active).order_by(LabourItem.code).limit(500)
        return [(f"{i.code}  {i.name}（{i.hours} 小时）", i.id) for i in items]

    def _fields(self, row=None):
        row = row or {"name": "", "model_id": None, "interval_km": 10000, "labour_ids": []}
        return [Field("name", self.tr("套餐名称"), value=row["name"], placeholder=self.tr("如：10000 公里保养")),
                Field("model_id", self.tr("适用车型"), "combo", row["model_id"], [(self.tr("（所有车型）"), None)] + _models(),
                      enabled=not row.get("id")),
                Field("interval_km", self.tr("保养里程（公里）"), "int", row["interval_km"], minimum=1, maximum=500000),
                Field("labour_ids", self.tr("工时项目"), "checks", row["labour_ids"], self._labour_options())]

    def create(self):
        def save(v):
            return packages.define_package(self.user, name=v["name"], model_id=v["model_id"], interval_km=v["interval_km"],
                                           items=[{"labour": i} for i in v["labour_ids"]])

        dialog = RecordDialog(title=self.tr("新建保养套餐"), fields=self._fields(), save=save, parent=self)
        if dialog.exec() == RecordDialog.DialogCode.Accepted:
            return self.tr("已新建套餐 {name}。").format(name=dialog.result_value.name)

    def edit(self, row):
        def save(v):  # the package's parts stay as they are; the labour items are the ones ticked
            return packages.update_package(self.user, row["id"], name=v["name"], interval_km=v["interval_km"],
                                           items=[{"labour": i} for i in v["labour_ids"]] + row["parts"])

        dialog = RecordDialog(title=self.tr("修改保养套餐"), fields=self._fields(row), save=save, parent=self)
        if dialog.exec() == RecordDialog.DialogCode.Accepted:
            return self.tr("已保存套餐 {name}。").format(name=row["name"])

    def toggle(self, row):
        packages.set_active(self.user, row["id"], not row["active"])
        return self.tr("已{what}套餐 {name}。").format(what=self.tr("停用") if row["active"] else self.tr("启用"), name=row["name"])

    def export_to(self, path, text):
        return labour.export_packages(path, text)
