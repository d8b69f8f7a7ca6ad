"""经理看板: figures and approvals for the service manager (placeholder until the manager issue lands)."""
from .base import StationPage


class ManagerPage(StationPage):
    NAME = "manager"

    def title(self) -> str:
        return self.tr("经理看板")

    def summary(self) -> str:
        return self.tr("服务经理在这里查看全店的经营数据，处理审批，维护用户和价格。")

    def features(self) -> list[str]:
        return [
            self.tr("日报、周报、月报：进厂台次、产值、毛利、返修率、满意度"),
            self.tr("审批：超限折扣、特殊备件出库、盘点差异"),
            self.tr("保险公司与厂家的应收款"),
            self.tr("用户账号、工时单价和门店设置"),
        ]
