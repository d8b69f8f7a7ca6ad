"""备件仓库: catalogue, stock in and out, counts (placeholder until the parts issue lands)."""
from .base import StationPage


class PartsPage(StationPage):
    NAME = "parts"

    def title(self) -> str:
        return self.tr("备件仓库")

    def summary(self) -> str:
        return self.tr("备件仓库员在这里管理备件目录和库存，为维修单发料。")

    def features(self) -> list[str]:
        return [
            self.tr("备件目录与货位"),
            self.tr("按采购单入库，按维修单领料出库，退料"),
            self.tr("每月与财务一起盘点"),
            self.tr("低于安全库存时提醒补货"),
            self.tr("特殊备件须经服务经理批准才能出库"),
        ]
