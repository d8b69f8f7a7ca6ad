"""This PC's log: rotating, masked (no password, no full phone/ID number or name), errors with their
traceback and context, and 导出日志 as one zip the user can attach."""
import logging
import zipfile

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from storage.plumbing import logs
from storage.plumbing.logs import RedactingFilter, redact


@pytest.fixture
def log_file(tmp_path):
    path = logs.setup_logging(tmp_path / "logs")
    yield path
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "fours", False)]:
        root.removeHandler(handler)
        handler.close()


def written(path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text("utf-8")


@pytest.mark.parametrize("text, kept, gone", [
    ("无法连接数据库 postgresql://fours:s3cret-pw@10.0.0.5:5432/fours", "postgresql://fours:***@10.0.0.5", "s3cret-pw"),
    ("postgresql://fours:p@ss:w%rd@server/fours", "fours:***@server", "w%rd"),
    ("connect(password=hunter2, host=db)", "password=***", "hunter2"),
    ('{"password": "hunter2", "user": "fours"}', '"password": "***"', "hunter2"),
    ("host=db password='it is secret' dbname=fours", "password='***'", "it is secret"),
    ("PGPASSWORD=topsecret pg_dump -Fc", "PGPASSWORD=***", "topsecret"),
    ("管理员密码：Boss-Pass-1", "密码：***", "Boss-Pass-1"),
    ("客户电话 13812345678 已存在", "138****5678", "13812345678"),
    ("服务电话 010-88886666", "010-****6666", "88886666"),
    ("身份证 11010519491231002X", "1101************2X", "11010519491231002X"),
    ("客户“张三丰”已有在修工单", "客户“张**”", "张三丰"),
    ("姓名：欧阳明月", "姓名：欧***", "欧阳明月"),
    ("name='王小明' phone='13900001111'", "name='王**'", "王小明"),
])
def test_redact_masks_secrets_and_personal_data(text, kept, gone):
    masked = redact(text)
    assert kept in masked
    assert gone not in masked


@pytest.mark.parametrize("text", [
    "工单 WO20261124-0001 于 2026-11-24 08:00:00 结算，金额 ¥1,234.50",
    "客户档案资料表已打印（customer-archive）",
    "数据库已升级到版本 3，备份：/data/backups/service-v2-before-upgrade-20261124-080000.db",
])
def test_redact_keeps_ordinary_text(text):
    assert redact(text) == text


def test_the_log_file_keeps_errors_with_their_traceback_but_masked(log_file):
    log = logging.getLogger("fours.test")
    log.info("打开数据库 %s", "postgresql://fours:s3cret@10.0.0.5/fours")
    log.warning("客户 %s 的电话 %s", "姓名：李四", "13912345678")
    try:
        raise ValueError("bad row: name='赵六' id_number=110105194912310021 password=abc123")
    except ValueError:
        log.exception("结算失败")
    text = written(log_file)
    assert "postgresql://fours:***@10.0.0.5/fours" in text
    assert "139****5678" in text and "姓名：李*" in text
    assert "结算失败" in text and "Traceback (most recent call last)" in text
    assert "ValueError: bad row: name='赵*'" in text
    for secret in ("s3cret", "13912345678", "李四", "赵六", "110105194912310021", "abc123"):
        assert secret not in text
    assert " ERROR    fours.test [MainThread] 结算失败" in text


def test_the_filter_masks_records_for_any_handler():
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "连接 %s", ("postgresql://u:pw@h/db",), None)
    assert RedactingFilter().filter(record) is True
    assert record.getMessage() == "连接 postgresql://u:***@h/db"


def test_the_log_rotates_and_keeps_a_bounded_history(tmp_path, monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    path = logs.setup_logging(tmp_path / "logs")
    try:
        for i in range(400):
            logging.getLogger("fours.test").info("第 %d 行：%s", i, "x" * 40)
        files = sorted(p.name for p in path.parent.glob("fours.log*"))
        assert files[0] == "fours.log" and "fours.log.1" in files
        assert len(files) == 1 + logs.BACKUP_COUNT
        assert all(p.stat().st_size <= 2000 + 200 for p in path.parent.glob("fours.log*"))
    finally:
        logs.setup_logging(tmp_path / "other")  # replaces (and closes) the small handler


def test_setting_up_twice_keeps_one_handler(tmp_path, log_file):
    logs.setup_logging(tmp_path / "again")
    ours = [h for h in logging.getLogger().handlers if getattr(h, "fours", False)]
    assert len(ours) == 1


def test_export_writes_one_zip_with_the_logs_and_this_pcs_details(tmp_path, log_file):
    logging.getLogger("fours.test").error("出错了：password=abc123")
    (tmp_path / "out").mkdir()
    out = logs.export_logs(tmp_path / "out", extra={"数据库": "postgresql://fours:s3cret@10.0.0.5/fours"})
    assert out.parent == tmp_path / "out" and out.suffix == ".zip" and out.name.startswith("fours-log-")
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        info = archive.read("系统信息.txt").decode("utf-8")
        log_text = archive.read("fours.log").decode("utf-8")
    assert names == ["系统信息.txt", "fours.log"]
    assert "程序版本：" in info and "操作系统：" in info and "数据目录：" in info
    assert "postgresql://fours:***@10.0.0.5/fours" in info and "s3cret" not in info
    assert "出错了：password=***" in log_text and "abc123" not in log_text


def test_export_to_a_named_file_adds_the_zip_suffix(tmp_path, log_file):
    assert logs.export_logs(tmp_path / "日志", folder=log_file.parent) == tmp_path / "日志.zip"


def test_a_task_run_writes_the_start_to_the_log(tmp_path, monkeypatch):
    import main
    from storage.plumbing.config import data_dir

    monkeypatch.setenv("FOURS_DATA_DIR", str(tmp_path / "pc"))
    url = f"sqlite:///{(tmp_path / 'task.db').as_posix()}"
    assert main.main(["--database", url, "check"]) == 0
    text = written(data_dir() / "logs" / "fours.log")
    assert "程序启动：版本" in text and "task.db" in text


def test_an_uncaught_error_is_logged_with_context_and_told_in_plain_words(qapp, log_file, monkeypatch):
    from ui.shell import error_report

    shown = []

    def exec_box(box):
        shown.append((box.windowTitle(), box.text(), box.detailedText(), [b.text() for b in box.buttons()]))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    error_report.set_context(用户="advisor1（服务顾问）")
    try:
        raise KeyError("phone 13812345678")
    except KeyError as exc:
        error_report.handle_uncaught(type(exc), exc, exc.__traceback__)
    title, text, details, buttons = shown[0]
    assert title == "程序出错" and "意外错误" in text and "导出日志" in text
    assert "KeyError" in details and "13812345678" not in details
    assert "导出日志…" in buttons
    logged = written(log_file)
    assert "CRITICAL" in logged and "未处理的异常（用户=advisor1（服务顾问））" in logged
    assert "Traceback (most recent call last)" in logged and "138****5678" in logged


def test_a_refusal_that_escapes_a_slot_is_shown_as_it_is(qapp, log_file, monkeypatch):
    from storage.rules.errors import ValidationError
    from ui.shell import error_report

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    exc = ValidationError("车牌号“京A123”不完整")
    error_report.handle_uncaught(ValidationError, exc, None)
    assert warnings == ["车牌号“京A123”不完整"]
    assert "未处理的拒绝" in written(log_file)


def test_send_log_from_the_help_menu(qtbot, users, tmp_path, log_file, monkeypatch):
    from storage.plumbing.config import LocalSettings
    from storage.rules.auth import ADVISOR
    from ui.shell.main_window import MainWindow

    target = tmp_path / "给维护人员.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    window = MainWindow(user=users[ADVISOR], local=LocalSettings(tmp_path / "s.json"), database_url="sqlite:///x.db")
    qtbot.addWidget(window)
    logging.getLogger("fours.test").warning("送修人：钱七 的车已交车")
    assert window.ui.actionExportLogs.text() == "导出日志(&L)…"
    assert window.ui.actionExportLogs in window.ui.menuHelp.actions()
    window.ui.actionExportLogs.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=10000)
    assert str(target) in told[0] and "不含密码" in told[0]
    with zipfile.ZipFile(target) as archive:
        assert "送修人：钱* 的车已交车" in archive.read("fours.log").decode("utf-8")
