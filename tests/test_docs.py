"""The README documents every make target and command-line option there is."""

from __future__ import annotations

import re

from kic_extract.cli import build_parser

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_starts_with_the_two_commands():
    first_screen = "\n".join(README.splitlines()[:15])
    assert "make run" in first_screen and "make test" in first_screen


def test_every_make_target_is_documented():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    targets = re.findall(r"^([a-z][a-z-]*):.*?## ", makefile, flags=re.M)
    assert {"run", "test", "bench", "help", "clean"} <= set(targets)
    for target in targets:
        assert f"make {target}" in README, target


def test_every_command_and_option_is_documented():
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    for name, sub in subparsers.choices.items():
        assert f"python -m kic_extract {name}" in README, name
        for action in sub._actions:
            for flag in action.option_strings:
                if flag.startswith("--") and flag != "--help":
                    assert flag in README, f"{name} {flag}"


def test_ci_runs_the_readme_test_command():
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_readme_pandas_examples_run(monkeypatch):
    monkeypatch.chdir(ROOT)
    blocks = re.findall(r"```python\n(.*?)```", README, flags=re.S)
    assert blocks
    namespace: dict = {}
    for block in blocks:
        exec(compile(block, "README.md", "exec"), namespace)
    assert len(namespace["sections"]) == 11
    assert namespace["icbc"].groupby("role").size().to_dict() == {"incubator": 16, "service_center": 11}
    ranked = namespace["exact"][namespace["exact"].metric == "gdp"].sort_values("rank")
    assert ranked["region_zh"].tolist()[:5] == ["广东", "江苏", "山东", "浙江", "河南"]
