"""Values storage keeps in Chinese (a call's state, a complaint's category, a claim's status, an order's
state), shown in the interface language, and the satisfaction scores as people read them."""
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# Storage keeps Chinese values; these let lupdate see them so English shows English.
_DATA = (
    QT_TRANSLATE_NOOP("CareData", "待回访"), QT_TRANSLATE_NOOP("CareData", "未接通"),
    QT_TRANSLATE_NOOP("CareData", "已回访"), QT_TRANSLATE_NOOP("CareData", "放弃"),
    QT_TRANSLATE_NOOP("CareData", "首次回访"), QT_TRANSLATE_NOOP("CareData", "二次回访"),
    QT_TRANSLATE_NOOP("CareData", "处理中"), QT_TRANSLATE_NOOP("CareData", "已答复"), QT_TRANSLATE_NOOP("CareData", "已关闭"),
    QT_TRANSLATE_NOOP("CareData", "回访"), QT_TRANSLATE_NOOP("CareData", "电话"), QT_TRANSLATE_NOOP("CareData", "前台"),
    QT_TRANSLATE_NOOP("CareData", "服务态度"), QT_TRANSLATE_NOOP("CareData", "维修质量"),
    QT_TRANSLATE_NOOP("CareData", "价格收费"), QT_TRANSLATE_NOOP("CareData", "交车时间"),
    QT_TRANSLATE_NOOP("CareData", "环境设施"), QT_TRANSLATE_NOOP("CareData", "其他"),
    QT_TRANSLATE_NOOP("CareData", "满意"), QT_TRANSLATE_NOOP("CareData", "基本满意"), QT_TRANSLATE_NOOP("CareData", "不满意"),
    QT_TRANSLATE_NOOP("CareData", "两周提醒"), QT_TRANSLATE_NOOP("CareData", "到期提醒"),
    QT_TRANSLATE_NOOP("CareData", "待提交"), QT_TRANSLATE_NOOP("CareData", "已提交"), QT_TRANSLATE_NOOP("CareData", "已批准"),
    QT_TRANSLATE_NOOP("CareData", "已拒绝"), QT_TRANSLATE_NOOP("CareData", "已回款"),
    QT_TRANSLATE_NOOP("CareData", "在库"), QT_TRANSLATE_NOOP("CareData", "已返厂"), QT_TRANSLATE_NOOP("CareData", "已报废"),
    QT_TRANSLATE_NOOP("CareData", "工时"), QT_TRANSLATE_NOOP("CareData", "材料"),
    QT_TRANSLATE_NOOP("CareData", "保养"), QT_TRANSLATE_NOOP("CareData", "一般维修"), QT_TRANSLATE_NOOP("CareData", "事故车"),
    QT_TRANSLATE_NOOP("CareData", "保修索赔"), QT_TRANSLATE_NOOP("CareData", "返修"), QT_TRANSLATE_NOOP("CareData", "内部"),
    QT_TRANSLATE_NOOP("CareData", "完工"), QT_TRANSLATE_NOOP("CareData", "已结算"), QT_TRANSLATE_NOOP("CareData", "已交车"),
    QT_TRANSLATE_NOOP("CareData", "维修中"), QT_TRANSLATE_NOOP("CareData", "待派工"), QT_TRANSLATE_NOOP("CareData", "草稿"),
    QT_TRANSLATE_NOOP("CareData", "待料"), QT_TRANSLATE_NOOP("CareData", "待客户确认"), QT_TRANSLATE_NOOP("CareData", "质检"),
    QT_TRANSLATE_NOOP("CareData", "返工"), QT_TRANSLATE_NOOP("CareData", "已取消"),
    QT_TRANSLATE_NOOP("CareData", "注意"), QT_TRANSLATE_NOOP("CareData", "已达到"),
)
SCORE_NAMES = {5: QT_TRANSLATE_NOOP("CareData", "非常满意"), 4: QT_TRANSLATE_NOOP("CareData", "满意"),
               3: QT_TRANSLATE_NOOP("CareData", "一般"), 2: QT_TRANSLATE_NOOP("CareData", "不满意"),
               1: QT_TRANSLATE_NOOP("CareData", "很不满意")}


def data_text(value) -> str:
    """A value storage keeps in Chinese (a state, a source), in the interface language."""
    return "" if value is None else QCoreApplication.translate("CareData", str(value))


def score_text(score: int) -> str:
    return f"{score} {QCoreApplication.translate('CareData', SCORE_NAMES[score])}"
