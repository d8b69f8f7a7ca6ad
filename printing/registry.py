"""Every printable document kind: its kebab-case name (for `main.py print KIND`), its Chinese label,
the paper class it goes to (which printer setting applies), and the module that renders it.

A document module exposes:
    KIND, LABEL, PAPER
    def latest_number() -> str | None            # the newest record of this kind
    def render(number: str | None, out, *, copies=1) -> None   # write the PDF
"""
import importlib

# kind -> (label, paper class, module path). Paper classes: "a4", "a5", "roll80", "continuous241".
DOCUMENTS = {
    "customer-archive": ("客户档案资料表", "a4", "printing.customer_archive"),
    "work-order": ("进厂维修单", "a4", "printing.work_order"),
    "estimate": ("维修估价单", "a4", "printing.estimate"),
    "check-in": ("接车单", "a4", "printing.check_in"),
    "appointment": ("维修预约单", "a5", "printing.appointment"),
    "outbound-slip": ("出库单", "a5", "printing.outbound_slip"),
    "receiving-slip": ("入库单", "a5", "printing.receiving_slip"),
    "return-slip": ("退库 / 退货 / 调整单", "a5", "printing.return_slip"),
    "count-sheet": ("盘点表", "a4", "printing.count_sheet"),
    "count-variance": ("盘点差异表", "a4", "printing.count_variance"),
    "settlement": ("维修结算单", "a4", "printing.settlement"),
    "settlement-a5": ("维修结算单（A5）", "a5", "printing.settlement_a5"),
    "receipt": ("收款小票", "roll80", "printing.receipt"),
    "card-receipt": ("会员卡小票", "roll80", "printing.card_receipt"),
    "card-statement": ("会员卡对账单", "a4", "printing.card_statement"),
    "release-notice": ("出厂通知单", "a5", "printing.release_notice"),
    "guarantee-card": ("质量保证卡", "a5", "printing.guarantee_card"),
    "day-end": ("日结单", "a4", "printing.day_end"),
    "job-ticket": ("派工单", "a4", "printing.job_ticket"),
    "completion-certificate": ("竣工检验单（出厂合格证）", "a4", "printing.completion_certificate"),
    "follow-up-log": ("跟踪服务电话登记表", "a4", "printing.follow_up_log"),
    "daily-statistics": ("业务统计表（日报）", "a4", "printing.daily_statistics"),
    "weekly-statistics": ("业务统计表（周报）", "a4", "printing.weekly_statistics"),
    "monthly-statistics": ("业务统计表（月报）", "a4", "printing.monthly_statistics"),
    "appointment-register": ("维修预约登记表", "a4", "printing.appointment_register"),
    "letter-log": ("跟踪服务信函登记表", "a4", "printing.letter_log"),
    "complaint-handling": ("快速处理表", "a4", "printing.quick_handling"),
    "business-analysis": ("公司业务状况分析报告表", "a4", "printing.business_analysis"),
    "market-report": ("行业相关市场情况报告表", "a4", "printing.market_report"),
    "diagnosis-report": ("汽车检测诊断报告单", "a4", "printing.diagnosis_report"),
    "added-work": ("维修追加项目单", "a5", "printing.added_work"),
    "suggestions": ("建议项目表", "a5", "printing.suggestions"),
    "service-card": ("售后服务卡", "a5", "printing.service_card"),
    "process-check": ("过程检验单", "a4", "printing.process_check"),
}

# Printer settings are per paper class, so a PC names one printer for A4 forms, one for receipts...
PAPER_CLASSES = {
    "a4": "A4 单据打印机",
    "a5": "A5 单据打印机",
    "roll80": "80 mm 小票打印机",
    "continuous241": "241 mm 针式打印机（多联）",
}


def module_for(kind: str):
    from storage.errors import ValidationError

    if kind not in DOCUMENTS:
        known = "、".join(DOCUMENTS)
        raise ValidationError(f"未知的单据种类“{kind}”。可用：{known}")
    return importlib.import_module(DOCUMENTS[kind][2])


# The papers a document may go to besides its own, chosen per document on this PC in 设置 → 打印机
# (storage.config.LocalSettings, key "document_papers"): the settlement and the outbound slip on the
# counter's 241 mm dot-matrix multi-part paper, printed once through all its parts.
PAPER_CHOICES = {
    "settlement": ("a4", "continuous241"),
    "outbound-slip": ("a5", "continuous241"),
}


def paper_of(kind: str, local_settings=None) -> str:
    """The paper class document `kind` prints on: this PC's choice when it is one the kind allows."""
    default = DOCUMENTS[kind][1]
    chosen = ((local_settings.get("document_papers") if local_settings is not None else None) or {}).get(kind)
    return chosen if chosen in PAPER_CHOICES.get(kind, ()) else default


def set_paper_of(local_settings, kind: str, paper: str) -> None:
    """Remember the paper of a document on this PC (the caller saves the settings)."""
    from storage.errors import ValidationError

    if paper not in PAPER_CHOICES.get(kind, (DOCUMENTS[kind][1],)):
        raise ValidationError(f"“{DOCUMENTS[kind][0]}”不能用“{PAPER_CLASSES.get(paper, paper)}”打印。")
    chosen = dict(local_settings.get("document_papers") or {})
    if paper == DOCUMENTS[kind][1]:
        chosen.pop(kind, None)
    else:
        chosen[kind] = paper
    local_settings.set("document_papers", chosen)


def render_kind(kind: str, number, out, *, copies: int = 1, paper: str | None = None) -> None:
    """Render document `kind` to `out` on `paper` (None: its own)."""
    module = module_for(kind)
    if paper and paper != DOCUMENTS[kind][1]:
        module.render(number, out, copies=copies, paper=paper)
    else:
        module.render(number, out, copies=copies)
