"""系统管理 → 门店: name, address, phone, licence number (维修经营许可证号), brand(s), invoice header
and the logo of the printed header (storage.rules.settings.save_store: all saved or none)."""
import base64
import io

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QWidget

from printing import test_page
from storage.rules import settings
from storage.rules.errors import DomainError
from ui.forms.ui_admin_store import Ui_AdminStore
from ui.kit.messages import say
from ui.kit.print_preview import PrintPreviewDialog

FIELDS = {"store.name": "nameEdit", "store.address": "addressEdit", "store.phone": "phoneEdit",
          "store.licence": "licenceEdit", "store.brand": "brandEdit", "store.invoice_header": "invoiceEdit"}


class StoreTab(QWidget):
    saved = Signal()

    def __init__(self, *, user, parent: QWidget | None = None):
        super().__init__(parent)
        self.user = user
        self.ui = Ui_AdminStore()
        self.ui.setupUi(self)
        self.logo = settings.get("store.logo")
        for key, name in FIELDS.items():
            edit = getattr(self.ui, name)
            edit.setText(str(settings.get(key) or ""))
            edit.returnPressed.connect(self.save)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.logoButton.clicked.connect(lambda: self.choose_logo())
        self.ui.logoClearButton.clicked.connect(self.clear_logo)
        self.ui.previewButton.clicked.connect(self.preview)
        self.show_logo()

    def show_logo(self) -> None:
        if not self.logo:
            self.ui.logoLabel.setPixmap(QPixmap())
            self.ui.logoLabel.setText(self.tr("（无）"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(base64.b64decode(self.logo))
        self.ui.logoLabel.setPixmap(pixmap.scaled(236, 96, Qt.AspectRatioMode.KeepAspectRatio,
                                                  Qt.TransformationMode.SmoothTransformation))

    def choose_logo(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("选择标志图片"), "", self.tr("图片 (*.png *.jpg *.jpeg)"))
        if not path:
            return
        try:
            self.logo = settings.logo_bytes(path)
        except DomainError as exc:
            say(self.ui.messageLabel, exc.message)
            return
        self.show_logo()
        say(self.ui.messageLabel, self.tr("已选标志，按“保存门店信息”生效。"), ok=True)

    def clear_logo(self) -> None:
        self.logo = ""
        self.show_logo()

    def values(self) -> dict:
        values = {key: getattr(self.ui, name).text() for key, name in FIELDS.items()}
        values["store.logo"] = self.logo
        return values

    def save(self) -> None:
        try:
            settings.save_store(self.user, self.values())
        except DomainError as exc:
            say(self.ui.messageLabel, exc.message)
            name = FIELDS.get(exc.field or "")
            if name:
                getattr(self.ui, name).setFocus()
            return
        say(self.ui.messageLabel, self.tr("门店信息已保存，打印的单据抬头随之更新。"), ok=True)
        self.saved.emit()

    def preview(self) -> None:
        """The printed header as it now is (saved details), on the A4 test page."""

        out = io.BytesIO()
        test_page.render("a4", self.tr("（预览）"), out)
        self.preview_dialog = PrintPreviewDialog(self, pdf_bytes=out.getvalue(), title=self.tr("单据抬头预览"), paper="a4")
        self.preview_dialog.open()
