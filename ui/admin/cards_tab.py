"""系统管理 → 会员卡种: the card kinds the till sells (储值卡: money onto the member balance; 套餐卡: N
services of one item for a price, with a validity) and the top-up bonus rules (充值赠送). The rules
themselves are storage.cashier.cards'; this tab lists, asks and shows what storage said."""
from storage.cashier import cards
from storage.rules.vocabulary import CardType
from ui.admin.list_tab import ListTab
from ui.admin.record_dialog import Field, RecordDialog
from ui.kit.format import money_text
from ui.kit.labels import label
from ui.kit.paged_model import CENTER, RIGHT, Column


class CardKindsTab(ListTab):
    export_name = "会员卡种"

    def __init__(self, *, user, parent=None):
        super().__init__(user=user, parent=parent)
        self.ui.extraButton.setText(self.tr("充值赠送规则…"))
        self.ui.extraButton.setVisible(True)
        self.ui.extraButton.clicked.disconnect()
        self.ui.extraButton.clicked.connect(lambda: self._run(self.set_bonus_rules))
        self.ui.searchEdit.setPlaceholderText(self.tr("卡种名称或服务项目"))
        self.reload()

    def columns(self):
        return [Column("name", self.tr("卡种"), width=150),
                Column(lambda r: label(CardType(r["card_type"])), self.tr("类型"), width=70),
                Column(lambda r: money_text(r["price"]), self.tr("价格"), align=RIGHT, width=90),
                Column(lambda r: r["service_name"] or "—", self.tr("服务项目"), width=120),
                Column(lambda r: r["services"] or "—", self.tr("次数"), align=RIGHT, width=50),
                Column(lambda r: self.tr("{n} 个月").format(n=r["valid_months"]) if r["valid_months"] else self.tr("不限"),
                       self.tr("有效期"), align=RIGHT, width=80),
                Column(lambda r: self.tr("启用") if r["active"] else self.tr("停用"), self.tr("状态"), align=CENTER)]

    def fetch(self, text, cursor, limit):
        return cards.kinds_page(text, after=cursor, limit=limit)

    def _fields(self, row=None):
        row = row or {"name": "", "card_type": CardType.PACKAGE, "price": "", "service_name": "", "service_code": "",
                      "services": 4, "valid_months": 12}
        types = [(label(t), t.value) for t in CardType]
        return [Field("name", self.tr("卡种名称"), value=row["name"], placeholder=self.tr("如：保养四次卡、金卡")),
                Field("card_type", self.tr("类型"), "combo", row["card_type"], types, enabled=not row.get("id")),
                Field("price", self.tr("价格（元）"), value=row["price"],
                      placeholder=self.tr("套餐卡的售价；储值卡的最低首充（0 为不限）")),
                Field("service_name", self.tr("服务项目（套餐卡）"), value=row["service_name"],
                      placeholder=self.tr("如：机油保养")),
                Field("service_code", self.tr("工时代码（可空）"), value=row["service_code"],
                      placeholder=self.tr("结算时按此代码匹配项目，空则按项目名称")),
                Field("services", self.tr("次数（套餐卡）"), "int", row["services"], minimum=0, maximum=100),
                Field("valid_months", self.tr("有效期（月，0 为不限）"), "int", row["valid_months"], minimum=0, maximum=120)]

    def create(self):
        dialog = RecordDialog(title=self.tr("新建会员卡种"), fields=self._fields(),
                              save=lambda v: cards.define_kind(self.user, **v), parent=self)
        if dialog.exec() == RecordDialog.DialogCode.Accepted:
            return self.tr("已新建卡种 {name}。").format(name=dialog.result_value.name)

    def edit(self, row):
        def save(values):
            return cards.define_kind(self.user, **values, active=row["active"], kind_id=row["id"],
                                     expected_version=row["version"])

        dialog = RecordDialog(title=self.tr("修改会员卡种"), fields=self._fields(row), save=save, parent=self)
        if dialog.exec() == RecordDialog.DialogCode.Accepted:
            return self.tr("已保存卡种 {name}：已售出的卡不变，新售出的按新设置。").format(name=row["name"])

    def toggle(self, row):
        cards.set_kind_active(self.user, row["id"], row["version"], not row["active"])
        return self.tr("已{what}卡种 {name}。").format(what=self.tr("停用") if row["active"] else self.tr("启用"),
                                                  name=row["name"])

    def set_bonus_rules(self):
        def save(values):
            return cards.set_bonus_rules(self.user, cards.parse_bonus_rules(values["rules"]))

        fields = [Field("rules", self.tr("充值赠送"), value=cards.describe_bonus_rules(),
                        placeholder=self.tr("如：充1000送100，充2000送300（空则不赠送）"))]
        dialog = RecordDialog(title=self.tr("充值赠送规则"), fields=fields, save=save, parent=self)
        if dialog.exec() == RecordDialog.DialogCode.Accepted:
            return (self.tr("已保存充值赠送规则：{rules}。").format(rules=cards.describe_bonus_rules())
                    if dialog.result_value else self.tr("已取消全部充值赠送。"))
