"""Dependency floors: the framework releases below these have published security fixes
that this site relies on, so neither the installed set, the lock nor a fresh install from
pyproject.toml may go below them. Raise a floor when a new security release comes out.
"""

from __future__ import annotations

import tomllib
from importlib.metadata import version
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.version import Version

pytestmark = pytest.mark.engine_neutral

ROOT = Path(__file__).resolve().parent.parent

SAFE_FLOORS = {
    "django": Version("5.2.19"),
    "wagtail": Version("8.0.1"),
    "wagtail-localize": Version("1.14.5"),
}


def declared() -> dict[str, SpecifierSet]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    requirements = (Requirement(line) for line in project["dependencies"])
    return {req.name.lower(): req.specifier for req in requirements}


def locked() -> dict[str, Version]:
    pins = {}
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        if "==" in line and not line.startswith("#"):
            name, _, pinned = line.partition("==")
            pins[name.strip().lower()] = Version(pinned.strip())
    return pins


@pytest.mark.parametrize("name", sorted(SAFE_FLOORS))
def test_installed_framework_is_at_least_the_safe_release(name):
    assert Version(version(name)) >= SAFE_FLOORS[name]


@pytest.mark.parametrize("name", sorted(SAFE_FLOORS))
def test_lock_pins_at_least_the_safe_release(name):
    assert locked()[name] >= SAFE_FLOORS[name]


@pytest.mark.parametrize("name", sorted(SAFE_FLOORS))
def test_pyproject_refuses_every_release_below_the_floor(name):
    """The declared range must exclude the last release before the floor, so an
    install without the lock cannot pick a vulnerable one."""
    specifier = declared()[name]
    floor = SAFE_FLOORS[name]
    major, minor, micro = floor.major, floor.minor, floor.micro
    below = [Version(f"{major}.{minor}.{m}") for m in range(micro)]
    below += [Version(f"{major}.{minor - 1}.99")] if minor else []
    assert floor in specifier
    assert not [str(v) for v in below if v in specifier]
