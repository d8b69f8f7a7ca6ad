"""The text of a printed PDF, as poppler's pdftotext reads it (Debian: poppler-utils, which .ci/run
installs). A missing pdftotext fails the test that needs it, naming the package: never a silent skip."""
import shutil
import subprocess
from pathlib import Path

import pytest


def pdftotext(source, *, layout: bool = True) -> str:
    """source: a path or the PDF's bytes. layout=True keeps the page's columns (pdftotext -layout)."""
    exe = shutil.which("pdftotext", path="/usr/bin:/bin:/usr/local/bin")
    if exe is None:
        pytest.fail("pdftotext 不可用：请安装 poppler-utils（apt-get install poppler-utils；bash .ci/run 会安装）。")
    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    command = [exe, "-enc", "UTF-8", *(["-layout"] if layout else []), "-", "-"]
    return subprocess.run(command, input=data, capture_output=True, check=True).stdout.decode("utf-8")
