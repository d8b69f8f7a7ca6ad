"""What issue 18's forms of one work order share (diagnosis report, added-work form, declined work,
service card, in-process inspection): rendering a form of the order NUMBER (the newest that has one
when NUMBER is left out), and the closing statement kept with its signature lines in one block, so
the customer's or the inspector's signature never stands apart from the sentence it signs. The block
is one table cell (it does not split, and draws wherever it is placed) marked as a signature block,
like blocks.signature_lines, for the pipeline that keeps it on the page of the last rows above."""
from typing import Callable

from reportlab.platypus import Table, TableStyle

from printing.base import Document, build_pdf
from printing.blocks import gap, para, signature_lines
from printing.work_order import find_order
from storage.rules.errors import NotFound


def render_order_form(number: str | None, out, *, copies: int, label: str, paper: str, latest: Callable[[], str | None],
                      sheet: Callable[[int], dict], story: Callable, none: str, qr: bool = False,
                      barcode: bool = True) -> None:
    """Render the form `label` of work order `number` (`latest()` when left out) to `out` on `paper`:
    `sheet(order_id)` reads the data, `story(sheet, data)` lays it out; `none` is the message when
    there is nothing to print; `qr`: the order number as a QR code in the header."""
    if not (number or "").strip():
        number = latest()
        if number is None:
            raise NotFound(none)
    order = find_order(number)
    data = sheet(order.id)
    doc = Document(title=label, number=order.number, number_label="工单号", paper=paper, qr=order.number if qr else None,
                   barcode=barcode, story=lambda page: story(page, data))
    build_pdf(doc, paper, out, copies=copies)


def sign_off(sheet, *rows, statement: str | None = None, note: str | None = None, head=()) -> Table:
    """rows: tuples of signature labels, one line of blanks each; statement: the sentence signed;
    head: flowables that go with them (a last small grid and its heading)."""
    parts = list(head)
    if statement:
        parts += [gap(2), para(statement, sheet.styles.body)]
    if note:
        parts.append(para(note, sheet.styles.small))
    parts.append(gap(2))
    for labels in rows:
        parts.append(signature_lines(sheet, labels))
    block = Table([[parts]], colWidths=[sheet.width])
    block.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), sheet.styles.body.fontName),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    block.signature = True
    return block
