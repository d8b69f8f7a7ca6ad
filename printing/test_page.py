"""打印测试页: one page on the paper a printer is set up for, naming the paper, the documents that go
to it, the printer and the PC, with a framed line and a line of glyphs, so whoever
sets the printer up sees at once whether the size, the margins and the Chinese font come out right.

Not a business document (no number, not in printing.registry): settings → 打印机 prints it.

    render(paper, printer_name, out) -> None     paper: a printing.registry PAPER_CLASSES key
"""
import datetime as dt
import platform

from reportlab.lib import colors
from reportlab.platypus import Table, TableStyle

from printing.base import Document, build_pdf, gap, info_grid, para
from printing.registry import DOCUMENTS, PAPER_CLASSES, paper_of
from storage.rules.errors import ValidationError

TITLE = "打印测试页"
SAMPLE = "中文字样：维修结算单 进厂维修单 质量保证卡　数字：0123456789　￥1,234.50　ABCDEFG abcdefg"


def documents_on(paper: str, local_settings=None) -> list[str]:
    """The labels of the documents that print on this paper class (on this PC, with its settings)."""
    return [d.label for d in DOCUMENTS.values() if paper_of(d.kind, local_settings) == paper]


def render(paper: str, printer_name: str, out) -> None:
    if paper not in PAPER_CLASSES:
        raise ValidationError(f"未知的纸张“{paper}”。可用：{'、'.join(PAPER_CLASSES)}")

    def story(sheet):
        st = sheet.styles
        frame = Table([[para("如果这一页完整、清晰，这个框的四条边都印出来了，中文也显示正常，这台打印机就设置好了。", st.body)]],
                      colWidths=[sheet.width])
        frame.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                                   ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        return [
            info_grid(sheet, [
                ("纸张", PAPER_CLASSES[paper], 2 if sheet.paper != "roll80" else 1),
                ("打印机", printer_name or "（未指定）", 2 if sheet.paper != "roll80" else 1),
                ("电脑", platform.node() or "—"),
                ("时间", f"{dt.datetime.now():%Y-%m-%d %H:%M}"),
                ("打印的单据", "、".join(documents_on(paper)) or "—", 2 if sheet.paper != "roll80" else 1),
            ], columns=2 if sheet.paper != "roll80" else 1),
            gap(3),
            para(SAMPLE, st.body),
            gap(3),
            frame,
        ]

    build_pdf(Document(title=TITLE, story=story, paper=paper, barcode=False), paper, out)
