"""The vocabulary stored in the database: every closed set of strings a column holds, one StrEnum each.

A member's value is the Chinese word the database keeps (and always kept: no migration), so a member
compares equal to what a query returns, Peewee stores it as it is, and old rows read the same. The
interface shows a member through ui/kit/labels.py (Chinese is the value itself; English comes from
Qt's translation, context "vocabulary"). Write `OrderStatus.DONE`, never "完工", outside this module.
"""
from enum import StrEnum


class OrderStatus(StrEnum):
    """WorkOrder.status: the order's way from reception to delivery (storage.rules.orders.TRANSITIONS)."""

    DRAFT = "草稿"  # being written at reception
    AWAITING_DISPATCH = "待派工"  # signed by the customer, handed to the workshop
    IN_REPAIR = "维修中"
    AWAITING_PARTS = "待料"
    AWAITING_CUSTOMER = "待客户确认"  # added work waiting for the customer's answer
    QC = "质检"
    REWORK = "返工"
    DONE = "完工"  # passed QC, ready for collection
    SETTLED = "已结算"
    DELIVERED = "已交车"
    CANCELLED = "已取消"


class LineStatus(StrEnum):
    """WorkOrderLine.status: one job or part line in the workshop."""

    TO_CONFIRM = "待确认"  # added work the customer has not answered yet
    AWAITING_DISPATCH = "待派工"
    IN_REPAIR = "维修中"
    PAUSED = "暂停"
    DONE = "完工"
    CANCELLED = "已取消"


class JobType(StrEnum):
    """WorkOrder.job_type and Appointment.job_type (维修类型)."""

    MAINTENANCE = "保养"
    GENERAL = "一般维修"
    ACCIDENT = "事故车"
    WARRANTY = "保修索赔"
    COMEBACK = "返修"
    INTERNAL = "内部"


class LineKind(StrEnum):
    """WorkOrderLine.kind and SettlementLine.kind."""

    LABOUR = "工时"
    PARTS = "材料"
    OTHER = "其他"


class Payer(StrEnum):
    """WorkOrderLine.payer and SettlementLine.payer: who pays the line."""

    CUSTOMER = "客户"
    INSURER = "保险公司"
    WARRANTY = "厂家索赔"
    INTERNAL = "内部"


class PartsQuality(StrEnum):
    """WorkOrder.parts_quality: the class of parts the customer chose (配件类别)."""

    GENUINE = "原厂"
    EQUIVALENT = "同质"
    REPAIRED = "修复"
    AFTERMARKET = "副厂"


class PaymentMethod(StrEnum):
    """Payment.method: the tender."""

    CASH = "现金"
    WECHAT = "微信"
    ALIPAY = "支付宝"
    CARD = "银行卡"
    TRANSFER = "转账"
    MEMBER = "会员余额"
    DEPOSIT = "定金抵扣"
    ON_ACCOUNT = "单位挂账"  # a company with a monthly agreement signs for it; it becomes a receivable
    PACKAGE = "套餐卡"  # a prepaid package service pays a line (storage.cashier.cards); never typed as a tender


class SettlementStatus(StrEnum):
    """Settlement.status."""

    VALID = "有效"
    REVERSED = "已冲销"


class ReceivableStatus(StrEnum):
    """Receivable.status (挂账)."""

    OPEN = "未收"
    PARTIAL = "部分"
    COLLECTED = "已收"
    REVERSED = "已冲销"


class DebtorKind(StrEnum):
    """Receivable.debtor_kind."""

    INSURER = "保险公司"
    WARRANTY = "厂家索赔"
    COMPANY = "单位"
    PERSON = "个人"


class RepairClass(StrEnum):
    """WorkOrder.repair_kind and Settlement.repair_kind: the kind of repair of 机动车维修管理规定 that
    sets the completion guarantee (storage.rules.guarantee)."""

    WHOLE_VEHICLE = "整车修理"
    ASSEMBLY = "总成修理"
    SECOND_LEVEL = "二级维护"
    FIRST_LEVEL = "一级维护"
    MINOR = "小修"
    SPECIAL = "专项修理"


class AppointmentStatus(StrEnum):
    """Appointment.status."""

    BOOKED = "已预约"
    ARRIVED = "已到店"
    CANCELLED = "已取消"
    NO_SHOW = "未到"


class AddedWorkAnswer(StrEnum):
    """AddedWork.answer: the customer's answer to work found on the car."""

    PENDING = "待答复"
    AGREED = "同意"
    REFUSED = "拒绝"


class ProcessCheckResult(StrEnum):
    """ProcessCheck.result (过程检验)."""

    PASS = "合格"
    FAIL = "不合格"
    NOT_APPLICABLE = "不适用"


class FollowUpStatus(StrEnum):
    """FollowUp.status (回访)."""

    DUE = "待回访"
    NO_ANSWER = "未接通"
    DONE = "已回访"
    GIVEN_UP = "放弃"


class ComplaintStatus(StrEnum):
    """Complaint.status (投诉)."""

    OPEN = "处理中"
    ANSWERED = "已答复"
    CLOSED = "已关闭"


class ClaimStatus(StrEnum):
    """WarrantyClaim.status (索赔单)."""

    TO_SUBMIT = "待提交"
    SUBMITTED = "已提交"
    APPROVED = "已批准"
    REJECTED = "已拒绝"
    PAID = "已回款"


class OldPartStatus(StrEnum):
    """WarrantyClaim.old_part_status ("" while there is none)."""

    IN_STORE = "在库"
    RETURNED = "已返厂"
    SCRAPPED = "已报废"


class PurchaseOrderStatus(StrEnum):
    """PurchaseOrder.status (采购订单)."""

    DRAFT = "草稿"
    PLACED = "已下单"
    PARTLY_RECEIVED = "部分到货"
    COMPLETE = "已完成"
    CLOSED = "已关闭"


class PickStatus(StrEnum):
    """PickRequest.status (领料)."""

    WAITING = "待发料"
    PARTIAL = "部分发料"
    ISSUED = "已发料"
    CANCELLED = "已取消"


class StockCountStatus(StrEnum):
    """StockCount.status (盘点单)."""

    COUNTING = "盘点中"
    AWAITING_APPROVAL = "待审批"
    POSTED = "已过账"
    VOID = "已作废"


class OpeningStockStatus(StrEnum):
    """OpeningStock.status (期初库存)."""

    TO_REVIEW = "待审核"
    POSTED = "已入账"


class MovementKind(StrEnum):
    """StockMovement.kind: the stock ledger's kinds of movement."""

    OPENING = "期初"
    RECEIVED = "入库"
    ISSUED = "出库"
    RETURNED = "退库"  # back from the workshop
    SENT_BACK = "退货"  # back to the supplier
    ADJUSTED = "调整"
    COUNTED = "盘点"


class MemberMovementKind(StrEnum):
    """MemberMovement.kind: the member balance's ledger."""

    OPENING = "期初"
    SPENT = "消费"
    REFUNDED = "冲销退回"
    TOPPED_UP = "充值"
    BONUS = "赠送"  # the manager's top-up bonus rule (storage.cashier.cards)
    CARD_RETURNED = "退卡"


class Role(StrEnum):
    """User.role (storage.rules.auth)."""

    ADVISOR = "服务顾问"
    DISPATCHER = "车间调度"
    INSPECTOR = "质检员"
    STOREKEEPER = "备件仓库员"
    CASHIER = "收银员"
    CARE = "客服专员"
    MANAGER = "服务经理"
    ADMIN = "系统管理员"


class CustomerKind(StrEnum):
    """Customer.kind."""

    PERSON = "个人"
    COMPANY = "单位"


# Every enum whose values a column holds; tests round-trip each, labels.py names each.
class CardType(StrEnum):
    """CardKind.card_type: what a member card holds (storage.cashier.cards)."""

    STORED_VALUE = "储值卡"
    PACKAGE = "套餐卡"


class CardStatus(StrEnum):
    """MemberCard.status."""

    ACTIVE = "有效"
    REFUNDED = "已退"


class InvoiceKind(StrEnum):
    """Invoice.kind (storage.cashier.invoices): paper 普通/专用 carry a 发票代码 and an 8-digit number,
    a 数电发票 (fully digital) only its 20-digit number."""

    PLAIN = "普通发票"
    SPECIAL = "增值税专用发票"
    DIGITAL = "数电发票"


class InvoiceStatus(StrEnum):
    """Invoice.status: 已红冲 once a red-letter invoice has cancelled it."""

    NORMAL = "正常"
    RED_LETTERED = "已红冲"

class LoanStatus(StrEnum):
    """Loan.status: a loaner car out with a customer, or back (storage.reception.loaners)."""

    OUT = "借出"
    RETURNED = "已还"


VOCABULARY = (OrderStatus, LineStatus, JobType, LineKind, Payer, PartsQuality, PaymentMethod, SettlementStatus,
              ReceivableStatus, DebtorKind, RepairClass, AppointmentStatus, AddedWorkAnswer, ProcessCheckResult,
              FollowUpStatus, ComplaintStatus, ClaimStatus, OldPartStatus, PurchaseOrderStatus, PickStatus, StockCountStatus,
              OpeningStockStatus, MovementKind, MemberMovementKind, Role, CustomerKind, CardType, CardStatus,
              InvoiceKind, InvoiceStatus, LoanStatus)
