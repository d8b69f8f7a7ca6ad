"""A form's closing statement and its signature lines kept in one block, so the customer's or the
inspector's signature never stands alone on a page apart from what it signs. The block is marked as
a signature block (like blocks.signature_lines) for the pipeline that keeps it with the last rows of
the table above it."""
from reportlab.platypus import KeepTogether

from .blocks import gap, para, signature_lines


def sign_off(sheet, *rows, statement: str | None = None, note: str | None = None, head=()) -> KeepTogether:
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
    block = KeepTogether(parts)
    block.signature = True
    return block
