"""打印机: one printer per paper class on this PC (A4 forms, receipts, multi-part dot matrix...)."""
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QComboBox, QLabel

from printing.registry import PAPER_CLASSES

from ..forms.ui_settings_printers import Ui_PrintersPage
from ..i18n import paper_label
from .base import SettingsPage


class PrintersPage(SettingsPage):
    """Saved in LocalSettings 'printers' as {paper class: printer name}; no entry means ask each time."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.ui = Ui_PrintersPage()
        self.ui.setupUi(self)
        available = QPrinterInfo.availablePrinterNames()
        saved = dict(self.local.get("printers") or {})
        self.combos: dict[str, QComboBox] = {}
        for paper, label in PAPER_CLASSES.items():
            combo = QComboBox(self)
            combo.setObjectName(f"printer_{paper}")
            combo.addItem(self.tr("（每次询问）"), None)
            for name in available:
                combo.addItem(name, name)
            chosen = saved.get(paper)
            if chosen and chosen not in available:
                # Keep a printer this PC cannot see right now (switched off, network): do not lose the choice.
                combo.addItem(self.tr("{name}（当前未找到）").format(name=chosen), chosen)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
            self.ui.printerForm.addRow(QLabel(self.tr("{paper}：").format(paper=paper_label(label)), self), combo)
            self.combos[paper] = combo
        self.ui.noPrinters.setVisible(not available)

    def title(self) -> str:
        return self.tr("打印机")

    def save(self) -> list[str]:
        printers = dict(self.local.get("printers") or {})
        for paper, combo in self.combos.items():
            name = combo.currentData()
            if name:
                printers[paper] = name
            else:
                printers.pop(paper, None)
        self.local.set("printers", printers)
        return []
