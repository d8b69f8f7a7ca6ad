"""Regenerate ui_<name>.py from every <name>.ui in this folder with pyside6-uic.

    python -m ui.forms.generate          # rewrite the generated modules
    python -m ui.forms.generate --check  # list the ones that differ, exit 1 if any

uic is this interpreter's PySide6 (storage.plumbing.tools.pyside_tool: no PATH, no activated venv needed); it
runs inside this folder on the bare file name so the header comment does not depend on where the
checkout lives; tests/ui/test_forms_generated.py compares with the same function.
"""
import subprocess
import sys
from pathlib import Path

from storage.plumbing.tools import pyside_tool

FORMS = Path(__file__).resolve().parent


def generated_name(ui_file: Path) -> Path:
    return ui_file.with_name(f"ui_{ui_file.stem}.py")


def uic(ui_file: Path) -> str:
    result = subprocess.run(
        [*pyside_tool("uic"), ui_file.name], cwd=ui_file.parent, capture_output=True, text=True, encoding="utf-8", check=True
    )
    return result.stdout


def main(argv=None) -> int:
    check = "--check" in (argv if argv is not None else sys.argv[1:])
    stale = []
    for ui_file in sorted(FORMS.glob("*.ui")):
        text = uic(ui_file)
        target = generated_name(ui_file)
        if not target.exists() or target.read_text("utf-8") != text:
            stale.append(target.name)
            if not check:
                target.write_text(text, "utf-8")
    for name in stale:
        print(("differs: " if check else "written: ") + name)
    return 1 if check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
