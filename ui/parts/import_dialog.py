"""导入: the catalogue and opening stock from Excel or CSV. Choose the file, check the column mapping
(storage proposes it from the header names; one combo per catalogue field), run the import in the
background with a progress bar and a cancel button, then read the report and save the refused rows
to fix them. What is applied is storage.parts.importer's rule: the accepted rows, in one transaction."""
import threading

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QTableWidgetItem, QWidget

from storage.errors import DomainError
from storage.parts import importer
from ui.dialog_base import PreservingDialog
from ui.forms.ui_parts_import import Ui_PartsImportDialog
from ui.kit.messages import say
from ui.tasks import run_task


class _Progress(QObject):
    """The import calls progress() on its worker thread; a queued signal carries it to the bar."""

    moved = Signal(float, str)


class ImportDialog(PreservingDialog):
    def __init__(self, *, user, path: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PartsImportDialog()
        self.ui.setupUi(self)
        self.user = user
        self.path = None
        self.preview = None
        self.report = None
        self.task = None
        self.cancel = threading.Event()
        self.combos: dict[str, QComboBox] = {}
        self.progress = _Progress(self)
        self.progress.moved.connect(self._moved)
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.startButton.clicked.connect(self.start)
        self.ui.stopButton.clicked.connect(self.cancel.set)
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

    def open_file(self, path: str) -> None:
        """Read the header and a few rows; show the proposed mapping and the sample."""
        try:
            preview = importer.preview(path)
        except DomainError as exc:
            self.preview = None
            say(self.ui.statusLabel, exc.message)
            self._enable(running=False)
            return
        self.path, self.preview, self.report = path, preview, None
        self.ui.fileEdit.setText(path)
        self._build_mapping(preview)
        table = self.ui.sampleTable
        table.clear()
        table.setColumnCount(len(preview.headers))
        table.setHorizontalHeaderLabels([str(h) for h in preview.headers])
        table.setRowCount(len(preview.sample))
        for r, row in enumerate(preview.sample):
            for c, value in enumerate(row[:len(preview.headers)]):
                table.setItem(r, c, QTableWidgetItem(str(value)))
        estimate = preview.rows_estimate
        say(self.ui.statusLabel, self.tr("已读取表头（约 {n} 行）。请核对列对应，然后开始导入。").format(
            n=estimate if estimate is not None else "?"), ok=True)
        self.ui.reportText.clear()
        self.ui.progressBar.setValue(0)
        self._enable(running=False)

    def _build_mapping(self, preview) -> None:
        layout = self.ui.mappingLayout
        while layout.count():
            item = layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.combos = {}
        for index, (field, names) in enumerate(importer.FIELDS.items()):
            combo = QComboBox()
            combo.addItem(self.tr("（不导入）"), None)
            for column, header in enumerate(preview.headers):
                combo.addItem(f"{column + 1}. {header}", column)
            proposed = preview.mapping.get(field)
            if proposed is not None:
                combo.setCurrentIndex(combo.findData(proposed))
            label = QLabel(importer.LABELS.get(field, names[0]) + "：")
            label.setBuddy(combo)
            row, col = divmod(index, 3)
            layout.addWidget(label, row, col * 2)
            layout.addWidget(combo, row, col * 2 + 1)
            self.combos[field] = combo

    def mapping(self) -> dict:
        return {field: combo.currentData() for field, combo in self.combos.items() if combo.currentData() is not None}

    def start(self) -> None:
        if self.preview is None:
            return
        self.cancel.clear()
        self.report = None
        self.ui.reportText.clear()
        self._enable(running=True)
        path, mapping, user = self.path, self.mapping(), self.user
        encoding = self.preview.encoding

        def work(_cancel):
            return importer.import_parts(user, path, mapping, encoding=encoding,
                                         progress=lambda f, message: self.progress.moved.emit(f, message),
                                         cancelled=self.cancel.is_set)

        self.task = run_task(self, work, on_done=self._finished, on_error=self._failed)

    def _moved(self, fraction: float, message: str) -> None:
        self.ui.progressBar.setValue(int(fraction * 1000))
        self.ui.statusLabel.setStyleSheet("")
        self.ui.statusLabel.setText(message)

    def _finished(self, report) -> None:
        self.report = report
        self.task = None
        lines = [report.summary()]
        lines += report.notes
        if report.refused:
            lines.append(self.tr("被拒绝的行（行号　零件号　原因）："))
            lines += [f"{row}\t{number}\t{reason}" for row, number, reason in report.refused[:2000]]
            if len(report.refused) > 2000:
                lines.append(self.tr("……其余请“保存拒绝清单”查看。"))
        self.ui.reportText.setPlainText("\n".join(lines))
        say(self.ui.statusLabel, report.summary(), ok=not report.cancelled and not report.refused)
        self._enable(running=False)

    def _failed(self, exc: DomainError) -> None:
        self.task = None
        say(self.ui.statusLabel, exc.message)
        self.ui.progressBar.setValue(0)
        self._enable(running=False)

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
