"""The layout self-check: render a document with a probe in the print pipeline (base.LAYOUT_PROBE)
that sees every flowable as platypus draws it, on which page, at which size, and reports what
breaks a printed form:

- 签字栏单独成页: a page that holds a signature block (blocks.signature_lines) but no row of any
  other table and no line of text other than a section title — the signatures apart from what they sign;
- 文字超出: text wider than its cell (a Paragraph line with negative extra space, a plain string
  wider than its column less padding, a drawing wider than its cell) or a flowable wider than the frame;
- 列宽不足: a column with content whose room (width less padding) is under two characters of its font;
- 表头断词: a header cell of a table with a repeated header row wrapped inside a word ("回访时 / 间"),
  where it may only break between words ("客户 / 电话");
- 标题孤立: a section title (blocks.section) last on a page, its content on the next;
- 续页无表头: a piece of a split table that starts with a row that is not the table's header row
  (a table without a header, or one whose header is not repeated, split across pages).

Nothing is parsed back from the PDF: the checks run on ReportLab's own layout (the wrapped
paragraphs, Table._colWidths / _colpositions / _spanRanges, the split pieces).

    from printing import layout_check
    report = layout_check.check("work-order", "GD20261124-0001")
    report.pages, report.problems
"""
import io
import re
from collections import defaultdict
from dataclasses import dataclass, field

import pypdfium2 as pdfium
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table
from reportlab.platypus.doctemplate import ActionFlowable
from reportlab.platypus.flowables import HRFlowable

from printing import base
from printing.registry import render_kind

SLACK = 0.6  # points: rounding in ReportLab's own arithmetic, never a visible overflow


@dataclass
class Report:
    kind: str
    pages: int = 0
    problems: list = field(default_factory=list)
    pdf: bytes = b""

    def __str__(self):
        return f"{self.kind}: {self.pages} 页" + "".join(f"\n  {p}" for p in self.problems)


def _parts(flowable) -> list:
    """The flowables a container drew (base.KeepWithTail), or the flowable itself."""
    inner = getattr(flowable, "parts", None)
    if inner is not None and not isinstance(flowable, Table):
        return [x for part in inner for x in _parts(part)]
    return [flowable]


def _tables_in(story) -> list:
    found = []
    for flowable in story:
        for part in _parts(flowable):
            if isinstance(part, Table):
                found.append(part)
    return found


def _same_row(a, b) -> bool:
    return len(a) == len(b) and all(x is y or (isinstance(x, str) and x == y) for x, y in zip(a, b))


def _empty(value) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (list, tuple)):
        return all(_empty(v) for v in value)
    if isinstance(value, Paragraph):
        return not "".join(getattr(f, "text", "") for f in getattr(value, "frags", [])).strip()
    return False


def _font_size(value, cell_style) -> float:
    if isinstance(value, (list, tuple)):
        return max([_font_size(v, cell_style) for v in value] or [cell_style.fontsize])
    if isinstance(value, Paragraph):
        return value.style.fontSize
    return cell_style.fontsize


HANGING = "）)》」』】〕，。、；：！？"  # CJK line breaking lets these hang past the line's end


def _paragraph_overflow(p: Paragraph, room: float) -> float:
    """How far the widest line of a wrapped paragraph runs past `room` (0: it fits); a closing
    punctuation mark hanging at a line's end counts by its ink, the left half of its em box."""
    bl = getattr(p, "blPara", None)
    if bl is None:
        p.wrap(room, 1e6)
        bl = p.blPara
    worst = 0.0
    for line in bl.lines:
        if isinstance(line, tuple):
            extra, words = line[0], line[1]
            last = (words[-1] if words else "")[-1:]
        else:
            extra = getattr(line, "extraSpace", 0)
            words = getattr(line, "words", [])
            last = (getattr(words[-1], "text", "") if words else "")[-1:]
        over = -extra
        if last and last in HANGING:
            over -= p.style.fontSize / 2
        worst = max(worst, over)
    return worst


def _line_texts(p: Paragraph) -> list:
    texts = []
    for line in p.blPara.lines:
        if isinstance(line, tuple):
            texts.append(" ".join(line[1]))
        else:
            texts.append("".join(getattr(w, "text", "") for w in getattr(line, "words", [])))
    return texts


def _broken_word(p: Paragraph) -> bool:
    """A wrapped header whose lines are not made of its whole words."""
    whole = set(w for w in re.split(r"[\s/]+", "".join(getattr(f, "text", "") for f in p.frags)) if w)
    lines = _line_texts(p)
    return len(lines) > 1 and any(piece not in whole for line in lines for piece in re.split(r"[\s/]+", line) if piece)


def _words(value) -> str:
    if isinstance(value, (list, tuple)):
        return "".join(_words(v) for v in value)[:30]
    if isinstance(value, Paragraph):
        return "".join(getattr(f, "text", "") for f in value.frags)[:30]
    return str(value)[:30]


class Probe:
    def __init__(self):
        self.pages = defaultdict(lambda: {"signature": 0, "table": 0, "text": 0, "last": None})
        self.problems = []
        self.first_rows = []

    # -- called by base._build ------------------------------------------------------------
    def start(self, ctx, story, frame_height):
        self.paper = ctx.paper
        self.first_rows = [t._cellvalues[0] for t in _tables_in(story) if t._cellvalues]

    def drawn(self, page, canvas, flowable, frame):
        for part in _parts(flowable):
            self._look(page, part, frame)
            if not isinstance(part, (Spacer, ActionFlowable)):
                self.pages[page]["last"] = part

    # -- the checks ------------------------------------------------------------------------
    def _problem(self, page, what):
        entry = f"第 {page} 页：{what}"
        if entry not in self.problems:
            self.problems.append(entry)

    def _look(self, page, f, frame):
        if isinstance(f, (Spacer, ActionFlowable, HRFlowable)) or type(f).__name__ == "_EndMark":
            return
        width = getattr(f, "_width", None) if isinstance(f, Table) else getattr(f, "width", None)
        if width and width > frame._aW + SLACK and not isinstance(f, Paragraph):
            self._problem(page, f"{type(f).__name__} 宽 {width:.0f}pt，超出版心 {frame._aW:.0f}pt")
        if isinstance(f, Paragraph):
            if f.style.name != "heading":  # a section's title alone is not what a signature signs
                self.pages[page]["text"] += 1
            over = _paragraph_overflow(f, frame._aW)
            if over > SLACK:
                self._problem(page, f"文字超出版心 {over:.1f}pt：“{_words(f)}”")
            return
        if not isinstance(f, Table):
            return
        if getattr(f, "signature", False):
            self.pages[page]["signature"] += 1
            self._table(page, f, header_check=False)
            return
        self.pages[page]["table"] += 1
        self._table(page, f, header_check=True)

    def _table(self, page, table: Table, *, header_check: bool):
        values, styles = table._cellvalues, table._cellStyles
        if (header_check and values and not getattr(table, "headerless", False)
                and not any(_same_row(values[0], row) for row in self.first_rows)):
            self._problem(page, f"表格续页第一行不是表头：“{_words(values[0][0]) or _words(values[0][1] if len(values[0]) > 1 else '')}”")
        positions = getattr(table, "_colpositions", None)
        if not positions:
            return
        if header_check and table.repeatRows and values:
            for cell in values[0]:
                for p in (cell if isinstance(cell, (list, tuple)) else [cell]):
                    if isinstance(p, Paragraph) and getattr(p, "blPara", None) is not None and _broken_word(p):
                        self._problem(page, f"表头断在词中：“{_words(p)}”")
        spans = getattr(table, "_spanRanges", {}) or {}
        narrow = {}
        for r, row in enumerate(values):
            for c, value in enumerate(row):
                span = spans.get((c, r), (c, r, c, r))
                if span is None or _empty(value):
                    continue  # hidden under a span, or blank
                c0, _, c1, _ = span
                cs = styles[r][c]
                room = positions[c1 + 1] - positions[c0] - cs.leftPadding - cs.rightPadding
                size = _font_size(value, cs)
                if c0 == c1 and room < 2 * size - SLACK:
                    narrow.setdefault(c, (room, size, value))
                self._cell(page, value, room, cs)  # text may run into the padding, never over the rule
        for c, (room, size, value) in sorted(narrow.items()):
            self._problem(page, f"第 {c + 1} 列只有 {room:.1f}pt，不足两个字（{2 * size:.0f}pt）：“{_words(value)}”")

    def _cell(self, page, value, room, cs):
        cells = value if isinstance(value, (list, tuple)) else [value]
        padding = min(cs.leftPadding, cs.rightPadding)
        for v in cells:
            if isinstance(v, Paragraph):
                over = _paragraph_overflow(v, room) - padding
                if over > SLACK:
                    self._problem(page, f"文字超出单元格 {over:.1f}pt：“{_words(v)}”")
            elif isinstance(v, Table):
                if getattr(v, "_width", 0) > room + SLACK:
                    self._problem(page, f"表中表宽 {v._width:.0f}pt，超出单元格 {room:.0f}pt")
                self._table(page, v, header_check=False)
            elif isinstance(v, Flowable):
                w, _ = v.wrap(room, 1e6)
                if w > room + SLACK:
                    self._problem(page, f"{type(v).__name__} 宽 {w:.0f}pt，超出单元格 {room:.0f}pt")
            elif v is not None:
                for line in str(v).split("\n"):
                    w = stringWidth(line, cs.fontname, cs.fontsize)
                    if w > room + padding + SLACK:
                        self._problem(page, f"文字超出单元格 {w - room - padding:.1f}pt：“{line[:30]}”")

    def finish(self) -> list:
        for page, seen in sorted(self.pages.items()):
            if seen["signature"] and not seen["table"] and not seen["text"]:
                self._problem(page, "签字栏单独在一页（没有它所签的内容）")
            last = seen["last"]
            if page < max(self.pages) and isinstance(last, Paragraph) and last.style.name == "heading":
                self._problem(page, f"小标题落在页底，内容在下一页：“{_words(last)}”")
        return self.problems


def check(kind: str, number, *, copies: int = 1, paper: str | None = None) -> Report:
    """Render document `kind` number `number` with the probe; the pages and the problems found.
    `number` may instead be a built base.Document (a form whose module makes its sample without a
    database: its `sample(lines)`), rendered as it is."""
    probe = Probe()
    token = base.LAYOUT_PROBE.set(probe)
    buffer = io.BytesIO()
    try:
        if isinstance(number, base.Document):
            base.build_pdf(number, paper=paper, out=buffer, copies=copies)
        else:
            render_kind(kind, number, buffer, copies=copies, paper=paper)
    finally:
        base.LAYOUT_PROBE.reset(token)
    data = buffer.getvalue()
    report = Report(kind, pdf=data, problems=probe.finish())

    document = pdfium.PdfDocument(data)
    try:
        report.pages = len(document)
    finally:
        document.close()
    return report


__all__ = ["Probe", "Report", "check"]
