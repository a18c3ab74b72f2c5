"""The one catalogue of user-facing errors.

Every error a user can cause (bad input, a missing file, a broken database) is a
``NewsgraphError``; the CLI prints its message as one line and exits non-zero.
"""

from __future__ import annotations


class NewsgraphError(Exception):
    """An error caused by input or configuration, reported as one line."""

    exit_code = 2


class InputError(NewsgraphError):
    """The input file cannot be read or has the wrong format."""


class StoreError(NewsgraphError):
    """The DuckDB store cannot be opened or written."""


class ModelError(NewsgraphError):
    """A packaged model or dictionary is missing or broken."""
