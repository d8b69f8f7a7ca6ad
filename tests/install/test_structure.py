"""The layers the folders show (README, "The code"): ui → printing → storage, and inside storage the
store-wide operations → the stations' packages → the shared rules → the plumbing. Read from the import
statements themselves (top-level and inside functions alike), so an import hidden in a function
counts: no module may import one above its layer, and no group of modules may import each other in
a circle. Imports sit at the top of a module; one inside a function says why in a comment (a
measured start-up cost, a platform), and every module can be the first one a process imports."""
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("storage", "ui", "printing")
STATIONS = ("reception", "workshop", "parts", "cashier", "care", "reports", "admin", "golive", "demo")


def _modules() -> dict[str, tuple[Path, bool]]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            is_package = parts[-1] == "__init__"
            found[".".join(parts[:-1] if is_package else parts)] = (path, is_package)
    return found


MODULES = _modules()


def _resolve(name: str) -> str | None:
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def _imports(module: str) -> set[str]:
    path, is_package = MODULES[module]
    package = module if is_package else module.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(filter(None, (_resolve(alias.name) for alias in node.names)))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join(base + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            for alias in node.names:
                full = f"{base}.{alias.name}"
                target = full if full in MODULES else _resolve(base)
                if target:
                    found.add(target)
    found.discard(module)
    return found


GRAPH = {module: _imports(module) for module in MODULES}


def _layer(module: str) -> int:
    """Higher imports lower, never the other way."""
    parts = module.split(".")
    if parts[0] == "ui":
        return 9
    if parts[0] == "printing":
        return 8
    if module == "storage":
        return 7  # open_store and friends: the top of storage
    second = parts[1]
    if second == "store":
        return 6
    if second in STATIONS:
        return 5
    if second == "rules":
        return 4 if parts[-1] not in ("errors", "vocabulary") else 2
    if second == "models":
        return 3
    if second == "plumbing":
        # the parts of the plumbing that read or write tables (the others are below the models)
        return 3 if parts[-1] in ("daily", "planner", "audit", "locking", "paging", "session") else 2
    return 5


def test_no_module_imports_a_layer_above_its_own():
    wrong = sorted(f"{m} ({_layer(m)}) → {t} ({_layer(t)})" for m, targets in GRAPH.items() for t in targets
                   if _layer(t) > _layer(m) and not (m == "storage" or t == "storage"))
    assert not wrong, "imports against the layers:\n" + "\n".join(wrong)


def _circles(graph) -> list[list[str]]:
    index, low, stack, on_stack, found, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in graph:
        if v not in index:
            visit(v)
    return found


def test_no_import_circles():
    # A package's __init__ that gathers its own submodules is the package's table of contents, not a
    # circle: its submodules importing each other through it would still show.
    graph = {m: {t for t in targets if not (MODULES[m][1] and t.startswith(m + "."))} for m, targets in GRAPH.items()}
    circles = _circles(graph)
    assert not circles, "modules that import each other in a circle:\n" + "\n".join(" ↔ ".join(c) for c in circles)


def test_the_check_sees_a_circle_and_a_wrong_layer():
    assert _circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _layer("storage.plumbing.db") < _layer("storage.rules.auth") < _layer("storage.cashier.settle") < _layer("ui.kit.format")


def _inner_imports(path: Path) -> list[tuple[int, bool]]:
    """(line, explained) for every import below a module's top level (its top-level try/if included):
    explained when a comment sits on its line or just above the first import of its run of imports."""
    text = path.read_text(encoding="utf-8")
    lines, tree = text.splitlines(), ast.parse(text)
    top = {id(node) for statement in tree.body for node in (
        ast.walk(statement) if isinstance(statement, (ast.If, ast.Try)) else [statement])}
    found = []
    for node in ast.walk(tree):
        for field in ("body", "orelse", "finalbody"):
            run_explained = False
            previous_was_import = False
            statements = getattr(node, field, None)
            for statement in statements if isinstance(statements, list) else []:
                is_import = isinstance(statement, (ast.Import, ast.ImportFrom))
                if is_import and id(statement) not in top:
                    own = "#" in lines[statement.lineno - 1]
                    above = statement.lineno > 1 and lines[statement.lineno - 2].strip().startswith("#")
                    run_explained = own or (run_explained if previous_was_import else above)
                    found.append((statement.lineno, run_explained or own or above))
                previous_was_import = is_import
    return found


def test_imports_sit_at_the_top_or_say_why():
    unexplained = [f"{path.relative_to(ROOT)}:{line}" for path, _ in MODULES.values()
                   if not path.name.startswith("ui_")  # uic's generated forms
                   for line, explained in _inner_imports(path) if not explained]
    assert not unexplained, "imports inside functions with no comment saying why:\n" + "\n".join(unexplained)


def test_the_import_check_sees_an_unexplained_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("import os\n\n\ndef f():\n    import json\n\n\ndef g():\n    # lazy: 200 ms\n"
                      "    import csv\n    import io\n", encoding="utf-8")
    assert _inner_imports(sample) == [(5, False), (10, True), (11, True)]


class _ImportRun:
    """Python's import of one module, played over the source: packages before their submodules, each
    module's top-level statements in order. `from x import name` while x is still running and has not
    bound `name` yet is the ImportError a circle through a package's __init__ gives (a.x imports b.y,
    b's __init__ imports b.z, b.z imports a.x's names), which the graph above does not see."""

    def __init__(self, modules: dict[str, tuple[Path, bool]], trees: dict[str, ast.Module]):
        self.modules, self.trees = modules, trees
        self.state: dict[str, str] = {}  # running | done
        self.bound: dict[str, set[str]] = {}
        self.problems: list[str] = []

    def load(self, name: str) -> None:
        parts = name.split(".")
        for end in range(1, len(parts) + 1):
            prefix = ".".join(parts[:end])
            if prefix in self.modules and prefix not in self.state:
                self._run(prefix)
                if end > 1:  # the package gets its submodule as a name once the submodule is done
                    self.bound.setdefault(".".join(parts[:end - 1]), set()).add(parts[end - 1])

    def _run(self, module: str) -> None:
        self.state[module] = "running"
        names = self.bound.setdefault(module, set())
        _, is_package = self.modules[module]
        package = module if is_package else module.rpartition(".")[0]
        for statement in self.trees[module].body:
            self._statement(module, package, statement, names)
        self.state[module] = "done"

    def _statement(self, module, package, statement, names) -> None:
        if isinstance(statement, ast.Import):
            for alias in statement.names:
                self.load(alias.name)
                names.add(alias.asname or alias.name.split(".")[0])
        elif isinstance(statement, ast.ImportFrom):
            base = statement.module or ""
            if statement.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - (statement.level - 1)] + ([base] if base else []))
            if base.split(".")[0] in PACKAGES:
                self.load(base)
                for alias in statement.names:
                    submodule = f"{base}.{alias.name}"
                    if submodule in self.modules:
                        self.load(submodule)  # found in sys.modules even while it runs
                    elif self.state.get(base) == "running" and alias.name not in self.bound.get(base, set()):
                        self.problems.append(f"{module}: from {base} import {alias.name}, while {base} is still loading")
            names.update(alias.asname or alias.name for alias in statement.names)
        elif isinstance(statement, (ast.If, ast.Try)):
            if isinstance(statement, ast.If) and "TYPE_CHECKING" in ast.unparse(statement.test):
                return
            for field in ("body", "orelse", "finalbody"):
                for inner in getattr(statement, field, []):
                    self._statement(module, package, inner, names)
            for handler in getattr(statement, "handlers", []):
                for inner in handler.body:
                    self._statement(module, package, inner, names)
        elif isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(statement.name)
        else:
            names.update(node.id for node in ast.walk(statement)
                         if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store))


def _first_import_problems(modules: dict[str, tuple[Path, bool]]) -> list[str]:
    trees = {m: ast.parse(path.read_text(encoding="utf-8")) for m, (path, _) in modules.items()}
    problems = []
    for module in sorted(modules):
        run = _ImportRun(modules, trees)
        run.load(module)
        problems.extend(f"importing {module} first: {p}" for p in run.problems)
    return problems


def test_every_module_can_be_imported_first():
    problems = _first_import_problems(MODULES)
    assert not problems, "\n".join(problems)


def test_the_first_import_check_sees_a_circle_through_a_package(tmp_path):
    files = {
        "storage/__init__.py": "",
        "storage/a/__init__.py": "from storage.a import x\n",
        "storage/a/x.py": "from storage.b.y import thing\n\ndef used():\n    pass\n",
        "storage/b/__init__.py": "from storage.b import y, z\n",
        "storage/b/y.py": "thing = 1\n",
        "storage/b/z.py": "from storage.a.x import used\n",
    }
    modules = {}
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        parts = name[:-3].split("/")
        is_package = parts[-1] == "__init__"
        modules[".".join(parts[:-1] if is_package else parts)] = (path, is_package)
    problems = _first_import_problems(modules)
    assert "importing storage.a.x first: storage.b.z: from storage.a.x import used, while storage.a.x is still loading" in problems
    # the module itself, not its name, is the way out: found while it loads
    (tmp_path / "storage/b/z.py").write_text("from storage.a import x\n", encoding="utf-8")
    assert _first_import_problems(modules) == []
