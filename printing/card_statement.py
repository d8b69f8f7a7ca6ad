"""会员卡对账单: a member card's ledger as the customer reads it — for a package card (套餐卡) every
service bought, used, given back or refunded, for a stored-value card (储值卡) the member balance's
top-ups, bonuses and spending — with the closing figure, which is the ledger's sum.

NUMBER is the card number (VIP…); without it, the newest card."""
import datetime as dt

from printing.base import Column, Document, build_pdf, gap, info_grid, items_table, section, signature_lines, text
from printing.registry import DocumentKind
from storage.cashier import cards
from storage.rules.errors import ValidationError
from storage.rules.money import fmt
from storage.rules.vocabulary import CardStatus, CardType


def latest_number() -> str | None:
    return cards.latest_card_number()


def render(user, number: str | None, out, *, copies: int = 1) -> None:
    number = (number or "").strip() or latest_number()
    if not number:
        raise ValidationError("还没有售出任何会员卡，无法打印对账单。")
    data = cards.statement(cards.card_id_of(number))
    build_pdf(document(data), DOCUMENT.paper, out, copies=copies)


def document(data: dict) -> Document:
    return Document(title=DOCUMENT.label, number=data["number"], number_label="卡号", paper=DOCUMENT.paper,
                    story=lambda sheet: story(sheet, data))


def story(sheet, data: dict) -> list:
    flow = [info_grid(sheet, [
        ("客户", data["customer"]), ("电话", data["phone"]), ("卡种", f"{data['kind']}（{data['card_type']}）"),
        ("购卡时间", text(data["sold_at"])), ("有效期至", text(data["expires_on"]) if data["expires_on"] else "不限"),
        ("状态", data["status"]), ("结余", data["closing"], 3),
    ], columns=3), section(sheet, "台账明细")]
    columns = [Column("序", 8, "center"), Column("时间", 30, "center"), Column("类别", 16, "center"),
               Column("变动", 22, "right"), Column("变动后", 22, "right"), Column("单据", 34, "center"),
               Column("摘要", 48)]
    body = [[i, f"{r['at']:%Y-%m-%d %H:%M}", r["kind"], r["change"], r["after"], r["document"], r["reason"]]
            for i, r in enumerate(data["rows"], 1)]
    return flow + [items_table(sheet, columns, body, empty="（没有台账记录）"), gap(6),
                   signature_lines(sheet, ("客户签字", "收银员", "日期"))]


def sample(lines: int) -> Document:
    """A package card's statement with `lines` invented movements (layout checks; no database)."""
    day = dt.datetime(2026, 11, 24, 9, 30)
    rows = [{"at": day + dt.timedelta(days=30 * i), "kind": "使用" if i else "购卡", "change": "-1 次" if i else f"+{lines} 次",
             "after": f"{lines - i} 次", "document": f"JS20261124-{i:04d}", "reason": f"结算：机油保养（第 {i} 次）"}
            for i in range(lines)]
    data = {"number": "VIP20261124-0001", "kind": "保养四次卡", "card_type": CardType.PACKAGE, "customer": "王小明",
            "phone": "139****1234", "sold_at": day, "expires_on": dt.date(2027, 11, 23), "status": CardStatus.ACTIVE,
            "closing": f"剩余 1/{lines} 次（机油保养），价值 {fmt(175)}", "rows": rows}
    return Document(title=DOCUMENT.label, number=data["number"], number_label="卡号", paper=DOCUMENT.paper,
                    store={"name": "示例汽车销售服务有限公司"}, story=lambda sheet: story(sheet, data))


DOCUMENT = DocumentKind(kind="card-statement", label="会员卡对账单", paper="a4", render=render)
