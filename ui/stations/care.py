"""客服回访: follow-up calls, reminders, complaints (placeholder until the care issue lands)."""
from .base import StationPage


class CarePage(StationPage):
    NAME = "care"

    def title(self) -> str:
        return self.tr("客服回访")

    def summary(self) -> str:
        return self.tr("客服专员在这里回访交车后的客户、提醒保养、处理投诉。")

    def features(self) -> list[str]:
        return [
            self.tr("交车后 2–3 天内首次回访，约一周后二次回访"),
            self.tr("保养到期前两周提醒，临近时再次提醒"),
            self.tr("三个月未回厂的流失客户名单"),
            self.tr("投诉登记、答复时限与回访"),
        ]
