"""Packaging: compatible ranges for users, exact pins for CI, and the metadata pip shows."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from .conftest import ROOT

PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def pins() -> dict[str, str]:
    out = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, version = line.split("==")
            out[canonicalize_name(name)] = version
    return out


def requirements() -> list[Requirement]:
    extras = PROJECT["optional-dependencies"]
    return [Requirement(r) for r in [*PROJECT["dependencies"], *extras["cluster"], *extras["static"], *extras["test"]]]


def test_dependencies_are_ranges_and_ci_pins_a_version_inside_each() -> None:
    pinned = pins()
    for requirement in requirements():
        assert not any(s.operator == "==" for s in requirement.specifier), requirement
        assert requirement.specifier, f"{requirement} has no range"
        version = pinned[canonicalize_name(requirement.name)]
        assert requirement.specifier.contains(version), (requirement, version)


def test_ci_installs_the_pins_and_runs_the_readmes_test_command() -> None:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert 'export PIP_CONSTRAINT="$PWD/constraints.txt"' in script
    assert "awk '/^Run the tests:/" in script


def test_the_metadata_names_the_license_and_the_home_page() -> None:
    meta = metadata.metadata("attack-stats")
    assert meta["License-Expression"] == "MIT"
    urls = dict(url.split(", ", 1) for url in meta.get_all("Project-URL") or [])
    assert re.fullmatch(r"https://github\.com/[^/]+/attack-stats", urls["Homepage"])
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")


def test_every_subpackage_of_stats_is_in_the_wheel() -> None:
    # An editable install finds a new subpackage by itself; a wheel carries only the listed ones,
    # so a folder left out installs a tool that fails on its first import.
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts) for init in (ROOT / "stats").rglob("__init__.py")
    }
    assert found, "no packages under stats/"
    assert found <= listed, f"not in [tool.setuptools] packages: {sorted(found - listed)}"
