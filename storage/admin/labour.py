"""系统管理 → 工时定额: the labour-time table as the administrator keeps it — every entry, active or
not, searched by code, name or system; to and from Excel.

The import is all or nothing: every row is checked with save_labour_item's own rules
(storage.reception.packages.clean_labour_item) before any is written; one bad row refuses the file,
listing each bad row with its reason, and changes nothing. A code already in the table is updated
(audited with before and after), a new one created: importing the same file twice changes nothing.
"""
from peewee import JOIN

from storage.models import LabourItem, ServicePackage, ServicePackageItem, VehicleModel
from storage.parts.importer import ImportRefused, _Table
from storage.parts.reads import export_xlsx
from storage.plumbing.db import transaction
from storage.plumbing.paging import every_row, keyset_page
from storage.reception.packages import clean_labour_item, save_labour_item
from storage.rules import settings
from storage.rules.auth import require
from storage.rules.errors import ValidationError
from storage.rules.money import times
from storage.rules.validation import searchable

COLUMNS = [("工时代码", "code"), ("项目名称", "name"), ("系统", "system"), ("标准工时", "hours"),
           ("适用车型", "model"), ("车型组", "model_group"), ("工时费", "price"), ("启用", "active_text")]
HEADERS = {"code": ("工时代码", "代码", "编号"), "name": ("项目名称", "名称", "工时项目"), "system": ("系统", "维修系统"),
           "hours": ("标准工时", "工时", "定额工时"), "model": ("适用车型", "车型"), "model_group": ("车型组", "车系"),
           "active": ("启用", "状态")}


def labour_page(text: str = "", *, after=None, limit: int = 100):
    """Every labour entry (inactive ones too) by code, as searched; (rows, next_cursor)."""
    query = LabourItem.select(LabourItem, VehicleModel).join(VehicleModel, JOIN.LEFT_OUTER)
    text = searchable(text)
    if text:
        query = query.where(LabourItem.code.startswith(text.upper()) | LabourItem.name.contains(text)
                            | LabourItem.system.contains(text) | LabourItem.model_group.contains(text))
    found, after = keyset_page(query, [LabourItem.code], after, limit)
    rate = settings.labour_rates()
    rows = [{"id": x.id, "code": x.code, "name": x.name, "system": x.system, "hours": x.hours,
             "model": str(x.model) if x.model_id else "", "model_id": x.model_id, "model_group": x.model_group,
             "price": times(x.hours, rate(x.system)), "active": x.active, "active_text": "是" if x.active else "停用"}
            for x in found]
    return rows, after


def export_labour(path, text: str = "") -> int:
    rows = every_row(lambda after: labour_page(text, after=after, limit=500))
    return export_xlsx(path, COLUMNS, ({**r, "hours": str(r["hours"]), "price": str(r["price"])} for r in rows))


def _models_by_label() -> dict:
    return {str(m): m.id for m in VehicleModel.select()}


def import_labour(user, path, *, encoding=None) -> dict:
    """Read an .xlsx or CSV (UTF-8 or GBK) in the export's layout (headers by name); all rows or none.
    Returns {"created": n, "updated": n}; a bad file raises ValidationError listing the bad rows."""
    require(user, "labour.edit")
    try:
        rows = _Table(path, encoding).rows()
        header = next(rows, None)
        if header is None:
            raise ValidationError("文件是空的。")
        names = [str(h or "").strip() for h in header[1]]
        where = {}
        for field, titles in HEADERS.items():
            for i, name in enumerate(names):
                if name in titles:
                    where[field] = i
                    break
        missing = [HEADERS[f][0] for f in ("code", "name", "hours") if f not in where]
        if missing:
            raise ValidationError(f"文件中没有这些列：{'、'.join(missing)}（请用“导出 Excel”的表头）。")
        models = _models_by_label()
        clean, bad, seen = [], [], {}
        for row_number, cells in rows:
            cell = {f: (str(cells[i]).strip() if i < len(cells) and cells[i] is not None else "") for f, i in where.items()}
            if not any(cell.values()):
                continue
            try:
                model_label = cell.get("model", "")
                if model_label and model_label not in models:
                    raise ValidationError(f"车型“{model_label}”不在车型表中")
                values = clean_labour_item(code=cell["code"], name=cell["name"], hours=cell["hours"],
                                           system=cell.get("system", ""), model_id=models.get(model_label),
                                           model_group=cell.get("model_group", ""),
                                           active=cell.get("active", "是") not in ("停用", "否", "0"))
                if values["code"] in seen:
                    raise ValidationError(f"工时代码 {values['code']} 与第 {seen[values['code']]} 行重复")
                seen[values["code"]] = row_number
                clean.append(values)
            except ValidationError as exc:
                bad.append(f"第 {row_number} 行：{exc.message}")
    except ImportRefused as exc:
        raise ValidationError(str(exc)) from None
    if bad:
        more = f"……共 {len(bad)} 行有误" if len(bad) > 20 else ""
        raise ValidationError("工时定额没有导入（一行有误则整个文件不导入）：\n" + "\n".join(bad[:20]) + more)
    if not clean:
        raise ValidationError("文件中没有工时项目。")

    existing = {c for (c,) in LabourItem.select(LabourItem.code).where(
        LabourItem.code.in_([v["code"] for v in clean])).tuples()}
    with transaction():
        for values in clean:
            save_labour_item(user, code=values["code"], name=values["name"], hours=values["hours"],
                             system=values["system"], model_id=values["model"], active=values["active"],
                             model_group=values["model_group"])
    return {"created": len(clean) - len(existing), "updated": len(existing)}


def packages_page(text: str = "", *, after=None, limit: int = 100):
    """保养套餐 for the administrator, active or not, by id; with their items' labour codes and hours."""
    query = ServicePackage.select(ServicePackage, VehicleModel).join(VehicleModel, JOIN.LEFT_OUTER)
    text = searchable(text)
    if text:
        query = query.where(ServicePackage.name.contains(text) | VehicleModel.name.contains(text))
    found, after = keyset_page(query, [ServicePackage.id], after, limit)
    ids = [p.id for p in found]
    items: dict = {i: [] for i in ids}
    if ids:
        for item in (ServicePackageItem.select(ServicePackageItem, LabourItem).join(LabourItem, JOIN.LEFT_OUTER)
                     .where(ServicePackageItem.package.in_(ids)).order_by(ServicePackageItem.id)):
            items[item.package_id].append(item)
    rows = []
    for p in found:
        labour = [i for i in items[p.id] if i.labour_id]
        rows.append({"id": p.id, "name": p.name, "model": str(p.model) if p.model_id else "", "model_id": p.model_id,
                     "interval_km": p.interval_km, "active": p.active,
                     "labour_ids": [i.labour_id for i in labour],
                     "parts": [{"part": i.part_id, "quantity": i.quantity} for i in items[p.id] if i.part_id],
                     "labour": "、".join(i.labour.name for i in labour),
                     "hours": sum((i.labour.hours for i in labour), start=type(labour[0].labour.hours)(0)) if labour else 0})
    return rows, after


PACKAGE_COLUMNS = [("套餐", "name"), ("适用车型", "model"), ("保养里程", "interval_km"), ("工时项目", "labour"),
                   ("工时合计", "hours"), ("启用", "active_text")]


def export_packages(path, text: str = "") -> int:
    rows, _ = packages_page(text, limit=100000)
    return export_xlsx(path, PACKAGE_COLUMNS, ({**r, "hours": str(r["hours"]), "active_text": "是" if r["active"] else "停用"}
                                               for r in rows))


def save_labour_rates(user, rate, rates: dict) -> None:
    """工时单价 and 分系统工时单价 together (all or none); a system left empty is priced at `rate`."""
    with transaction():
        settings.put(user, "labour.rate", rate)
        settings.put(user, "labour.rates", {k: v for k, v in rates.items() if str(v or "").strip()})
