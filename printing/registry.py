"""Every printable document kind, read from the document modules themselves.

Each module of printing/ that makes a document declares it once, at its end:

    DOCUMENT = DocumentKind(kind="follow-up-log", label="跟踪服务电话登记表", paper="a4", render=render)

    kind    its kebab-case name (for `main.py print KIND`)
    label   its Chinese name (the preview's title, the printer settings)
    paper   the paper class it goes to (which printer setting applies)
    render  render(user, number, out, *, copies=1) -> None writes the PDF: `user` is the acting
            account (None from `main.py print`, which has no login): what it may see on paper, phone
            numbers above all, is decided there. Kinds with PAPER_CHOICES also take paper=.

and may expose `latest_number() -> str | None`, the newest record of its kind. KINDS below is only
the order of the kinds (and so which module each is in); a module is imported when its kind is
first used, so the station starts without loading every document.
"""
import importlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Callable

from storage.rules.errors import ValidationError


@dataclass(frozen=True)
class DocumentKind:
    kind: str
    label: str
    paper: str  # a PAPER_CLASSES key
    render: Callable[..., None]


# The kinds in the order they are listed; each lives in printing/<kind with underscores>.py unless
# MODULE_OF names another module.
KINDS = (
    "customer-archive", "work-order", "estimate", "check-in", "appointment", "outbound-slip", "receiving-slip",
    "return-slip", "count-sheet", "count-variance", "settlement", "settlement-a5", "receipt", "release-notice",
    "guarantee-card", "day-end", "job-ticket", "completion-certificate", "follow-up-log", "daily-statistics",
    "weekly-statistics", "monthly-statistics", "appointment-register", "letter-log", "complaint-handling",
    "business-analysis", "market-report", "diagnosis-report", "added-work", "suggestions", "service-card",
    "process-check", "card-statement", "card-receipt", "loaner-sheet",
)
MODULE_OF = {"complaint-handling": "quick_handling"}


def document(kind: str) -> DocumentKind:
    """The declaration of document `kind`; an unknown kind is refused with the known ones."""
    if kind not in KINDS:
        raise ValidationError(f"未知的单据种类“{kind}”。可用：{'、'.join(KINDS)}")
    declared = importlib.import_module(f"printing.{MODULE_OF.get(kind, kind.replace('-', '_'))}").DOCUMENT
    if declared.kind != kind:
        raise LookupError(f"printing module for {kind!r} declares {declared.kind!r}")
    return declared


class _Documents(Mapping):
    """kind -> DocumentKind, in the order of KINDS, each module imported on first use."""

    def __getitem__(self, kind: str) -> DocumentKind:
        if kind not in KINDS:
            raise KeyError(kind)
        return document(kind)

    def __iter__(self):
        return iter(KINDS)

    def __len__(self) -> int:
        return len(KINDS)


DOCUMENTS = _Documents()


# Printer settings are per paper class, so a PC names one printer for A4 forms, one for receipts...
PAPER_CLASSES = {
    "a4": "A4 单据打印机",
    "a5": "A5 单据打印机",
    "roll80": "80 mm 小票打印机",
    "continuous241": "241 mm 针式打印机（多联）",
}


# The papers a document may go to besides its own, chosen per document on this PC in 设置 → 打印机
# (storage.plumbing.config.LocalSettings, key "document_papers"): the settlement and the outbound slip on the
# counter's 241 mm dot-matrix multi-part paper, printed once through all its parts.
PAPER_CHOICES = {
    "settlement": ("a4", "continuous241"),
    "outbound-slip": ("a5", "continuous241"),
}


def paper_of(kind: str, local_settings=None) -> str:
    """The paper class document `kind` prints on: this PC's choice when it is one the kind allows."""
    default = document(kind).paper
    chosen = ((local_settings.get("document_papers") if local_settings is not None else None) or {}).get(kind)
    return chosen if chosen in PAPER_CHOICES.get(kind, ()) else default


def set_paper_of(local_settings, kind: str, paper: str) -> None:
    """Remember the paper of a document on this PC (the caller saves the settings)."""
    declared = document(kind)
    if paper not in PAPER_CHOICES.get(kind, (declared.paper,)):
        raise ValidationError(f"“{declared.label}”不能用“{PAPER_CLASSES.get(paper, paper)}”打印。")
    chosen = dict(local_settings.get("document_papers") or {})
    if paper == declared.paper:
        chosen.pop(kind, None)
    else:
        chosen[kind] = paper
    local_settings.set("document_papers", chosen)


def render_kind(kind: str, number, out, *, user=None, copies: int = 1, paper: str | None = None) -> None:
    """Render document `kind` number `number` to `out` as `user` prints it, on `paper` (None: its own).
    The one way every document is rendered: the preview, `main.py print`, the layout check."""
    declared = document(kind)
    if paper and paper != declared.paper:
        declared.render(user, number, out, copies=copies, paper=paper)
    else:
        declared.render(user, number, out, copies=copies)
