"""系统管理 → 单据与收款: the prefix of each kind of document number (WO20261124-0007: the prefix,
the day, the running number; storage.rules.numbering) and the payment methods the till offers. Both are
store settings (storage.rules.settings.put checks them: prefixes 1–4 capital letters, one kind each; at
least one payment method)."""
import datetime as dt

from storage.models import PAYMENT_METHODS
from storage.parts.reads import export_xlsx
from storage.rules import settings
from storage.rules.numbering import PREFIXES, prefix_of
from storage.rules.validation import searchable

DOCUMENT_LABELS = {
    "work_order": "维修工单", "appointment": "预约单", "settlement": "结算单", "purchase": "采购单",
    "receiving": "入库单", "outbound": "出库单", "stock_return": "退库单", "supplier_return": "退货单",
    "adjustment": "库存调整单", "parts_import": "备件导入单", "count": "盘点单", "complaint": "投诉单",
    "claim": "索赔单", "old_part": "旧件标签", "certificate": "竣工出厂合格证", "opening_stock": "期初库存入账单",
}


def rows(text: str = "") -> list[dict]:
    """Every kind of document with its prefix now and an example, then every payment method."""
    text = searchable(text)
    day = dt.date.today().strftime("%Y%m%d")
    offered = settings.payment_methods()
    out = [{"kind": "单据编号", "key": kind, "label": DOCUMENT_LABELS.get(kind, kind), "value": prefix_of(kind),
            "default": default, "example": f"{prefix_of(kind)}{day}-0001", "active": True}
           for kind, default in PREFIXES.items()]
    out += [{"kind": "收款方式", "key": m, "label": m, "value": "在用" if m in offered else "停用", "default": "在用",
             "example": "", "active": m in offered} for m in PAYMENT_METHODS]
    return [r for r in out if not text or text in r["label"] or text in r["kind"] or text in r["value"]]


def set_prefix(user, kind: str, prefix: str) -> None:
    settings.put(user, "numbering.prefixes", {**settings.get("numbering.prefixes"), kind: prefix})


def set_payment_method(user, method: str, offered: bool) -> None:
    now = set(settings.payment_methods())
    settings.put(user, "cashier.payment_methods", sorted(now | {method} if offered else now - {method}))


def export_rows(path, text: str = "") -> int:
    return export_xlsx(path, [("类别", "kind"), ("名称", "label"), ("当前", "value"), ("默认", "default"), ("示例", "example")],
                       rows(text))
