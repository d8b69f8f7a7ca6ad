"""One place that turns a stored vocabulary value (storage/rules/vocabulary.py) into the words the
interface shows. Chinese is the stored value itself; English comes from Qt's translation, context
"vocabulary" (assets/i18n/fours_en.ts). A value shared by two sets (已取消, 期初, 内部 ...) has one label.

lupdate sees only literals, so every member is written out below; tests/storage/test_vocabulary.py checks that
this list and the enums agree and that each has its English."""
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from storage.rules.vocabulary import VOCABULARY

CONTEXT = "vocabulary"

_SOURCES = (
    # OrderStatus
    QT_TRANSLATE_NOOP("vocabulary", "草稿"), QT_TRANSLATE_NOOP("vocabulary", "待派工"),
    QT_TRANSLATE_NOOP("vocabulary", "维修中"), QT_TRANSLATE_NOOP("vocabulary", "待料"),
    QT_TRANSLATE_NOOP("vocabulary", "待客户确认"), QT_TRANSLATE_NOOP("vocabulary", "质检"),
    QT_TRANSLATE_NOOP("vocabulary", "返工"), QT_TRANSLATE_NOOP("vocabulary", "完工"),
    QT_TRANSLATE_NOOP("vocabulary", "已结算"), QT_TRANSLATE_NOOP("vocabulary", "已交车"),
    QT_TRANSLATE_NOOP("vocabulary", "已取消"),
    # LineStatus
    QT_TRANSLATE_NOOP("vocabulary", "待确认"), QT_TRANSLATE_NOOP("vocabulary", "待派工"),
    QT_TRANSLATE_NOOP("vocabulary", "维修中"), QT_TRANSLATE_NOOP("vocabulary", "暂停"),
    QT_TRANSLATE_NOOP("vocabulary", "完工"), QT_TRANSLATE_NOOP("vocabulary", "已取消"),
    # JobType
    QT_TRANSLATE_NOOP("vocabulary", "保养"), QT_TRANSLATE_NOOP("vocabulary", "一般维修"),
    QT_TRANSLATE_NOOP("vocabulary", "事故车"), QT_TRANSLATE_NOOP("vocabulary", "保修索赔"),
    QT_TRANSLATE_NOOP("vocabulary", "返修"), QT_TRANSLATE_NOOP("vocabulary", "内部"),
    # LineKind
    QT_TRANSLATE_NOOP("vocabulary", "工时"), QT_TRANSLATE_NOOP("vocabulary", "材料"),
    QT_TRANSLATE_NOOP("vocabulary", "其他"),
    # Payer
    QT_TRANSLATE_NOOP("vocabulary", "客户"), QT_TRANSLATE_NOOP("vocabulary", "保险公司"),
    QT_TRANSLATE_NOOP("vocabulary", "厂家索赔"), QT_TRANSLATE_NOOP("vocabulary", "内部"),
    # PartsQuality
    QT_TRANSLATE_NOOP("vocabulary", "原厂"), QT_TRANSLATE_NOOP("vocabulary", "同质"),
    QT_TRANSLATE_NOOP("vocabulary", "修复"), QT_TRANSLATE_NOOP("vocabulary", "副厂"),
    # PaymentMethod
    QT_TRANSLATE_NOOP("vocabulary", "现金"), QT_TRANSLATE_NOOP("vocabulary", "微信"),
    QT_TRANSLATE_NOOP("vocabulary", "支付宝"), QT_TRANSLATE_NOOP("vocabulary", "银行卡"),
    QT_TRANSLATE_NOOP("vocabulary", "转账"), QT_TRANSLATE_NOOP("vocabulary", "会员余额"),
    QT_TRANSLATE_NOOP("vocabulary", "定金抵扣"), QT_TRANSLATE_NOOP("vocabulary", "单位挂账"),
    QT_TRANSLATE_NOOP("vocabulary", "套餐卡"),
    # SettlementStatus
    QT_TRANSLATE_NOOP("vocabulary", "有效"), QT_TRANSLATE_NOOP("vocabulary", "已冲销"),
    # ReceivableStatus
    QT_TRANSLATE_NOOP("vocabulary", "未收"), QT_TRANSLATE_NOOP("vocabulary", "部分"),
    QT_TRANSLATE_NOOP("vocabulary", "已收"), QT_TRANSLATE_NOOP("vocabulary", "已冲销"),
    # DebtorKind
    QT_TRANSLATE_NOOP("vocabulary", "保险公司"), QT_TRANSLATE_NOOP("vocabulary", "厂家索赔"),
    QT_TRANSLATE_NOOP("vocabulary", "单位"), QT_TRANSLATE_NOOP("vocabulary", "个人"),
    # RepairClass
    QT_TRANSLATE_NOOP("vocabulary", "整车修理"), QT_TRANSLATE_NOOP("vocabulary", "总成修理"),
    QT_TRANSLATE_NOOP("vocabulary", "二级维护"), QT_TRANSLATE_NOOP("vocabulary", "一级维护"),
    QT_TRANSLATE_NOOP("vocabulary", "小修"), QT_TRANSLATE_NOOP("vocabulary", "专项修理"),
    # AppointmentStatus
    QT_TRANSLATE_NOOP("vocabulary", "已预约"), QT_TRANSLATE_NOOP("vocabulary", "已到店"),
    QT_TRANSLATE_NOOP("vocabulary", "已取消"), QT_TRANSLATE_NOOP("vocabulary", "未到"),
    # AddedWorkAnswer
    QT_TRANSLATE_NOOP("vocabulary", "待答复"), QT_TRANSLATE_NOOP("vocabulary", "同意"),
    QT_TRANSLATE_NOOP("vocabulary", "拒绝"),
    # ProcessCheckResult
    QT_TRANSLATE_NOOP("vocabulary", "合格"), QT_TRANSLATE_NOOP("vocabulary", "不合格"),
    QT_TRANSLATE_NOOP("vocabulary", "不适用"),
    # FollowUpStatus
    QT_TRANSLATE_NOOP("vocabulary", "待回访"), QT_TRANSLATE_NOOP("vocabulary", "未接通"),
    QT_TRANSLATE_NOOP("vocabulary", "已回访"), QT_TRANSLATE_NOOP("vocabulary", "放弃"),
    # ComplaintStatus
    QT_TRANSLATE_NOOP("vocabulary", "处理中"), QT_TRANSLATE_NOOP("vocabulary", "已答复"),
    QT_TRANSLATE_NOOP("vocabulary", "已关闭"),
    # ClaimStatus
    QT_TRANSLATE_NOOP("vocabulary", "待提交"), QT_TRANSLATE_NOOP("vocabulary", "已提交"),
    QT_TRANSLATE_NOOP("vocabulary", "已批准"), QT_TRANSLATE_NOOP("vocabulary", "已拒绝"),
    QT_TRANSLATE_NOOP("vocabulary", "已回款"),
    # OldPartStatus
    QT_TRANSLATE_NOOP("vocabulary", "在库"), QT_TRANSLATE_NOOP("vocabulary", "已返厂"),
    QT_TRANSLATE_NOOP("vocabulary", "已报废"),
    # PurchaseOrderStatus
    QT_TRANSLATE_NOOP("vocabulary", "草稿"), QT_TRANSLATE_NOOP("vocabulary", "已下单"),
    QT_TRANSLATE_NOOP("vocabulary", "部分到货"), QT_TRANSLATE_NOOP("vocabulary", "已完成"),
    QT_TRANSLATE_NOOP("vocabulary", "已关闭"),
    # PickStatus
    QT_TRANSLATE_NOOP("vocabulary", "待发料"), QT_TRANSLATE_NOOP("vocabulary", "部分发料"),
    QT_TRANSLATE_NOOP("vocabulary", "已发料"), QT_TRANSLATE_NOOP("vocabulary", "已取消"),
    # StockCountStatus
    QT_TRANSLATE_NOOP("vocabulary", "盘点中"), QT_TRANSLATE_NOOP("vocabulary", "待审批"),
    QT_TRANSLATE_NOOP("vocabulary", "已过账"), QT_TRANSLATE_NOOP("vocabulary", "已作废"),
    # OpeningStockStatus
    QT_TRANSLATE_NOOP("vocabulary", "待审核"), QT_TRANSLATE_NOOP("vocabulary", "已入账"),
    # MovementKind
    QT_TRANSLATE_NOOP("vocabulary", "期初"), QT_TRANSLATE_NOOP("vocabulary", "入库"),
    QT_TRANSLATE_NOOP("vocabulary", "出库"), QT_TRANSLATE_NOOP("vocabulary", "退库"),
    QT_TRANSLATE_NOOP("vocabulary", "退货"), QT_TRANSLATE_NOOP("vocabulary", "调整"),
    QT_TRANSLATE_NOOP("vocabulary", "盘点"),
    # MemberMovementKind
    QT_TRANSLATE_NOOP("vocabulary", "期初"), QT_TRANSLATE_NOOP("vocabulary", "消费"),
    QT_TRANSLATE_NOOP("vocabulary", "冲销退回"), QT_TRANSLATE_NOOP("vocabulary", "充值"),
    QT_TRANSLATE_NOOP("vocabulary", "赠送"),
    # CardType, CardStatus
    QT_TRANSLATE_NOOP("vocabulary", "储值卡"), QT_TRANSLATE_NOOP("vocabulary", "套餐卡"),
    QT_TRANSLATE_NOOP("vocabulary", "有效"), QT_TRANSLATE_NOOP("vocabulary", "已退"),
    QT_TRANSLATE_NOOP("vocabulary", "退卡"),
    # InvoiceKind, InvoiceStatus
    QT_TRANSLATE_NOOP("vocabulary", "普通发票"), QT_TRANSLATE_NOOP("vocabulary", "增值税专用发票"),
    QT_TRANSLATE_NOOP("vocabulary", "数电发票"), QT_TRANSLATE_NOOP("vocabulary", "正常"),
    QT_TRANSLATE_NOOP("vocabulary", "已红冲"),
    # LoanStatus
    QT_TRANSLATE_NOOP("vocabulary", "借出"), QT_TRANSLATE_NOOP("vocabulary", "已还"),
    # Role
    QT_TRANSLATE_NOOP("vocabulary", "服务顾问"), QT_TRANSLATE_NOOP("vocabulary", "车间调度"),
    QT_TRANSLATE_NOOP("vocabulary", "质检员"), QT_TRANSLATE_NOOP("vocabulary", "备件仓库员"),
    QT_TRANSLATE_NOOP("vocabulary", "收银员"), QT_TRANSLATE_NOOP("vocabulary", "客服专员"),
    QT_TRANSLATE_NOOP("vocabulary", "服务经理"), QT_TRANSLATE_NOOP("vocabulary", "系统管理员"),
    # CustomerKind
    QT_TRANSLATE_NOOP("vocabulary", "个人"), QT_TRANSLATE_NOOP("vocabulary", "单位"),
)


def label(value) -> str:
    """A vocabulary member, or the string a column holds, in the interface language ("" for none)."""
    if value is None or value == "":
        return ""
    return QCoreApplication.translate(CONTEXT, str(value))


def choices(vocabulary, *, blank: str | None = None) -> list[tuple[str, str]]:
    """(label, value) for a combo box over one vocabulary, in its declared order; `blank` first with
    value "" when given (e.g. 全部)."""
    items = [(label(member), member.value) for member in vocabulary]
    return [(blank, ""), *items] if blank is not None else items


# The care desk's other stored words (sources, categories, verdicts, reminder kinds), not a vocabulary of
# their own: lupdate sees them here, context "CareData".
_DATA = (
    QT_TRANSLATE_NOOP("CareData", "首次回访"), QT_TRANSLATE_NOOP("CareData", "二次回访"),
    QT_TRANSLATE_NOOP("CareData", "回访"), QT_TRANSLATE_NOOP("CareData", "电话"),
    QT_TRANSLATE_NOOP("CareData", "前台"), QT_TRANSLATE_NOOP("CareData", "服务态度"),
    QT_TRANSLATE_NOOP("CareData", "维修质量"), QT_TRANSLATE_NOOP("CareData", "价格收费"),
    QT_TRANSLATE_NOOP("CareData", "交车时间"), QT_TRANSLATE_NOOP("CareData", "环境设施"),
    QT_TRANSLATE_NOOP("CareData", "满意"), QT_TRANSLATE_NOOP("CareData", "基本满意"),
    QT_TRANSLATE_NOOP("CareData", "不满意"), QT_TRANSLATE_NOOP("CareData", "两周提醒"),
    QT_TRANSLATE_NOOP("CareData", "到期提醒"), QT_TRANSLATE_NOOP("CareData", "注意"),
    QT_TRANSLATE_NOOP("CareData", "已达到"),
)
VOCABULARY_VALUES = frozenset(member.value for vocabulary in VOCABULARY for member in vocabulary)
SCORE_NAMES = {5: QT_TRANSLATE_NOOP("CareData", "非常满意"), 4: QT_TRANSLATE_NOOP("CareData", "满意"),
               3: QT_TRANSLATE_NOOP("CareData", "一般"), 2: QT_TRANSLATE_NOOP("CareData", "不满意"),
               1: QT_TRANSLATE_NOOP("CareData", "很不满意")}


def data_text(value) -> str:
    """A value storage keeps in Chinese (a state, a source), in the interface language."""
    if value is None:
        return ""
    return label(value) if value in VOCABULARY_VALUES else QCoreApplication.translate("CareData", str(value))


def score_text(score: int) -> str:
    return f"{score} {QCoreApplication.translate('CareData', SCORE_NAMES[score])}"
