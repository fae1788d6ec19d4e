"""Errors that name one input and say why it was skipped."""

from __future__ import annotations


class InputError(Exception):
    """One input could not be processed; the run goes on with the others."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


class UsageError(Exception):
    """The command line itself is wrong (exit status 2)."""
