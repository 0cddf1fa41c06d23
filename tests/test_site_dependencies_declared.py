"""Everything the code imports is declared in pyproject.toml, so a fresh install from it
works without relying on what another package happens to pull in.

The imports are read from the source (`ast`, as the import gate does): the runtime code
(every installed package, migrations included, and manage.py) needs each third-party
distribution in `[project].dependencies`; the tests may also use the `test` extra. Django
also imports the dotted paths the settings name (INSTALLED_APPS, MIDDLEWARE, backends),
so those count as runtime imports too.
"""

from __future__ import annotations

import ast
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.support import imports

pytestmark = pytest.mark.engine_neutral

ROOT = imports.ROOT
SETTINGS = ROOT / "site" / "settings"


def declared(extra: str | None = None) -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    lines = project["optional-dependencies"][extra] if extra else project["dependencies"]
    return {canonicalize_name(Requirement(line).name) for line in lines}


def first_party() -> set[str]:
    return set(imports.declared_packages(ROOT)) | {"tests"}


def runtime_files() -> list[Path]:
    files = [*ROOT.glob("*.py")]
    for folder in imports.declared_packages(ROOT).values():
        files += [
            path
            for path in folder.rglob("*.py")
            if not {"tests", "__pycache__"} & set(path.relative_to(folder).parts)
        ]
    return sorted(files)


def suite_files() -> list[Path]:
    return sorted(
        path for path in (ROOT / "tests").rglob("*.py") if "__pycache__" not in path.parts
    )


def settings_paths() -> list[tuple[str, Path, int]]:
    """Dotted paths in the settings' string constants whose first part is an installed
    top-level module (`"django_filters"`, `"whitenoise.middleware.WhiteNoiseMiddleware"`)."""
    installed = packages_distributions()
    ours = first_party()
    found = []
    for path in sorted(SETTINGS.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                top = node.value.split(".")[0]
                if node.value.replace(".", "_").isidentifier() and top in set(installed) - ours:
                    found.append((top, path, node.lineno))
    return found


def shown(path: Path) -> Path:
    return path.relative_to(ROOT) if path.is_relative_to(ROOT) else path


def third_party(files: list[Path]) -> dict[str, list[str]]:
    """Top-level third-party module -> where it is imported."""
    ours = first_party()
    found: dict[str, list[str]] = {}
    for path in files:
        for name, line, _kind in imports.external_imports(path):
            if name in ours or name in sys.stdlib_module_names or name == "__future__":
                continue
            found.setdefault(name, []).append(f"{shown(path)}:{line}")
    return found


def undeclared(found: dict[str, list[str]], allowed: set[str]) -> list[str]:
    distributions = packages_distributions()
    missing = []
    for module, where in sorted(found.items()):
        names = {canonicalize_name(name) for name in distributions.get(module, [])}
        if not names:
            missing.append(f"{module} (no installed distribution provides it): {where[0]}")
        elif not names & allowed:
            missing.append(f"{module} ({', '.join(sorted(names))}): {', '.join(where[:3])}")
    return missing


def test_runtime_code_imports_only_declared_dependencies():
    found = third_party(runtime_files())
    for top, path, line in settings_paths():
        found.setdefault(top, []).append(f"{shown(path)}:{line}")
    assert "\n".join(undeclared(found, declared())) == ""


def test_tests_import_only_declared_dependencies_or_the_test_extra():
    assert "\n".join(undeclared(third_party(suite_files()), declared() | declared("test"))) == ""


@pytest.mark.parametrize(("module", "distribution"), [("ninja", "django-ninja")])
def test_the_api_framework_is_a_runtime_dependency(module, distribution):
    assert distribution in declared()
    assert module in third_party(runtime_files())


def test_the_scan_sees_third_party_imports_and_skips_the_rest(tmp_path):
    source = tmp_path / "example.py"
    source.write_text(
        "from __future__ import annotations\nimport json\nimport home.models\n"
        "from . import sibling\ndef later():\n    import polib\n"
    )
    assert list(third_party([source])) == ["polib"]
    names = [name for name, _line, _kind in imports.external_imports(source)]
    assert names == ["__future__", "json", "home", "polib"]
