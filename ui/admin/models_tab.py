"""系统管理 → 车型: brands and models with engine, displacement, gearbox, model group and service
interval; and 系统管理 → VIN 前缀: the store's VIN-prefix → model table, with a decoder line that
shows what a typed VIN says (maker from the WMI, model year from position 10, the model)."""
from storage.admin import vehicles
from storage.parts.reads import export_xlsx
from ui.admin.list_tab import ListTab
from ui.admin.record_dialog import Field, RecordDialog
from ui.kit.paged_model import CENTER, RIGHT, Column


class ModelsTab(ListTab):
    export_name = "车型"

    def __init__(self, *, user, parent=None):
        super().__init__(user=user, parent=parent)
        self.ui.searchEdit.setPlaceholderText(self.tr("品牌、车型、发动机或车系"))
        self.reload()

    def columns(self):
        return [Column("brand", self.tr("品牌"), width=100), Column("name", self.tr("车型"), width=150),
                Column("engine", self.tr("发动机"), width=90), Column("displacement", self.tr("排量"), width=60),
                Column("gearbox", self.tr("变速箱"), width=100), Column("group", self.tr("车系/车型组"), width=100),
                Column("service_km", self.tr("保养里程"), align=RIGHT, width=80),
                Column("service_months", self.tr("保养月数"), align=RIGHT, width=70),
                Column(lambda r: self.tr("启用") if r["active"] else self.tr("停用"), self.tr("状态"), align=CENTER)]

    def fetch(self, text, cursor, limit):
        return vehicles.models_page(text, after=cursor, limit=limit)

    def _fields(self, row=None):
        row = row or {"brand": "", "name": "", "engine": "", "displacement": "", "gearbox": "", "group": "",
                      "service_km": 10000, "service_months": 12}
        return [Field("brand", self.tr("品牌"), value=row["brand"]), Field("name", self.tr("车型"), value=row["name"]),
                Field("engine", self.tr("发动机"), value=row["engine"], placeholder="EA888"),
                Field("displacement", self.tr("排量"), value=row["displacement"], placeholder="2.0T"),
                Field("gearbox", self.tr("变速箱"), value=row["gearbox"], placeholder=self.tr("7速双离合")),
                Field("group", self.tr("车系/车型组"), value=row["group"], placeholder=self.tr("工时定额可按车型组定")),
                Field("service_km", self.tr("保养里程间隔（公里）"), "int", row["service_km"], minimum=1000, maximum=100000),
                Field("service_months", self.tr("保养月数间隔"), "int", row["service_months"], minimum=1, maximum=60)]

    def create(self):
        dialog = RecordDialog(title=self.tr("新建车型"), fields=self._fields(),
                              save=lambda v: vehicles.save_vehicle_model(self.user, **v), parent=self)
        if dialog.exec() == RecordDialog.DialogCode.Accepted:
            return self.tr("已新建车型 {name}。").format(name=str(dialog.result_value))

    def edit(self, row):
        dialog = RecordDialog(title=self.tr("修改车型"), fields=self._fields(row),
                              save=lambda v: vehicles.save_vehicle_model(self.user, row["id"], **v), parent=self)
        if dialog.exec() == RecordDialog.DialogCode.Accepted:
            return self.tr("已保存车型 {name}。").format(name=row["label"])

    def toggle(self, row):
        vehicles.save_vehicle_model(self.user, row["id"], active=not row["active"])
        return self.tr("已{what}车型 {name}。").format(what=self.tr("停用") if row["active"] else self.tr("启用"), name=row["label"])

    def export_to(self, path, text):
        return vehicles.export_models(path, text)


class VinPrefixTab(ListTab):
    """The search box doubles as the decoder: type a VIN and the message line says what it is."""

    export_name = "VIN前缀"

    def __init__(self, *, user, parent=None):
        super().__init__(user=user, parent=parent)
        self.ui.toggleButton.setText(self.tr("删除"))
        self.ui.searchEdit.setPlaceholderText(self.tr("输入 VIN 或前缀：查找并解码"))
        self.ui.searchEdit.textChanged.connect(self.decode)
        self.reload()

    def columns(self):
        return [Column("prefix", self.tr("VIN 前缀"), width=120), Column("maker", self.tr("厂商（WMI）"), width=140),
                Column("model", self.tr("车型"))]

    def fetch(self, text, cursor, limit):
        return vehicles.prefixes_page(text, after=cursor, limit=limit)

    def decode(self, text: str) -> None:
        if len(text.strip()) < 3:
            self.ui.messageLabel.clear()
            return
        d = vehicles.decode_vin(text)
        parts = [self.tr("厂商：{maker}").format(maker=d["maker"] or self.tr("未知（{wmi}）").format(wmi=d["wmi"]))]
        if d["year"]:
            parts.append(self.tr("车型年份：{year}").format(year=d["year"]))
        parts.append(self.tr("车型：{model}").format(model=d["model"] or self.tr("前缀表中没有")))
        self.ui.messageLabel.setStyleSheet("")
        self.ui.messageLabel.setText("　".join(parts))

    def _models(self):
        rows, _ = vehicles.models_page(limit=1000)
        return [(r["label"], r["id"]) for r in rows if r["active"]]

    def create(self):
        prefix = "".join(ch for ch in self.text().upper() if ch.isalnum())[:8]
        fields = [Field("prefix", self.tr("VIN 前缀（4–11 位）"), value=prefix),
                  Field("model_id", self.tr("车型"), "combo", None, self._models())]
        dialog = RecordDialog(title=self.tr("新建 VIN 前缀"), fields=fields,
                              save=lambda v: vehicles.save_vin_prefix(self.user, v["prefix"], v["model_id"]), parent=self)
        if dialog.exec() == RecordDialog.DialogCode.Accepted:
            return self.tr("已保存：{prefix} → {model}").format(prefix=dialog.result_value.prefix, model=str(dialog.result_value.model))

    def edit(self, row):
        fields = [Field("prefix", self.tr("VIN 前缀"), value=row["prefix"], enabled=False),
                  Field("model_id", self.tr("车型"), "combo", row["model_id"], self._models())]
        dialog = RecordDialog(title=self.tr("修改 VIN 前缀"), fields=fields,
                              save=lambda v: vehicles.save_vin_prefix(self.user, row["prefix"], v["model_id"]), parent=self)
        if dialog.exec() == RecordDialog.DialogCode.Accepted:
            return self.tr("已保存 {prefix}。").format(prefix=row["prefix"])

    def toggle(self, row):
        vehicles.delete_vin_prefix(self.user, row["id"])
        return self.tr("已删除 VIN 前缀 {prefix}。").format(prefix=row["prefix"])

    def export_to(self, path, text):
        rows, _ = vehicles.prefixes_page(text, limit=100000)
        return export_xlsx(path, [("VIN 前缀", "prefix"), ("厂商", "maker"), ("车型", "model")], rows)
