"""Sphinx configuration: MyST Markdown pages, autodoc, doctest, the furo theme.

Built by ``nox -s docs`` with ``-W -n`` (warnings and broken references fail
the build). Nothing here needs the network.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "_ext"))
# The example plugin package, importable as if installed (plugins.md uses it).
sys.path.insert(0, str(HERE.parent / "examples" / "attribution-example-plugin" / "src"))

import attribution  # noqa: E402

project = "attribution"
author = "The attribution developers"
copyright = "2024, The attribution developers"
release = attribution.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
    "attribution_docs",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]
templates_path: list[str] = []

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

html_theme = "furo"
html_title = f"attribution {release}"
html_static_path: list[str] = []

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_preserve_defaults = True
autodoc_default_options = {"members": True, "show-inheritance": False}

# Only {doctest} / {testcode} blocks in the pages are run by the doctest
# builder; the ``>>>`` examples in docstrings are run by pytest
# (--doctest-modules), so running them here as well would only duplicate.
doctest_test_doctest_blocks = ""
# Doctests run in this directory, so pages can read "bridge.txt" like a reader would.
doctest_global_setup = f"""
import os as _os
import attribution
_cwd = _os.getcwd()
_os.chdir({str(HERE)!r})
"""
doctest_global_cleanup = "_os.chdir(_cwd)"

nitpicky = True
# Types from the standard library and dependencies: there is no intersphinx
# (it would need the network at build time), so these stay plain text.
nitpick_ignore_regex = [
    (r"py:.*", r"(collections\.abc|typing|datetime|_dt|os|pathlib|types|argparse|enum)\..*"),
    (r"py:.*", r"(pluggy|attrs|regex|_regex)(\..*)?"),
    (r"py:class", r"(Iterable|Iterator|Mapping|Callable|Sequence|Any|Path|ModuleType|MappingProxyType)"),
    (r"py:class", r"(PathLike|date|datetime|Enum|PluginManager|Pattern|array)"),
]
