"""Errors that name one input and say why it was skipped."""

from __future__ import annotations


class InputError(Exception):
    """One input could not be processed; the run goes on with the others.

    Printed as ``newsdigest: NAME: reason`` on standard error; the run ends with status 1.
    Picklable, so worker processes can hand it back to the parent.
    """

    fatal = True

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        return (type(self), (self.name, self.reason))


class InputWarning(InputError):
    """Something about one input worth saying that does not stop it being processed
    (a duplicated JSONL id, for example); does not change the exit status."""

    fatal = False


class UsageError(Exception):
    """The command line itself is wrong (exit status 2)."""
