"""打印机: one printer per paper class on this PC (A4 forms, A5, 80 mm receipts, multi-part dot
matrix), the documents each one prints, and 打印测试页 to check paper, margins and font."""
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from printing.registry import DOCUMENTS, PAPER_CHOICES, PAPER_CLASSES, paper_of, set_paper_of
from printing.test_page import documents_on
from storage.rules.errors import DomainError
from ui.forms.ui_settings_printers import Ui_PrintersPage
from ui.kit import printers
from ui.kit.style import GREEN_HEX, GREY_HEX, RED_HEX
from ui.kit.tasks import run_task
from ui.shell.i18n import paper_label
from ui.shell.settings_pages.base import SettingsPage

_OK, _BAD, _BUSY = GREEN_HEX, RED_HEX, GREY_HEX
SHOWN_DOCUMENTS = 4


class PrintersPage(SettingsPage):
    """Saved in LocalSettings 'printers' as {paper class: printer name}; no entry means ask each time.
    The paper of the documents that may print on more than one (printing.registry.PAPER_CHOICES) is
    saved in 'document_papers' as {kind: paper class}; preview, print and save use it."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.ui = Ui_PrintersPage()
        self.ui.setupUi(self)
        self.available = list(QPrinterInfo.availablePrinterNames())
        default = printers.default_printer()
        saved = dict(self.local.get("printers") or {})
        self.combos: dict[str, QComboBox] = {}
        self.test_buttons: dict[str, QPushButton] = {}
        self.task = None
        for paper, label in PAPER_CLASSES.items():
            combo = QComboBox(self)
            combo.setObjectName(f"printer_{paper}")
            combo.addItem(self.tr("（每次询问）"), None)
            for name in self.available:
                combo.addItem(self.tr("{name}（默认）").format(name=name) if name == default else name, name)
            chosen = saved.get(paper)
            if chosen and chosen not in self.available:
                # Keep a printer this PC cannot see right now (switched off, network): do not lose the choice.
                combo.addItem(self.tr("{name}（当前未找到）").format(name=chosen), chosen)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
            button = QPushButton(self.tr("打印测试页"), self)
            button.setObjectName(f"test_{paper}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, p=paper: self.print_test_page(p))
            combo.currentIndexChanged.connect(lambda _index, p=paper: self._update_button(p))
            row = QHBoxLayout()
            row.addWidget(combo, 1)
            row.addWidget(button)
            holder = QWidget(self)
            holder.setLayout(row)
            row.setContentsMargins(0, 0, 0, 0)
            self.ui.printerForm.addRow(QLabel(self.tr("{paper}：").format(paper=paper_label(label)), self), holder)
            documents = QLabel(self._documents_text(paper), self)
            documents.setToolTip("、".join(documents_on(paper)))
            documents.setObjectName(f"documents_{paper}")
            documents.setWordWrap(True)
            documents.setStyleSheet("color: #666666;")
            self.ui.printerForm.addRow("", documents)
            self.combos[paper], self.test_buttons[paper] = combo, button
            self._update_button(paper)
        self.ui.noPrinters.setVisible(not self.available)
        self.paper_combos: dict[str, QComboBox] = {}
        for kind, papers in PAPER_CHOICES.items():
            combo = QComboBox(self)
            combo.setObjectName(f"paper_{kind}")
            for paper in papers:
                combo.addItem(paper_label(PAPER_CLASSES[paper]), paper)
            combo.setCurrentIndex(max(0, combo.findData(paper_of(kind, self.local))))
            self.ui.paperForm.addRow(QLabel(self.tr("{document}：").format(document=DOCUMENTS[kind].label), self), combo)
            self.paper_combos[kind] = combo

    def title(self) -> str:
        return self.tr("打印机")

    def _documents_text(self, paper: str) -> str:
        """The documents that print on this paper: a few by name, the rest counted (all in the tooltip)."""
        names = documents_on(paper)
        if not names:
            return self.tr("（目前没有单据使用这种纸张）")
        if len(names) <= SHOWN_DOCUMENTS:
            return self.tr("打印：{documents}").format(documents="、".join(names))
        return self.tr("打印：{documents} 等 {count} 种单据").format(
            documents="、".join(names[:SHOWN_DOCUMENTS]), count=len(names))

    def chosen(self, paper: str) -> str | None:
        return self.combos[paper].currentData()

    def _update_button(self, paper: str) -> None:
        name = self.chosen(paper)
        button = self.test_buttons[paper]
        button.setEnabled(self.task is None and bool(name) and name in self.available)
        button.setToolTip(self.tr("在“{name}”上打印一张测试页").format(name=name) if name else self.tr("先选择打印机"))

    # -- 打印测试页 ----------------------------------------------------------------------------------
    def print_test_page(self, paper: str) -> None:
        """Render the page off the GUI thread, then send it to the printer chosen in the row."""
        name = self.chosen(paper)
        if not name:
            return
        self._show_result(self.tr("正在准备测试页…"), _BUSY)
        for button in self.test_buttons.values():
            button.setEnabled(False)
        self.task = run_task(self, lambda cancel: printers.test_page_pdf(paper, name),
                             on_done=lambda pdf: self._send(paper, name, pdf), on_error=self._failed)

    def _send(self, paper: str, name: str, pdf: bytes) -> None:
        self._task_done()
        try:
            printers.print_pdf(pdf, name, title=self.tr("打印测试页"))
        except DomainError as exc:
            self._show_result(exc.message, _BAD)
            return
        self._show_result(self.tr("测试页已发送到“{name}”（{paper}）。请查看打印出来的纸张。").format(
            name=name, paper=paper_label(PAPER_CLASSES[paper])), _OK)

    def _failed(self, exc: DomainError) -> None:
        self._task_done()
        self._show_result(exc.message, _BAD)

    def _task_done(self) -> None:
        self.task = None
        for paper in self.combos:
            self._update_button(paper)

    def _show_result(self, text: str, colour: str) -> None:
        self.ui.testResult.setStyleSheet(f"color: {colour};")
        self.ui.testResult.setText(text)

    def save(self) -> list[str]:
        chosen = dict(self.local.get("printers") or {})
        for paper, combo in self.combos.items():
            name = combo.currentData()
            if name:
                chosen[paper] = name
            else:
                chosen.pop(paper, None)
        self.local.set("printers", chosen)
        for kind, combo in self.paper_combos.items():
            set_paper_of(self.local, kind, combo.currentData())
        return []
