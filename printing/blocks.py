"""The building blocks documents are made of: text styles, a key/value grid, a line-items table,
signature lines, QR code and barcode. Every block takes the Sheet (paper, usable width, styles)
so the same document code lays out on A4, A5, the 80 mm roll or 241 mm continuous paper.
"""
import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.graphics.barcode import code128
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from printing.fonts import register_reportlab_font
from storage.rules.money import fmt

GRID = colors.HexColor("#666666")
SHADE = colors.HexColor("#EDEDED")
MUTED = colors.HexColor("#444444")
NOTHING = "—"


class Grid(Table):
    """A table with no header row (label/value grids, a ruled text box): a piece of it continued on the
    next page has no header to repeat. Split pieces keep the class (Table.split makes self.__class__),
    so the layout self-check (printing/layout_check.py) can tell them from an items table."""
    headerless = True


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    heading: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_center: ParagraphStyle
    amount: ParagraphStyle
    label: ParagraphStyle
    head: ParagraphStyle


@dataclass(frozen=True)
class Sheet:
    """What a block needs to know about the page: the paper key, the usable width, the styles."""

    paper: str
    width: float
    styles: Styles


THERMAL = "roll80"  # a thermal head prints black or nothing: no grey, no fills, no full grid there


def mono(sheet) -> bool:
    return sheet.paper == THERMAL


@lru_cache(maxsize=None)
def styles_for(size: float, black: bool = False) -> Styles:
    """Paragraph styles for a body size in points; CJK line breaking everywhere. `black`: every
    text black and nothing smaller than a point under the body (the 80 mm thermal roll)."""
    font = register_reportlab_font()

    def style(name, fs, align=TA_LEFT, color=colors.black, leading=1.3, **extra):
        return ParagraphStyle(name, fontName=font, fontSize=fs, leading=round(fs * leading, 1),
                              alignment=align, textColor=color, wordWrap="CJK", **extra)

    cell = size - 0.5
    return Styles(
        body=style("body", size),
        small=style("small", size - 0.5, color=colors.black) if black else style("small", size - 1.5, color=MUTED),
        heading=style("heading", size + 1.5, spaceBefore=size * 0.9, spaceAfter=size * 0.35),
        cell=style("cell", cell, leading=1.25),
        cell_right=style("cell_right", cell, TA_RIGHT, leading=1.25),
        cell_center=style("cell_center", cell, TA_CENTER, leading=1.25),
        # An amount is never broken inside: a column too narrow shows as such, not as "¥1,234.5 / 0".
        amount=style("amount", cell, TA_RIGHT, leading=1.25).clone("amount", wordWrap=None, splitLongWords=0),
        label=style("label", cell, leading=1.25, color=colors.black if black else colors.HexColor("#222222")),
        head=style("head", cell, TA_CENTER, leading=1.25),
    )


def text(value) -> str:
    """How a stored value reads on paper: dates as 2026-11-24, quantities without trailing zeros,
    nothing as a blank (room to write by hand). Money is formatted by the caller (money())."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, Decimal):
        plain = f"{value.normalize():f}"
        return plain if "." not in plain else plain.rstrip("0").rstrip(".")
    if isinstance(value, dt.datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def money(value) -> str:
    """¥1,234.50; a blank stays blank."""
    return "" if value is None or value == "" else fmt(value)


def para(value, style: ParagraphStyle) -> Paragraph:
    """A wrapping paragraph of plain text (escaped: a customer's '<' never breaks the markup)."""
    if isinstance(value, Flowable):
        return value
    return Paragraph(escape(text(value)).replace("\n", "<br/>"), style)


def section(sheet, title: str) -> Paragraph:
    return Paragraph(f"■ {escape(title)}", sheet.styles.heading)


def info_grid(sheet, pairs, *, columns: int = 2) -> Table:
    """Key/value grid: `pairs` are (label, value) or (label, value, span) where span is how many
    of the `columns` label/value slots the value stretches over (e.g. an address: span=columns)."""
    st = sheet.styles
    font_size = st.label.fontSize
    label_w = max(stringWidth(p[0], st.label.fontName, font_size) for p in pairs) + 8
    # One long label ("实收合计（不含定金抵扣、会员余额）") wraps in its cell instead of widening every
    # label column until the values print one character a line: a label takes at most half its slot.
    label_w = min(max(label_w, 14 * mm), 0.5 * sheet.width / columns)
    value_w = (sheet.width - columns * label_w) / columns
    rows, cell_cmds, row, col = [], [], [], 0
    for pair in pairs:
        label, value = pair[0], pair[1]
        span = min(pair[2] if len(pair) > 2 else 1, columns)
        if col + span > columns:
            row += [""] * (2 * (columns - col))
            rows.append(row)
            row, col = [], 0
        start, r = 2 * col + 1, len(rows)
        row += [para(label, st.label), para(value, st.cell)] + [""] * (2 * (span - 1))
        if not mono(sheet):
            cell_cmds.append(("BACKGROUND", (start - 1, r), (start - 1, r), SHADE))
        if span > 1:
            cell_cmds.append(("SPAN", (start, r), (start + 2 * span - 2, r)))
        col += span
    if row:
        row += [""] * (2 * (columns - col))
        rows.append(row)
    table = Grid(rows, colWidths=[label_w, value_w] * columns, splitInRow=1)  # a long remark may go on overleaf
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), st.cell.fontName),  # blank cells too: no Helvetica in the PDF
        ("GRID", (0, 0), (-1, -1), 0.5, GRID) if not mono(sheet) else ("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    table.setStyle(TableStyle(commands + cell_cmds))
    return table


@dataclass(frozen=True)
class Column:
    """One column of a line-items table. `weight` is its share of the width; align is
    "left", "center", "right" or "money" (right-aligned, ¥ formatted)."""

    header: str
    weight: float
    align: str = "left"


def items_table(sheet, columns, rows, *, total=None, empty: str = "（无记录）") -> Table:
    """Line items with a repeating header row; `total` is an optional last row (same columns)."""
    st = sheet.styles
    by_align = {"left": st.cell, "center": st.cell_center, "right": st.cell_right, "money": st.amount}
    # No column under two characters, and none narrower than the longest word of its header (a header
    # breaks between its words, "客户 / 电话", never inside one: "回访时 / 间").
    least = [max([2 * st.cell.fontSize, *(stringWidth(word, st.head.fontName, st.head.fontSize)
                                           for word in re.split(r"[\s/]+", c.header) if word)]) + 5 + 1
             for c in columns]
    widths = _widths(sheet.width, [c.weight for c in columns], least)
    data = [[_header(c.header, w - 5, st.head) for c, w in zip(columns, widths)]]
    body = list(rows) + ([total] if total else [])
    for values in body:
        data.append([para(money(v) if c.align == "money" else v, by_align[c.align])
                     for c, v in zip(columns, values)])
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), st.cell.fontName),
        *([("GRID", (0, 0), (-1, -1), 0.5, GRID), ("BACKGROUND", (0, 0), (-1, 0), SHADE)] if not mono(sheet) else
          # On the thermal roll: a rule under the header row, nothing else (no grid, no grey).
          [("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black)]),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if not rows:
        data.insert(1, [para(empty, st.cell_center)] + [""] * (len(columns) - 1))
        commands.append(("SPAN", (0, 1), (-1, 1)))
    if total:
        commands += [("LINEABOVE", (0, -1), (-1, -1), 1.2, colors.black)]
        if not mono(sheet):
            commands.append(("BACKGROUND", (0, -1), (-1, -1), SHADE))
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table


def _header(title: str, room: float, style) -> Paragraph:
    """A header cell that fits on one line, or else one word a line ("客户 /" "电话")."""
    if stringWidth(title, style.fontName, style.fontSize) <= room:
        return para(title, style)
    words = [w for w in re.split(r"\s*/\s*|\s+", title) if w]
    sep = " /<br/>" if "/" in title else "<br/>"
    return Paragraph(sep.join(escape(w) for w in words), style)


def _widths(total: float, weights, least) -> list:
    """Column widths in proportion to `weights`, none under its `least`: what a narrow column needs
    is taken from the wide ones, in proportion to what they have to spare."""
    widths = [total * w / sum(weights) for w in weights]
    for _ in range(len(widths)):
        short = [i for i, w in enumerate(widths) if w < least[i] - 0.01]
        if not short:
            break
        need = sum(least[i] - widths[i] for i in short)
        wide = [i for i, w in enumerate(widths) if w > least[i]]
        spare = sum(widths[i] - least[i] for i in wide)
        if spare <= 0:
            break
        for i in short:
            widths[i] = least[i]
        take = min(1.0, need / spare)
        for i in wide:
            widths[i] -= (widths[i] - least[i]) * take
    return widths


def signature_lines(sheet, labels=("客户签字", "日期"), *, space: float = 10 * mm) -> Table:
    """Blank lines to sign on, side by side (stacked on a narrow roll)."""
    st = sheet.styles
    label_w = max(stringWidth(f"{x}：", st.body.fontName, st.body.fontSize) for x in labels) + 4
    if sheet.width < 100 * mm:
        data = [[para(f"{x}：", st.body), ""] for x in labels]
        widths = [label_w, sheet.width - label_w]
        blanks = [(1, r) for r in range(len(labels))]
    else:
        gap_w = 8 * mm
        blank_w = (sheet.width - len(labels) * label_w - (len(labels) - 1) * gap_w) / len(labels)
        row, widths, blanks = [], [], []
        for i, label in enumerate(labels):
            if i:
                row.append("")
                widths.append(gap_w)
            row += [para(f"{label}：", st.body), ""]
            widths += [label_w, blank_w]
            blanks.append((len(row) - 1, 0))
        data = [row]
    table = Table(data, colWidths=widths, rowHeights=space)
    table.signature = True  # the pipeline keeps it on the page of the last rows it signs (base._keep_signatures)
    commands = [("FONTNAME", (0, 0), (-1, -1), st.body.fontName), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
    commands += [("LINEBELOW", cell, cell, 0.6, colors.black) for cell in blanks]
    table.setStyle(TableStyle(commands))
    return table


def qr_code(payload: str, size: float = 22 * mm) -> Drawing:
    """A QR code drawing (a flowable; draw it on a canvas with reportlab.graphics.renderPDF.draw)."""
    widget = QrCodeWidget(payload, barBorder=0)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    drawing.initialFontName = register_reportlab_font()  # the renderer's default would pull in Helvetica
    return drawing


def barcode(payload: str, height: float = 8 * mm, bar_width: float = 0.85) -> Flowable:
    """Code128 of a document number, so a scanner at another station finds the record."""
    return code128.Code128(payload, barHeight=height, barWidth=bar_width, humanReadable=False, quiet=False)


def gap(height_mm: float) -> Spacer:
    return Spacer(1, height_mm * mm)
