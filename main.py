"""4S store after-sales service: start the station windows, or run a task without the GUI.

    python main.py [--database URL] [--demo] [--screenshot DIR [--size WxH]] [--lang zh_CN|en]
    python main.py print KIND [NUMBER] --out FILE.pdf
    python main.py backup DEST
    python main.py restore SRC
    python main.py check
    python main.py analyze
    python main.py import KIND FILE [--dry-run] [--mapping JSON] [--user NAME]
"""
import argparse
import logging
import sys
from pathlib import Path

# The program's own modules are imported inside the functions below, on purpose: the data folder is made
# private before any of them runs (make_files_private), and a task without the GUI never loads Qt.


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py", description="4S 店售后服务管理系统")
    parser.add_argument("--database", metavar="URL", help="数据库地址：sqlite:///文件 或 postgresql://用户:密码@服务器/库名")
    parser.add_argument("--demo", action="store_true", help="数据库为空时填入演示数据")
    parser.add_argument("--screenshot", metavar="DIR", help="把每个工作站窗口和对话框渲染成 PNG 后退出")
    parser.add_argument("--size", metavar="WxH", type=_screen_size, default=(1366, 768),
                        help="--screenshot 的屏幕尺寸（物理像素），默认 1366x768")
    parser.add_argument("--lang", choices=("zh_CN", "en"), help="界面语言")
    parser.add_argument("--settings", metavar="FILE", help="本机设置文件（默认在用户数据目录）")
    sub = parser.add_subparsers(dest="command")
    p = sub.add_parser("print", help="把单据渲染成 PDF 文件")
    p.add_argument("kind", help="单据种类，如 customer-archive、work-order")
    p.add_argument("number", nargs="?", help="单据号；省略时取最新一张")
    p.add_argument("--out", required=True, help="输出的 PDF 文件")
    p.add_argument("--copies", type=int, default=1)
    b = sub.add_parser("backup", help="在线备份数据库（其他工作站可继续工作）")
    b.add_argument("dest")
    r = sub.add_parser("restore", help="从备份恢复数据库")
    r.add_argument("src")
    c = sub.add_parser("check", help="检查数据完整性：库存台账、结算、引用、报表汇总")
    c.add_argument("--rebuild-figures", action="store_true", help="先按明细重建报表的每日汇总，再检查")
    sub.add_parser("analyze", help="更新查询统计信息（批量导入或恢复之后，check 提示时）")
    i = sub.add_parser("import", help="导入旧系统数据：customers 客户、vehicles 车辆、history 维修历史……")
    i.add_argument("kind", help="导入种类：customers、vehicles、history、receivables、balances")
    i.add_argument("file", help="Excel（.xlsx）或 CSV（UTF-8 或 GBK）文件")
    i.add_argument("--dry-run", action="store_true", help="只检查并试导入，随后回滚，数据库不变")
    i.add_argument("--mapping", metavar="JSON", help='列对应，如 {"name": "客户名称", "phone": "联系电话"}；省略时按列名自动对应（或用上次的对应）')
    i.add_argument("--user", metavar="NAME", default="admin", help="以哪个用户的身份导入（须有数据导入权限），默认 admin")
    return parser


def _screen_size(text: str) -> tuple[int, int]:
    """'1366x768' -> (1366, 768); a clear message for anything else (argparse shows it)."""
    try:
        width, height = (int(part) for part in text.lower().replace("×", "x").split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"屏幕尺寸应写成 宽x高，例如 1366x768，而不是 {text}") from None
    if not (640 <= width <= 10000 and 480 <= height <= 10000):
        raise argparse.ArgumentTypeError(f"屏幕尺寸 {text} 不合理：宽 640–10000、高 480–10000 像素")
    return width, height


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    make_files_private(args)
    start_log(args)
    if args.command is None:
        from ui.shell.app import run_gui

        return run_gui(args)
    return run_task(args)


def make_files_private(args) -> None:
    """Before anything is written: the data folder, the database and what the program creates from
    now on are readable by this PC's user only (storage.plumbing.config.make_private; POSIX)."""
    from storage.plumbing.config import LocalSettings, make_private
    from storage.plumbing.db import sqlite_path

    url = args.database or LocalSettings(args.settings).database_url
    path = sqlite_path(url) if url else None
    extra = []
    if path is not None and str(path) != ":memory:":
        extra = [Path(f"{path}{suffix}") for suffix in ("", "-wal", "-shm", "-journal", ".stations")]
        extra.append(path.parent / "backups")
    make_private(*extra)


def start_log(args) -> None:
    """This PC's log file (storage.plumbing.logs, in the data folder), opened with the program's version."""
    import storage
    from storage.plumbing import logs

    logs.setup_logging()
    logs.log_start(storage.PROGRAM_VERSION, args.database)


def log_uncaught_errors() -> None:
    """An error nobody caught is written to the log before Python prints it (the GUI shows its own)."""
    from storage.plumbing import logs

    previous = sys.excepthook

    def log_then_print(exc_type, exc, tb):
        logs.log_uncaught(exc_type, exc, tb)
        previous(exc_type, exc, tb)

    sys.excepthook = log_then_print


def run_task(args) -> int:
    """The tasks without the GUI. Exit codes: 0 done (check: clean), 1 check found problems, 2 refused."""
    import sqlite3

    import peewee

    import storage
    from storage.plumbing.config import LocalSettings
    from storage.rules.errors import DomainError
    from storage.store import backup_restore

    url = args.database or LocalSettings(args.settings).database_url
    try:
        if args.command == "restore":  # no open_store first: a damaged database is why one restores
            safety = backup_restore.restore(args.src, url)
            print(f"已从 {args.src} 恢复。" + (f"恢复前的数据库已另存为 {safety}" if safety else ""))
            return 0
        storage.open_store(url)
        if args.command == "backup":
            print(backup_restore.backup(args.dest))
            return 0
        if args.command == "check":
            if args.rebuild_figures:
                from storage.plumbing import daily

                print(f"报表每日汇总已按明细重建：{daily.rebuild()} 行")
            problems = backup_restore.check()
            for problem in problems:
                print(problem)
            for warning in backup_restore.statistics_warnings():  # not a problem with the data: exit code unchanged
                print(warning)
            print(f"检查完成：{len(problems)} 个问题" if problems else "检查完成：未发现问题")
            return 1 if problems else 0
        if args.command == "analyze":
            from storage.plumbing.db import is_sqlite
            from storage.plumbing.planner import refresh_statistics

            analysed = refresh_statistics()
            print("SQLite 数据库不需要查询统计信息（本程序的查询按没有统计信息设计）。" if is_sqlite()
                  else f"已更新 {len(analysed)} 个数据表的查询统计信息。")
            return 0
        if args.command == "import":
            return run_import(args)
        from printing.cli import print_document

        print(print_document(args.kind, args.number, args.out, copies=args.copies))
        return 0
    except DomainError as exc:
        print(exc.message, file=sys.stderr)
        return 2
    except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
        from storage.plumbing.db import first_line, is_damaged_file

        if not is_damaged_file(exc):
            raise  # a programming error: its traceback, and the log (log_uncaught_errors)
        logging.getLogger("fours").error("数据库文件已损坏", exc_info=True)
        print(f"数据库文件已损坏，任务没有完成（{first_line(exc)}）。请从备份恢复（见 README“备份与恢复”）。", file=sys.stderr)
        return 2
    finally:
        storage.close_store()


def run_import(args) -> int:
    """`import KIND FILE`: counts, or every bad row with its number and reason (exit 2: nothing written)."""
    import json

    from storage.golive import importing
    from storage.models import User
    from storage.rules.errors import ValidationError

    user = User.get_or_none((User.username == args.user) & (User.active == True))  # noqa: E712
    if user is None:
        raise ValidationError(f"没有启用的用户“{args.user}”：请用 --user 指定有数据导入权限的用户。")
    try:
        mapping = json.loads(args.mapping) if args.mapping else None
    except json.JSONDecodeError as exc:
        raise ValidationError(f"--mapping 不是有效的 JSON：{exc}") from None
    report = importing.run(user, args.kind, args.file, mapping, dry_run=args.dry_run)
    for number, reason, _cells in report.refused:
        print(f"第 {number} 行：{reason}")
    print(report.summary())
    return 2 if report.refused or report.cancelled else 0


if __name__ == "__main__":
    log_uncaught_errors()
    sys.exit(main())
