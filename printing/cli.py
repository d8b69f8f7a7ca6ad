"""The `print` task of main.py: render one document to a PDF file without the GUI.

    python main.py print customer-archive 12 --out archive.pdf
"""
from pathlib import Path

from printing.registry import document, render_kind
from storage.plumbing.files import partial_path, replace_synced


def print_document(kind: str, number: str | None, out, copies: int = 1) -> str:
    """Render document KIND number NUMBER (the newest when None) to the PDF file OUT; returns its
    path. Unknown kinds and numbers raise storage.rules.errors.DomainError with a Chinese message, and
    then no file is left behind. There is no login here: `render` gets no user, so whatever a
    document masks for some roles (phone numbers) is masked."""
    document(kind)  # an unknown kind is refused before any file is touched
    path = Path(out)
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    partial = partial_path(path)
    try:
        render_kind(kind, number, str(partial), user=None, copies=copies)
        replace_synced(partial, path)  # synced, then named: a power cut never leaves half a PDF
    finally:
        partial.unlink(missing_ok=True)
    return str(path)
