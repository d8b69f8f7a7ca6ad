"""The one print pipeline: every document is a Document (title, number, a story of flowables) laid
out by build_pdf on one of four papers, with the store header, copy labels and page numbers.

    doc = Document(title="维修结算单", number="JS20261124-0001", story=lambda sheet: [...])
    build_pdf(doc, "a4", "out.pdf", copies=2)

Papers: A4 and A5 (landscape, half an A4) forms, the 80 mm receipt roll whose page is as long as
its content, and 241 mm continuous paper (9.5" × 11") for dot-matrix multi-part forms. With
several copies each copy gets its own pages, its own label (第一联 客户联 …) and its own page count.
"""
import base64
import contextvars
import copy
import datetime as dt
import io
from collections import Counter
from dataclasses import dataclass
from functools import partial
from typing import Callable

from reportlab.graphics import renderPDF
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate, CondPageBreak, Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate, Table,
)
from reportlab.platypus.flowables import HRFlowable

from printing.blocks import (  # noqa: F401  (re-exported: documents import their blocks from here)
    NOTHING, Column, Sheet, Styles, barcode, gap, info_grid, items_table, money, para, qr_code, section,
    signature_lines, styles_for, text,
)
from printing.fonts import register_reportlab_font
from printing.registry import render_kind
from storage.plumbing.db import database
from storage.rules.errors import ValidationError
from storage.rules.settings import is_demo, store_header

CREATOR = "4S 店售后服务管理系统"
COPY_NAMES = ("客户联", "存根联", "财务联")
CHINESE_NUMERALS = "一二三四五六七八九十"
MULTIPART_NAMES = ("第一联 客户", "第二联 财务", "第三联 存根")


@dataclass(frozen=True)
class Paper:
    key: str
    label: str
    width: float
    height: float | None  # None: a roll, as long as its content
    margins: tuple  # left, right, top, bottom (points)
    font_size: float
    header_height: float  # the drawn header above the frame; 0 on the roll (its header flows)

    @property
    def roll(self) -> bool:
        return self.height is None


PAPERS = {
    "a4": Paper("a4", "A4", 210 * mm, 297 * mm, (15 * mm, 15 * mm, 11 * mm, 14 * mm), 9.5, 31 * mm),
    "a5": Paper("a5", "A5（横向）", 210 * mm, 148 * mm, (12 * mm, 12 * mm, 8 * mm, 11 * mm), 9, 24 * mm),
    # 80 mm thermal roll (72 mm printable at 203 dpi): 9 pt is the head's 24-dot CJK size, printed
    # clean; the page ends 4 mm under the last line, so the cutter cuts right after it.
    "roll80": Paper("roll80", "80 mm 小票", 80 * mm, None, (4 * mm, 4 * mm, 3 * mm, 4 * mm), 9, 0),
    # The tractor strips (12.7 mm each side) leave about 215 mm to print on.
    "continuous241": Paper("continuous241", "241 mm 连续纸", 241 * mm, 279.4 * mm,
                           (17 * mm, 17 * mm, 10 * mm, 13 * mm), 10, 31 * mm),
}
ROLL_MEASURE_HEIGHT = 5000 * mm
# The layout self-check (printing.layout_check) listens here: what each page drew, where.
LAYOUT_PROBE: contextvars.ContextVar = contextvars.ContextVar("LAYOUT_PROBE", default=None)
KEEP_ROWS = 2  # the last rows of a table that stay on the page of the signatures below it


def paper_for(key: str) -> Paper:
    if key not in PAPERS:
        raise ValidationError(f"未知的纸张“{key}”。可用：{'、'.join(PAPERS)}")
    return PAPERS[key]


@dataclass
class Document:
    """What a document module hands to the pipeline. `story` is called once per copy (flowables
    are consumed by layout) with the Sheet, so a block can size itself to the paper."""

    title: str
    story: Callable[["Sheet"], list] | list
    number: str = ""
    number_label: str = "单号"
    paper: str = "a4"
    qr: str | None = None  # payload of a QR code in the header
    barcode: bool = True  # Code128 of the number in the header
    store: dict | None = None  # the store header; read from storage.rules.settings when None
    printed_at: dt.datetime | None = None
    # The parts of a multi-part (carbonless) set on 241 mm continuous paper, named down its right edge.
    parts: tuple = MULTIPART_NAMES

    def make_story(self, sheet) -> list:
        if callable(self.story):
            return list(self.story(sheet))
        return copy.deepcopy(list(self.story))


def default_copy_labels(copies: int) -> list:
    """No label for a single copy; 第一联 客户联, 第二联 存根联, 第三联 财务联, 第四联 … for more."""
    if copies <= 1:
        return [""]
    labels = []
    for i in range(copies):
        numeral = CHINESE_NUMERALS[i] if i < len(CHINESE_NUMERALS) else str(i + 1)
        labels.append(f"第{numeral}联 {COPY_NAMES[i]}" if i < len(COPY_NAMES) else f"第{numeral}联")
    return labels


def _store_header() -> dict:
    if database.obj is None:  # building a sample without a database: a blank header
        return {"name": "", "address": "", "phone": "", "brand": "", "licence": "", "demo": False}
    return store_header()


def _is_demo(store: dict) -> bool:
    """A document of the demo's database says 演示数据 (storage.rules.settings.is_demo), whoever built its header."""
    if "demo" in store:
        return bool(store["demo"])

    return database.obj is not None and is_demo()


DEMO_MARK = "演示数据"


@dataclass(frozen=True)
class _Context:
    doc: Document
    paper: Paper
    store: dict
    printed_at: dt.datetime
    font: str
    demo: bool = False


def build_pdf(doc, paper: str | None = None, out=None, copies: int = 1, copy_labels=None):
    """Lay out `doc` (a Document, or a bare story) on `paper` and write the PDF to `out`, a path
    or a binary file-like. Returns `out`."""
    if not isinstance(doc, Document):
        doc = Document(title="", story=doc, barcode=False)
    if out is None:
        raise ValueError("build_pdf needs an output path or file")
    copies = max(1, int(copies))
    sheet_paper = paper_for(paper or doc.paper)
    if sheet_paper.key == "continuous241" and doc.parts:
        # Multi-part paper: one printing makes every part (the copies below are whole sets), and
        # each part's name is printed on all of them, down the right edge.
        labels = [""] * copies
    else:
        labels = list(copy_labels or [])[:copies]
        labels += default_copy_labels(copies)[len(labels):copies]
    store = doc.store if doc.store is not None else _store_header()
    ctx = _Context(doc, sheet_paper, store, (doc.printed_at or dt.datetime.now()).replace(microsecond=0),
                   register_reportlab_font(), _is_demo(store))
    height = sheet_paper.height or _measure_roll(ctx, labels[0])
    _build(ctx, height, str(out) if hasattr(out, "__fspath__") else out, labels)
    return out


def render_to_bytes(kind: str, number: str | None = None, copies: int = 1, paper: str | None = None, *,
                    user=None) -> bytes:
    """The PDF of one document kind (printing.registry) as bytes, for the preview dialog, as `user`
    prints it (None: no login, phone numbers masked); `paper` is the paper class chosen for it on
    this PC (registry.paper_of), None for its own."""
    buffer = io.BytesIO()
    render_kind(kind, number, buffer, user=user, copies=copies, paper=paper)
    return buffer.getvalue()


def _sheet(ctx) -> Sheet:
    left, right, _, _ = ctx.paper.margins
    return Sheet(ctx.paper.key, ctx.paper.width - left - right, styles_for(ctx.paper.font_size, black=ctx.paper.roll))


def _build(ctx, height: float, out, labels, end_mark=None) -> None:
    paper = ctx.paper
    left, right, top, bottom = paper.margins
    frame_h = height - top - bottom - paper.header_height
    probe = LAYOUT_PROBE.get() if end_mark is None else None  # the roll's trial layout is not looked at
    template = _Template(
        out, pagesize=(paper.width, height), leftMargin=left, rightMargin=right, topMargin=top,
        bottomMargin=bottom, title=ctx.doc.title, subject=ctx.doc.number, creator=CREATOR,
        author=ctx.store.get("name", ""), initialFontName=ctx.font,
    )
    template.addPageTemplates([
        PageTemplate(id=f"copy{i}", frames=[Frame(left, bottom, paper.width - left - right, frame_h,
                                                  leftPadding=0, rightPadding=0, bottomPadding=0,
                                                  topPadding=0 if paper.roll else 2.5 * mm)],
                     onPage=partial(_on_page, ctx, i, label))
        for i, label in enumerate(labels)
    ])
    sheet = _sheet(ctx)
    story = []
    for i, label in enumerate(labels):
        if i:
            story += [NextPageTemplate(f"copy{i}"), PageBreak()]
        if paper.roll:
            story += _roll_header(ctx, sheet, label)
        story += _titles_with_content(_keep_signatures(ctx.doc.make_story(sheet)), sheet, frame_h)
        if paper.roll:
            story += _roll_footer(ctx, sheet)
    if end_mark is not None:
        story.append(end_mark)
    template.probe = probe
    if probe is not None:
        probe.start(ctx, story, frame_h)
    template.build(story, canvasmaker=partial(_NumberedCanvas, ctx=ctx))


class _Template(BaseDocTemplate):
    probe = None

    def afterFlowable(self, flowable):
        if self.probe is not None:
            self.probe.drawn(self.page, self.canv, flowable, self.frame)


def _titles_with_content(story: list, sheet, page_room: float = 1e6) -> list:
    """A section title (blocks.section) starts a new page when fewer than three lines of room are
    left under it, so it is never the last thing on a page. (Not keepWithNext: that keeps the title
    with the whole of a long table and moves both to the next page.)"""
    out = []
    for i, flowable in enumerate(story):
        style = getattr(flowable, "style", None)
        if style is not None and getattr(style, "name", "") == "heading":
            following = story[i + 1] if i + 1 < len(story) else None
            room = style.spaceBefore + style.leading + style.spaceAfter + _first_chunk(following, sheet)
            if room < page_room * 0.9:  # more than a page's room would break at the top of a fresh page too
                out.append(CondPageBreak(room))
        out.append(flowable)
    return out


def _first_chunk(flowable, sheet) -> float:
    """The least of `flowable` that can stand under a title: a table's header and first row (all of
    a table that cannot split), a paragraph's first three lines."""
    three_lines = 3 * sheet.styles.cell.leading
    if isinstance(flowable, KeepWithTail):
        table = flowable.table
        if isinstance(table, Table) and len(table._cellvalues) - (table.repeatRows or 0) <= flowable.keep_rows:
            return flowable.wrap(sheet.width, 1e6)[1]  # too few rows to split: all of it goes together
        flowable = table
    if isinstance(flowable, Table):
        flowable.wrap(sheet.width, 1e6)
        heights = flowable._rowHeights
        if len(heights) == 1:
            return heights[0]
        return sum(heights[:(flowable.repeatRows if isinstance(flowable.repeatRows, int) else 0) + 1])
    if flowable is None or not hasattr(flowable, "wrap"):
        return three_lines
    try:
        return min(flowable.wrap(sheet.width, 1e6)[1], three_lines)
    except Exception:  # a flowable that cannot say its size before layout
        return three_lines


def _keep_signatures(story: list) -> list:
    """Every signature block (blocks.signature_lines) goes with the last rows of the table of lines
    before it (one with a header row) and whatever stands between them (totals, remarks): a
    signature never lands alone on a page."""
    out = list(story)
    i = len(out) - 1
    while i >= 0:
        if getattr(out[i], "signature", False):
            j = i - 1
            while j >= 0 and not (isinstance(out[j], Table) and out[j].repeatRows):  # a table with a header
                if isinstance(out[j], (PageBreak, NextPageTemplate)):
                    j = -1
                    break
                j -= 1
            if j >= 0:
                title = j > 0 and getattr(getattr(out[j - 1], "style", None), "name", "") == "heading"
                start = j - 1 if title else j
                out[start:i + 1] = [KeepWithTail(out[j], out[j + 1:i + 1], lead=[out[j - 1]] if title else ())]
                i = start
        i -= 1
    return out


class KeepWithTail(Flowable):
    """A table and what follows it (down to a signature block), laid out so that the last KEEP_ROWS
    rows of the table are on the same page as the tail. A table too long for the page is split as
    platypus would (its header repeated on the next page), only earlier when needed. `lead`: the
    section title above the table, which goes wherever the table's first rows go."""

    def __init__(self, table, tail, keep_rows: int = KEEP_ROWS, lead=()):
        super().__init__()
        self.table, self.tail, self.keep_rows, self.lead = table, list(tail), keep_rows, list(lead)
        self.parts = [*self.lead, table, *self.tail]
        self._sizes = []
        self._gave_up_at = None

    def getSpaceBefore(self):
        return self.parts[0].getSpaceBefore()

    def getSpaceAfter(self):
        return self.tail[-1].getSpaceAfter() if self.tail else self.table.getSpaceAfter()

    def _gaps(self):
        """Space between consecutive parts, as a frame would leave it."""
        return [a.getSpaceAfter() + b.getSpaceBefore() for a, b in zip(self.parts, self.parts[1:])]

    def wrap(self, available_width, available_height):
        self._sizes = [part.wrap(available_width, available_height) for part in self.parts]
        self.width = available_width
        self.height = sum(h for _, h in self._sizes) + sum(self._gaps())
        return self.width, self.height

    def split(self, available_width, available_height):
        self.wrap(available_width, available_height)
        if self.height <= available_height:
            return [self]
        table = self.table
        lead = len(self.lead)
        lead_h = sum(h for _, h in self._sizes[:lead]) + sum(self._gaps()[:lead])
        available_height -= lead_h  # what is left for the table's rows under its title
        heights = list(getattr(table, "_rowHeights", []) or [])
        header = table.repeatRows if isinstance(table, Table) and isinstance(table.repeatRows, int) else 0
        rows = len(heights)
        # The first piece: as many rows as fit here, leaving at least keep_rows rows (or all) for the next page.
        keep = min(self.keep_rows, rows - header)
        best = 0
        used = 0.0
        for n in range(1, rows - keep + 1):
            used += heights[n - 1]
            if used > available_height:
                break
            best = n
        if best > header and isinstance(table, Table):
            pieces = table.split(available_width, sum(heights[:best]) + 0.01)
            if len(pieces) == 2:
                return [*self.lead, pieces[0], KeepWithTail(pieces[1], self.tail, self.keep_rows)]
        if self._gave_up_at is not None and available_height >= self._gave_up_at:
            # Even a fresh page is too short for the last rows and the tail: each part flows on its own.
            pieces = table.split(available_width, available_height) if isinstance(table, Table) else []
            return self.lead + (pieces or [table]) + self.tail
        self._gave_up_at = available_height
        return []  # all of it on the next page

    def draw(self):
        y = self.height
        gaps = self._gaps() + [0]
        for part, (w, h), space in zip(self.parts, self._sizes, gaps):
            y -= h
            align = getattr(part, "hAlign", "LEFT")
            x = (self.width - w) / 2 if align in ("CENTER", "CENTRE") else (self.width - w if align == "RIGHT" else 0)
            part.drawOn(self.canv, x, y)
            y -= space


class _EndMark(Flowable):
    """Zero-size flowable that remembers where on the page the story ended."""

    def __init__(self):
        super().__init__()
        self.at = None

    def wrap(self, available_width, available_height):
        return 0, 0

    def drawOn(self, canvas, x, y, _sW=0):
        self.at = (canvas.getPageNumber(), y)

    def draw(self):
        pass


def _measure_roll(ctx, label: str) -> float:
    """Lay one copy out on a very long roll and cut the page just below where it ended."""
    mark = _EndMark()
    _build(ctx, ROLL_MEASURE_HEIGHT, io.BytesIO(), [label], end_mark=mark)
    _, _, top, bottom = ctx.paper.margins
    page, y = mark.at
    if page > 1:
        return ROLL_MEASURE_HEIGHT
    return top + (ROLL_MEASURE_HEIGHT - top - y) + bottom


def _on_page(ctx, index: int, label: str, canvas, doc) -> None:
    canvas._copy_index, canvas._copy_label = index, label
    if ctx.demo:
        _draw_demo_mark(ctx, canvas)
    if not ctx.paper.roll:
        _draw_header(ctx, canvas, label)


def _draw_demo_mark(ctx, canvas) -> None:
    """The demo's printouts cannot pass for a real store's: 演示数据 across every page, light enough
    to read the document through."""
    width, height = ctx.paper.width, canvas._pagesize[1]
    size = min(width, 200 * mm) / 6
    canvas.saveState()
    canvas.setFillColor(colors.Color(0.55, 0.55, 0.55, alpha=0.22))
    canvas.setFont(ctx.font, size)
    step = min(height, 180 * mm)
    y = height / 2
    while y > -step:  # one mark per screenful of a long roll, the first in the middle of a sheet
        canvas.saveState()
        canvas.translate(width / 2, y)
        canvas.rotate(30 if not ctx.paper.roll else 0)
        canvas.drawCentredString(0, -size / 3, DEMO_MARK)
        canvas.restoreState()
        y -= step
    canvas.restoreState()


def _fit(text_: str, font: str, size: float, width: float, smallest: float = 7) -> float:
    while size > smallest and stringWidth(text_, font, size) > width:
        size -= 0.5
    return size


def _heavy_text(canvas, font: str, size: float, x_centre: float, y: float, value: str) -> None:
    """Centred text with a thin outline: the font has no bold face."""
    canvas.saveState()
    canvas.setLineWidth(size / 40)
    txt = canvas.beginText(x_centre - stringWidth(value, font, size) / 2, y)
    txt.setFont(font, size)
    txt.setTextRenderMode(2)
    txt.textOut(value)
    canvas.drawText(txt)
    canvas.restoreState()


def _draw_header(ctx, canvas, label: str) -> None:
    paper, doc, font, store = ctx.paper, ctx.doc, ctx.font, ctx.store
    left, right, top, _ = paper.margins
    width, height = paper.width, canvas._pagesize[1]
    y0 = height - top
    scale = paper.header_height / (31 * mm)
    centre = width / 2
    side = 30 * mm * scale  # room kept at each side for the QR code and the copy label
    canvas.saveState()
    if paper.key == "continuous241" and doc.parts:
        canvas.saveState()
        canvas.translate(width - right / 2, (height - top - paper.margins[3]) / 2 + paper.margins[3])
        canvas.rotate(-90)
        canvas.setFont(font, 9)
        canvas.drawCentredString(0, -3, "　　".join(doc.parts))
        canvas.restoreState()
    if doc.qr:
        renderPDF.draw(qr_code(doc.qr, 21 * mm * scale), canvas, left, y0 - 21 * mm * scale)
    elif store.get("logo"):
        _draw_logo(canvas, store["logo"], left, y0, side - 2 * mm, 14 * mm * scale)
    if label:
        size = 9.5 * scale
        box_w = stringWidth(label, font, size) + 4 * mm
        x = width - right - box_w
        canvas.setLineWidth(0.8)
        canvas.roundRect(x, y0 - 6.5 * mm * scale, box_w, 6.5 * mm * scale, 1.2 * mm, stroke=1, fill=0)
        canvas.setFont(font, size)
        canvas.drawCentredString(x + box_w / 2, y0 - 4.6 * mm * scale, label)
    name = store.get("name") or ""
    if name:
        size = _fit(name, font, 13 * scale, width - left - right - 2 * side)
        _heavy_text(canvas, font, size, centre, y0 - 5 * mm * scale, name)
    contact = "    ".join(x for x in (
        f"{store['brand']} 授权服务" if store.get("brand") else "",
        f"地址：{store['address']}" if store.get("address") else "",
        f"服务电话：{store['phone']}" if store.get("phone") else "") if x)
    if contact:
        size = _fit(contact, font, 8 * scale, width - left - right - 2 * side, 6)
        canvas.setFont(font, size)
        canvas.setFillColor(colors.HexColor("#333333"))
        canvas.drawCentredString(centre, y0 - 10 * mm * scale, contact)
        canvas.setFillColor(colors.black)
    if doc.title:
        beside = 50 * mm * scale if doc.barcode and doc.number else side  # clear of the barcode
        size = _fit(doc.title, font, 17 * scale, width - left - right - 2 * beside)
        _heavy_text(canvas, font, size, centre, y0 - 19 * mm * scale, doc.title)
    info_y = y0 - paper.header_height + 2 * mm
    if doc.barcode and doc.number and doc.number.isascii():
        code = barcode(doc.number, height=7 * mm * scale)
        widest = 48 * mm * scale
        if code.width > widest:  # a long number gets thinner bars, never a wider code
            code = barcode(doc.number, height=7 * mm * scale, bar_width=code.barWidth * widest / code.width)
        code.drawOn(canvas, width - right - code.width, info_y + 4.5 * mm)
    canvas.setFont(font, paper.font_size - 0.5)
    if doc.number:
        canvas.drawString(left, info_y, f"{doc.number_label}：{doc.number}")
    canvas.drawRightString(width - right, info_y, f"打印时间：{ctx.printed_at:%Y-%m-%d %H:%M}")
    if ctx.demo:
        canvas.drawCentredString(centre, info_y, f"【{DEMO_MARK}·非正式单据】")
    canvas.setLineWidth(1.2)
    canvas.line(left, info_y - 1.8 * mm, width - right, info_y - 1.8 * mm)
    canvas.restoreState()


def _draw_logo(canvas, logo: str, left: float, top: float, width: float, height: float) -> None:
    """The store's logo (系统管理 → 门店) at the header's top left, within width × height, kept in
    proportion. A picture that cannot be read is left out rather than stopping the print."""

    try:
        image = ImageReader(io.BytesIO(base64.b64decode(logo)))
        w, h = image.getSize()
    except Exception:  # noqa: BLE001 - a damaged picture must not stop a receipt
        return
    factor = min(width / w, height / h)
    canvas.drawImage(image, left, top - h * factor, w * factor, h * factor, mask="auto")


def _roll_header(ctx, sheet, label: str) -> list:
    st, store, doc = sheet.styles, ctx.store, ctx.doc
    centre = st.body.clone("roll_centre", alignment=1)
    flow = []
    if ctx.demo:
        flow.append(para(f"【{DEMO_MARK}·非正式单据】", centre))
    if label:
        flow.append(para(f"【{label}】", centre))
    if store.get("name"):
        flow.append(para(store["name"], centre.clone("roll_store", fontSize=st.body.fontSize + 2.5,
                                                     leading=st.body.fontSize * 1.7)))
    if doc.title:
        flow.append(para(doc.title, centre.clone("roll_title", fontSize=st.body.fontSize + 1.5,
                                                 leading=st.body.fontSize * 1.6)))
    if doc.number:
        flow.append(para(f"{doc.number_label}：{doc.number}", st.body))
    flow.append(para(f"打印时间：{ctx.printed_at:%Y-%m-%d %H:%M}", st.body))
    flow.append(HRFlowable(width="100%", thickness=0.6, dash=(2, 2), spaceBefore=2, spaceAfter=3, color=colors.black))
    return flow


def _roll_footer(ctx, sheet) -> list:
    st, store, doc = sheet.styles, ctx.store, ctx.doc
    flow = [HRFlowable(width="100%", thickness=0.6, dash=(2, 2), spaceBefore=4, spaceAfter=3, color=colors.black)]
    for key, caption in (("address", "地址"), ("phone", "服务电话")):
        if store.get(key):
            flow.append(para(f"{caption}：{store[key]}", st.small))
    if doc.qr:
        flow += [gap(2), qr_code(doc.qr, 24 * mm)]
        flow[-1].hAlign = "CENTER"
    elif doc.barcode and doc.number and doc.number.isascii():
        code = barcode(doc.number, height=9 * mm, bar_width=0.75)
        code.hAlign = "CENTER"
        flow += [gap(2), code]
    return flow


class _NumberedCanvas(Canvas):
    """Holds every page until the end so each can say 第 n 页 / 共 m 页 within its own copy."""

    def __init__(self, *args, ctx, **kwargs):
        super().__init__(*args, **kwargs)
        self._ctx = ctx
        self._held = []
        self._copy_index, self._copy_label = 0, ""

    def showPage(self):
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        totals = Counter(state["_copy_index"] for state in self._held)
        seen = Counter()
        for state in self._held:
            self.__dict__.update(state)
            seen[self._copy_index] += 1
            if not self._ctx.paper.roll:
                self._footer(seen[self._copy_index], totals[self._copy_index])
            super().showPage()
        super().save()

    def _footer(self, page: int, total: int) -> None:
        ctx = self._ctx
        left, right, _, bottom = ctx.paper.margins
        y = bottom - 7 * mm
        self.saveState()
        self.setFont(ctx.font, 8)
        self.drawCentredString(ctx.paper.width / 2, y, f"第 {page} 页 / 共 {total} 页")
        if page > 1:  # on the header's rule, between the number and the print time
            info_y = self._pagesize[1] - ctx.paper.margins[2] - ctx.paper.header_height + 2 * mm
            self.setFont(ctx.font, ctx.paper.font_size - 0.5)
            self.drawCentredString(ctx.paper.width / 2, info_y, "（续上页）")
            self.setFont(ctx.font, 8)
        self.setFillColor(colors.HexColor("#444444"))
        if ctx.store.get("licence"):
            self.drawString(left, y, f"维修经营许可证：{ctx.store['licence']}")
        invoice = ctx.store.get("invoice_header")
        if invoice and invoice != ctx.store.get("name"):  # the company that invoices (系统管理 → 门店)
            self.setFont(ctx.font, 7)
            self.drawString(left, y + 3.5 * mm, f"开票单位：{invoice}")
        if self._copy_label:
            self.drawRightString(ctx.paper.width - right, y, self._copy_label)
        self.restoreState()
