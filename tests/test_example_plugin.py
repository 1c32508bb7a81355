"""The example third-party plugin in examples/ works through its entry point, end to end.

Nothing is installed into the test environment: the entry point is simulated
with a real ``*.dist-info`` directory (METADATA and entry_points.txt written
from the example's pyproject.toml) on ``sys.path``, which is exactly what
``importlib.metadata`` (and so pluggy) sees after ``pip install``. A real
``pip install`` runs only when ``ATTRIBUTION_TEST_INSTALL=1`` (it builds a
wheel, which needs hatchling from PyPI).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from attribution import Extractor, make_plugin_manager, plugin_names

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "attribution-example-plugin"
DOCS = ROOT / "docs"
SRC = EXAMPLE / "src"
MODULE = "attribution_example_plugin"
TEXT = "Springfield, Monday.\n\nThe bridge will open in May, per the city council.\n"


def _entry_points(pyproject: Path) -> dict[str, str]:
    """The ``[project.entry-points.attribution]`` table of a pyproject.toml."""
    text = pyproject.read_text(encoding="utf-8")
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10: the one table we need is simple
        table = re.search(r"^\[project\.entry-points\.attribution\]\n(.*?)(?:^\[|\Z)", text, re.M | re.S)
        assert table is not None
        return dict(re.findall(r'^(\S+)\s*=\s*"([^"]+)"', table.group(1), re.M))
    data = tomllib.loads(text)
    return dict(data["project"]["entry-points"]["attribution"])


def _fake_install(site: Path) -> Path:
    """Write the dist-info pip would write for the example into ``site``."""
    entry_points = _entry_points(EXAMPLE / "pyproject.toml")
    dist_info = site / "attribution_example_plugin-0.1.0.dist-info"
    dist_info.mkdir(parents=True)
    (dist_info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: attribution-example-plugin\nVersion: 0.1.0\n", encoding="utf-8"
    )
    lines = ["[attribution]", *(f"{name} = {value}" for name, value in entry_points.items()), ""]
    (dist_info / "entry_points.txt").write_text("\n".join(lines), encoding="utf-8")
    return site


@pytest.fixture
def installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The example plugin visible to importlib.metadata, as if pip-installed."""
    site = _fake_install(tmp_path / "site")
    monkeypatch.syspath_prepend(str(SRC))
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.delitem(sys.modules, MODULE, raising=False)
    return site


def test_pyproject_declares_the_entry_point() -> None:
    assert _entry_points(EXAMPLE / "pyproject.toml") == {"example": MODULE}


def test_entry_point_is_loaded_by_the_plugin_manager(installed: Path) -> None:
    pm = make_plugin_manager()
    assert plugin_names(pm)[-1] == "example"
    plugin = pm.get_plugin("example")
    assert plugin.__name__ == MODULE
    # pluggy records which distribution the plugin came from.
    assert [dist.project_name for _, dist in pm.list_plugin_distinfo()] == ["attribution-example-plugin"]


def test_entry_point_plugin_contributes_cue_verb_and_claims(installed: Path) -> None:
    extractor = Extractor()
    entry = extractor.lexicon.lookup("opined")
    assert entry is not None and entry.lemma == "opine"
    result = extractor.extract(TEXT)
    assert not result.errors
    claims = [c for c in result.claims if c.extractor == "example"]
    assert [c.text for c in claims] == ["The bridge will open in May"]
    assert claims[0].cue is not None and claims[0].cue.lemma == "per"


def test_entry_point_plugin_can_be_blocked(installed: Path) -> None:
    assert "example" not in plugin_names(make_plugin_manager(block=["example"]))
    assert "example" not in plugin_names(make_plugin_manager(entrypoints=False))


def _python(site: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(site), str(SRC), env.get("PYTHONPATH")) if p)
    return subprocess.run(
        [sys.executable, *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_command_line_sees_the_entry_point_plugin(tmp_path: Path) -> None:
    site = _fake_install(tmp_path / "site")
    listing = _python(site, "-m", "attribution", "--list-plugins")
    assert listing.returncode == 0, listing.stderr
    assert re.search(
        rf"^example\s+{MODULE}\s+attribution_cue_verbs, attribution_extract$", listing.stdout, re.M
    )

    out = _python(site, "-m", "attribution", "extract", "-", "--format", "json", stdin=TEXT)
    assert out.returncode == 0, out.stderr
    claims = json.loads(out.stdout)["claims"]
    assert any(c["extractor"] == "example" and c["cue"]["lemma"] == "per" for c in claims)

    blocked = _python(site, "-m", "attribution", "extract", "-", "--block", "example", stdin=TEXT)
    assert blocked.returncode == 0, blocked.stderr
    assert all(c["extractor"] != "example" for c in json.loads(blocked.stdout)["claims"])


def test_the_example_plugins_own_tests_pass() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(EXAMPLE / "tests")],
        capture_output=True,
        text=True,
        cwd=EXAMPLE,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.skipif(
    os.environ.get("ATTRIBUTION_TEST_INSTALL") != "1", reason="set ATTRIBUTION_TEST_INSTALL=1 to pip-install"
)
def test_real_pip_install(tmp_path: Path) -> None:
    site = tmp_path / "site"
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(site), str(EXAMPLE)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    env = dict(os.environ, PYTHONPATH=str(site))
    listing = subprocess.run(
        [sys.executable, "-m", "attribution", "--list-plugins"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert re.search(rf"^example\s+{MODULE}\s", listing.stdout, re.M), listing.stdout + listing.stderr
