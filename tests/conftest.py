"""Shared fixtures. Keep this small: other test modules rely on it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pluggy
import pytest

from attribution import make_plugin_manager

#: Test data that must never be copied into the project (see the common brief);
#: tests only read it, and skip when it is absent.
SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture
def bare_pm() -> pluggy.PluginManager:
    """A plugin manager with no builtins and no entry points."""
    return make_plugin_manager(builtins=False, entrypoints=False)


@pytest.fixture
def write_file(tmp_path: Path) -> Callable[..., Path]:
    """Write ``data`` (str as UTF-8, or bytes) to ``tmp_path / name`` and return the path."""

    def write(name: str, data: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, str):
            path.write_bytes(data.encode("utf-8"))
        else:
            path.write_bytes(data)
        return path

    return write
