"""上线清单: what a new store still lacks before it can work, on the administrator's first screen.

Each item says whether it is done and, when it is not, what to do. The books (开账): the opening
stock counted and approved (storage.parts.opening), the opening receivables and the member balances
entered by import (storage.golive.kinds) or confirmed none (storage.golive.opening.confirm_none)."""
from storage.golive import opening
from storage.models import LabourItem, ServicePackage, StockMovement, User, VehicleModel
from storage.parts import opening as opening_stock
from storage.rules import settings
from storage.rules.auth import ADMIN, ADVISOR, CASHIER, MANAGER
from storage.rules.money import fmt
from storage.rules.vocabulary import MovementKind


def checklist(*, printers_set: bool = False, backup_place: str = "") -> list[dict]:
    """[{"key", "label", "done", "detail"}]. `printers_set` and `backup_place` are this PC's
    (ui: settings.json), the rest the database's."""
    store = settings.store_header()
    missing_store = [label for key, label in (("name", "店名"), ("address", "地址"), ("phone", "服务电话"),
                                              ("licence", "维修经营许可证号"), ("brand", "授权品牌")) if not store.get(key)]
    roles = {r for (r,) in User.select(User.role).where(User.active).distinct().tuples()}
    needed = [r for r in (MANAGER, ADVISOR, CASHIER) if r not in roles]
    labour = LabourItem.select().where(LabourItem.active).count()
    models = VehicleModel.select().where(VehicleModel.active).count()
    packages = ServicePackage.select().where(ServicePackage.active).count()
    return [
        {"key": "store", "label": "门店信息", "done": not missing_store,
         "detail": "已填写" if not missing_store else "缺少：" + "、".join(missing_store)},
        {"key": "users", "label": "用户账号", "done": not needed,
         "detail": f"{User.select().where(User.active & (User.role != ADMIN)).count()} 个业务账号"
         if not needed else "还没有：" + "、".join(needed)},
        {"key": "models", "label": "车型", "done": models > 0,
         "detail": f"{models} 个车型" if models else "车型表是空的"},
        {"key": "labour", "label": "工时定额", "done": labour > 0,
         "detail": f"{labour} 个工时项目" if labour else "工时定额表是空的（可从 Excel 导入）"},
        {"key": "packages", "label": "保养套餐", "done": packages > 0,
         "detail": f"{packages} 个套餐" if packages else "还没有保养套餐"},
        {"key": "printers", "label": "打印机", "done": printers_set,
         "detail": "本机已设置" if printers_set else "本机还没有为单据选打印机（文件 → 设置 → 打印机）"},
        {"key": "backup", "label": "备份位置", "done": bool(backup_place),
         "detail": backup_place or "还没有选备份文件夹（文件 → 设置 → 备份；最好是另一块磁盘）"},
        *books(),
    ]


def books() -> list[dict]:
    """开账: opening stock counted and approved, opening receivables and member balances entered (or none)."""
    stock = opening_stock.totals()
    booked = stock["approved_lines"] or StockMovement.select().where(StockMovement.kind == MovementKind.OPENING).exists()
    if stock["lines"]:
        stock_detail = f"{stock['lines']} 种期初库存待服务经理审核入账（成本金额 {fmt(stock['value'])}）"
    elif booked:
        stock_detail = (f"已审核入账 {stock['approved_lines']} 种，成本金额 {fmt(stock['approved_value'])}"
                        if stock["approved_lines"] else "已有期初库存入账")
    else:
        stock_detail = "还没有期初库存（备件 → 导入，再由服务经理在“开账”页审核入账）"
    state = opening.status()
    return [
        {"key": "opening_stock", "label": "期初库存盘点审核", "done": bool(booked) and not stock["lines"], "detail": stock_detail},
        {"key": "opening_receivables", "label": "期初应收", "done": bool(state["receivables"] or state["receivables_none"]),
         "detail": f"已录入 {state['receivables']} 笔" if state["receivables"]
         else "已确认没有期初应收" if state["receivables_none"] else "还没有导入期初应收，或在“开账”页确认没有"},
        {"key": "member_balances", "label": "会员余额", "done": bool(state["balances"] or state["balances_none"]),
         "detail": f"已录入 {state['balances']} 位会员的余额" if state["balances"]
         else "已确认没有会员余额" if state["balances_none"] else "还没有导入会员余额，或在“开账”页确认没有"},
    ]
