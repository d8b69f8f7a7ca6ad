"""业务接待: the service advisor's desk (placeholder until the reception issue lands)."""
from .base import StationPage


class ReceptionPage(StationPage):
    NAME = "reception"

    def title(self) -> str:
        return self.tr("业务接待")

    def summary(self) -> str:
        return self.tr("服务顾问在这里迎接客户、建立档案、接车并开具进厂维修单。")

    def features(self) -> list[str]:
        return [
            self.tr("按车牌、车架号或电话查找客户与车辆档案，或新建档案"),
            self.tr("预约登记，并在到店前半天至一天提醒客户"),
            self.tr("接车检查：外观、里程、油量、随车物品与钥匙编号"),
            self.tr("估价、开具进厂维修单并请客户签字"),
            self.tr("车间发现增项时致电客户，记录答复、时间和经办人"),
            self.tr("完工后通知客户取车，引导结算与交车"),
        ]
