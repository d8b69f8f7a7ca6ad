"""Every keyboard shortcut of the program in one table (issue 19 defect 9: one meaning per key).

A row is a key in one window: the station page (its tabs included) or the dialog it belongs to, the
module that binds it, and what it does. README's table is this table (`python -m ui.kit.shortcuts` prints
it); tests/ui/test_shortcuts.py checks that every key bound in ui/ is a row here, that the README shows
every row, that no two actions of one window can take the same key at the same moment, and that the
program-wide keys below mean the same everywhere.

A page asks this table for its key (`key("OrderEditor", "add part")`) where it is convenient, so the
key is changed in one place; the others bind the literal key and the test keeps both in step.

Rows marked `in_code` are keys a widget reads itself (keyPressEvent: arrows, Delete on the car outline),
not QShortcuts; Enter, Tab and Esc behave the same in every window and are described in README."""
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Shortcut:
    window: str  # the class of the station page or dialog
    key: str  # QKeySequence's portable text
    action: str  # what it does, as the button or the hint says it (Chinese)
    english: str  # the same in English (README; also the id asked for with key())
    module: str  # the file that binds it, relative to the project
    in_code: bool = False


# Keys that mean one thing in every window they are bound in: the action's text starts with the meaning.
PROGRAM_WIDE = {"Ctrl+P": "打印", "Ctrl+Shift+P": "打印", "Ctrl+Alt+P": "打印", "Ctrl+F": "查找", "Ctrl+Q": "退出"}

WINDOWS = {
    "MainWindow": "主窗口", "ReceptionPage": "业务接待", "CheckInDialog": "接车检查", "OrderEditor": "进厂维修单",
    "PickerDialog": "选工时 / 备件", "WorkshopPage": "车间调度", "WallBoard": "车间大屏", "ClockPanel": "技师打卡屏",
    "WorkshopHistoryDialog": "质检记录", "WorkshopWagesDialog": "计件工资", "PartsPage": "备件仓库",
    "PurchaseLinesDialog": "采购明细", "CashierPage": "结算收银", "CarePage": "客服回访", "CallDialog": "回访电话",
    "ComplaintDialog": "登记投诉", "NoteDialog": "备注", "ManagerPage": "服务经理", "PrintPreviewDialog": "打印预览",
    "DiagnosisDialog": "检测诊断", "AddedWorkDialog": "追加项目（车间）", "ProcessCheckDialog": "过程检验",
    "LetterDialog": "登记信函", "HandlingDialog": "原因与措施", "AdminPage": "系统管理",
}

_R = "ui/reception/"
_W = "ui/workshop/"
_P = "ui/parts/"
_C = "ui/cashier/"
_CARE = "ui/care/"
_M = "ui/manager/"

SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("MainWindow", "Ctrl+Q", "退出", "quit", "ui/forms/main_window.ui"),
    # 业务接待
    Shortcut("ReceptionPage", "F5", "查档案", "look-up tab", "ui/reception/page.py"),
    Shortcut("ReceptionPage", "F6", "今日车辆", "today's cars tab", "ui/reception/page.py"),
    Shortcut("ReceptionPage", "F7", "追加项目", "added work tab", "ui/reception/page.py"),
    Shortcut("ReceptionPage", "F8", "维修预约", "appointments tab", "ui/reception/page.py"),
    Shortcut("ReceptionPage", "F9", "代步车", "loaner cars tab", "ui/reception/page.py"),
    Shortcut("ReceptionPage", "Ctrl+F", "查找（光标到搜索框）", "find (to the search box)", "ui/reception/page.py"),
    Shortcut("ReceptionPage", "Ctrl+N", "新建客户和车辆", "new customer and car", "ui/reception/page.py"),
    Shortcut("ReceptionPage", "F2", "接车（预约页：到店接车）", "check the car in", "ui/reception/page.py"),
    Shortcut("ReceptionPage", "F3", "预约", "book an appointment", "ui/reception/page.py"),
    Shortcut("ReceptionPage", "F4", "打开工单", "open the work order", "ui/reception/page.py"),
    Shortcut("ReceptionPage", "Ctrl+E", "编辑档案", "edit the archive", "ui/reception/page.py"),
    Shortcut("ReceptionPage", "Ctrl+O", "过户", "change of owner", "ui/reception/page.py"),
    Shortcut("ReceptionPage", "Ctrl+J", "已询问进度（今日车辆）", "progress asked (today's cars)", _R + "today.py"),
    Shortcut("ReceptionPage", "Ctrl+D", "通知延误（今日车辆）", "tell of a delay (today's cars)", _R + "today.py"),
    Shortcut("ReceptionPage", "Ctrl+T", "已通知取车（今日车辆）", "told to collect (today's cars)", _R + "today.py"),
    Shortcut("ReceptionPage", "Ctrl+G", "去结算（今日车辆）", "to the cashier (today's cars)", _R + "today.py"),
    Shortcut("ReceptionPage", "Ctrl+Shift+J", "交车（先确认）（今日车辆）", "deliver, after a confirmation (today's cars)",
             _R + "today.py"),
    Shortcut("ReceptionPage", "Ctrl+Shift+Y", "客户同意（追加项目）", "customer agrees (added work)", _R + "added_work.py"),
    Shortcut("ReceptionPage", "Ctrl+Shift+N", "客户拒绝（追加项目）", "customer declines (added work)", _R + "added_work.py"),
    Shortcut("ReceptionPage", "Ctrl+P", "打印追加项目单（追加项目）", "print the added-work form (added work)", _R + "added_work.py"),
    Shortcut("ReceptionPage", "Ctrl+Shift+K", "打印售后服务卡（今日车辆）", "print the service card (today's cars)", _R + "today.py"),
    Shortcut("ReceptionPage", "Ctrl+P", "打印预约登记表（维修预约）", "print the appointment register (appointments)",
             _R + "appointments.py"),
    Shortcut("ReceptionPage", "PgUp", "上一天 / 上一周（维修预约）", "previous day / week (appointments)", _R + "appointments.py"),
    Shortcut("ReceptionPage", "PgDown", "下一天 / 下一周（维修预约）", "next day / week (appointments)", _R + "appointments.py"),
    Shortcut("ReceptionPage", "Ctrl+R", "已提醒（维修预约）", "reminded (appointments)", _R + "appointments.py"),
    Shortcut("ReceptionPage", "Ctrl+L", "借出代步车（代步车）", "hand a loaner car out (loaner cars)", _R + "loaners.py"),
    Shortcut("ReceptionPage", "Ctrl+R", "归还代步车（代步车）", "take a loaner car back (loaner cars)", _R + "loaners.py"),
    Shortcut("ReceptionPage", "Ctrl+P", "打印代步车交接单（代步车）", "print the loaner sheet (loaner cars)", _R + "loaners.py"),
    Shortcut("ReceptionPage", "Ctrl+Shift+A", "新增代步车（代步车，服务经理）", "add a loaner car (loaner cars, manager)",
             _R + "loaners.py"),
    Shortcut("ReceptionPage", "Ctrl+Shift+E", "修改 / 停用代步车（代步车，服务经理）", "change or retire a loaner car (loaner cars, manager)",
             _R + "loaners.py"),
    Shortcut("CheckInDialog", "Ctrl+Return", "确定接车", "check in", _R + "checkin_dialog.py"),
    Shortcut("CheckInDialog", "D", "换伤痕类别（车身图上）", "next damage kind (on the outline)", _R + "checkin_dialog.py"),
    Shortcut("CheckInDialog", "Del", "删除最后一个伤痕（车身图上）", "remove the last mark (on the outline)",
             _R + "car_outline.py", in_code=True),
    Shortcut("CheckInDialog", "Return", "标记所选部位（部位列表中）", "mark the chosen zone (in the zone list)",
             _R + "checkin_dialog.py", in_code=True),
    Shortcut("OrderEditor", "Ctrl+L", "加工时", "add labour", _R + "order_editor.py"),
    Shortcut("OrderEditor", "Ctrl+B", "加备件", "add a part", _R + "order_editor.py"),
    Shortcut("OrderEditor", "Ctrl+I", "整项定价", "add a whole-job price", _R + "order_editor.py"),
    Shortcut("OrderEditor", "Ctrl+E", "其他费用", "add a fee", _R + "order_editor.py"),
    Shortcut("OrderEditor", "Ctrl+K", "加保养套餐", "add a maintenance package", _R + "order_editor.py"),
    Shortcut("OrderEditor", "F2", "改数量 / 付费方", "change quantity / payer", _R + "order_editor.py"),
    Shortcut("OrderEditor", "Del", "删除行（行表中）", "remove the line (in the lines)", _R + "order_editor.py"),
    Shortcut("OrderEditor", "Ctrl+Return", "客户已签字，交车间", "signed: to the workshop", _R + "order_editor.py"),
    Shortcut("OrderEditor", "Ctrl+Enter", "客户已签字，交车间（小键盘 Enter）", "signed (keypad Enter)", _R + "order_editor.py"),
    Shortcut("OrderEditor", "Ctrl+P", "打印进厂维修单", "print the work order", _R + "order_editor.py"),
    Shortcut("OrderEditor", "Ctrl+Shift+P", "打印估价单（两联）", "print the estimate (two copies)", _R + "order_editor.py"),
    Shortcut("OrderEditor", "Ctrl+Alt+P", "打印接车单", "print the check-in sheet", _R + "order_editor.py"),
    Shortcut("OrderEditor", "Ctrl+Shift+O", "其他单据（打印菜单）", "other forms (menu)", _R + "order_editor.py"),
    Shortcut("OrderEditor", "Ctrl+Shift+D", "检测诊断", "diagnosis", _R + "order_editor.py"),
    Shortcut("OrderEditor", "Ctrl+U", "上次建议本次做", "take up a declined item", _R + "order_editor.py"),
    Shortcut("DiagnosisDialog", "Ctrl+S", "保存", "save", _R + "diagnosis_dialog.py"),
    Shortcut("DiagnosisDialog", "Ctrl+P", "打印诊断报告单", "print the diagnosis report", _R + "diagnosis_dialog.py"),
    Shortcut("DiagnosisDialog", "Ctrl+U", "诊断未修，放行", "diagnosed, not repaired: release", _R + "diagnosis_dialog.py"),
    Shortcut("DiagnosisDialog", "Ctrl+N", "加一行检测项目", "add a test row", _R + "diagnosis_dialog.py"),
    Shortcut("DiagnosisDialog", "Ctrl+Del", "删除检测项目行（表中）", "remove the test row (in the table)",
             _R + "diagnosis_dialog.py"),
    Shortcut("PickerDialog", "Down", "从搜索框到结果", "from the search to the results", _R + "picker.py", in_code=True),
    # 车间调度
    Shortcut("WorkshopPage", "F2", "接车派工", "receive and dispatch", "ui/workshop/page.py"),
    Shortcut("WorkshopPage", "F3", "追加项目", "raise added work", "ui/workshop/page.py"),
    Shortcut("WorkshopPage", "F4", "质检", "quality check", "ui/workshop/page.py"),
    Shortcut("WorkshopPage", "Ctrl+P", "打印派工单", "print the job ticket", "ui/workshop/page.py"),
    Shortcut("WorkshopPage", "F5", "刷新看板", "reload the board", "ui/workshop/page.py"),
    Shortcut("WorkshopPage", "F6", "换工位", "move to another bay", "ui/workshop/page.py"),
    Shortcut("WorkshopPage", "F7", "技师打卡屏", "clock panel", "ui/workshop/page.py"),
    Shortcut("WorkshopPage", "F8", "补发领料单", "ask the warehouse for parts", "ui/workshop/page.py"),
    Shortcut("WorkshopPage", "F9", "报检", "submit for QC", "ui/workshop/page.py"),
    Shortcut("WorkshopPage", "F10", "过程检验", "in-process inspection", "ui/workshop/page.py"),
    Shortcut("WorkshopPage", "F11", "大屏模式", "wall board", "ui/workshop/page.py"),
    Shortcut("WorkshopPage", "Ctrl+S", "开工", "start the line", "ui/workshop/page.py"),
    Shortcut("WorkshopPage", "Ctrl+W", "待料暂停", "pause for parts", "ui/workshop/page.py"),
    Shortcut("WorkshopPage", "Ctrl+D", "完工", "finish the line", "ui/workshop/page.py"),
    Shortcut("WorkshopPage", "Ctrl+H", "质检记录·待答复", "QC history, waiting answers", "ui/workshop/page.py"),
    Shortcut("WorkshopPage", "Ctrl+J", "计件工资", "piece wages", "ui/workshop/page.py"),
    Shortcut("WorkshopPage", "Left", "看板：左一列", "board: column to the left", _W + "board_view.py", in_code=True),
    Shortcut("WorkshopPage", "Right", "看板：右一列", "board: column to the right", _W + "board_view.py", in_code=True),
    Shortcut("WallBoard", "Esc", "退出大屏", "leave the wall board", _W + "wall.py", in_code=True),
    Shortcut("ClockPanel", "F8", "上工", "clock on", _W + "clock_panel.py"),
    Shortcut("ClockPanel", "F9", "下工", "clock off", _W + "clock_panel.py"),
    Shortcut("WorkshopHistoryDialog", "Ctrl+P", "打印（重打）出厂合格证", "print (again) the completion certificate",
             _W + "history_dialog.py"),
    Shortcut("AddedWorkDialog", "Ctrl+L", "从工时定额选工时", "pick labour from the labour-time table",
             _W + "added_work_dialog.py"),
    Shortcut("ProcessCheckDialog", "Ctrl+S", "保存", "save", _W + "process_dialog.py"),
    Shortcut("ProcessCheckDialog", "Ctrl+P", "打印过程检验单", "print the in-process inspection", _W + "process_dialog.py"),
    Shortcut("ProcessCheckDialog", "Ctrl+Shift+A", "全部合格", "all items pass", _W + "process_dialog.py"),
    Shortcut("WorkshopWagesDialog", "Ctrl+E", "导出 Excel", "export to Excel", _W + "wages_dialog.py"),
    Shortcut("WorkshopWagesDialog", "F5", "刷新", "reload", _W + "wages_dialog.py"),
    # 备件仓库
    *(Shortcut("PartsPage", f"Alt+{n}", f"第 {n} 页：{name}", f"tab {n}: {english}", "ui/parts/page.py")
      for n, name, english in ((1, "备件目录", "catalogue"), (2, "领料出库 / 退库", "issue / return"),
                               (3, "入库 / 采购", "receiving / purchase"), (4, "盘点", "stock count"),
                               (5, "清单", "lists"), (6, "进销对账", "flow"))),
    Shortcut("PartsPage", "Ctrl+N", "新建备件（备件目录）", "new part (catalogue)", _P + "catalogue_tab.py"),
    Shortcut("PartsPage", "F2", "修改档案（备件目录）", "edit the part (catalogue)", _P + "catalogue_tab.py"),
    Shortcut("PartsPage", "F7", "退货（备件目录）", "return to supplier (catalogue)", _P + "catalogue_tab.py"),
    Shortcut("PartsPage", "F8", "库存调整（备件目录）", "stock adjustment (catalogue)", _P + "catalogue_tab.py"),
    Shortcut("PartsPage", "Ctrl+F", "查找（备件目录）", "find (catalogue)", _P + "catalogue_tab.py"),
    Shortcut("PartsPage", "F9", "发料出库（领料）", "issue (issue tab)", _P + "issue_tab.py"),
    Shortcut("PartsPage", "F10", "退库（领料）", "give back (issue tab)", _P + "issue_tab.py"),
    Shortcut("PartsPage", "Ctrl+P", "打印出库单（领料）", "print the outbound slip (issue tab)", _P + "issue_tab.py"),
    Shortcut("PartsPage", "F9", "入库（入库 / 采购）", "receive (receiving tab)", _P + "receiving_tab.py"),
    Shortcut("PartsPage", "Ctrl+P", "打印入库单（入库 / 采购）", "print the receiving slip", _P + "receiving_tab.py"),
    Shortcut("PartsPage", "Ctrl+P", "打印盘点表（盘点）", "print the count sheet", _P + "count_tab.py"),
    Shortcut("PartsPage", "F5", "查询（进销对账）", "show the range (flow)", _P + "flow_tab.py"),
    Shortcut("PurchaseLinesDialog", "Del", "删除行", "remove the line", _P + "purchase_lines_dialog.py"),
    # 结算收银
    Shortcut("CashierPage", "F9", "收款结算（结算收款）", "settle (till)", _C + "settle_tab.py"),
    Shortcut("CashierPage", "Ctrl+N", "加一笔付款（结算收款）", "add a payment (till)", _C + "settle_tab.py"),
    Shortcut("CashierPage", "Ctrl+Del", "删除付款（结算收款）", "remove the payment (till)", _C + "settle_tab.py"),
    Shortcut("CashierPage", "Ctrl+P", "打印：全部单据（结算收款）", "print every document (till)", _C + "settle_tab.py"),
    Shortcut("CashierPage", "Ctrl+F", "查找（结算收款）", "find (till)", _C + "settle_tab.py"),
    Shortcut("CashierPage", "F5", "刷新（结算收款）", "reload (till)", _C + "settle_tab.py"),
    Shortcut("CashierPage", "F8", "开票（结算收款）", "record the invoice (till)", _C + "settle_tab.py"),
    Shortcut("CashierPage", "Ctrl+R", "冲销（结算记录）", "reverse (history)", _C + "history_tab.py"),
    Shortcut("CashierPage", "F8", "开票 / 红冲（结算记录）", "invoice / red-letter (history)", _C + "history_tab.py"),
    Shortcut("CashierPage", "F5", "查询（发票）", "reload (invoices)", _C + "invoices_tab.py"),
    Shortcut("CashierPage", "Ctrl+R", "红冲（发票）", "red-letter the invoice (invoices)", _C + "invoices_tab.py"),
    Shortcut("CashierPage", "Ctrl+E", "导出 Excel（发票）", "export to Excel (invoices)", _C + "invoices_tab.py"),
    Shortcut("CashierPage", "Ctrl+Return", "登记回款 / 核销（挂账回款）", "collect (receivables)", _C + "receivables_tab.py"),
    Shortcut("CashierPage", "F5", "刷新（挂账回款）", "reload (receivables)", _C + "receivables_tab.py"),
    Shortcut("CashierPage", "F5", "刷新（会员卡）", "reload (member cards)", _C + "cards_tab.py"),
    Shortcut("CashierPage", "F5", "刷新（日结）", "reload (day end)", _C + "day_end_tab.py"),
    Shortcut("CashierPage", "Ctrl+Shift+E", "日结（日结）", "close the day (day end)", _C + "day_end_tab.py"),
    # 客服回访
    *(Shortcut("CarePage", key, name, english, "ui/care/page.py")
      for key, name, english in (("F5", "回访", "follow-ups tab"), ("F6", "提醒", "reminders tab"),
                                 ("F7", "投诉", "complaints tab"), ("F8", "索赔 / 旧件", "claims tab"),
                                 ("F9", "三包", "sanbao tab"), ("F10", "信函", "letters tab"))),
    Shortcut("CarePage", "F3", "未接通（回访）", "no answer (follow-ups)", _CARE + "follow_up_tab.py"),
    Shortcut("CarePage", "Ctrl+P", "打印登记表（回访）", "print the log (follow-ups)", _CARE + "follow_up_tab.py"),
    Shortcut("CarePage", "Ctrl+E", "导出 Excel（回访）", "export to Excel (follow-ups)", _CARE + "follow_up_tab.py"),
    Shortcut("CarePage", "Ctrl+F", "查找（回访）", "find (follow-ups)", _CARE + "follow_up_tab.py"),
    Shortcut("CarePage", "F2", "提醒（提醒）", "remind (reminders)", _CARE + "reminders_tab.py"),
    Shortcut("CarePage", "Ctrl+N", "登记投诉（投诉）", "new complaint (complaints)", _CARE + "complaints_tab.py"),
    Shortcut("CarePage", "F2", "答复客户（投诉）", "answer (complaints)", _CARE + "complaints_tab.py"),
    Shortcut("CarePage", "F3", "回访并关闭（投诉）", "close (complaints)", _CARE + "complaints_tab.py"),
    Shortcut("CarePage", "F4", "原因与措施（投诉）", "cause and measures (complaints)", _CARE + "complaints_tab.py"),
    Shortcut("CarePage", "Ctrl+P", "打印快速处理表（投诉）", "print the quick-handling form (complaints)",
             _CARE + "complaints_tab.py"),
    Shortcut("CarePage", "Ctrl+N", "登记信函（信函）", "record a letter (letters)", _CARE + "letters_tab.py"),
    Shortcut("CarePage", "F2", "登记结果（信函）", "record the result (letters)", _CARE + "letters_tab.py"),
    Shortcut("CarePage", "Ctrl+P", "打印信函登记表（信函）", "print the letter log (letters)", _CARE + "letters_tab.py"),
    Shortcut("CarePage", "Ctrl+N", "开索赔单（索赔）", "open a claim (claims)", _CARE + "claims_tab.py"),
    Shortcut("CarePage", "F2", "提交厂家（索赔）", "submit (claims)", _CARE + "claims_tab.py"),
    Shortcut("CarePage", "F3", "厂家批准（索赔）", "approved (claims)", _CARE + "claims_tab.py"),
    Shortcut("CarePage", "F4", "厂家拒赔（索赔）", "rejected (claims)", _CARE + "claims_tab.py"),
    Shortcut("CarePage", "Ctrl+R", "登记回款（索赔）", "paid (claims)", _CARE + "claims_tab.py"),
    Shortcut("CallDialog", "F3", "未接通", "no answer", _CARE + "call_dialog.py"),
    Shortcut("CallDialog", "Ctrl+S", "保存", "save", _CARE + "call_dialog.py"),
    Shortcut("ComplaintDialog", "Ctrl+S", "保存", "save", _CARE + "complaint_dialog.py"),
    Shortcut("NoteDialog", "Ctrl+Return", "保存", "save", _CARE + "note_dialog.py"),
    Shortcut("LetterDialog", "Ctrl+S", "保存", "save", _CARE + "letter_dialog.py"),
    Shortcut("HandlingDialog", "Ctrl+Return", "保存", "save", _CARE + "handling_dialog.py"),
    # 服务经理
    Shortcut("ManagerPage", "F5", "刷新（看板）", "reload (dashboard)", _M + "dashboard_tab.py"),
    Shortcut("ManagerPage", "Alt+Left", "上一个月（看板）", "previous month (dashboard)", _M + "dashboard_tab.py"),
    Shortcut("ManagerPage", "Alt+Right", "下一个月（看板）", "next month (dashboard)", _M + "dashboard_tab.py"),
    Shortcut("ManagerPage", "F5", "统计（统计报表）", "compute (report)", _M + "report_tab.py"),
    Shortcut("ManagerPage", "Alt+Left", "上一期（统计报表）", "previous period (report)", _M + "report_tab.py"),
    Shortcut("ManagerPage", "Alt+Right", "下一期（统计报表）", "next period (report)", _M + "report_tab.py"),
    Shortcut("ManagerPage", "Ctrl+E", "导出 Excel（统计报表）", "export to Excel (report)", _M + "report_tab.py"),
    Shortcut("ManagerPage", "Ctrl+P", "打印统计表（统计报表）", "print the report", _M + "report_tab.py"),
    Shortcut("ManagerPage", "Ctrl+S", "保存评语（业务分析报告）", "save the comment (business analysis)", _M + "analysis_tab.py"),
    Shortcut("ManagerPage", "Ctrl+P", "打印业务分析报告表（业务分析报告）", "print the business analysis", _M + "analysis_tab.py"),
    Shortcut("ManagerPage", "Alt+Left", "上一期（业务分析报告）", "previous period (business analysis)", _M + "analysis_tab.py"),
    Shortcut("ManagerPage", "Alt+Right", "下一期（业务分析报告）", "next period (business analysis)", _M + "analysis_tab.py"),
    Shortcut("ManagerPage", "Ctrl+S", "保存（市场情况报告）", "save (market report)", _M + "market_tab.py"),
    Shortcut("ManagerPage", "Ctrl+P", "打印市场情况报告表（市场情况报告）", "print the market report", _M + "market_tab.py"),
    # 系统管理
    Shortcut("AdminPage", "F5", "刷新（开账）", "reload (opening)", "ui/admin/opening_tab.py"),
    # 打印预览
    Shortcut("PrintPreviewDialog", "Ctrl+P", "打印", "print", "ui/kit/print_preview.py"),
    Shortcut("PrintPreviewDialog", "Ctrl++", "放大", "zoom in", "ui/kit/print_preview.py"),
    Shortcut("PrintPreviewDialog", "Ctrl+-", "缩小", "zoom out", "ui/kit/print_preview.py"),
)


def key(window: str, english: str) -> str:
    """The key of one action, for the page that binds it."""
    for row in SHORTCUTS:
        if row.window == window and row.english == english:
            return row.key
    raise KeyError(f"{window}: {english}")


def markdown() -> str:
    """The README's table: one line per window and key (rows of one window and key from several tabs joined)."""
    lines = ["| 窗口 window | 键 key | 作用 | action |", "| --- | --- | --- | --- |"]
    seen: dict[tuple[str, str], list[Shortcut]] = {}
    for row in SHORTCUTS:
        seen.setdefault((row.window, row.key), []).append(row)
    for (window, key_), rows in seen.items():
        action = "；".join(dict.fromkeys(r.action for r in rows))
        english = "; ".join(dict.fromkeys(r.english for r in rows))
        lines.append(f"| {WINDOWS[window]} | {key_} | {action} | {english} |")
    return "\n".join(lines)


def write_readme(path) -> None:
    """Put the table into README between its two marker lines (`python -m ui.kit.shortcuts --readme`)."""
    text = Path(path).read_text(encoding="utf-8")
    start, end = text.index(README_START) + len(README_START), text.index(README_END)
    Path(path).write_text(text[:start] + "\n" + markdown() + "\n" + text[end:], encoding="utf-8")


README_START = "<!-- shortcuts: python -m ui.kit.shortcuts --readme -->"
README_END = "<!-- /shortcuts -->"

if __name__ == "__main__":
    import sys

    if "--readme" in sys.argv:
        write_readme(Path(__file__).resolve().parents[2] / "README.md")
    else:
        print(markdown())
