"""What the two import screens share (系统管理's 数据导入 tab and the warehouse's 导入 dialog): choose a
file, read its header and first rows, map every field to a column with one combo each (storage
proposes the mapping), run the import off the GUI thread with a progress bar and a cancel button,
then show the report and let the refused rows be saved. The screen says what it reads, which fields
it maps, how its report reads and what its buttons do; the rules are storage's."""
import threading

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QTableWidgetItem, QWidget

from storage.rules.errors import DomainError
from ui.kit.messages import say
from ui.kit.tasks import run_task


class _Progress(QObject):
    """The import calls progress() on its worker thread; a queued signal carries it to the bar."""

    moved = Signal(float, str)


class ImportPanel:
    """Mixed into a QWidget whose `self.ui` has fileEdit, browseButton, mappingBox with mappingLayout,
    sampleTable, progressBar, stopButton, statusLabel, reportText and saveRefusedButton.

    The screen gives: read_header(path) → storage's preview; mapping_fields(preview) → [(field, label)];
    ready_text(preview); report_lines(report) → the refused rows as the report lists them; _enable();
    MAPPING_COLUMNS, how many field/combo pairs stand in one row."""

    MAPPING_COLUMNS = 2

    def set_up_import(self) -> None:
        self.path = None
        self.preview = None
        self.report = None
        self.task = None
        self.cancel = threading.Event()
        self.combos: dict[str, QComboBox] = {}
        self.progress = _Progress(self)
        self.progress.moved.connect(self._moved)
        self.ui.stopButton.clicked.connect(self.cancel.set)

    def open_file(self, path: str) -> None:
        """Read the header and the first rows; show the mapping and the sample."""
        try:
            preview = self.read_header(path)
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
        say(self.ui.statusLabel, self.ready_text(preview), ok=True)
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
        for index, (field, label_text) in enumerate(self.mapping_fields(preview)):
            combo = QComboBox()
            combo.addItem(QCoreApplication.translate("ImportPanel", "（不导入）"), None)
            for column, header in enumerate(preview.headers):
                combo.addItem(f"{column + 1}. {header}", column)
            proposed = preview.mapping.get(field)
            if proposed is not None:
                combo.setCurrentIndex(combo.findData(proposed))
            label = QLabel(label_text + "：")
            label.setBuddy(combo)
            row, col = divmod(index, self.MAPPING_COLUMNS)
            layout.addWidget(label, row, col * 2)
            layout.addWidget(combo, row, col * 2 + 1)
            self.combos[field] = combo
        previous = self.ui.browseButton
        for combo in self.combos.values():
            QWidget.setTabOrder(previous, combo)
            previous = combo

    def mapping(self) -> dict:
        return {field: combo.currentData() for field, combo in self.combos.items() if combo.currentData() is not None}

    def run_import(self, work) -> None:
        """work(progress, cancelled) runs the storage import on a worker thread and returns its report."""
        self.cancel.clear()
        self.report = None
        self.ui.reportText.clear()
        self._enable(running=True)
        progress = lambda fraction, message: self.progress.moved.emit(fraction, message)  # noqa: E731
        cancelled = self.cancel.is_set
        self.task = run_task(self, lambda _cancel: work(progress, cancelled), on_done=self._finished, on_error=self._failed)

    def _moved(self, fraction: float, message: str) -> None:
        self.ui.progressBar.setValue(int(fraction * 1000))
        self.ui.statusLabel.setStyleSheet("")
        self.ui.statusLabel.setText(message)

    def _finished(self, report) -> None:
        self.report = report
        self.task = None
        self.ui.reportText.setPlainText("\n".join([report.summary(), *self.report_lines(report)]))
        say(self.ui.statusLabel, report.summary(), ok=not report.cancelled and not report.refused)
        self._enable(running=False)

    def _failed(self, exc: DomainError) -> None:
        self.task = None
        say(self.ui.statusLabel, exc.message)
        self.ui.progressBar.setValue(0)
        self._enable(running=False)
