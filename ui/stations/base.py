"""What every station page shares for now: its title, who is signed in, and what the station will do."""
from html import escape

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

from storage.models import User

from ..forms.ui_station_page import Ui_StationPage
from ..i18n import role_label
from ..resources import icon


class StationPage(QWidget):
    """A station's page in the main window. Subclasses name the station and describe it."""

    NAME = ""  # key in storage.auth.STATIONS, also the icon's file name

    def __init__(self, *, user: User, changes=None, local=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.user = user
        self.changes = changes  # ui.change_bridge.ChangeNotifier: what other PCs changed
        self.local = local  # this PC's settings (printers)
        self.ui = Ui_StationPage()
        self.ui.setupUi(self)
        self.ui.iconLabel.setPixmap(icon(self.NAME).pixmap(QSize(56, 56)))
        self.ui.titleLabel.setText(self.title())
        self.ui.userLabel.setText(
            self.tr("当前用户：{name}（{role}）").format(name=user.display_name, role=role_label(user.role))
        )
        self.ui.summaryLabel.setText(self.summary())
        items = "".join(f"<li style='margin-bottom:6px'>{escape(line)}</li>" for line in self.features())
        self.ui.featuresLabel.setText(f"<ul style='margin-left:-18px'>{items}</ul>")

    def title(self) -> str:
        raise NotImplementedError

    def summary(self) -> str:
        raise NotImplementedError

    def features(self) -> list[str]:
        raise NotImplementedError
