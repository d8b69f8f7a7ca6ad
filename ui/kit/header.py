"""The station header every station page shows above its tabs: the station's icon and name, and who is
signed in (the user line alone where a page has no room for more). In a page's .ui it is a promoted
widget (`StationHeader`, named `header`)."""
from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ui.kit.resources import icon
from ui.shell.i18n import role_label

ICON_SIZE = QSize(32, 32)


def user_line(user) -> str:
    return QCoreApplication.translate("StationHeader", "当前用户：{name}（{role}）").format(
        name=user.display_name, role=role_label(user.role))


class StationHeader(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.iconLabel = QLabel(self)
        self.titleLabel = QLabel(self)
        self.titleLabel.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.userLabel = QLabel(self)
        layout.addWidget(self.iconLabel)
        layout.addWidget(self.titleLabel)
        layout.addStretch()
        layout.addWidget(self.userLabel)


def fill_header(page) -> None:
    """The page's header from its NAME (the icon), title() and user."""
    header = page.ui.header
    header.iconLabel.setPixmap(icon(page.NAME).pixmap(ICON_SIZE))
    header.titleLabel.setText(page.title())
    header.userLabel.setText(user_line(page.user))
