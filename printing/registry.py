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
