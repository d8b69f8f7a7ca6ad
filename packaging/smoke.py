"""Start the built bundle the way a new PC would and prove nothing is missing from it.

    python packaging/smoke.py [dist/fours] [--keep DIR]

In a fresh data folder (FOURS_DATA_DIR), offscreen: `fours --demo --screenshot DIR` must write every
window (each PNG 1366×768 with real content, not a blank or one-colour picture), `fours print` must
render documents with the embedded font (pdftotext finds the Chinese when poppler is installed),
and `fours check` must pass. Prints each step's time and the bundle's size. Exit code 0 when all is
well. Runs with any Python that has PySide6 (to read the PNGs), e.g. the CI's virtual environment.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

STATIONS = ("reception", "workshop", "parts", "cashier", "care", "manager")
REQUIRED = ("login", "wizard", "wizard-server", "wizard-store", *(f"main-{s}" for s in STATIONS), "settings", "settings-printers")
DOCUMENTS = ("customer-archive", "work-order", "receipt")
SCREEN = (1366, 768)
MIN_COLOURS = 12  # a page of widgets and Chinese text has dozens; a blank or failed render has 1–3


def run(step: str, command: list, env: dict, timeout: int = 600) -> subprocess.CompletedProcess:
    started = time.monotonic()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout)
    print(f"  {step}: exit {done.returncode} in {time.monotonic() - started:.1f} s")
    if done.returncode != 0:
        print(done.stdout[-3000:], done.stderr[-3000:], sep="\n", file=sys.stderr)
    return done


def picture_problem(path: Path) -> str | None:
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    if image.isNull():
        return "not a readable image"
    if (image.width(), image.height()) != SCREEN:
        return f"size {image.width()}×{image.height()}, expected {SCREEN[0]}×{SCREEN[1]}"
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    if len(colours) < MIN_COLOURS:
        return f"only {len(colours)} colours: blank or not drawn"
    return None


def bundle_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", nargs="?", default="dist/fours")
    parser.add_argument("--keep", metavar="DIR", help="keep the screenshots and PDFs in DIR")
    args = parser.parse_args(argv)
    bundle = Path(args.bundle).resolve()
    exe = bundle / ("fours.exe" if os.name == "nt" else "fours")
    if not exe.is_file():
        print(f"no executable at {exe}: build it first (bash packaging/build.sh)", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="fours-smoke-"))
    out = Path(args.keep).resolve() if args.keep else work / "out"
    out.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "FOURS_", "VIRTUAL_ENV"))}
    env.update(QT_QPA_PLATFORM="offscreen", FOURS_DATA_DIR=str(work / "data"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    problems = []
    try:
        print(f"smoke test of {exe} (data folder {work / 'data'})")
        shots = out / "screenshots"
        if run("--demo --screenshot", [str(exe), "--demo", "--screenshot", str(shots)], env).returncode != 0:
            problems.append("the screenshot run failed")
        written = sorted(shots.glob("*.png")) if shots.is_dir() else []
        names = {p.stem for p in written}
        problems += [f"missing screenshot {name}.png" for name in REQUIRED if name not in names]
        for path in written:
            problem = picture_problem(path)
            print(f"    {path.name}: {path.stat().st_size // 1024} KB{'  ' + problem if problem else ''}")
            if problem:
                problems.append(f"{path.name}: {problem}")
        demo_db = ["--database", f"sqlite:///{(work / 'data' / 'demo.db').as_posix()}"]  # --demo's own file
        for kind in DOCUMENTS:
            pdf = out / f"{kind}.pdf"
            if run(f"print {kind}", [str(exe), *demo_db, "print", kind, "--out", str(pdf)], env).returncode != 0:
                problems.append(f"print {kind} failed")
                continue
            if not pdf.is_file() or pdf.read_bytes()[:5] != b"%PDF-":
                problems.append(f"print {kind} wrote no PDF")
            elif shutil.which("pdftotext"):
                text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
                if "4S" not in text or not any("\u4e00" <= ch <= "\u9fff" for ch in text):
                    problems.append(f"{kind}.pdf: no Chinese text extracted (font missing from the bundle?)")
        if run("check", [str(exe), *demo_db, "check"], env).returncode != 0:
            problems.append("check failed")
        logs = list((work / "data" / "logs").glob("fours.log*"))
        if not logs:
            problems.append("no log file written in the data folder")
    finally:
        shutil.rmtree(work, ignore_errors=True)  # the data folder (and the output unless --keep)
    size, count = bundle_size(bundle)
    print(f"bundle size: {size / 2**20:.0f} MiB in {count} files ({bundle})")
    for problem in problems:
        print(f"PROBLEM: {problem}", file=sys.stderr)
    print("smoke test: " + ("passed" if not problems else f"FAILED ({len(problems)} problems)"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
