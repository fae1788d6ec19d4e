"""Run one stage function over many inputs: in order, in parallel, each within a time limit.

An input that fails yields its :class:`InputError`; the others go on. Results come back in
input order, so output is deterministic whatever the number of workers.

Workers are forked processes, each fed small batches of inputs over its own pipe, so the
parent can enforce limits a worker cannot enforce on itself: an input that runs past
``--timeout`` (say, stuck in a C regular-expression loop) or grows past the memory limit
has its worker killed and replaced, and the run goes on. Workers die with the parent
(``PR_SET_PDEATHSIG`` on Linux) and ignore Ctrl-C, which the parent handles.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from newsdigest.errors import InputError
from newsdigest.models import Source

DEFAULT_TIMEOUT = 120.0
DEFAULT_MAX_MEMORY_MB = 2048
HARD_GRACE = 2.0  # seconds past --timeout before a worker that did not stop itself is killed
POLL = 0.25  # seconds between checks of the workers' clocks and memory


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
    max_memory_mb: int = DEFAULT_MAX_MEMORY_MB  # per worker process; 0: no limit
    events: bool = True  # annotate events (quotes and timeline do not need them)


class _Timeout(Exception):
    pass


def _alarm(signum: int, frame: Any) -> None:
    raise _Timeout


def _call(fn: Callable[[Source, Options], Any], source: Source, opts: Options) -> Any:
    """``fn(source, opts)``, or the InputError saying why it failed. Never raises
    (except KeyboardInterrupt/SystemExit)."""
    use_alarm = opts.timeout > 0 and hasattr(signal, "setitimer")
    old: Any = None
    if use_alarm:
        try:
            old = signal.signal(signal.SIGALRM, _alarm)
            signal.setitimer(signal.ITIMER_REAL, opts.timeout)
        except ValueError:  # not the main thread: no soft limit here
            use_alarm = False
    try:
        return fn(source, opts)
    except InputError as exc:
        return exc
    except _Timeout:
        return _timeout_error(source, opts)
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


def _timeout_error(source: Source, opts: Options) -> InputError:
    return InputError(source.id, f"took longer than --timeout ({opts.timeout:g} s), skipped")


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def _die_with_parent(parent: int) -> None:
    """Ask Linux to kill this process when its parent dies; exit now if it already has."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:
        os._exit(0)


def _worker(conn: Any, fn: Callable[[Source, Options], Any], opts: Options, parent: int) -> None:
    """Worker main loop: receive a batch of ``(index, source)``, send ``(index, result)``
    for each as soon as it is done; ``None`` ends the loop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    _die_with_parent(parent)
    while True:
        try:
            batch = conn.recv()
        except (EOFError, OSError):
            break
        if batch is None:
            break
        for index, source in batch:
            result = _call(fn, source, opts)
            try:
                conn.send((index, result))
            except (BrokenPipeError, EOFError):
                return
            except Exception as exc:  # the result could not be pickled
                conn.send((index, InputError(source.id, f"internal error: {type(exc).__name__}")))
    conn.close()


def _rss_mb(pid: int) -> float:
    """Resident memory of ``pid`` in MB (Linux /proc; 0 where unknown)."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except (OSError, ValueError, IndexError):
        return 0.0


class _Worker:
    def __init__(self, ctx: Any, fn: Callable[[Source, Options], Any], opts: Options) -> None:
        here, there = ctx.Pipe(duplex=True)
        self.proc = ctx.Process(target=_worker, args=(there, fn, opts, os.getpid()), daemon=True)
        self.proc.start()
        there.close()
        self.conn = here
        self.queue: deque[int] = deque()  # indices sent, in the order the worker runs them
        self.started = 0.0  # when the head of the queue started running

    def send(self, batch: list[tuple[int, Source]]) -> None:
        self.conn.send(batch)
        self.queue.extend(i for i, _ in batch)
        self.started = time.monotonic()

    def kill(self) -> None:
        with contextlib.suppress(Exception):
            self.proc.kill()
        with contextlib.suppress(Exception):
            self.proc.join(1)
        with contextlib.suppress(Exception):
            self.conn.close()

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self.conn.send(None)
        self.proc.join(2)
        if self.proc.is_alive():
            self.kill()
        with contextlib.suppress(Exception):
            self.conn.close()


def run(
    items: Sequence[Source | InputError],
    fn: Callable[[Source, Options], Any],
    opts: Options,
    jobs: int | None = None,
) -> Iterator[Any]:
    """Yield ``fn(source, opts)`` for every source, or the InputError, in input order.

    Close the iterator (or let it finish) to stop the workers; KeyboardInterrupt in the
    parent kills them at once.
    """
    sources = [i for i in items if isinstance(i, Source)]
    jobs = max(1, min(jobs or default_jobs(), len(sources)))
    # In-process only when asked for one job and no time limit (then no memory limit either).
    if not sources or (opts.timeout <= 0 and jobs == 1) or not _can_fork():
        for item in items:
            yield item if isinstance(item, InputError) else _call(fn, item, opts)
        return
    results = _parallel(sources, fn, opts, jobs)
    try:
        for item in items:
            yield item if isinstance(item, InputError) else next(results)
    finally:
        results.close()


def _can_fork() -> bool:
    return hasattr(os, "fork") and sys.platform != "win32"


def _parallel(
    sources: list[Source], fn: Callable[[Source, Options], Any], opts: Options, jobs: int
) -> Iterator[Any]:
    """Results of ``fn`` over ``sources`` in order, computed by ``jobs`` forked workers."""
    import multiprocessing
    from multiprocessing.connection import wait

    ctx = multiprocessing.get_context("fork")
    pending: deque[int] = deque(range(len(sources)))
    done: dict[int, Any] = {}
    window = max(64, 32 * jobs)  # how far ahead of the next result to print workers may run
    hard = opts.timeout + max(HARD_GRACE, 0.1 * opts.timeout) if opts.timeout > 0 else 0.0
    workers = [_Worker(ctx, fn, opts) for _ in range(jobs)]
    next_out = 0
    last_poll = 0.0

    def replace(w: _Worker, reason: str | None) -> None:
        """Kill ``w``; its running input fails with ``reason``, the rest of its batch is redone."""
        w.kill()
        if w.queue:
            head = w.queue.popleft()
            src = sources[head]
            done[head] = _timeout_error(src, opts) if reason is None else InputError(src.id, reason)
            pending.extendleft(reversed(w.queue))
            w.queue.clear()
        workers[workers.index(w)] = _Worker(ctx, fn, opts)

    try:
        while next_out < len(sources):
            # Feed idle workers a batch each: small batches amortise the round trip, while
            # sending only to idle workers means no pipe can fill both ways at once.
            for w in workers:
                if w.queue or not pending or pending[0] >= next_out + window:
                    continue
                size = max(1, min(8, len(pending) // (jobs * 4)))
                batch = []
                while pending and len(batch) < size and pending[0] < next_out + window:
                    i = pending.popleft()
                    batch.append((i, sources[i]))
                try:
                    w.send(batch)
                except OSError:
                    pending.extendleft(reversed([i for i, _ in batch]))
                    w.queue.clear()
                    replace(w, None)
            busy = [w.conn for w in workers if w.queue]
            for conn in wait(busy, timeout=POLL) if busy else ():
                w = next(x for x in workers if x.conn is conn)
                try:
                    index, result = conn.recv()
                except (EOFError, OSError):
                    code = w.proc.exitcode
                    why = f"signal {-code}" if code is not None and code < 0 else f"status {code}"
                    replace(w, f"worker process died ({why}) while processing this input")
                    continue
                done[index] = result
                if w.queue and w.queue[0] == index:
                    w.queue.popleft()
                w.started = time.monotonic()
            now = time.monotonic()
            if now - last_poll >= POLL:
                last_poll = now
                for w in list(workers):
                    if not w.queue:
                        continue
                    if hard and now - w.started > hard:
                        replace(w, None)
                    elif opts.max_memory_mb > 0 and _rss_mb(w.proc.pid) > opts.max_memory_mb:
                        replace(w, f"used more than {opts.max_memory_mb} MB of memory, skipped")
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
    except BaseException:
        for w in workers:
            w.kill()
        raise
    else:
        for w in workers:
            w.stop()
