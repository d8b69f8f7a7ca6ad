"""客户: the old system's customers. Matched to the archive by phone and name: a customer with the same
phone and the same name is the same person, and gets only the fields the archive has empty (nothing
the store typed is overwritten); the same phone under another name is another customer (a family or
a company's cars share one number). The same customer twice in the file is taken once."""
from storage.golive.importing import audit_row, parse_date
from storage.golive.reading import chunks, insert_rows
from storage.models import AuditLog, Customer, now
from storage.plumbing.changes import notify
from storage.reception.archive import _clean_customer
from storage.rules.errors import ValidationError

KIND = "customers"
LABEL = "客户"
ORDER = 10
TABLES = tuple(m._meta.table_name for m in (Customer, AuditLog))  # planner statistics refreshed after an import
FIELDS = {
    "name": ("客户名称", "客户姓名", "姓名", "车主姓名", "车主", "客户", "单位名称/姓名", "name", "customer"),
    "phone": ("联系电话", "手机", "手机号", "手机号码", "移动电话", "电话", "车主电话", "phone", "mobile"),
    "phone2": ("备用电话", "其他电话", "固定电话", "座机", "phone2"),
    "kind": ("客户类型", "客户性质", "客户类别", "kind", "type"),
    "company": ("工作单位", "单位名称", "公司", "company"),
    "address": ("地址", "联系地址", "通讯地址", "住址", "address"),
    "id_number": ("证件号码", "身份证号", "身份证号码", "证件号", "idnumber"),
    "birthday": ("生日", "出生日期", "birthday"),
    "source": ("客户来源", "来源", "source"),
    "note": ("备注", "说明", "remarks", "note"),
}
REQUIRED = ("name", "phone")
PERSON = {"", "个人", "私人", "个人客户", "私家", "散客", "person"}
COMPANY = {"单位", "公司", "企业", "集团", "单位客户", "公司客户", "政府", "机关", "company"}
TEXT = ("phone2", "company", "address", "id_number", "source", "note")


def kind_of(text: str) -> str:
    low = (text or "").strip().lower()
    if low in PERSON:
        return "个人"
    if low in COMPANY:
        return "单位"
    raise ValidationError(f"客户类型“{text}”应为“个人”或“单位”。")


def check(row: dict, seen: dict) -> dict:
    values = {"name": row.get("name", ""), "phone": row.get("phone", ""), "kind": kind_of(row.get("kind", ""))}
    for key in TEXT:
        if row.get(key):
            values[key] = row[key]
    clean = _clean_customer(values)
    if row.get("birthday"):
        clean["birthday"] = parse_date(row["birthday"], "生日")
    return clean


def existing_by_phone(phones) -> dict:
    """{(phone, name): Customer} and {phone: [Customer]} of the archive, for these phones."""
    by_pair, by_phone = {}, {}
    for chunk in chunks(sorted(set(phones))):
        for customer in Customer.select().where(Customer.phone.in_(chunk)):
            by_pair.setdefault((customer.phone, customer.name), customer)
            by_phone.setdefault(customer.phone, []).append(customer)
    return by_pair, by_phone


def create(user, values: dict, moment) -> int:
    row = {k: v for k, v in values.items() if not k.startswith("_")}
    return Customer.insert(**row, created_at=moment, created_by=user.display_name, updated_by=user.display_name,
                           updated_at=moment).execute()


def apply(user, rows: list) -> dict:
    moment = now()
    by_pair, _ = existing_by_phone(r["phone"] for r in rows)
    counts = {"新建": 0, "已存在，补充资料": 0, "已存在，无变化": 0, "文件内重复，已合并": 0}
    audits, done = [], {}
    for values in rows:
        key = (values["phone"], values["name"])
        if key in done:
            counts["文件内重复，已合并"] += 1
            continue
        customer = by_pair.get(key)
        if customer is None:
            done[key] = create(user, values, moment)
            audits.append(audit_row(user, "customer.create", "Customer", done[key],
                                    {k: v for k, v in values.items() if not k.startswith("_")}, moment))
            counts["新建"] += 1
            continue
        done[key] = customer.id
        fill = {k: v for k, v in values.items()
                if not k.startswith("_") and k not in ("name", "phone", "phone_rev", "kind") and v
                and not getattr(customer, k)}
        if fill:
            Customer.update(**fill, version=Customer.version + 1, updated_at=moment,
                            updated_by=user.display_name).where(Customer.id == customer.id).execute()
            audits.append(audit_row(user, "customer.update", "Customer", customer.id, fill, moment,
                                    before={k: getattr(customer, k) for k in fill}))
            counts["已存在，补充资料"] += 1
        else:
            counts["已存在，无变化"] += 1
    insert_rows(AuditLog, audits)
    notify("archive")
    return {k: v for k, v in counts.items() if v}
