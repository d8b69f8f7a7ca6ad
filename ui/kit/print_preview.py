"""打印预览: the pages of a rendered document, zoomable, with 打印 / 另存为 PDF / 关闭.

    pdf = printing.base.render_to_bytes("customer-archive", "12")
    declared = printing.registry.DOCUMENTS["customer-archive"]
    PrintPreviewDialog(self, pdf_bytes=pdf, title=declared.label, paper=declared.paper,
                       printer_name=ui.kit.printers.printer_for_paper(local_settings, declared.paper)).exec()

The pages are drawn on the GUI thread: a form of a few pages renders in well under a second. Render
the PDF itself (database queries + layout) with ui.kit.tasks.run_task before opening the dialog.
"""
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget

from printing.base import PAPERS
from storage.rules.errors import DomainError
from ui.forms.ui_print_preview import Ui_PrintPreviewDialog
from ui.kit.dialog_base import PreservingDialog
from ui.kit.errors import show_error
from ui.kit.printers import page_image, print_pdf, save_pdf

ZOOM_STEPS = (0.5, 0.67, 0.75, 0.9, 1.0, 1.25, 1.5, 1.75, 2.0, 3.0)
SCREEN_DPI = 96



class PrintPreviewDialog(PreservingDialog):
    def __init__(self, parent: QWidget | None = None, *, pdf_bytes: bytes, title: str, paper: str,
                 printer_name: str | None = None):
        super().__init__(parent)
        self.ui = Ui_PrintPreviewDialog()
        self.ui.setupUi(self)
        self.pdf_bytes = pdf_bytes
        self.title = title
        self.paper = paper
        self.printer_name = printer_name
        self.saved_path: str | None = None
        self._document = pdfium.PdfDocument(pdf_bytes)
        self._page_labels: list[QLabel] = []
        self._zoom = 1.0
        self._fitted = False
        self._closed = False

        self.setWindowTitle(QCoreApplication.translate("PrintPreviewDialog", "打印预览 - {0}").format(title))
        self.ui.paperLabel.setText(QCoreApplication.translate("PrintPreviewDialog", "纸张：{0}").format(PAPERS[paper].label if paper in PAPERS else paper))
        self.ui.pageCountLabel.setText(QCoreApplication.translate("PrintPreviewDialog", "共 {0} 页").format(self.page_count))
        self.ui.printerLabel.setText(
            QCoreApplication.translate("PrintPreviewDialog", "打印机：{0}").format(printer_name) if printer_name else QCoreApplication.translate("PrintPreviewDialog", "打印机：未设置（打印时选择）"))
        self.ui.zoomInButton.clicked.connect(self.zoom_in)
        self.ui.zoomOutButton.clicked.connect(self.zoom_out)
        self.ui.fitWidthButton.clicked.connect(self.fit_width)
        self.ui.printButton.clicked.connect(self.print_document)
        self.ui.saveButton.clicked.connect(self.save_as)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, self.zoom_in)
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, self.zoom_out)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_document)
        self._build_pages()

    @property
    def page_count(self) -> int:
        return len(self._document)

    @property
    def zoom(self) -> float:
        return self._zoom

    # -- pages -----------------------------------------------------------------------------
    def _build_pages(self) -> None:
        layout = self.ui.pagesLayout
        for _ in range(self.page_count):
            label = QLabel(self.ui.pagesWidget)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setStyleSheet("background: white; border: 1px solid #555555;")
            layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self._page_labels.append(label)
        layout.addStretch(1)
        self._render_pages()

    def _render_pages(self) -> None:
        ratio = self.devicePixelRatioF()
        scale = self._zoom * SCREEN_DPI / 72
        for index, label in enumerate(self._page_labels):
            pixmap = QPixmap.fromImage(page_image(self._document[index], scale * ratio))
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)
            label.setFixedSize(pixmap.deviceIndependentSize().toSize())
        self.ui.zoomLabel.setText(f"{round(self._zoom * 100)}%")

    def set_zoom(self, zoom: float) -> None:
        zoom = max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], zoom))
        if abs(zoom - self._zoom) > 0.001:
            self._zoom = zoom
            self._render_pages()

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOM_STEPS if z > self._zoom + 0.001), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        self.set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < self._zoom - 0.001), ZOOM_STEPS[0]))

    def fit_width(self) -> None:
        self.set_zoom(self._fit_zoom())

    def _fit_zoom(self) -> float:
        if not self.page_count:
            return 1.0
        margins = self.ui.pagesLayout.contentsMargins()
        scrollbar = self.ui.scrollArea.verticalScrollBar().sizeHint().width()
        available = self.ui.scrollArea.viewport().width() - margins.left() - margins.right() - scrollbar
        return available / (self._document[0].get_width() * SCREEN_DPI / 72)

    def showEvent(self, event):
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            # Once laid out the viewport has its real width. A narrow receipt is not blown up to
            # the window's width: at most 150 %.
            QTimer.singleShot(0, self, lambda: self._closed or self.set_zoom(min(self._fit_zoom(), 1.5)))

    # -- actions ---------------------------------------------------------------------------
    def print_document(self) -> None:
        try:
            if self.printer_name:
                print_pdf(self.pdf_bytes, self.printer_name, title=self.title)
            else:
                printer = QPrinter(QPrinter.PrinterMode.HighResolution)
                dialog = QPrintDialog(printer, self)
                dialog.setWindowTitle(QCoreApplication.translate("PrintPreviewDialog", "打印 - {0}").format(self.title))
                if dialog.exec() != QPrintDialog.DialogCode.Accepted:
                    return
                print_pdf(self.pdf_bytes, printer=printer, title=self.title)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.accept()

    def save_as(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        suggested = str(Path(folder) / f"{self.title}.pdf")
        path, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("PrintPreviewDialog", "另存为 PDF"), suggested, QCoreApplication.translate("PrintPreviewDialog", "PDF 文件 (*.pdf)"))
        if not path:
            return
        try:
            self.saved_path = save_pdf(self.pdf_bytes, path)
        except DomainError as exc:
            show_error(self, exc)

    def done(self, result: int) -> None:
        super().done(result)
        if not self._closed:
            self._closed = True
            self._document.close()
