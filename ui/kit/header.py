"""The station header every station page shows above its tabs: the station's icon and name, and who is
signed in (the user line alone where a page has no room for more)."""
from PySide6.QtCore import QCoreApplication, QSize

from ..i18n import role_label
from ..resources import icon

ICON_SIZE = QSize(32, 32)


def user_line(user) -> str:
    return QCoreApplication.translate("StationHeader", "当前用户：{name}（{role}）").format(
        name=user.display_name, role=role_label(user.role))


def fill_header(page) -> None:
    """Fill the page's iconLabel, titleLabel and userLabel (its .ui's headerLayout) from its NAME,
    title() and user."""
    page.ui.iconLabel.setPixmap(icon(page.NAME).pixmap(ICON_SIZE))
    page.ui.titleLabel.setText(page.title())
    page.ui.userLabel.setText(user_line(page.user))
