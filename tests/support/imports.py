"""The import gate: how the project's modules import each other, read from the source.

Every module of the packages that pyproject.toml installs (`[tool.setuptools]`), plus any
top-level folder with an `apps.py`, is parsed with `ast` (nothing is imported, so a broken
or circular module is still read). Migrations and tests are left out. Each import of a
project module becomes an edge of a graph, wherever it sits: at module level (also inside
`if`/`try` blocks and class bodies, which run at import time), inside a function or method,
or under `if TYPE_CHECKING:`. The gate reports

- cycles: every strongly connected component of the graph of module-level and
  function-level imports, with one concrete cycle through it (`TYPE_CHECKING` imports never
  run, so they are listed apart and do not count);
- function-level imports of a project module without a comment, on the same line or the
  line above (or above the block of imports it belongs to), saying why the import cannot
  sit at the top of the module;
- imports that go against the rooms' dependency direction (`ROOMS` below, the Rooms table
  of the architecture document), wherever they sit: a type-only import is a dependency too;
- an app folder (`apps.py`) that pyproject.toml does not install, or a room not in `ROOMS`.

`python -m tests.support.imports` prints the report and exits 1 when it finds a problem;
`.ci/run` and `make lint` run it, and tests/test_site_imports.py asserts it is clean.

An edge points at the module the statement names: `import a.b.c` and `from a.b import c`
(when `c` is a submodule) point at `a.b.c`. Python also runs the `__init__` of `a` and
`a.b` on the way, but it tolerates a package that is still initialising while its
submodules load, so parent packages are not edges of their own; a statement that takes a
name from a package (`from a.b import name`) points at the package.
"""

from __future__ import annotations

import ast
import io
import re
import sys
import tokenize
import tomllib
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# The rooms and what each may import, besides itself (docs: ARCHITECTURE.md, "Rooms").
# A room missing from the table is a problem of its own, so a new app has to be placed.
ROOMS: dict[str, frozenset[str]] = {
    "ocp": frozenset({"*"}),  # the site wires everything together; nothing imports it
    "inquiries": frozenset({"leads", "home", "programs", "faq", "accounts"}),
    "participants": frozenset({"inquiries", "leads", "home"}),
    "staticsite": frozenset({"home", "programs", "faq", "inquiries"}),
    "frontends": frozenset({"staticsite", "home"}),
    "leads": frozenset({"home"}),
    "programs": frozenset({"home"}),
    "faq": frozenset({"home"}),
    "accounts": frozenset({"home"}),
    "home": frozenset(),
}

# Single modules allowed an import that their room may not make: HomePage (home.models)
# puts the programs' and the FAQ's blocks in its body, which is why BasePage lives in a
# module that needs no blocks. The content loader (home.seed) builds every room's pages and
# snippets from home/content/. Keys and values match the module and its submodules.
EXCEPTIONS: dict[str, frozenset[str]] = {
    "home.models": frozenset({"faq.blocks", "programs.blocks"}),
    "home.seed": frozenset({"faq.models", "programs.models", "inquiries.models"}),
}

SKIPPED_DIRS = {"migrations", "tests", "__pycache__", "node_modules", "static", "templates"}

# Comment directives that are not a reason on their own.
_DIRECTIVE = re.compile(
    r"(noqa(:\s*[A-Z]+[0-9]+(\s*,\s*[A-Z]+[0-9]+)*)?|type:\s*ignore(\[[^\]]*\])?"
    r"|pragma:[^-]*|fmt:\s*\w+|isort:\s*\w+)",
    re.IGNORECASE,
)

MODULE, FUNCTION, TYPE_CHECKING = "module", "function", "type-checking"


@dataclass(frozen=True)
class Import:
    """One import statement's edge from a module to a module (project or not)."""

    source: str  # importing module
    target: str  # imported module (dotted)
    path: Path
    line: int
    kind: str  # MODULE, FUNCTION or TYPE_CHECKING
    commented: bool = False  # a reason on the same line or the line above

    @property
    def where(self) -> str:
        try:
            shown = self.path.relative_to(ROOT)
        except ValueError:
            shown = self.path
        return f"{shown}:{self.line}"


@dataclass
class Project:
    """The project's packages: import name -> folder, and every module found in them."""

    root: Path
    packages: dict[str, Path]
    modules: dict[str, Path] = field(default_factory=dict)
    undeclared: list[str] = field(default_factory=list)  # app folders not in pyproject

    def top_names(self) -> set[str]:
        return set(self.packages)


def declared_packages(root: Path) -> dict[str, Path]:
    """Top-level import names and their folders from pyproject's `[tool.setuptools]`."""
    config = tomllib.loads((root / "pyproject.toml").read_text())
    setuptools = config.get("tool", {}).get("setuptools", {})
    package_dir = setuptools.get("package-dir", {})
    names = [name for name in setuptools.get("packages", []) if "." not in name]
    return {name: root / package_dir.get(name, name) for name in names}


def discover(root: Path = ROOT) -> Project:
    packages = declared_packages(root)
    folders = {folder.resolve() for folder in packages.values()}
    project = Project(root=root, packages=packages)
    for apps in sorted(root.glob("*/apps.py")):
        folder = apps.parent
        hidden = folder.name.startswith(".")
        if folder.resolve() not in folders and folder.name not in SKIPPED_DIRS and not hidden:
            packages[folder.name] = folder
            project.undeclared.append(folder.name)
    for name, folder in packages.items():
        for path in sorted(folder.rglob("*.py")):
            parts = path.relative_to(folder).parts
            if any(part in SKIPPED_DIRS or part.startswith(".") for part in parts[:-1]):
                continue
            stem = parts[:-1] if parts[-1] == "__init__.py" else (*parts[:-1], path.stem)
            project.modules[".".join((name, *stem))] = path
    return project


def _comment_lines(source: str) -> dict[int, str]:
    comments = {}
    try:
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            if token.type == tokenize.COMMENT:
                comments[token.start[0]] = token.string
    except (tokenize.TokenError, SyntaxError):
        pass
    return comments


def _is_reason(comment: str) -> bool:
    text = _DIRECTIVE.sub(" ", comment.lstrip("#")).strip(" -:;,.\t")
    return len(re.findall(r"[A-Za-z]{2,}", text)) >= 2


def _is_type_checking(test: ast.expr) -> bool:
    if isinstance(test, ast.Name):
        return test.id == "TYPE_CHECKING"
    return isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"


class _Collector(ast.NodeVisitor):
    """Each import statement with its kind: module level, in a function, TYPE_CHECKING."""

    def __init__(self) -> None:
        self.found: list[tuple[ast.Import | ast.ImportFrom, str]] = []
        self._function = 0
        self._type_checking = 0

    def _kind(self) -> str:
        if self._type_checking:
            return TYPE_CHECKING
        return FUNCTION if self._function else MODULE

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        for child in (*node.decorator_list, *node.args.defaults, *node.args.kw_defaults):
            if child is not None:
                self.visit(child)
        self._function += 1
        for statement in node.body:
            self.visit(statement)
        self._function -= 1

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_If(self, node: ast.If) -> None:
        if _is_type_checking(node.test):
            self._type_checking += 1
            for statement in node.body:
                self.visit(statement)
            self._type_checking -= 1
            for statement in node.orelse:
                self.visit(statement)
        else:
            self.generic_visit(node)

    def visit_Import(self, node: ast.Import) -> None:
        self.found.append((node, self._kind()))

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        self.found.append((node, self._kind()))


def statements(path: Path) -> tuple[list[tuple[ast.Import | ast.ImportFrom, str]], str]:
    """The import statements of one file with their kinds, and its source."""
    source = path.read_text(encoding="utf-8")
    collector = _Collector()
    collector.visit(ast.parse(source, filename=str(path)))
    return collector.found, source


def _package_of(module: str, path: Path) -> str:
    return module if path.name == "__init__.py" else module.rpartition(".")[0]


def _absolute(node: ast.ImportFrom, module: str, path: Path) -> str:
    if not node.level:
        return node.module or ""
    base = _package_of(module, path).split(".")
    base = base[: len(base) - (node.level - 1)] if node.level > 1 else base
    return ".".join([*base, node.module] if node.module else base)


def _longest_module(name: str, modules: dict[str, Path]) -> str | None:
    parts = name.split(".")
    for end in range(len(parts), 0, -1):
        candidate = ".".join(parts[:end])
        if candidate in modules:
            return candidate
    return None


def external_imports(path: Path) -> list[tuple[str, int, str]]:
    """The absolute imports of one file as (top-level name, line, kind), for the
    dependency test: relative imports are always the file's own package."""
    found, _ = statements(path)
    names = []
    for node, kind in found:
        if isinstance(node, ast.Import):
            names.extend((alias.name.split(".")[0], node.lineno, kind) for alias in node.names)
        elif not node.level and node.module:
            names.append((node.module.split(".")[0], node.lineno, kind))
    return names


def module_imports(project: Project, module: str, path: Path) -> list[Import]:
    """The edges from one project module to the project's modules."""
    found, source = statements(path)
    comments = _comment_lines(source)
    lines = source.splitlines()
    tops = project.top_names() | {"tests"}
    edges = []
    for node, kind in found:
        end = node.end_lineno or node.lineno
        # The comment may sit above a block of imports that share the reason.
        row = node.lineno - 2
        while row >= 0 and lines[row].strip().startswith(("from ", "import ")):
            row -= 1
        above = lines[row].strip() if row >= 0 else ""
        commented = any(
            _is_reason(comments[n]) for n in range(node.lineno, end + 1) if n in comments
        )
        commented = commented or (above.startswith("#") and _is_reason(above))
        resolved: set[str] = set()
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            base = _absolute(node, module, path)
            names = []
            takes_a_name = False
            for alias in node.names:
                dotted = f"{base}.{alias.name}" if base else alias.name
                if dotted in project.modules:
                    names.append(dotted)
                else:
                    takes_a_name = True
            if takes_a_name and base:
                names.append(base)
        for name in names:
            if name.split(".")[0] not in tops:
                continue
            target = _longest_module(name, project.modules)
            if target is None and name.split(".")[0] == "tests":
                target = name
            if target is None or target in resolved:
                continue
            resolved.add(target)
            edges.append(Import(module, target, path, node.lineno, kind, commented))
    return edges


def project_imports(project: Project) -> list[Import]:
    edges = []
    for module, path in sorted(project.modules.items()):
        edges.extend(module_imports(project, module, path))
    return edges


def strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's components, iteratively; only those that hold a cycle."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph.get(start, ()))))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1 or node in graph.get(node, ()):
                    components.append(sorted(component))
    return sorted(components)


def shortest_cycle(graph: dict[str, set[str]], members: list[str]) -> list[str]:
    """The shortest cycle through the component's first module, inside the component."""
    inside = set(members)
    start = members[0]
    previous: dict[str, str] = {}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for child in sorted(graph.get(node, ())):
            if child not in inside:
                continue
            if child == start:
                path = [node]
                while path[-1] != start:
                    path.append(previous[path[-1]])
                return [*reversed(path), start]
            if child not in previous:
                previous[child] = node
                queue.append(child)
    return [start, start]


def room_of(module: str) -> str:
    return module.split(".")[0]


def _matches(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


def allowed(source: str, target: str) -> bool:
    room, other = room_of(source), room_of(target)
    if room == other:
        return True
    if other == "tests":
        return False  # runtime code never imports the tests
    rooms = ROOMS.get(room, frozenset())
    if "*" in rooms or other in rooms:
        return True
    return any(
        _matches(source, module) and any(_matches(target, t) for t in permitted)
        for module, permitted in EXCEPTIONS.items()
    )


@dataclass
class Cycle:
    """A strongly connected component: its modules, one cycle, and every edge inside."""

    members: list[str]
    path: list[Import]
    inside: list[Import]

    @property
    def modules(self) -> list[str]:
        return [self.path[0].source, *(edge.target for edge in self.path)]


def _edge(edge: Import) -> str:
    level = " (in a function)" if edge.kind == FUNCTION else ""
    return f"{edge.where}: {edge.source} -> {edge.target}{level}"


@dataclass
class Report:
    project: Project
    edges: list[Import]
    cycles: list[Cycle]
    uncommented: list[Import]
    commented: list[Import]
    type_checking: list[Import]
    violations: list[Import]
    unplaced: list[str]

    @property
    def problems(self) -> int:
        return (
            len(self.cycles)
            + len(self.uncommented)
            + len(self.violations)
            + len(self.unplaced)
            + len(self.project.undeclared)
        )

    def lines(self) -> list[str]:
        out = [
            f"import gate: {len(self.project.modules)} modules in "
            f"{', '.join(sorted(self.project.packages))}; {len(self.edges)} project imports"
        ]
        for name in self.project.undeclared:
            out.append(
                f"UNDECLARED PACKAGE {name}/ has an apps.py but is not in pyproject.toml "
                "[tool.setuptools] packages"
            )
        for room in self.unplaced:
            out.append(f"UNPLACED ROOM {room}: not in the ROOMS table of tests/support/imports.py")
        out.append(f"cycles: {len(self.cycles)}")
        for number, cycle in enumerate(self.cycles, 1):
            out.append(
                f"  cycle {number}: {len(cycle.members)} modules: {', '.join(cycle.members)}"
            )
            out.append(f"    e.g. {' -> '.join(cycle.modules)}")
            out.extend(f"      {_edge(e)}" for e in cycle.path)
            if len(cycle.members) > 2:
                out.append(f"    every import inside the component ({len(cycle.inside)}):")
                out.extend(f"      {_edge(e)}" for e in cycle.inside)
        out.append(f"function-level project imports without a reason: {len(self.uncommented)}")
        out.extend(f"  {e.where}: {e.source} -> {e.target}" for e in self.uncommented)
        out.append(f"function-level project imports with a reason: {len(self.commented)}")
        out.extend(f"  {e.where}: {e.source} -> {e.target}" for e in self.commented)
        out.append(f"layering violations: {len(self.violations)}")
        for e in self.violations:
            level = "" if e.kind == MODULE else f" ({e.kind})"
            out.append(
                f"  {e.where}: {e.source} -> {e.target}{level}: "
                f"{room_of(e.source)} may not import {room_of(e.target)}"
            )
        out.append(f"TYPE_CHECKING imports (not cycles): {len(self.type_checking)}")
        out.extend(f"  {e.where}: {e.source} -> {e.target}" for e in self.type_checking)
        out.append(f"import gate: {self.problems} problem(s)")
        return out


def check(root: Path = ROOT) -> Report:
    project = discover(root)
    edges = project_imports(project)
    running = [e for e in edges if e.kind != TYPE_CHECKING]
    graph: dict[str, set[str]] = {module: set() for module in project.modules}
    first_edge: dict[tuple[str, str], Import] = {}
    for edge in running:
        graph.setdefault(edge.source, set()).add(edge.target)
        key = (edge.source, edge.target)
        # Prefer a module-level line as the example: that is where a cycle is usually cut.
        if key not in first_edge or (first_edge[key].kind == FUNCTION and edge.kind == MODULE):
            first_edge[key] = edge
    cycles = []
    for members in strongly_connected(graph):
        path = shortest_cycle(graph, members)
        inside = set(members)
        cycles.append(
            Cycle(
                members=members,
                path=[first_edge[pair] for pair in zip(path, path[1:], strict=False)],
                inside=[e for e in running if e.source in inside and e.target in inside],
            )
        )
    function_level = [e for e in edges if e.kind == FUNCTION]
    rooms = {room_of(module) for module in project.modules}
    return Report(
        project=project,
        edges=edges,
        cycles=cycles,
        uncommented=[e for e in function_level if not e.commented],
        commented=[e for e in function_level if e.commented],
        type_checking=[e for e in edges if e.kind == TYPE_CHECKING],
        violations=[e for e in edges if not allowed(e.source, e.target)],
        unplaced=sorted(rooms - set(ROOMS)),
    )


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    report = check(Path(args[0]).resolve() if args else ROOT)
    print("\n".join(report.lines()))
    return 1 if report.problems else 0


if __name__ == "__main__":
    sys.exit(main())
