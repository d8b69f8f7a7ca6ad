"""Excel exports of the care desk's lists: the call log (跟踪服务电话登记表) and the calls due. Phone
numbers are masked unless the user's role may take them out of the program (phone.export). Rows
are written page by page (keyset), never the whole list in memory."""
import datetime as dt

from storage.care.follow_ups import QUESTION_KEYS, call_log, due_calls
from storage.plumbing.files import atomic_writer
from storage.plumbing.paging import every_row
from storage.rules.auth import require
from storage.rules.vocabulary import FollowUpStatus

LOG_HEADERS = ("序号", "回访时间", "次别", "客户", "电话", "车牌", "工单号", "交车日期", "结果", "拨打次数",
               *QUESTION_KEYS, "客户意见", "回访人")
DUE_HEADERS = ("序号", "应回访日", "逾期天数", "次别", "状态", "已拨打", "高额", "客户", "电话", "车牌", "车型", "工单号",
               "交车日期", "结算金额", "服务顾问")


def _book(title: str, headers):
    # lazy: openpyxl adds about 200 ms to the program's start (measured with the start-up set loaded)
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title)
    bold = Font(bold=True)
    cells = []
    for header in headers:
        cell = WriteOnlyCell(sheet, value=header)
        cell.font = bold
        cells.append(cell)
    sheet.append(cells)
    return book, sheet


def _date(value):
    return value.date() if isinstance(value, dt.datetime) else value


def export_call_log(user, path, *, date_from: dt.date, date_to: dt.date) -> int:
    """The call log of the period as a workbook; returns the number of calls written."""
    require(user, "archive.view")
    book, sheet = _book("跟踪服务电话登记表", LOG_HEADERS)
    count = 0
    rows = every_row(lambda after: call_log(user, date_from=date_from, date_to=date_to, after=after, limit=500,
                                          paper=True))
    for count, row in enumerate(rows, 1):
        result = row["status"] if row["status"] != FollowUpStatus.NO_ANSWER else f"未接通（第 {row['attempts']} 次）"
        sheet.append([count, row["called_at"], row["round_name"], row["customer"], row["phone"], row["plate"],
                      row["order_number"], _date(row["delivered_at"]), result, row["attempts"],
                      *(row["answers"].get(key) for key in QUESTION_KEYS), row["remark"], row["called_by"]])
    with atomic_writer(path) as handle:
        book.save(handle)
    return count


def export_due_calls(user, path, *, as_of: dt.date | None = None) -> int:
    """The calls due (today's call list) as a workbook; returns the number of rows written."""
    require(user, "archive.view")
    book, sheet = _book("待回访名单", DUE_HEADERS)
    count = 0
    rows = every_row(lambda after: due_calls(user, as_of=as_of, after=after, limit=500, paper=True))
    for count, row in enumerate(rows, 1):
        sheet.append([count, row["due_on"], row["overdue_days"], row["round_name"], row["status"], row["attempts"],
                      "是" if row["high_value"] else "", row["customer"], row["phone"], row["plate"],
                      row["model"], row["order_number"], _date(row["delivered_at"]), row["amount"], row["advisor"]])
    with atomic_writer(path) as handle:
        book.save(handle)
    return count
