"""导入: the catalogue and opening stock from Excel or CSV. Choose the file, check the column mapping
(storage proposes it from the header names; one combo per catalogue field), run the import in the
background with a progress bar and a cancel button, then read the report and save the refused rows
to fix them. What is applied is storage.parts.importer's rule: the accepted rows, in one transaction."""
from PySide6.QtWidgets import QFileDialog, QWidget

from storage.parts import importer
from ui.forms.ui_parts_import import Ui_PartsImportDialog
from ui.kit.dialog_base import PreservingDialog
from ui.kit.import_panel import ImportPanel
from ui.kit.messages import say

SHOWN_REFUSED = 2000


class ImportDialog(ImportPanel, PreservingDialog):
    MAPPING_COLUMNS = 3

    def __init__(self, *, user, path: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PartsImportDialog()
        self.ui.setupUi(self)
        self.user = user
        self.set_up_import()
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.startButton.clicked.connect(self.start)
        self.ui.saveRefusedButton.clicked.connect(self.save_refused)
        self.ui.statusLabel.clear()
        self._enable(running=False)
        if path:
            self.open_file(path)

    def _enable(self, *, running: bool) -> None:
        self.ui.startButton.setEnabled(not running and self.preview is not None)
        self.ui.stopButton.setEnabled(running)
        self.ui.browseButton.setEnabled(not running)
        self.ui.closeButton.setEnabled(not running)
        self.ui.mappingBox.setEnabled(not running)
        self.ui.saveRefusedButton.setEnabled(not running and bool(self.report and self.report.refused))

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择备件文件"), "",
                                              self.tr("Excel 或 CSV (*.xlsx *.csv);;所有文件 (*)"))
        if path:
            self.open_file(path)

    # -- what ImportPanel asks of this screen ----------------------------------------------------------
    def read_header(self, path: str):
        return importer.preview(path)

    def mapping_fields(self, preview) -> list[tuple[str, str]]:
        return [(field, importer.LABELS.get(field, names[0])) for field, names in importer.FIELDS.items()]

    def ready_text(self, preview) -> str:
        estimate = preview.rows_estimate
        return self.tr("已读取表头（约 {n} 行）。请核对列对应，然后开始导入。").format(
            n=estimate if estimate is not None else "?")

    def report_lines(self, report) -> list[str]:
        lines = list(report.notes)
        if report.refused:
            lines.append(self.tr("被拒绝的行（行号　零件号　原因）："))
            lines += [f"{row}\t{number}\t{reason}" for row, number, reason in report.refused[:SHOWN_REFUSED]]
            if len(report.refused) > SHOWN_REFUSED:
                lines.append(self.tr("……其余请“保存拒绝清单”查看。"))
        return lines

    # -- the buttons -----------------------------------------------------------------------------------
    def start(self) -> None:
        if self.preview is None:
            return
        path, mapping, user, encoding = self.path, self.mapping(), self.user, self.preview.encoding
        self.run_import(lambda progress, cancelled: importer.import_parts(
            user, path, mapping, encoding=encoding, progress=progress, cancelled=cancelled))

    def save_refused(self, path: str | None = None) -> None:
        if not (self.report and self.report.refused):
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("保存拒绝清单"), "导入拒绝清单.xlsx",
                                                  self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            count = importer.write_refused(self.report, path)
            say(self.ui.statusLabel, self.tr("已保存 {n} 行到 {path}").format(n=count, path=path), ok=True)

    def reject(self) -> None:
        if self.task is not None:  # running: 关闭 is disabled, Esc asks the import to stop first
            self.cancel.set()
            return
        super().reject()
