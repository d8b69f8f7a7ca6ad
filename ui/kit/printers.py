"""This PC's printers, and sending a PDF to one of them.

Qt here has no PDF module, so a PDF is printed the way a viewer does: pypdfium2 rasterises each page
at the printer's resolution (at most 300 dpi: plenty for forms, and it keeps memory per page near
25 MB) and QPainter draws the image on the QPrinter, fitted to the page with its aspect kept.
The printer chosen for each paper class ("a4", "a5", "roll80", "continuous241") is kept in this
PC's settings (storage.plumbing.config.LocalSettings, key "printers").
"""
import io
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from printing import test_page
from storage.plumbing.files import atomic_write_bytes
from storage.rules.errors import DomainError

MAX_DPI = 300



def available_printers() -> list[str]:
    """Names of the printers installed on this PC (empty on a PC without any)."""
    return list(QPrinterInfo.availablePrinterNames())


def default_printer() -> str:
    return QPrinterInfo.defaultPrinterName()


def printer_for_paper(local_settings, paper: str) -> str | None:
    """The printer this PC uses for a paper class, if it is set and still installed."""
    name = (local_settings.get("printers") or {}).get(paper)
    return name if name and name in available_printers() else None


def set_printer_for_paper(local_settings, paper: str, name: str | None) -> None:
    """Remember (or with None forget: ask each time) the printer for a paper class; the caller saves."""
    chosen = dict(local_settings.get("printers") or {})
    if name:
        chosen[paper] = name
    else:
        chosen.pop(paper, None)
    local_settings.set("printers", chosen)


def printer_named(name: str) -> QPrinter:
    """The QPrinter for an installed printer (tests put a PDF-file printer here: no printer needed)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(name)
    return printer


def test_page_pdf(paper: str, printer_name: str) -> bytes:
    """打印测试页 for a paper class and the printer it goes to (printing.test_page), as PDF bytes."""

    buffer = io.BytesIO()
    test_page.render(paper, printer_name, buffer)
    return buffer.getvalue()


def page_count(pdf_bytes: bytes) -> int:
    document = pdfium.PdfDocument(pdf_bytes)
    try:
        return len(document)
    finally:
        document.close()


def page_image(page, scale: float) -> QImage:
    """One PDF page as a QImage (a copy: the pdfium bitmap is freed on return)."""
    bitmap = page.render(scale=scale, rev_byteorder=True)
    try:
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888)
        return image.copy()
    finally:
        bitmap.close()


def _page_layout(width_pt: float, height_pt: float) -> QPageLayout:
    """The PDF page's own size (A4 stays A4, the roll gets its custom length), no margins."""
    portrait = QSizeF(min(width_pt, height_pt), max(width_pt, height_pt))
    size = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = QPageLayout.Orientation.Landscape if width_pt > height_pt else QPageLayout.Orientation.Portrait
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0))


def print_pdf(pdf_bytes: bytes, printer_name: str | None = None, copies: int = 1, *,
              printer: QPrinter | None = None, title: str = "") -> int:
    """Print the PDF on the named printer (or on a QPrinter already set up, e.g. by QPrintDialog).
    Returns the number of pages sent. Raises DomainError when there is no such printer."""
    if printer is None:
        name = printer_name or default_printer()
        if not name:
            raise DomainError(QCoreApplication.translate("Printers", "这台电脑上没有可用的打印机。请先安装打印机，或将单据另存为 PDF。"))
        if name not in available_printers():
            raise DomainError(QCoreApplication.translate("Printers", "找不到打印机“{0}”。请在“设置 → 打印机”中重新选择。").format(name))
        printer = printer_named(name)
        printer.setCopyCount(max(1, copies))
    document = pdfium.PdfDocument(pdf_bytes)
    try:
        if not len(document):
            raise DomainError(QCoreApplication.translate("Printers", "单据是空的，没有可打印的页面。"))
        first = document[0]
        printer.setFullPage(True)
        printer.setPageLayout(_page_layout(*first.get_size()))
        printer.setDocName(title or QCoreApplication.translate("Printers", "单据"))  # the name in the print queue
        dpi = min(printer.resolution(), MAX_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            raise DomainError(QCoreApplication.translate("Printers", "无法开始打印：打印机“{0}”没有响应。").format(printer.printerName()))
        try:
            # Drivers that cannot make copies themselves get the pages again.
            repeats = 1 if printer.supportsMultipleCopies() or printer.copyCount() <= 1 else printer.copyCount()
            for repeat in range(repeats):
                for index in range(len(document)):
                    if repeat or index:
                        printer.newPage()
                    _paint_page(painter, printer, document[index], dpi)
        finally:
            painter.end()
        return len(document) * repeats
    finally:
        document.close()


def _paint_page(painter: QPainter, printer: QPrinter, page, dpi: int) -> None:
    image = page_image(page, dpi / 72)
    target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
    scale = min(target.width() / image.width(), target.height() / image.height())
    width, height = image.width() * scale, image.height() * scale
    # Centred across, from the top edge down: a form lines up with the paper's top.
    painter.drawImage(QRectF(target.x() + (target.width() - width) / 2, target.y(), width, height), image)


def save_pdf(pdf_bytes: bytes, path) -> str:
    """Write the PDF under a temporary name first, synced, then renamed: a half-written file (or a
    power cut) never leaves a broken PDF under the real name."""
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    try:
        atomic_write_bytes(target, pdf_bytes)
    except OSError as exc:
        raise DomainError(QCoreApplication.translate("Printers", "无法保存到“{0}”：{1}").format(str(target), exc.strerror or exc)) from exc
    return str(target)
