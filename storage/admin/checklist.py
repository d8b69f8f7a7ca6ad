"""上线清单: what a new store still lacks before it can work, on the administrator's first screen.

Each item says whether it is done and, when it is not, what to do. The opening stock and the
opening receivables (issue 16 item 3) are the import's, not here yet."""
from .. import settings
from ..auth import ADMIN, MANAGER, ADVISOR, CASHIER
from ..models import LabourItem, ServicePackage, User, VehicleModel


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
    ]
