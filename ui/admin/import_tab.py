"""数据导入: the old system's customers, cars and service history (and, as their kinds are added, the
opening receivables and member balances). Choose the kind and the file; the columns are mapped from
the header names, or as the last import of the kind mapped them (storage.golive.importing); check
the mapping and the first rows; 试导入 checks every row and applies the file in a transaction rolled
back at the end (the counts say what the import will do); 开始导入 does it for real. Both run off
the GUI thread with a progress bar and 取消导入. A file with any bad row is refused whole: every bad row
is listed with its row number and reason, and 导出有误的行 saves them (.xlsx or .csv) to be fixed."""
from PySide6.QtWidgets import QFileDialog, QWidget

from storage.golive import importing
from ui.forms.ui_admin_import import Ui_AdminImportTab
from ui.kit.import_panel import ImportPanel
from ui.kit.messages import say

SHOWN_REFUSED = 500


class ImportTab(ImportPanel, QWidget):
    def __init__(self, *, user, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AdminImportTab()
        self.ui.setupUi(self)
        self.user = user
        self.set_up_import()
        for kind, module in importing.kinds().items():
            self.ui.kindCombo.addItem(module.LABEL, kind)
        self.ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.dryRunButton.clicked.connect(lambda: self.start(dry_run=True))
        self.ui.startButton.clicked.connect(lambda: self.start(dry_run=False))
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

    # -- what ImportPanel asks of this screen ----------------------------------------------------------
    def read_header(self, path: str):
        return importing.preview(self.kind(), path)

    def mapping_fields(self, preview) -> list[tuple[str, str]]:
        module = importing.kind_module(preview.kind)
        return [(field, names[0] + ("*" if field in module.REQUIRED else "")) for field, names in module.FIELDS.items()]

    def ready_text(self, preview) -> str:
        estimate = preview.rows_estimate if preview.rows_estimate is not None else "?"
        return (self.tr("已读取表头（约 {n} 行），列对应沿用上次导入。请核对后先试导入。") if preview.remembered else
                self.tr("已读取表头（约 {n} 行），列对应已按表头建议。请核对后先试导入。")).format(n=estimate)

    def report_lines(self, report) -> list[str]:
        if not report.refused:
            return []
        lines = [self.tr("有误的行（行号　原因）：")]
        lines += [f"{row}\t{reason}" for row, reason, _cells in report.refused[:SHOWN_REFUSED]]
        if len(report.refused) > SHOWN_REFUSED:
            lines.append(self.tr("……其余请“导出有误的行”查看。"))
        return lines

    # -- the buttons -----------------------------------------------------------------------------------
    def start(self, *, dry_run: bool) -> None:
        if self.preview is None or self.task is not None:
            return
        kind, path, mapping, user, encoding = self.kind(), self.path, self.mapping(), self.user, self.preview.encoding
        self.run_import(lambda progress, cancelled: importing.run(
            user, kind, path, mapping, dry_run=dry_run, encoding=encoding, progress=progress, cancelled=cancelled))

    def save_refused(self, path: str | None = None) -> None:
        if not (self.report and self.report.refused):
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("导出有误的行"), "导入有误的行.xlsx",
                                                  self.tr("Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)"))
        if path:
            count = importing.write_refused(self.report, path)
            say(self.ui.statusLabel, self.tr("已导出 {n} 行到 {path}").format(n=count, path=path), ok=True)
