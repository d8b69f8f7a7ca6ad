"""数据导入: the old system's customers, cars and service history (and, as their kinds are added, the
opening receivables and member balances). Choose the kind and the file; the columns are mapped from
the header names, or as the last import of the kind mapped them (storage.golive.importing); check
the mapping and the first rows; 试导入 checks every row and applies the file in a transaction rolled
back at the end (the counts say what the import will do); 开始导入 does it for real. Both run off
the GUI thread with a progress bar and 取消导入. A file with any bad row is refused whole: every bad row
is listed with its row number and reason, and 导出有误的行 saves them (.xlsx or .csv) to be fixed."""
import threading

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QTableWidgetItem, QWidget

from storage.errors import DomainError
from storage.golive import importing
from ui.forms.ui_admin_import import Ui_AdminImportTab
from ui.kit.messages import say
from ui.tasks import run_task

SHOWN_REFUSED = 500


class _Progress(QObject):
    """The import calls progress() on its worker thread; a queued signal carries it to the bar."""

    moved = Signal(float, str)


class ImportTab(QWidget):
    def __init__(self, *, user, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AdminImportTab()
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
        for kind, module in importing.kinds().items():
            self.ui.kindCombo.addItem(module.LABEL, kind)
        self.ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.dryRunButton.clicked.connect(lambda: self.start(dry_run=True))
        self.ui.startButton.clicked.connect(lambda: self.start(dry_run=False))
        self.ui.stopButton.clicked.connect(self.cancel.set)
        self.ui.saveRefusedButton.clicked.connect(lambda: self.save_refused())
        self.ui.statusLabel.setText(self.tr("先选择导入种类和文件。建议顺序：客户 → 车辆 → 维修历史。"))
        self._enable(running=False)

    def kind(self) -> str:
        return self.ui.kindCombo.currentData()

    def _enable(self, *, running: bool) -> None:
        ready = not running and self.preview is not None
        self.ui.startButton.setEnabled(ready)
        self.ui.dryRunButton.setEnabled(ready)
        self.ui.stopButton.setEnabled(running)
        self.ui.browseButton.setEnabled(not running)
        self.ui.kindCombo.setEnabled(not running)
        self.ui.mappingBox.setEnabled(not running)
        self.ui.saveRefusedButton.setEnabled(not running and bool(self.report and self.report.refused))

    def _kind_changed(self, _index: int) -> None:
        if self.path:
            self.open_file(self.path)

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择旧系统导出的文件"), "",
                                              self.tr("Excel 或 CSV (*.xlsx *.csv);;所有文件 (*)"))
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> None:
        """Read the header and the first rows; show the mapping and the sample."""
        try:
            preview = importing.preview(self.kind(), path)
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
        estimate = preview.rows_estimate if preview.rows_estimate is not None else "?"
        text = (self.tr("已读取表头（约 {n} 行），列对应沿用上次导入。请核对后先试导入。") if preview.remembered else
                self.tr("已读取表头（约 {n} 行），列对应已按表头建议。请核对后先试导入。")).format(n=estimate)
        say(self.ui.statusLabel, text, ok=True)
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
        module = importing.kind_module(preview.kind)
        for index, (field, names) in enumerate(module.FIELDS.items()):
            combo = QComboBox()
            combo.addItem(self.tr("（不导入）"), None)
            for column, header in enumerate(preview.headers):
                combo.addItem(f"{column + 1}. {header}", column)
            proposed = preview.mapping.get(field)
            if proposed is not None:
                combo.setCurrentIndex(combo.findData(proposed))
            label = QLabel(names[0] + ("*" if field in module.REQUIRED else "") + "：")
            label.setBuddy(combo)
            row, col = divmod(index, 2)
            layout.addWidget(label, row, col * 2)
            layout.addWidget(combo, row, col * 2 + 1)
            self.combos[field] = combo
        previous = self.ui.browseButton
        for combo in self.combos.values():
            QWidget.setTabOrder(previous, combo)
            previous = combo

    def mapping(self) -> dict:
        return {field: combo.currentData() for field, combo in self.combos.items() if combo.currentData() is not None}

    def start(self, *, dry_run: bool) -> None:
        if self.preview is None or self.task is not None:
            return
        self.cancel.clear()
        self.report = None
        self.ui.reportText.clear()
        self._enable(running=True)
        kind, path, mapping, user, encoding = self.kind(), self.path, self.mapping(), self.user, self.preview.encoding

        def work(_cancel):
            return importing.run(user, kind, path, mapping, dry_run=dry_run, encoding=encoding,
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
        if report.refused:
            lines.append(self.tr("有误的行（行号　原因）："))
            lines += [f"{row}\t{reason}" for row, reason, _cells in report.refused[:SHOWN_REFUSED]]
            if len(report.refused) > SHOWN_REFUSED:
                lines.append(self.tr("……其余请“导出有误的行”查看。"))
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
            path, _ = QFileDialog.getSaveFileName(self, self.tr("导出有误的行"), "导入有误的行.xlsx",
                                                  self.tr("Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)"))
        if path:
            count = importing.write_refused(self.report, path)
            say(self.ui.statusLabel, self.tr("已导出 {n} 行到 {path}").format(n=count, path=path), ok=True)
