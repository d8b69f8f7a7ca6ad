"""Reading a table the user brings (Excel .xlsx or CSV in UTF-8 or GBK) and writing many rows at
once: the machinery every importer shares (the parts catalogue, storage.parts.importer, and the
go-live imports, storage.golive.importing).

  Table(path, encoding=None)   rows() -> (row number as in the file, [cell text]); the first is the header
  cell_text(value)             a cell as text (numbers through their 15-digit decimal text, never a float)
  header_key(header)                 a header name as compared: width, case, spaces and (notes) ignored
  propose_mapping(headers, fields) -> {field: column index} from each field's header names
  chunks(items), insert_rows(model, rows)   multi-row INSERTs of dicts, the same SQL on SQLite and PostgreSQL
"""
import codecs
import csv
import datetime as dt
import io
import re
import unicodedata
from decimal import Decimal
from pathlib import Path

from storage.plumbing.db import database
from storage.rules.errors import ValidationError

BATCH = 500


class ImportRefused(ValidationError):
    """The whole file is refused (nothing was written)."""


def cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        return format(Decimal(format(value, ".15g")).normalize(), "f") if value == value else ""
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    return unicodedata.normalize("NFKC", str(value)).strip()


class Table:
    """Rows of the first sheet (or the CSV) as lists of text, with the sheet row number, and how far
    through the file reading has come (for the progress bar)."""

    def __init__(self, path, encoding=None):
        self.path = Path(path)
        if not self.path.exists():
            raise ImportRefused(f"找不到文件“{self.path}”。")
        suffix = self.path.suffix.lower()
        self._book = self._raw = None
        if suffix in (".xlsx", ".xlsm"):
            self._open_xlsx()
        elif suffix in (".csv", ".txt"):
            self._open_csv(encoding)
        else:
            raise ImportRefused(f"不支持的文件类型“{suffix}”：请使用 Excel（.xlsx）或 CSV 文件。旧版 .xls 请先另存为 .xlsx。")

    def _open_xlsx(self):
        # lazy: openpyxl adds about 200 ms to the program's start (measured with the start-up set loaded)
        from openpyxl import load_workbook

        try:
            self._book = load_workbook(self.path, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many kinds for a damaged file
            raise ImportRefused(f"无法读取 Excel 文件“{self.path.name}”：{exc}") from None
        sheet = self._book.worksheets[0]
        self.encoding = "xlsx"
        self.estimate = sheet.max_row
        self._rows = ([cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True))
        self._done = 0

    def _open_csv(self, encoding):
        self._raw = open(self.path, "rb")
        sample = self._raw.read(65536)
        self._raw.seek(0)
        if encoding is None:
            encoding = "utf-8-sig"
            try:
                codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
            except UnicodeDecodeError:
                encoding = "gb18030"  # a superset of GBK and GB2312, what Chinese Excel saves as "CSV"
        self.encoding = encoding
        self.estimate = None
        self._size = max(self.path.stat().st_size, 1)
        text = io.TextIOWrapper(self._raw, encoding=encoding, newline="", errors="strict")
        try:
            dialect = csv.Sniffer().sniff(sample.decode(encoding, errors="ignore")[:8192], delimiters=",\t;|")
        except csv.Error:
            dialect = csv.excel
        self._rows = csv.reader(text, dialect)

    def fraction(self, row_number: int) -> float:
        if self._raw is not None:
            return min(self._raw.tell() / self._size, 1.0)
        return min(row_number / self.estimate, 1.0) if self.estimate else 0.0

    def rows(self):
        """(row number, cells) for every non-blank row; the first one is the header."""
        try:
            for number, row in enumerate(self._rows, 1):
                cells = [cell_text(v) for v in row] if self._raw is not None else row
                if any(cells):
                    yield number, cells
        except UnicodeDecodeError:
            raise ImportRefused(f"文件编码无法识别（按 {self.encoding} 读取失败）：请另存为 UTF-8 或 GBK 编码的 CSV。") from None
        except csv.Error as exc:
            raise ImportRefused(f"CSV 文件格式有误：{exc}") from None
        except Exception as exc:
            if self._book is None:
                raise
            # openpyxl reads a sheet lazily: a damaged sheet inside a sound zip fails only here.
            raise ImportRefused(f"Excel 文件“{self.path.name}”已损坏，无法读完：{exc}") from None

    def close(self):
        if self._book is not None:
            self._book.close()
        if self._raw is not None:
            self._raw.close()


def header_key(header: str) -> str:
    text = unicodedata.normalize("NFKC", header or "").lower()
    text = re.sub(r"[（(].*?[)）]", "", text)
    return re.sub(r"[\s_\-:：]", "", text)


def propose_mapping(headers, fields: dict) -> dict:
    """{field: column index} from the header names: exact names first, then the longest name
    contained in a header ('备件名称(中文)' is a name, '供应商零件号' a supplier's number)."""
    keys = [header_key(h) for h in headers]
    mapping, used = {}, set()
    for name, synonyms in fields.items():
        for index, key in enumerate(keys):
            if index not in used and name not in mapping and key in {header_key(s) for s in synonyms}:
                mapping[name], used = index, used | {index}
    candidates = sorted(((len(header_key(s)), name, header_key(s)) for name, synonyms in fields.items() for s in synonyms),
                        reverse=True)
    for _, name, synonym in candidates:
        if name in mapping or len(synonym) < 2:
            continue
        for index, key in enumerate(keys):
            if index not in used and synonym in key:
                mapping[name], used = index, used | {index}
                break
    return mapping


def chunks(items, size=BATCH):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def insert_rows(model, rows: list, suffix: str = "") -> None:
    """Multi-row INSERT of dicts with the same keys, converted by each field as Peewee would, but
    without building a query tree per value: the tree made a 20,000-part import three times slower.
    The SQL (INSERT ... VALUES (...), (...)) is the same on SQLite and PostgreSQL."""
    if not rows:
        return
    db = database.obj
    fields = [model._meta.fields[name] for name in rows[0]]
    columns = ", ".join(f'"{f.column_name}"' for f in fields)  # SQLite and PostgreSQL quote alike
    group = "(" + ", ".join([db.param] * len(fields)) + ")"
    per_statement = max(1, min(BATCH, 30000 // len(fields)))  # SQLite allows 32,766 parameters
    for chunk in chunks(rows, per_statement):
        params = [f.db_value(row[f.name]) for row in chunk for f in fields]
        db.execute_sql(f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES '
                       + ", ".join([group] * len(chunk)) + suffix, params)
