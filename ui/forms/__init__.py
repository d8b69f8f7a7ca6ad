"""Qt Designer forms (*.ui) and the Python pyside6-uic generates from them (ui_*.py, never edit).

Regenerate after changing a form:  python -m ui.forms.generate
"""
