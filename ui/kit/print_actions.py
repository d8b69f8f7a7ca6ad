"""The one way a station prints: render the document off the GUI thread, then show the preview,
from which the user prints to the printer chosen for that paper, or saves a PDF."""
from PySide6.QtWidgets import QWidget

from printing.base import render_to_bytes
from printing.registry import DOCUMENTS, paper_of
from storage.plumbing.config import LocalSettings
from ui.kit.print_preview import PrintPreviewDialog
from ui.kit.printers import printer_for_paper
from ui.kit.tasks import run_task


def preview_document(parent: QWidget, kind: str, number: str | None, *, user, copies: int = 1,
                     local: LocalSettings | None = None, on_shown=None, on_error=None, progress: str | None = None):
    """Open the preview of document `kind` number `number` (None: the newest), rendered as `user`
    prints it: what a document masks by role (customers' phones) is decided by its render, with the
    acting user. Returns the task."""
    label = DOCUMENTS[kind].label
    local = local or LocalSettings()
    paper = paper_of(kind, local)  # this PC's choice in 设置 → 打印机 (the outbound slip on multi-part paper...)

    def show(pdf_bytes: bytes) -> None:
        dialog = PrintPreviewDialog(parent, pdf_bytes=pdf_bytes, title=label, paper=paper,
                                    printer_name=printer_for_paper(local, paper))
        if on_shown is not None:
            on_shown(dialog)
        dialog.open()

    return run_task(parent, lambda cancel: render_to_bytes(kind, number, copies, paper=paper, user=user), on_done=show,
                    on_error=on_error, progress=progress)
