"""数据库: which database this PC uses, with a 测试连接 that runs off the GUI thread."""
from storage.plumbing.config import default_database_url
from storage.plumbing.db import make_database, redact
from storage.rules.errors import DomainError
from storage.store.versions import check_database
from ui.forms.ui_settings_database import Ui_DatabasePage
from ui.kit.style import GREEN_HEX, GREY_HEX, RED_HEX
from ui.kit.tasks import run_task
from ui.shell.settings_pages.base import SettingsPage


class DatabasePage(SettingsPage):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.ui = Ui_DatabasePage()
        self.ui.setupUi(self)
        self.saved_url = self.local.get("database_url") or ""
        self.ui.currentValue.setText(redact(self.database_url))
        self.ui.urlEdit.setText(self.saved_url)
        self.ui.urlEdit.setPlaceholderText(self.tr("留空 = 本机默认文件：{url}").format(url=default_database_url()))
        self.ui.testButton.clicked.connect(self.test_connection)
        self.ui.urlEdit.textEdited.connect(lambda _text: self.ui.testResult.clear())
        self.task = None

    def title(self) -> str:
        return self.tr("数据库")

    def entered_url(self) -> str:
        return self.ui.urlEdit.text().strip()

    def test_connection(self) -> None:
        url = self.entered_url() or default_database_url()
        self.ui.testButton.setEnabled(False)
        self.show_result(self.tr("正在连接…"), ok=None)
        self.task = run_task(
            self,
            lambda cancel: check_database(url),
            on_done=self._connected,
            on_error=self._failed,
            uses_database=False,
        )

    def _connected(self, version: int | None) -> None:
        self.ui.testButton.setEnabled(True)
        if version is None:
            self.show_result(self.tr("连接成功。这是一个空数据库，程序重启后会在其中建立数据表。"), ok=True)
        else:
            self.show_result(self.tr("连接成功（数据库版本 {version}）。").format(version=version), ok=True)

    def _failed(self, exc: DomainError) -> None:
        self.ui.testButton.setEnabled(True)
        self.show_result(exc.message, ok=False)

    def show_result(self, text: str, *, ok: bool | None) -> None:
        colour = {True: GREEN_HEX, False: RED_HEX, None: GREY_HEX}[ok]
        self.ui.testResult.setStyleSheet(f"color: {colour};")
        self.ui.testResult.setText(text)

    def save(self) -> list[str]:
        url = self.entered_url()
        if url == self.saved_url:
            return []
        if url:
            make_database(url)  # refuses a URL the program cannot use, before it is written down
        self.local.set("database_url", url)
        self.saved_url = url
        return [self.tr("新的数据库地址已保存，重新启动程序后生效。")]
