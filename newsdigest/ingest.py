"""Find and read inputs: files, directories (recursive, sorted), standard input, JSONL records.

Reading yields :class:`Source` records or :class:`InputError` values, in order, so that one
bad input never stops the others.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from newsdigest.errors import InputError
from newsdigest.models import Source

DEFAULT_MAX_BYTES = 20_000_000
STDIN_NAME = "<stdin>"


def _read_limited(stream: BinaryIO, name: str, max_bytes: int) -> bytes:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(name, f"larger than --max-bytes ({max_bytes} bytes)")
    return data


def read_file(path: str, max_bytes: int) -> bytes:
    """Read one file as bytes, refusing what is too large or not a file."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise InputError(path, "no such file or directory") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as exc:
        raise InputError(path, exc.strerror or str(exc)) from None
    if stat.S_ISREG(st.st_mode) and st.st_size > max_bytes:
        raise InputError(path, f"larger than --max-bytes ({st.st_size} > {max_bytes} bytes)")
    if not (stat.S_ISREG(st.st_mode) or stat.S_ISFIFO(st.st_mode) or stat.S_ISCHR(st.st_mode)):
        raise InputError(path, "not a regular file")
    try:
        with open(path, "rb") as fh:
            return _read_limited(fh, path, max_bytes)
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory") from None
    except OSError as exc:
        raise InputError(path, exc.strerror or str(exc)) from None


def expand_paths(paths: Iterable[str]) -> Iterator[str | InputError]:
    """Expand directories recursively in sorted path order; keep files and ``-`` as given.

    Hidden files and folders inside a directory are skipped; symbolic-link loops are
    reported once rather than followed forever.
    """
    for path in paths:
        if path == "-":
            yield path
            continue
        if os.path.isdir(path):
            yield from _walk(path)
        elif os.path.lexists(path) and not os.path.exists(path):
            yield InputError(path, "broken symbolic link (or a link loop)")
        else:
            yield path


def _walk(top: str) -> Iterator[str | InputError]:
    seen: set[tuple[int, int]] = set()
    stack = [top]
    while stack:
        folder = stack.pop()
        try:
            st = os.stat(folder)
        except OSError as exc:
            yield InputError(folder, exc.strerror or "cannot be read")
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen:
            yield InputError(folder, "symbolic-link loop, not followed")
            continue
        seen.add(key)
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield InputError(folder, exc.strerror or "cannot be listed")
            continue
        subdirs: list[str] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            full = os.path.join(folder, entry.name)
            try:
                is_dir = entry.is_dir(follow_symlinks=True)
            except OSError:
                is_dir = False
            if is_dir:
                subdirs.append(full)
                continue
            try:
                regular = entry.is_file(follow_symlinks=True)
            except OSError:
                regular = False
            if entry.is_symlink() and not os.path.exists(full):
                yield InputError(full, "broken symbolic link (or a link loop)")
            elif not regular:
                yield InputError(full, "not a regular file, skipped")
            else:
                yield full
        # Files of a folder first, then its subfolders, each in name order: the sorted path
        # order a user sees in `find | sort` for the common flat case.
        stack.extend(reversed(subdirs))


def _field(obj: dict, key: str) -> str | None:
    value = obj.get(key)
    return str(value) if isinstance(value, (str, int, float)) and value != "" else None


def _jsonl_sources(data: bytes, name: str, kind: str) -> Iterator[Source | InputError]:
    seen: dict[str, int] = {}
    for lineno, raw in enumerate(data.splitlines(), start=1):
        where = f"{name}:{lineno}"
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except (ValueError, RecursionError) as exc:
            yield InputError(where, f"not valid JSON ({str(exc)[:80]})")
            continue
        if not isinstance(obj, dict):
            yield InputError(where, "a JSONL record must be an object")
            continue
        body = obj.get("text")
        body_kind = "text" if kind == "auto" else kind
        if body is None and obj.get("html") is not None:
            body = obj.get("html")
            body_kind = "html"
        if body is None:
            yield InputError(where, 'record has no "text" (or "html") field')
            continue
        if not isinstance(body, str):
            yield InputError(where, f'"text" must be a string, not {type(body).__name__}')
            continue
        rid = obj.get("id")
        rid = str(rid) if rid is not None and not isinstance(rid, (dict, list)) else where
        if rid in seen:
            seen[rid] += 1
            rid = f"{rid}#{seen[rid]}"
        else:
            seen[rid] = 1

        yield Source(
            id=rid,
            path=name if name != STDIN_NAME else None,
            text=body,
            kind=body_kind,
            title=_field(obj, "title"),
            date=_field(obj, "date"),
            source=_field(obj, "source"),
            url=_field(obj, "url"),
        )


def load_bytes(source: Source, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a file source, read now (sources from paths are read lazily, in workers)."""
    if source.data is not None:
        return source.data
    if source.path is None:
        return b""
    return read_file(source.path, max_bytes)


def iter_sources(
    paths: Iterable[str],
    input_format: str = "auto",
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
) -> Iterator[Source | InputError]:
    """Yield every input as a :class:`Source`, or an :class:`InputError` naming it.

    Files are not read here (their ``data`` is None; see :func:`load_bytes`) so that a
    folder of thousands of files costs no memory up front and workers read in parallel.
    Standard input and JSONL files are read at once.
    """
    for item in expand_paths(paths):
        if isinstance(item, InputError):
            yield item
            continue
        if item == "-" or input_format == "jsonl":
            name = STDIN_NAME if item == "-" else item
            try:
                if item == "-":
                    stream = stdin if stdin is not None else sys.stdin.buffer
                    data = _read_limited(stream, name, max_bytes)
                else:
                    data = read_file(item, max_bytes)
            except InputError as exc:
                yield exc
                continue
            if input_format == "jsonl":
                yield from _jsonl_sources(data, name, "auto")
            else:
                yield Source(id=name, path=None, data=data, kind=input_format)
            continue
        yield Source(id=item, path=item, data=None, kind=input_format)
