"""The committed ui/forms/ui_<name>.py must be exactly what pyside6-uic makes from ui/forms/<name>.ui.

Regenerate with `python -m ui.forms.generate` after editing a form. Only the line naming the uic
version may differ, so a newer Qt's uic does not fail the suite by itself.
"""
from pathlib import Path

import pytest

from ui.forms.generate import uic

FORMS = Path(__file__).resolve().parents[2] / "ui" / "forms"
UI_FILES = sorted(FORMS.glob("*.ui"))


def _without_version(text: str) -> list[str]:
    return [line for line in text.splitlines() if not line.startswith("## Created by: Qt User Interface Compiler")]


def test_there_are_forms():
    assert UI_FILES, "no .ui files found in ui/forms"


@pytest.mark.parametrize("ui_file", UI_FILES, ids=[f.name for f in UI_FILES])
def test_generated_module_matches_form(ui_file):
    generated = ui_file.with_name(f"ui_{ui_file.stem}.py")
    assert generated.exists(), f"{generated.name} missing: run python -m ui.forms.generate"
    # uic runs in the forms folder on the bare name, as ui/forms/generate.py does, so the header is stable.
    fresh = uic(ui_file)
    committed = generated.read_text("utf-8")
    assert _without_version(committed) == _without_version(fresh), (
        f"{generated.name} differs from what pyside6-uic makes of {ui_file.name}: run python -m ui.forms.generate"
    )
