"""结算收银: settlement and payment (placeholder until the cashier issue lands)."""
from .base import StationPage


class CashierPage(StationPage):
    NAME = "cashier"

    def title(self) -> str:
        return self.tr("结算收银")

    def summary(self) -> str:
        return self.tr("收银员在这里为质检合格的车辆结算、收款并交付单据。")

    def features(self) -> list[str]:
        return [
            self.tr("汇总工时费、材料费和其他费用，生成维修结算单"),
            self.tr("一种或多种方式收款；保险理赔和厂家索赔挂账"),
            self.tr("打印结算单、出厂通知单和质量保证卡"),
            self.tr("超出收银员权限的折扣提交主管审批"),
            self.tr("每日收款日结"),
        ]
