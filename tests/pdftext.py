"""The text and page count of a printed PDF, as poppler's tools read them (Debian: poppler-utils,
which .ci/run installs). The tools are looked up in the system folders, not the PATH, so an
unactivated `.venv/bin/python -m pytest` finds them; a missing tool fails the test that needs it,
naming the package: never a silent skip."""
import shutil
import subprocess
from pathlib import Path

import pytest

SYSTEM_FOLDERS = "/usr/bin:/bin:/usr/local/bin:/opt/homebrew/bin"


def poppler(name: str) -> str:
    """The path of poppler's `name` (pdftotext, pdfinfo, pdftoppm)."""
    exe = shutil.which(name, path=SYSTEM_FOLDERS) or shutil.which(name)
    if exe is None:
        pytest.fail(f"{name} 不可用：请安装 poppler-utils（apt-get install poppler-utils；bash .ci/run 会安装）。")
    return exe


def pdftotext(source, *, layout: bool = True, page: int | None = None) -> str:
    """source: a path or the PDF's bytes. layout=True keeps the page's columns (pdftotext -layout);
    page: only that page (1 is the first)."""
    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    pages = ["-f", str(page), "-l", str(page)] if page else []
    command = [poppler("pdftotext"), "-enc", "UTF-8", *pages, *(["-layout"] if layout else []), "-", "-"]
    return subprocess.run(command, input=data, capture_output=True, check=True).stdout.decode("utf-8")


def pdf_pages(path) -> int:
    """How many pages the PDF at `path` has (pdfinfo)."""
    info = subprocess.run([poppler("pdfinfo"), str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def pdf_words(source) -> str:
    """The text without white space: a wrapped cell, or the gap pdftotext does or does not see
    between 第 and 1, must not decide a test."""
    return "".join(pdftotext(source, layout=False).split())
