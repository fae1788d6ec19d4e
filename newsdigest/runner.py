"""Run one stage function over many inputs: in order, in parallel, each within a time limit.

An input that fails yields its :class:`InputError`; the others go on. Results come back in
input order, so output is deterministic whatever the number of workers.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from newsdigest.errors import InputError
from newsdigest.models import Source

DEFAULT_TIMEOUT = 120.0
PARALLEL_MIN = 4  # fewer inputs than this run in-process: a pool costs more than it saves


@dataclass(frozen=True, slots=True)
class Options:
    """Everything a stage needs from the command line, picklable for worker processes."""

    encoding: str | None = None
    max_bytes: int = 20_000_000
    timeout: float = DEFAULT_TIMEOUT
    pubdate: str | None = None
    method: str = "auto"
    sentences: int | None = 3
    ratio: float | None = None
    words: int | None = None


class _Timeout(Exception):
    pass


def _alarm(signum: int, frame: Any) -> None:
    raise _Timeout


def _call(job: tuple[Callable[[Source, Options], Any], Source, Options]) -> Any:
    fn, source, opts = job
    use_alarm = opts.timeout > 0 and hasattr(signal, "setitimer")
    if use_alarm:
        old = signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, opts.timeout)
    try:
        return fn(source, opts)
    except InputError as exc:
        return exc
    except _Timeout:
        return InputError(source.id, f"took longer than --timeout ({opts.timeout:g} s), skipped")
    except RecursionError:
        return InputError(source.id, "structure nested too deeply to process")
    except MemoryError:
        return InputError(source.id, "ran out of memory processing this input")
    except Exception as exc:  # a bug on one input must not stop the run
        return InputError(source.id, f"internal error: {type(exc).__name__}: {exc}"[:300])
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)


def _init_worker() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def run(
    items: Sequence[Source | InputError],
    fn: Callable[[Source, Options], Any],
    opts: Options,
    jobs: int | None = None,
) -> Iterator[Any]:
    """Yield ``fn(source, opts)`` for every source, or the InputError, in input order."""
    jobs = jobs or default_jobs()
    sources = [i for i in items if isinstance(i, Source)]
    if jobs <= 1 or len(sources) < PARALLEL_MIN:
        for item in items:
            yield item if isinstance(item, InputError) else _call((fn, item, opts))
        return
    import multiprocessing

    ctx = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    pool = ctx.Pool(jobs, initializer=_init_worker, maxtasksperchild=500)
    try:
        chunk = max(1, min(16, len(sources) // (jobs * 8)))
        results = pool.imap(_call, ((fn, s, opts) for s in sources), chunksize=chunk)
        for item in items:
            yield item if isinstance(item, InputError) else next(results)
        pool.close()
    except BaseException:
        pool.terminate()
        raise
    finally:
        pool.join()
