"""The one way a window runs a storage action (Anki's CollectionOp, qt/aqt/operations/): run it,
show a refusal in the screen's message line, and let every open page of this PC hear what it
changed, once. Windows never announce a change themselves: storage names the topics
(storage.plumbing.changes.notify inside the action's transaction) and the notifier carries them.

    done = run_op(lambda: cashier.close_day(user, day), changes=self.changes, line=self.ui.errorLabel,
                  refresh=self.on_changed)
    if done: ...done.value...

`action` may be anything that calls storage actions, a dialog's exec() included: all its commits
count. A page standing alone (no main window, so no notifier: tests, a dialog on its own) gets the
topics through `refresh(topics)` instead.
"""
from dataclasses import dataclass, field

from PySide6.QtWidgets import QLabel

from storage.plumbing import changes as store_changes
from storage.rules.errors import DomainError
from ui.kit.errors import show_error


@dataclass
class OpResult:
    """What an operation did: `ok` (also its truth), the action's return `value`, the `changes`,
    and the refusal (`error`) when it was refused."""
    ok: bool
    value: object = None
    changes: store_changes.OpChanges = field(default_factory=store_changes.OpChanges)
    error: DomainError | None = None

    def __bool__(self) -> bool:
        return self.ok


def show_refusal(line, exc: DomainError) -> None:
    """A refusal in the screen's message line: a QLabel, the screen's own callable(error) that shows
    it there, or (none given) a message box."""
    if isinstance(line, QLabel):
        line.setText(exc.message)
        line.setVisible(True)
    elif callable(line):
        line(exc)
    else:
        show_error(None, exc)


def run_op(action, *, changes=None, line=None, refresh=None) -> OpResult:
    """Run `action()`; a DomainError shows in `line` and the result is falsy (the action's own
    transaction left nothing behind). Everything its commits named reaches the pages once, at the
    end: through `changes` (ui.kit.change_bridge.ChangeNotifier), or `refresh(topics)` when there is none."""
    batch = changes.batch() if changes is not None else _nothing()
    with batch, store_changes.collect() as collected:
        try:
            value = action()
        except DomainError as exc:
            show_refusal(line, exc)
            return OpResult(False, changes=collected.changes, error=exc)
    done = collected.changes
    if changes is None and refresh is not None and done:
        refresh(set(done))
    return OpResult(True, value, done)


class _nothing:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


class Operations:
    """A page's way to run its operations, handed down to its tabs and dialogs: the notifier (None
    for a page on its own) and, for that case, what reloads the page. `run(action, line=...)`."""

    def __init__(self, *, changes=None, refresh=None):
        self.changes = changes
        self.refresh = refresh

    def run(self, action, *, line=None) -> OpResult:
        return run_op(action, changes=self.changes, line=line, refresh=self.refresh)
