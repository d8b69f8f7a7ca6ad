"""The windows of the after-sales department: Qt only, no rules. Every decision is a storage call.

Layouts are Qt Designer forms in ui/forms/*.ui; their generated Python (ui/forms/ui_*.py) is
committed and never edited by hand. Each dialog or page is a hand-written class beside them.
"""
