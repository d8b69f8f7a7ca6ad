"""The 三包 warning reception shows in a car's file (storage.care.sanbao.vehicle_status): nothing when
the car is fine, else what limit is near or reached, so the advisor knows before checking it in."""
from html import escape

from PySide6.QtCore import QCoreApplication

from storage.care import sanbao


def sanbao_note_html(user, vehicle_id: int | None) -> str:
    if not vehicle_id:
        return ""
    status = sanbao.vehicle_status(user, vehicle_id)
    if not status or not status["warnings"]:
        return ""
    title = QCoreApplication.translate("SanbaoNote", "三包预警（三包有效期至 {date}）").format(date=f"{status['valid_until']:%Y-%m-%d}")
    items = "".join(
        f"<li style='color:{'#c62828' if w['level'] == sanbao.REACHED else '#b26a00'}'>"
        f"{escape(QCoreApplication.translate('CareData', w['level']))}：{escape(w['text'])}</li>" for w in status["warnings"])
    advice = QCoreApplication.translate("SanbaoNote", "请通知服务经理，与厂家技术支持确认维修方案。")
    return f"<p><b style='color:#c62828'>{escape(title)}</b></p><ul>{items}</ul><p>{escape(advice)}</p>"
