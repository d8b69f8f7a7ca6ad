"""跟踪服务电话登记表 (seed 001 售后服务管理制度: every follow-up call, and every call a customer makes
to complain, is logged and the log filed): the calls of a day, a month or a range of days, with the
script's scores, what the customer said and who called; then the complaints phoned in.

NUMBER is the period: a day (2026-11-24 or 20261124), a month (2026-11) or a range
(2026-11-01..2026-11-24). Without NUMBER, the day of the newest call. Phone numbers are masked
(138****5678) unless the printing user's role may take them out of the program (phone.export);
`main.py print` has no login, so it always masks.
"""
import datetime as dt
import re

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Table, TableStyle

from printing.base import Column, Document, build_pdf, gap, info_grid, items_table, para, section, signature_lines, text
from printing.blocks import GRID, SHADE
from printing.registry import DocumentKind
from storage.care import complaints, follow_ups
from storage.care.common import add_months
from storage.models import FollowUp
from storage.plumbing.paging import every_row
from storage.rules.errors import NotFound, ValidationError
from storage.rules.privacy import phone_on_paper
from storage.rules.vocabulary import FollowUpStatus

SHORT = {"速度": "速", "价格": "价", "员工": "员", "质量": "质", "清洁": "洁", "总体": "总"}
PAGE = 500
WRAPPED = {3, 4, 8}  # columns whose text may be too long: customer, car and order, remark (wrapped then)


def latest_number() -> str | None:
    newest = FollowUp.select(FollowUp.called_at).where(FollowUp.called_at.is_null(False)).order_by(
        FollowUp.called_at.desc()).first()
    return f"{newest.called_at:%Y-%m-%d}" if newest else None


def _date(text: str) -> dt.date:
    digits = text.replace("-", "").replace("/", "")
    try:
        return dt.datetime.strptime(digits, "%Y%m%d").date()
    except ValueError:
        raise ValidationError(f"“{text}”不是有效的日期（如 2026-11-24）。") from None


def period(number: str | None) -> tuple[dt.date, dt.date]:
    """The (first, last) day a NUMBER means; refused with the forms it may take."""
    typed = (number or "").strip()
    if not typed:
        typed = latest_number() or ""
        if not typed:
            raise NotFound("还没有回访记录，无法打印跟踪服务电话登记表。")
    parts = re.split(r"\s*(?:\.\.|~|～|至)\s*", typed)
    if len(parts) == 2:
        first, last = _date(parts[0]), _date(parts[1])
        if last < first:
            raise ValidationError("结束日期不能早于开始日期。")
        if (last - first).days > 366:
            raise ValidationError("一次最多打印一年的回访登记。")
        return first, last
    month = re.fullmatch(r"(\d{4})-?(\d{1,2})", typed)
    if month and len(typed) <= 7:
        try:
            first = dt.date(int(month.group(1)), int(month.group(2)), 1)
        except ValueError:
            raise ValidationError(f"“{typed}”不是有效的月份（如 2026-11）。") from None
        return first, add_months(first, 1) - dt.timedelta(days=1)
    day = _date(typed)
    return day, day


def render(user, number: str | None, out, *, copies: int = 1) -> None:
    """The log as `user` may print it (None: every phone masked)."""
    first, last = period(number)
    mask = lambda phone: phone_on_paper(user, phone)  # noqa: E731
    rows = list(every_row(lambda after: follow_ups.log_page(first, last, after=after, limit=PAGE, mask=mask)))
    phoned = complaints.received_by_phone(first, last, mask=mask)
    summary = follow_ups.log_summary(first, last)
    span = f"{first:%Y-%m-%d}" if first == last else f"{first:%Y-%m-%d} 至 {last:%Y-%m-%d}"
    doc = Document(title=DOCUMENT.label, number=span, number_label="登记期间", paper=DOCUMENT.paper, barcode=False,
                   story=lambda sheet: _story(sheet, rows, phoned, summary, span))
    build_pdf(doc, DOCUMENT.paper, out, copies=copies)


def _result(row) -> str:
    if row["status"] == FollowUpStatus.NO_ANSWER:
        return f"未接通\n第 {row['attempts']} 次"
    if row["status"] == FollowUpStatus.GIVEN_UP:
        return f"放弃\n{row['attempts']} 次未通"
    return row["status"]


def _log_table(sheet, columns, rows):
    """items_table's look for the call log, with the short cells as plain strings: a Paragraph per
    cell (line breaking for Chinese) is most of the time of a month's log, and dates, scores and
    names fit their columns anyway."""
    st = sheet.styles
    table = items_table(sheet, columns, [])  # the header and the look, then the rows in the fast form
    aligns = {"left": "LEFT", "center": "CENTRE", "right": "RIGHT"}
    data = [table._cellvalues[0]]
    room = [w - 5 for w in table._colWidths]  # less the cell's padding

    def fits(value, width) -> bool:
        return all(stringWidth(line, st.cell.fontName, st.cell.fontSize) <= width for line in text(value).split("\n"))

    for values in rows:
        data.append([text(v) if fits(v, room[i]) else para(v, st.cell if i in WRAPPED else st.cell_center)
                     for i, v in enumerate(values)])
    fast = Table(data, colWidths=table._colWidths, repeatRows=1)
    fast.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), st.cell.fontName), ("FONTSIZE", (0, 1), (-1, -1), st.cell.fontSize),
        ("LEADING", (0, 1), (-1, -1), st.cell.leading), ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        *(("ALIGN", (i, 1), (i, -1), aligns[c.align]) for i, c in enumerate(columns)),
    ]))
    return fast


def _story(sheet, rows, phoned, summary, span) -> list:
    average = f"{summary['satisfaction']:.2f} 分（满分 5）" if summary["satisfaction"] is not None else "—"
    flow = [info_grid(sheet, [
        ("登记期间", span), ("回访电话", f"{summary['calls']} 个"), ("接通并回访", f"{summary['reached']} 个"),
        ("未接通待再拨", f"{summary['unreachable']} 个"), ("多次未通放弃", f"{summary['given_up']} 个"),
        ("总体满意度", average),
    ], columns=3)]
    flow.append(section(sheet, "回访电话登记（次：首次 / 二次回访；评分 5 非常满意 … 1 很不满意）"))
    columns = [
        Column("序", 9, "center"), Column("回访时间", 12, "center"), Column("次", 6, "center"),
        Column("客户 / 电话", 26), Column("车牌 / 工单号", 34), Column("交车", 11, "center"),
        # The six scores in one column, in the script's order (six columns of two characters would
        # leave the customer's words four characters a line).
        Column("结果", 12, "center"), Column("评分 / " + "·".join(SHORT[k] for k in follow_ups.QUESTION_KEYS), 20, "center"),
        Column("客户意见 / 要求", 40), Column("回访人", 12, "center"),
    ]
    body = []
    for index, row in enumerate(rows, 1):
        body.append([
            index, f"{row['called_at']:%m-%d}\n{row['called_at']:%H:%M}", row["round_name"][0],
            f"{row['customer']}\n{row['phone']}", f"{row['plate']}\n{row['order_number']}",
            f"{row['delivered_at']:%m-%d}" if row["delivered_at"] else "", _result(row),
            "·".join(str(row["answers"].get(key, "")) or "-" for key in follow_ups.QUESTION_KEYS) if row["answers"] else "",
            row["remark"], row["called_by"],
        ])
    flow.append(_log_table(sheet, columns, body) if body else items_table(sheet, columns, [], empty="（本期间没有回访电话）"))
    flow.append(section(sheet, "客户来电投诉登记"))
    columns = [
        Column("序", 7, "center"), Column("来电时间", 12, "center"), Column("投诉单号", 30, "center"),
        Column("客户 / 电话", 22), Column("车牌", 17, "center"), Column("投诉内容", 51), Column("负责人", 17, "center"),
        Column("状态", 12, "center"), Column("答复期限", 12, "center"),
    ]
    body = [[index, f"{c['received_at']:%m-%d}\n{c['received_at']:%H:%M}", c["number"], f"{c['customer']}\n{c['phone']}",
             c["plate"] or "", c["description"], c["owner"] or "", c["status"],
             f"{c['answer_due']:%m-%d}\n{c['answer_due']:%H:%M}"]
            for index, c in enumerate(phoned, 1)]
    flow.append(items_table(sheet, columns, body, empty="（本期间没有来电投诉）"))
    flow += [gap(6), signature_lines(sheet, ("登记人", "业务主管审核", "日期"))]
    return flow


DOCUMENT = DocumentKind(kind="follow-up-log", label="跟踪服务电话登记表", paper="a4", render=render)
