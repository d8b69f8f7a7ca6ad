"""车间调度: dispatch, progress and quality check (placeholder until the workshop issue lands)."""
from .base import StationPage


class WorkshopPage(StationPage):
    NAME = "workshop"

    def title(self) -> str:
        return self.tr("车间调度")

    def summary(self) -> str:
        return self.tr("车间主管和调度员在这里接单派工、跟踪进度，质检员在这里做完工检验。")

    def features(self) -> list[str]:
        return [
            self.tr("接收进厂维修单和车辆，交接时间精确到 10 分钟"),
            self.tr("按班组、技工和工位派工"),
            self.tr("跟踪维修进度，在承诺时间的 70%–80% 时检查，延误提前告知前台"),
            self.tr("上报维修中发现的增项，等待前台与客户确认"),
            self.tr("质检：通过或返工，签发竣工检验单"),
        ]
