"""会员卡小票 on the 80 mm roll: a card sold, topped up or refunded at the till (its own receipt,
not a settlement's): the card, the money, the bonus, how it was paid, the balance or services after.

NUMBER is the card document's number (HK…); without it, the newest."""
import datetime as dt
from decimal import Decimal

from printing.base import Column, Document, build_pdf, gap, items_table, para, signature_lines
from printing.registry import DocumentKind
from storage.cashier import cards
from storage.rules.errors import ValidationError
from storage.rules.money import fmt
from storage.rules.vocabulary import PaymentMethod


def latest_number() -> str | None:
    return cards.latest_sale_number()


def render(user, number: str | None, out, *, copies: int = 1) -> None:
    number = (number or "").strip() or latest_number()
    if not number:
        raise ValidationError("还没有会员卡单据，无法打印小票。")
    data = cards.sale_receipt(cards.sale_id_of(number))
    build_pdf(document(data), DOCUMENT.paper, out, copies=copies)


def document(data: dict, store=None) -> Document:
    return Document(title=f"{DOCUMENT.label}（{data['action']}）", number=data["number"], number_label="单号", paper=DOCUMENT.paper,
                    store=store, story=lambda sheet: story(sheet, data))


def _signed(amount) -> str:
    return fmt(amount) if amount >= 0 else "-" + fmt(-amount)


def story(sheet, data: dict) -> list:
    st = sheet.styles
    flow = [para(f"客户：{data['customer']}　收银员：{data['cashier']}", st.body),
            para(f"卡号：{data['card']}　{data['kind']}", st.body), gap(1.5)]
    rows = [[data["action"], _signed(data["amount"])]]
    if data["bonus"]:
        rows.append(["赠送", fmt(data["bonus"])])
    rows += [[method, _signed(amount)] for method, amount in data["payments"]]
    flow.append(items_table(sheet, [Column("", 55), Column("", 35, "right")], rows))
    after = f"剩余 {data['remaining']} 次" if data["remaining"] else f"会员余额 {fmt(data['balance'])}"
    flow.append(para(after + (f"　有效期至 {data['expires_on']:%Y-%m-%d}" if data["expires_on"] else ""), st.small))
    flow += [gap(2), signature_lines(sheet, ("客户签字",), space=8 * 2.83), gap(1), para("谢谢惠顾，欢迎再次光临！", st.body)]
    return flow


def sample(lines: int) -> Document:
    """A top-up receipt (layout checks; no database; `lines` payments)."""
    data = {"number": "HK20261124-0001", "action": "充值", "at": dt.datetime(2026, 11, 24, 9, 30), "customer": "王小明",
            "card": "VIP20261124-0001", "kind": "金卡", "amount": Decimal(1000) * lines, "bonus": Decimal(100),
            "payments": [(PaymentMethod.WECHAT if i % 2 else PaymentMethod.CASH, Decimal(1000)) for i in range(lines)], "cashier": "钱收银",
            "balance": Decimal(1100) * lines, "remaining": 0, "expires_on": None}
    return document(data, store={"name": "示例汽车销售服务有限公司"})


DOCUMENT = DocumentKind(kind="card-receipt", label="会员卡小票", paper="roll80", render=render)
