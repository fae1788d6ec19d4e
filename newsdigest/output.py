"""Where output goes: standard output or a file written atomically (temporary file, rename)."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from typing import TextIO


@contextlib.contextmanager
def open_output(path: str | None) -> Iterator[TextIO]:
    """Yield the stream to write to. For a file, nothing appears at ``path`` until the run
    ends without an exception; an interrupted run leaves the old file (or none) in place.
    The new file gets the usual permissions (0666 less the umask), not the temporary's 0600."""
    if path is None or path == "-":
        yield sys.stdout
        return
    if os.path.isdir(path):
        raise IsADirectoryError(21, "is a directory", path)
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".newsdigest-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def quiet_broken_pipe() -> None:
    """After EPIPE (``| head -1``), point stdout at /dev/null so the exit flush is silent."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
