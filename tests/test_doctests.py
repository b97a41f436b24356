"""The examples in the docstrings of every module of the package run and give what they show.

Modules are imported by their package name (`kic_extract.…`), as users import them, rather than
from their path, so each runs once with the package's own imports."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
import pytest

import kic_extract
from conftest import ROOT

#: every module but the `__main__` ones, which run their command when imported
MODULES = sorted(m.name for m in pkgutil.walk_packages(kic_extract.__path__, "kic_extract.")
                 if not m.name.endswith(".__main__"))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, verbose=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples in {name} failed (output above)"


def test_every_package_folder_is_installed():
    tomllib = pytest.importorskip("tomllib")
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"]
    found = ["kic_extract"] + [m.name for m in pkgutil.walk_packages(kic_extract.__path__, "kic_extract.") if m.ispkg]
    assert sorted(declared) == sorted(found)
