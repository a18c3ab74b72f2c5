"""Errors raised by the actor layer."""

from __future__ import annotations

from newsgraph.errors import ModelError


class ActorDataError(ModelError):
    """An actor dictionary file is missing, unreadable or malformed.

    The message names the file (and line or entry where known), so that the
    CLI can print it as one line.
    """


class ActorBuildError(ActorDataError):
    """A shared source file needed by ``newsgraph.actors.build`` is missing or broken."""
