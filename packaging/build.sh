#!/usr/bin/env bash
# Build the one-folder bundle dist/fours/ with PyInstaller (packaging/fours.spec) and report time
# and size. Run it with the Python that has requirements-build.txt installed:
#     bash packaging/build.sh [PYTHON]          (default: .venv/bin/python, else python3)
# On Windows the same spec builds dist\fours\fours.exe (see README, "Building the bundle").
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${1:-}
if [[ -z "$PYTHON" ]]; then
    if [[ -x .venv/bin/python ]]; then PYTHON=.venv/bin/python; else PYTHON=python3; fi
fi

# The bundle ships the generated forms and the compiled translations as they are in the tree:
# refuse to package forms that drifted from their .ui files.
"$PYTHON" -m ui.forms.generate --check

started=$SECONDS
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/fours.spec
echo "bundle built in $((SECONDS - started)) s: $(du -sh dist/fours | cut -f1) in $(find dist/fours -type f | wc -l) files"
