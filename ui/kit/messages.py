"""The message line a tab or dialog shows what happened in: red for a refusal, green for done."""
from ui.kit.style import ERROR_STYLE, OK_STYLE


def say(label, text: str, *, ok: bool = False) -> None:
    label.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
    label.setText(text)
    label.setVisible(bool(text))


def show_refusal(label, exc, fields: dict) -> None:
    """A storage refusal in the dialog's message line, and the cursor on the field it is about."""
    say(label, exc.message)
    target = fields.get(exc.field)
    if target is not None:
        target.setFocus()
        target.selectAll()
