"""Find and read inputs: files, directories (recursive, sorted), standard input, JSONL records.

Reading yields :class:`Source` records or :class:`InputError` values, in order, so that one
bad input never stops the others.
"""

from __future__ import annotations

import datetime as _dt
import errno
import io
import json
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from newsdigest.encoding import sanitize_text
from newsdigest.errors import InputError, InputWarning
from newsdigest.models import Source

DEFAULT_MAX_BYTES = 20_000_000
STDIN_NAME = "<stdin>"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _read_limited(stream: BinaryIO, name: str, max_bytes: int) -> bytes:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(name, f"larger than --max-bytes ({max_bytes} bytes)")
    return data


def _check_file(path: str, max_bytes: int | None) -> None:
    """Raise InputError unless ``path`` is something to read (a file, FIFO or device) and,
    when ``max_bytes`` is given, a regular file no larger than that."""
    try:
        st = os.stat(path)
    except OSError as exc:
        raise _stat_error(path, exc) from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(path, "is a directory")
    if not (stat.S_ISREG(st.st_mode) or stat.S_ISFIFO(st.st_mode) or stat.S_ISCHR(st.st_mode)):
        raise InputError(path, "not a regular file")
    if max_bytes is not None and stat.S_ISREG(st.st_mode) and st.st_size > max_bytes:
        raise InputError(path, f"larger than --max-bytes ({st.st_size} > {max_bytes} bytes)")


def read_file(path: str, max_bytes: int) -> bytes:
    """Read one file as bytes, refusing what is too large or not a file."""
    _check_file(path, max_bytes)
    try:
        with open(path, "rb") as fh:
            return _read_limited(fh, path, max_bytes)
    except OSError as exc:
        raise _stat_error(path, exc) from None


def _stat_error(path: str, exc: OSError) -> InputError:
    if exc.errno == errno.ELOOP:
        return InputError(path, "symbolic-link loop")
    if isinstance(exc, FileNotFoundError):
        if os.path.islink(path):
            return InputError(path, "broken symbolic link")
        return InputError(path, "no such file or directory")
    if isinstance(exc, PermissionError):
        return InputError(path, "permission denied")
    return InputError(path, exc.strerror or str(exc))


def expand_paths(paths: Iterable[str]) -> Iterator[str | InputError]:
    """Expand directories recursively in sorted path order; keep files and ``-`` as given.

    Inside a directory, entries are visited in name order, each subfolder where its name
    sorts (component-wise sorted path order). Hidden files and folders are skipped;
    anything not a regular file (FIFOs, sockets, devices) is skipped with an error, never
    opened; symbolic-link loops are reported once rather than followed forever. A path named
    explicitly may be a FIFO or a device: the user asked for it.
    """
    for path in paths:
        if path == "-":
            yield path
            continue
        try:
            st = os.stat(path)
        except OSError as exc:
            yield _stat_error(path, exc)
            continue
        if stat.S_ISDIR(st.st_mode):
            yield from _walk(path, {(st.st_dev, st.st_ino)})
        else:
            yield path


def _walk(folder: str, ancestors: set[tuple[int, int]]) -> Iterator[str | InputError]:
    try:
        with os.scandir(folder) as it:
            entries = sorted((e for e in it if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError as exc:
        yield _stat_error(folder, exc)
        return
    for entry in entries:
        full = os.path.join(folder, entry.name)
        try:
            st = os.stat(full)  # follows links
        except OSError as exc:
            yield _stat_error(full, exc)
            continue
        if stat.S_ISDIR(st.st_mode):
            key = (st.st_dev, st.st_ino)
            if key in ancestors:
                yield InputError(full, "symbolic-link loop, not followed")
                continue
            yield from _walk(full, ancestors | {key})
        elif stat.S_ISREG(st.st_mode):
            yield full
        else:
            what = "a FIFO" if stat.S_ISFIFO(st.st_mode) else "not a regular file"
            yield InputError(full, f"{what}, skipped")


def _field(obj: dict, key: str) -> str | None:
    value = obj.get(key)
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    text = sanitize_text(str(value)).strip()
    return text or None


def _jsonl_lines(stream: BinaryIO, name: str, max_bytes: int) -> Iterator[tuple[int, bytes | InputError]]:
    """Lines of a JSONL stream, each at most ``max_bytes`` (a longer one is an error and
    is skipped without being held in memory)."""
    lineno = 0
    while True:
        raw = stream.readline(max_bytes + 1)
        if not raw:
            return
        lineno += 1
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            yield lineno, InputError(f"{name}:{lineno}", f"line longer than --max-bytes ({max_bytes} bytes)")
            while raw and not raw.endswith(b"\n"):  # skip the rest of the line
                raw = stream.readline(1 << 20)
            continue
        yield lineno, raw


def _jsonl_sources(stream: BinaryIO, name: str, kind: str, max_bytes: int) -> Iterator[Source | InputError]:
    seen: dict[str, int] = {}
    for lineno, raw in _jsonl_lines(stream, name, max_bytes):
        where = f"{name}:{lineno}"
        if isinstance(raw, InputError):
            yield raw
            continue
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except (ValueError, RecursionError) as exc:
            yield InputError(where, f"not valid JSON ({str(exc)[:80]})")
            continue
        if not isinstance(obj, dict):
            yield InputError(where, f"a JSONL record must be an object, not {type(obj).__name__}")
            continue
        body = obj.get("text")
        body_kind = "text" if kind in ("auto", "jsonl") else kind
        if body is None and obj.get("html") is not None:
            body = obj.get("html")
            body_kind = "html"
        if body is None:
            yield InputError(where, 'record has no "text" (or "html") field')
            continue
        if not isinstance(body, str):
            yield InputError(where, f'"text" must be a string, not {_json_type(body)}')
            continue
        rid = obj.get("id")
        if rid is None or isinstance(rid, (dict, list, bool)):
            rid = where
        rid = sanitize_text(str(rid)).replace("\n", " ")
        if rid in seen:
            seen[rid] += 1
            new = f"{rid}#{seen[rid]}"
            yield InputWarning(where, f"duplicate id {rid!r}, renamed {new!r}")
            rid = new
        else:
            seen[rid] = 1
        date = _field(obj, "date")
        if date is not None and not valid_date(date):
            yield InputWarning(where, f'"date" {date!r} is not YYYY-MM-DD, ignored')
            date = None
        yield Source(
            id=rid,
            path=name if name != STDIN_NAME else None,
            text=sanitize_text(body),
            kind=body_kind,
            title=_field(obj, "title"),
            date=date,
            source=_field(obj, "source"),
            url=_field(obj, "url"),
        )


def valid_date(value: str) -> bool:
    """A calendar date written YYYY-MM-DD."""
    if not _DATE.match(value):
        return False
    try:
        _dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _json_type(value: object) -> str:
    names = {bool: "a boolean", int: "a number", float: "a number", list: "an array", dict: "an object"}
    return names.get(type(value), type(value).__name__)


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
        name = STDIN_NAME if item == "-" else item
        if input_format == "jsonl":
            try:
                if item == "-":
                    yield from _jsonl_sources(_stdin(stdin), name, "jsonl", max_bytes)
                else:
                    _check_file(item, max_bytes=None)
                    with open(item, "rb") as fh:
                        yield from _jsonl_sources(fh, name, "jsonl", max_bytes)
            except InputError as exc:
                yield exc
            except OSError as exc:
                yield _stat_error(item, exc)
            continue
        if item == "-":
            try:
                data = _read_limited(_stdin(stdin), name, max_bytes)
            except InputError as exc:
                yield exc
                continue
            except OSError as exc:
                yield InputError(name, exc.strerror or str(exc))
                continue
            if input_format == "auto" and looks_like_jsonl(data[:_JSONL_PEEK]):
                yield from _jsonl_sources(io.BytesIO(data), name, "jsonl", max_bytes)
                continue
            yield Source(id=name, path=None, data=data, kind=input_format)
            continue
        if input_format == "auto" and _file_is_jsonl(item):
            yield from iter_sources([item], "jsonl", max_bytes, stdin)
            continue
        yield Source(id=item, path=item, data=None, kind=input_format)


_JSONL_PEEK = 1 << 20  # the first record of a JSONL file must fit in this many bytes


def looks_like_jsonl(head: bytes) -> bool:
    """Whether bytes start like newsdigest's JSONL input: a first line that is a JSON object
    with a "text" or "html" field (so ``--input-format auto`` reads such files as records)."""
    first = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not first.startswith(b"{"):
        return False
    line = first.split(b"\n", 1)[0]
    try:
        obj = json.loads(line)
    except (ValueError, RecursionError):
        return False
    return isinstance(obj, dict) and ("text" in obj or "html" in obj)


def _file_is_jsonl(path: str) -> bool:
    """Peek at a regular file (never a FIFO or device, whose bytes a peek would consume)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False
        with open(path, "rb") as fh:
            # a few KB decide for nearly every file; only a possible JSON record is read on
            head = fh.read(4096)
            if head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] not in (b"{", b""):
                return False
            return looks_like_jsonl(head + fh.read(_JSONL_PEEK - len(head)))
    except OSError:
        return False


def _stdin(stdin: BinaryIO | None) -> BinaryIO:
    return stdin if stdin is not None else sys.stdin.buffer
