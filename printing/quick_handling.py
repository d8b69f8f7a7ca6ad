"""快速处理表 (seed 003 售后信息员: 回访时间维修后3日内，有问题的客户填写《快速处理表》; 在回访中遇见客户投诉
问题要以表格的方式反映到售后专人负责，并有负责人签字确定解决问题的时间; seed 001: 客户对我方答复是否满意
要作记录): one complaint on one sheet — what the customer said, why it happened, what is done about
it, who owns it and by when, the answer given and the customer's opinion of it, and the re-visit.
Signed by the care desk, the owner (confirming the deadline) and the service manager.

NUMBER is the complaint number (TS…); without it, the newest complaint. The phone number is masked
unless the printing user's role may take it out (phone.export)."""
import datetime as dt

from printing.base import Document, build_pdf, gap, info_grid, section, signature_lines, text
from printing.registry import DocumentKind
from storage.care import complaints
from storage.rules.errors import NotFound
from storage.rules.privacy import phone_on_paper
from storage.rules.vocabulary import ComplaintStatus

SIGNATURES = ("客服专员", "负责人（确认解决期限）", "服务经理")


def latest_number() -> str | None:
    return complaints.newest_number()


def render(user, number: str | None, out, *, copies: int = 1) -> None:
    typed = (number or "").strip() or latest_number()
    if not typed:
        raise NotFound("还没有任何投诉，无法打印快速处理表。")
    row = complaints.quick_handling(typed, mask=lambda phone: phone_on_paper(user, phone))
    doc = Document(title=DOCUMENT.label, number=row["number"], number_label="投诉单号", paper=DOCUMENT.paper, qr=row["number"],
                   story=lambda sheet: story(sheet, row))
    build_pdf(doc, DOCUMENT.paper, out, copies=copies)


def _when(value) -> str:
    return text(value) if value else ""


def story(sheet, c: dict) -> list:
    flow = [section(sheet, "投诉受理"), info_grid(sheet, [
        ("投诉单号", c["number"]), ("受理时间", _when(c["received_at"])), ("来源", c["source"]),
        ("客户", c["customer"]), ("联系电话", c["phone"]), ("车牌", c["plate"] or ""),
        ("相关工单", c["order_number"] or ""), ("投诉类别", c["category"] or "（未分类）"), ("状态", c["status"]),
        ("投诉内容", c["description"], 3),
    ], columns=3)]
    flow += [section(sheet, "原因与处理"), info_grid(sheet, [
        ("负责人", c["owner"] or ""), ("处理期限", _when(c["answer_due"])
                                      + ("（已超时）" if c.get("overdue") else "")),
        ("原因分析", c["cause"] or "", 2), ("处理措施", c["measures"] or "", 2),
    ], columns=2)]
    answered = f"{c['answered_by']}　{_when(c['answered_at'])}" if c["answered_at"] else ""
    revisit = ""
    if c["revisit_at"]:
        revisit = f"{_when(c['revisit_at'])}　客户意见：{c['revisit_verdict']}\n{c['revisit_note']}"
    elif c["revisit_due"]:
        revisit = f"计划于 {_when(c['revisit_due'])} 回访"
    result = info_grid(sheet, [
        ("处理结果（答复客户）", c["answer"] or "", 2), ("答复人 / 时间", answered), ("客户意见", c["verdict"] or ""),
        ("处理后回访", revisit, 2),
    ], columns=2)
    # Written in order: the print pipeline keeps a section title with its start and the signatures
    # with the rows before them (printing/base.py).
    flow += [section(sheet, "处理结果与客户意见"), result, gap(8), signature_lines(sheet, SIGNATURES)]
    return flow


def sample(lines: int) -> Document:
    """The form with every text `lines` sentences long (layout checks; no database)."""
    at = dt.datetime(2026, 11, 24, 10, 5)
    words = lambda what: "；".join(f"{what}第 {i} 点" for i in range(1, lines + 1))  # noqa: E731
    row = {
        "number": "TS20261124-0001", "received_at": at, "source": "回访", "customer": "王小明", "phone": "139****1234",
        "plate": "京N8K2L9", "order_number": "WO20261121-0003", "category": "维修质量", "status": ComplaintStatus.ANSWERED,
        "description": words("客户反映刹车仍有异响"), "owner": "李服务", "answer_due": at + dt.timedelta(days=2),
        "overdue": False, "cause": words("刹车片安装后未做磨合"), "measures": words("通知客户回厂免费检查"),
        "answer": words("已免费更换并致歉"), "answered_by": "李服务", "answered_at": at + dt.timedelta(days=1),
        "verdict": "满意", "revisit_at": None, "revisit_due": dt.date(2026, 12, 1), "revisit_verdict": "", "revisit_note": "",
    }
    return Document(title=DOCUMENT.label, number=row["number"], number_label="投诉单号", paper=DOCUMENT.paper,
                    store={"name": "示例汽车销售服务有限公司"}, story=lambda sheet: story(sheet, row))


DOCUMENT = DocumentKind(kind="complaint-handling", label="快速处理表", paper="a4", render=render)
