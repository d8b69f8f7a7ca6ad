"""统计期间: a day, an ISO week, a month or a custom range of days, checked once here so every
figure, the dashboard, the Excel export and the printed forms agree on what a period is.

A range may not end before it starts, nor span more than MAX_YEARS years (a typing slip such as
1926 for 2026 would otherwise scan a century). Future periods are allowed: they are simply empty.
"""
import datetime as dt
import re
from dataclasses import dataclass

from storage.rules.errors import ValidationError
from storage.rules.validation import halfwidth

KINDS = ("day", "week", "month", "range")
KIND_NAMES = {"day": "日报", "week": "周报", "month": "月报", "range": "区间"}
MAX_YEARS = 10
WEEKDAYS = "一二三四五六日"

_DAY = re.compile(r"^(\d{4})(?:[-/](\d{1,2})[-/](\d{1,2})|(\d{2})(\d{2}))$")
_WEEK = re.compile(r"^(\d{4})-?W(\d{1,2})$", re.IGNORECASE)
_MONTH = re.compile(r"^(\d{4})(?:[-/](\d{1,2})|(\d{2}))$")
_RANGE = re.compile(r"^(.+?)\s*(?:~|～|\.\.|至|到)\s*(.+)$")
FORMATS = "2026-11-24（日）、2026-W48（周）、2026-11（月）或 2026-11-01~2026-11-15（区间）"


@dataclass(frozen=True)
class Period:
    """start..end, both days included. Build one with day(), week(), month(), between() or parse()."""

    kind: str
    start: dt.date
    end: dt.date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def bounds(self) -> tuple[dt.datetime, dt.datetime]:
        """The moments to compare timestamps with: start <= at < end."""
        return dt.datetime.combine(self.start, dt.time()), dt.datetime.combine(self.end, dt.time()) + dt.timedelta(days=1)

    def shifted(self, steps: int) -> "Period":
        """The period `steps` before (negative) or after this one, of the same kind and length:
        what 上一期 / 下一期 show."""
        try:
            if self.kind == "month":
                index = self.start.year * 12 + self.start.month - 1 + steps
                return month(index // 12, index % 12 + 1)
            length = {"day": 1, "week": 7}.get(self.kind, self.days)
            start = self.start + dt.timedelta(days=length * steps)
            return Period(self.kind, start, start + dt.timedelta(days=length - 1))
        except (OverflowError, ValueError):
            raise ValidationError("超出了可以统计的日期范围。") from None

    def key(self) -> str:
        """The period as typed for `main.py print` and in file names: 2026-11-24, 2026-W48, 2026-11, 2026-11-01~2026-11-15."""
        if self.kind == "day":
            return self.start.isoformat()
        if self.kind == "week":
            year, number, _ = self.start.isocalendar()
            return f"{year}-W{number:02d}"
        if self.kind == "month":
            return f"{self.start:%Y-%m}"
        return f"{self.start.isoformat()}~{self.end.isoformat()}"

    def label(self) -> str:
        """How the period is named on paper and in the Excel file (Chinese, like every printed form)."""
        if self.kind == "day":
            return f"{self.start:%Y-%m-%d}（星期{WEEKDAYS[self.start.weekday()]}）"
        if self.kind == "week":
            year, number, _ = self.start.isocalendar()
            return f"{year}年第{number}周（{self.start:%m-%d} 至 {self.end:%m-%d}）"
        if self.kind == "month":
            return f"{self.start.year}年{self.start.month}月"
        return f"{self.start:%Y-%m-%d} 至 {self.end:%Y-%m-%d}（{self.days} 天）"

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


def _date(value, what: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raise ValidationError(f"请选择{what}。", field=what)


def day(value: dt.date) -> Period:
    value = _date(value, "日期")
    return Period("day", value, value)


def week(value: dt.date) -> Period:
    """The ISO week (Monday to Sunday) that contains the day."""
    value = _date(value, "日期")
    start = value - dt.timedelta(days=value.weekday())
    return Period("week", start, start + dt.timedelta(days=6))


def month(year: int, number: int) -> Period:
    if not 1 <= number <= 12:
        raise ValidationError(f"没有 {number} 月：月份应在 1 到 12 之间。", field="month")
    try:
        start = dt.date(year, number, 1)
        following = dt.date(year + (number == 12), number % 12 + 1, 1)
    except ValueError:
        raise ValidationError(f"{year} 年超出了可以统计的日期范围。", field="month") from None
    return Period("month", start, following - dt.timedelta(days=1))


def month_of(value: dt.date) -> Period:
    value = _date(value, "日期")
    return month(value.year, value.month)


def containing(kind: str, value: dt.date) -> Period:
    """The day, week or month that holds `value` (the period picker's starting point)."""
    if kind == "day":
        return day(value)
    if kind == "week":
        return week(value)
    if kind == "month":
        return month_of(value)
    raise ValueError(kind)


def between(start: dt.date, end: dt.date) -> Period:
    """A custom range, start..end inclusive. Refused: end before start, more than MAX_YEARS years."""
    start, end = _date(start, "开始日期"), _date(end, "结束日期")
    if end < start:
        raise ValidationError(
            f"统计区间的结束日期 {end:%Y-%m-%d} 早于开始日期 {start:%Y-%m-%d}，请把结束日期选在开始日期之后。", field="end")
    limit = _years_after(start, MAX_YEARS)
    if limit is not None and end >= limit:
        years = end.year - start.year
        raise ValidationError(
            f"统计区间 {start:%Y-%m-%d} 至 {end:%Y-%m-%d} 跨越约 {years} 年，最长只能统计 {MAX_YEARS} 年，"
            "请检查年份是否输错，或缩短区间。", field="end")
    return Period("range", start, end)


def _years_after(start: dt.date, years: int) -> dt.date | None:
    """The same day `years` later (29 February: the 28th); None past the last representable year."""
    if start.year + years > dt.MAXYEAR:
        return None
    return start.replace(year=start.year + years, day=min(start.day, 28) if start.month == 2 else start.day)


def parse(text: str) -> Period:
    """A period as typed: 2026-11-24 / 20261124 (day), 2026-W48 (ISO week), 2026-11 / 202611
    (month), 2026-11-01~2026-11-15 (range; 至, 到 and .. also separate)."""
    typed = halfwidth(text).strip()
    found = _RANGE.match(typed)
    if found:
        first, last = parse(found.group(1)), parse(found.group(2))
        return between(first.start, last.end)
    try:
        if found := _WEEK.match(typed):
            year, number = int(found.group(1)), int(found.group(2))
            return week(dt.date.fromisocalendar(year, number, 1))
        if found := _DAY.match(typed):
            return day(dt.date(*(int(g) for g in found.groups() if g is not None)))
        if found := _MONTH.match(typed):
            return month(*(int(g) for g in found.groups() if g is not None))
    except ValueError:
        raise ValidationError(f"“{typed}”不是有效的日期：请按 {FORMATS} 输入。") from None
    raise ValidationError(f"“{typed}”不是统计期间：请按 {FORMATS} 输入。")
