"""The layers the folders show (README, "The code"): ui → printing → storage, and inside storage the
store-wide operations → the stations' packages → the shared rules → the plumbing. Read from the import
statements themselves (top-level and inside functions alike), so an import hidden in a function
counts: no module may import one above its layer, and no group of modules may import each other in
a circle."""
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
