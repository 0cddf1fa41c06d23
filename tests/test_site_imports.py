"""The import gate (tests/support/imports.py) on the project, and on small made-up projects
that show it can fail: no import cycles, deferred or not; a function-level import of a
project module only with a reason beside it; no room importing against the direction of
the Rooms table.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.support import imports
from tests.support.servers import ROOT, base_env

pytestmark = pytest.mark.engine_neutral


@pytest.fixture(scope="module")
def report() -> imports.Report:
    return imports.check()


def shown(edges) -> str:
    return "\n".join(f"{e.where}: {e.source} -> {e.target}" for e in edges)


def test_the_gate_reads_every_declared_package(report):
    assert {"ocp", "home", "programs", "faq", "inquiries"} <= set(report.project.packages)
    assert "ocp.settings.base" in report.project.modules
    assert not [m for m in report.project.modules if ".migrations" in m]


def test_every_app_folder_is_installed_and_placed_in_a_room(report):
    assert report.project.undeclared == []
    assert report.unplaced == []


def test_no_import_cycles(report):
    described = [" -> ".join(cycle.modules) for cycle in report.cycles]
    assert described == []


def test_function_level_project_imports_say_why(report):
    assert shown(report.uncommented) == ""


def test_rooms_import_only_the_rooms_they_depend_on(report):
    assert shown(report.violations) == ""


def test_the_command_exits_with_the_verdict(report, capsys):
    assert imports.main([]) == (1 if report.problems else 0)
    assert f"import gate: {report.problems} problem(s)" in capsys.readouterr().out


# The gate itself, on made-up projects.


def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text))
    return root


PYPROJECT = """\
    [tool.setuptools]
    packages = ["ocp", "home", "faq"]
    package-dir = { "ocp" = "site", "home" = "home", "faq" = "faq" }
"""


def made_up(tmp_path: Path, files: dict[str, str]) -> imports.Report:
    base = {
        "pyproject.toml": PYPROJECT,
        "site/__init__.py": "",
        "home/__init__.py": "",
        "faq/__init__.py": "",
    }
    return imports.check(write(tmp_path, base | files))


def test_a_cycle_through_a_function_level_import_is_found(tmp_path):
    report = made_up(
        tmp_path,
        {
            "home/a.py": "from home import b\n",
            "home/b.py": """\
                def later():
                    from home.a import thing

                    return thing
            """,
        },
    )
    assert [cycle.members for cycle in report.cycles] == [["home.a", "home.b"]]
    assert report.cycles[0].modules == ["home.a", "home.b", "home.a"]
    assert [(e.source, e.target, e.line) for e in report.uncommented] == [("home.b", "home.a", 2)]
    assert imports.main([str(tmp_path)]) == 1


def test_a_longer_cycle_is_shown_by_one_concrete_path(tmp_path):
    report = made_up(
        tmp_path,
        {
            "home/a.py": "import home.b\n",
            "home/b.py": "from . import c\n",
            "home/c.py": "from .a import name\nfrom home import b\n",
        },
    )
    assert [cycle.members for cycle in report.cycles] == [["home.a", "home.b", "home.c"]]
    assert report.cycles[0].modules == ["home.a", "home.b", "home.c", "home.a"]
    assert [e.where.rsplit("/", 1)[-1] for e in report.cycles[0].path] == [
        "a.py:1",
        "b.py:1",
        "c.py:1",
    ]


def test_a_function_level_import_with_a_reason_passes(tmp_path):
    report = made_up(
        tmp_path,
        {
            "home/models.py": "",
            "home/apps.py": """\
                def ready():
                    # The models module needs the app registry, which is ready only now.
                    from home import models

                    from home.models import name  # signal handlers connect on import

                    return models, name
            """,
        },
    )
    assert report.uncommented == []
    assert len(report.commented) == 2
    assert report.problems == 0
    assert imports.main([str(tmp_path)]) == 0


def test_one_reason_covers_the_block_of_imports_below_it_and_no_further(tmp_path):
    report = made_up(
        tmp_path,
        {
            "home/models.py": "",
            "home/signals.py": "",
            "home/views.py": "",
            "home/apps.py": """\
                def ready():
                    # The models and their signal handlers need the app registry.
                    from home import models
                    from home import signals

                    from home import views
                    return models, signals, views
            """,
        },
    )
    assert [(e.target, e.line) for e in report.uncommented] == [("home.views", 6)]
    assert len(report.commented) == 2


def test_a_lint_directive_alone_is_no_reason(tmp_path):
    report = made_up(
        tmp_path,
        {
            "home/models.py": "",
            "home/apps.py": """\
                x = 1  # a comment about the line above, not the import
                def ready():
                    from home import models  # noqa: F401
            """,
        },
    )
    assert [(e.target, e.line) for e in report.uncommented] == [("home.models", 3)]


def test_a_type_checking_import_is_not_a_cycle(tmp_path):
    report = made_up(
        tmp_path,
        {
            "home/a.py": "from home.b import thing\n",
            "home/b.py": """\
                from typing import TYPE_CHECKING

                if TYPE_CHECKING:
                    from home.a import other
                else:
                    other = None

                thing = other
            """,
        },
    )
    assert report.cycles == []
    assert [(e.source, e.target) for e in report.type_checking] == [("home.b", "home.a")]
    assert report.problems == 0


def test_imports_in_if_blocks_and_methods_are_edges_too(tmp_path):
    report = made_up(
        tmp_path,
        {
            "home/a.py": """\
                import sys

                if sys.version_info >= (3, 11):
                    from home import b
            """,
            "home/b.py": """\
                class Thing:
                    def method(self):
                        import home.a  # the registry must be ready first

                        return home.a
            """,
        },
    )
    assert [cycle.members for cycle in report.cycles] == [["home.a", "home.b"]]
    kinds = {(e.source, e.kind) for e in report.edges}
    assert kinds == {("home.a", imports.MODULE), ("home.b", imports.FUNCTION)}


def test_imports_against_the_rooms_direction_are_violations(tmp_path):
    report = made_up(
        tmp_path,
        {
            "site/urls.py": "import faq.models\nimport home.models\n",
            "faq/blocks.py": "from home.blocks import Base\n",
            "faq/models.py": "from ocp import urls\n",
            "home/blocks.py": "Base = object\nfrom faq.models import Item\n",
            "home/models.py": "from faq.blocks import Teaser\nfrom home.blocks import Base\n",
        },
    )
    violations = {(e.source, e.target) for e in report.violations}
    assert violations == {("faq.models", "ocp.urls"), ("home.blocks", "faq.models")}


def test_a_new_app_must_be_installed_and_placed(tmp_path):
    report = made_up(tmp_path, {"newroom/__init__.py": "", "newroom/apps.py": ""})
    assert report.project.undeclared == ["newroom"]
    assert report.unplaced == ["newroom"]
    assert "newroom.apps" in report.project.modules


def test_migrations_and_tests_are_not_read(tmp_path):
    report = made_up(
        tmp_path,
        {
            "home/migrations/0001_initial.py": "import faq\n",
            "home/tests/test_x.py": "import faq\n",
        },
    )
    assert sorted(report.project.modules) == ["faq", "home", "ocp"]


def test_starting_the_site_imports_no_numerical_library():
    """numpy, scipy and openpyxl cost most of a second of CPU at every process start
    (each gunicorn boot, worker and command); only a matching draft and a spreadsheet
    export need them, and import them when they run."""
    probe = (
        "import sys, django; django.setup(); import ocp.urls, ocp.wsgi; "
        "print(sorted({'numpy', 'scipy', 'openpyxl', 'pandas'} & set(sys.modules)))"
    )
    result = subprocess.run(  # noqa: S603 - the project's own interpreter
        [sys.executable, "-c", probe], env=base_env(), cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
