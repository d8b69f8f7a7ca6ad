"""维修估价单: the estimate the customer signs, two copies (seed 003: 客户联 and 存根联), with the
work order's body and the no-guarantee remarks. NUMBER is the order number; without it, the newest."""
from printing.base import Document, build_pdf
from printing.registry import DocumentKind
from printing.work_order import find_order, latest_number, story  # noqa: F401  (latest_number: the registry's contract)
from storage.reception import documents


def render(user, number: str | None, out, *, copies: int = 2) -> None:
    order = find_order(number)
    data = documents.estimate_sheet(order.id)
    copies = max(copies, data["copies"])  # the customer keeps one, the store the other
    doc = Document(title=data["title"], number=order.number, number_label="工单号", paper=DOCUMENT.paper, qr=data["qr_text"],
                   story=lambda sheet: story(sheet, data, signature=("客户确认签字", "服务顾问", "日期"), more=()))
    build_pdf(doc, DOCUMENT.paper, out, copies=copies, copy_labels=["第一联 客户联", "第二联 存根联"][:copies] if copies <= 2 else None)


DOCUMENT = DocumentKind(kind="estimate", label="维修估价单", paper="a4", render=render)
