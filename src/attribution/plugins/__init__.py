"""Builtin plugins. Each is an ordinary ``@hookimpl`` module using only the public API."""
