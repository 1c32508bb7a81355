"""Build plugin managers. There is no module-level manager: call the factory."""

from __future__ import annotations

import importlib
import importlib.metadata
import warnings
from collections.abc import Iterable
from types import ModuleType

import pluggy

from attribution import hookspecs

PROJECT = "attribution"

hookimpl = pluggy.HookimplMarker(PROJECT)

#: Builtin plugins, registered in this order under these names before any
#: entry-point plugin. Later registrations are called first by pluggy.
BUILTIN_PLUGINS: tuple[tuple[str, str], ...] = (
    ("cues", "attribution.plugins.cues"),
    ("quotes", "attribution.plugins.quotes"),
    ("reported", "attribution.plugins.reported"),
    ("speakers", "attribution.plugins.speakers"),
    ("dates", "attribution.plugins.dates"),
    ("corpus", "attribution.plugins.corpus"),
)


def _import_optional(module: str) -> ModuleType | None:
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        # A builtin that is not part of this build (yet) is simply absent;
        # any other missing module is a real error.
        if exc.name == module:
            return None
        raise


def make_plugin_manager(
    plugins: Iterable[object] = (),
    *,
    block: Iterable[str] = (),
    builtins: bool = True,
    entrypoints: bool = True,
) -> pluggy.PluginManager:
    """A fresh plugin manager with the hook specs added.

    Builtins are registered first, then ``plugins`` (objects or modules with
    ``@hookimpl`` functions, registered under their ``__name__`` or class
    name), then setuptools entry points of the group ``attribution``. Names in
    ``block`` are never registered: builtins by their short names (``quotes``,
    ``reported``, ``speakers``, ``dates``, ``cues``), entry points by their
    entry-point name.
    """
    pm = pluggy.PluginManager(PROJECT)
    pm.add_hookspecs(hookspecs)
    for name in block:
        pm.set_blocked(name)
    if builtins:
        for name, module in BUILTIN_PLUGINS:
            if pm.is_blocked(name):
                continue
            mod = _import_optional(module)
            if mod is not None:
                pm.register(mod, name=name)
    for plugin in plugins:
        name = getattr(plugin, "__name__", None) or type(plugin).__name__
        if pm.is_blocked(name):
            continue
        if pm.get_plugin(name) is not None:
            name = f"{name}-{id(plugin)}"
        pm.register(plugin, name=name)
    if entrypoints:
        _load_entrypoints(pm)
    pm.check_pending()
    return pm


def _load_entrypoints(pm: pluggy.PluginManager) -> None:
    """Load the ``attribution`` entry points one by one, in discovery order.

    pluggy's loader stops at the first entry point that fails to import,
    which would leave every other plugin (and the builtins' users) with no
    extractor at all; a broken third-party install is reported with a
    warning and skipped instead.
    """
    seen: dict[str, str] = {}
    for dist in importlib.metadata.distributions():
        for ep in dist.entry_points:
            if ep.group == PROJECT:
                seen.setdefault(ep.name, ep.value)
    for name, value in seen.items():
        try:
            pm.load_setuptools_entrypoints(PROJECT, name=name)
        except Exception as exc:  # reported, then the other plugins load
            warnings.warn(
                f"attribution: plugin {name!r} ({value}) could not be loaded and is skipped: "
                f"{type(exc).__name__}: {exc}",
                RuntimeWarning,
                stacklevel=3,
            )


def plugin_names(pm: pluggy.PluginManager) -> tuple[str, ...]:
    """Registered plugin names in registration order."""
    return tuple(name for name, plugin in pm.list_name_plugin() if plugin is not None)
