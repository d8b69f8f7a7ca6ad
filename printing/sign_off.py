"""A form's closing statement and its signature lines kept in one block, so the customer's or the
inspector's signature never stands apart from the sentence it signs. The block is one table cell
(it does not split, and draws wherever it is placed) marked as a signature block, like
blocks.signature_lines, for the pipeline that keeps it on the page of the last rows of the table above."""
from reportlab.platypus import Table, TableStyle

from .blocks import gap, para, signature_lines


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
