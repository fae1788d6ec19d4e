"""Command-line interface: parse options, wire the stages, map failures to exit codes.

No computation happens here; see ``stages``, ``runner`` and ``render``.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import sys
from collections.abc import Callable, Iterable, Iterator
from enum import StrEnum
from typing import Annotated, Any

import typer

from newsdigest import __version__
from newsdigest.ingest import DEFAULT_MAX_BYTES, valid_date
from newsdigest.runner import DEFAULT_TIMEOUT

app = typer.Typer(
    name="newsdigest",
    help="Clean, summarise and merge news articles about the relations between countries.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Fmt(StrEnum):
    auto = "auto"
    table = "table"
    text = "text"
    json = "json"
    jsonl = "jsonl"
    markdown = "markdown"
    tsv = "tsv"
    csv = "csv"


class InFmt(StrEnum):
    auto = "auto"
    text = "text"
    html = "html"
    jsonl = "jsonl"


class Method(StrEnum):
    auto = "auto"
    lead = "lead"
    centroid = "centroid"
    mmr = "mmr"
    concepts = "concepts"
    lexrank = "lexrank"
    textrank = "textrank"
    lsa = "lsa"
    luhn = "luhn"
    kl = "kl"
    sumbasic = "sumbasic"
    edmundson = "edmundson"
    reduction = "reduction"


Paths = Annotated[
    list[str] | None,
    typer.Argument(help="Files, folders (read recursively) or - for standard input.", show_default=False),
]
FormatOpt = Annotated[
    Fmt,
    typer.Option("--format", "-f", help="Output format; auto = table on a terminal, text in a pipe."),
]
InputFormatOpt = Annotated[
    InFmt, typer.Option("--input-format", help="How to read inputs; auto looks at the content.")
]
EncodingOpt = Annotated[
    str | None, typer.Option("--encoding", help="Force this input encoding (e.g. cp1252).")
]
MaxBytesOpt = Annotated[
    int, typer.Option("--max-bytes", min=1, help="Skip inputs larger than this many bytes.")
]
TimeoutOpt = Annotated[
    float, typer.Option("--timeout", min=0, help="Give up on one input after this many seconds (0: never).")
]
OutputOpt = Annotated[
    str | None, typer.Option("--output", "-o", help="Write to this file (atomically) instead of stdout.")
]
JobsOpt = Annotated[
    int | None, typer.Option("--jobs", "-j", min=1, help="Worker processes (default: one per core).")
]
PubdateOpt = Annotated[
    str | None,
    typer.Option("--pubdate", help="Publication date (YYYY-MM-DD) for articles that state none."),
]


def _fail_usage(message: str) -> None:
    sys.stderr.write(f"newsdigest: {message}\n")
    raise typer.Exit(2)


def _check_pubdate(value: str | None) -> None:
    if value is not None and not valid_date(value):
        _fail_usage(f"--pubdate must be a date as YYYY-MM-DD, not {value!r}")


def _check_encoding(value: str | None) -> None:
    if value is None:
        return
    import codecs

    try:
        codecs.lookup(value)
    except LookupError:
        _fail_usage(f"--encoding: unknown encoding {value!r}")


def _paths_or_help(ctx: typer.Context, paths: list[str] | None) -> list[str]:
    if paths:
        return paths
    if sys.stdin is not None and not sys.stdin.isatty():
        return ["-"]
    typer.echo(ctx.get_help())
    raise typer.Exit(0)


def _report(error: Any) -> None:
    name = str(error.name).replace("\n", " ")
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.write(f"newsdigest: {name}: {error.reason}\n")
        sys.stderr.flush()


@contextlib.contextmanager
def _no_interrupt() -> Iterator[None]:
    """Hold Ctrl-C (and SIGTERM) back while one record is written, so that every line of
    jsonl/text output is whole; the signal is delivered as soon as the write ends."""
    signals = {signal.SIGINT, signal.SIGTERM}
    try:
        old = signal.pthread_sigmask(signal.SIG_BLOCK, signals)
    except (AttributeError, ValueError, OSError):
        yield
        return
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


class _Terminated(KeyboardInterrupt):
    """SIGTERM: stop like Ctrl-C, exit status 143."""


def _on_sigterm(signum: int, frame: Any) -> None:
    raise _Terminated


def _setup_streams() -> None:
    """UTF-8 data in pipes and files whatever the locale; never a UnicodeEncodeError."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None or not hasattr(stream, "reconfigure"):
            continue
        with contextlib.suppress(Exception):
            if stream.isatty():
                stream.reconfigure(errors="replace")
            else:
                stream.reconfigure(encoding="utf-8", errors="replace")


def _execute(
    kind: str,
    paths: list[str],
    fmt: Fmt,
    input_format: InFmt,
    output: str | None,
    opts: Any,
    jobs: int | None,
    stage: Callable[..., Any],
    finalize: Callable[[list[Any]], Iterable[Any]] | None = None,
) -> None:
    """Read, process, render. ``finalize`` (for commands that need every article at once)
    turns the list of stage results into the records to print.

    Exit status: 0, or 1 when any input failed (each named on stderr as it fails), 130 on
    Ctrl-C (143 on SIGTERM) after the records already complete were written; a broken
    pipe (``| head``) ends the run quietly with 0.
    """
    from newsdigest.errors import InputError
    from newsdigest.ingest import iter_sources
    from newsdigest.output import open_output, quiet_broken_pipe
    from newsdigest.render import make_renderer, resolve_format
    from newsdigest.runner import run

    _setup_streams()
    with contextlib.suppress(ValueError):
        signal.signal(signal.SIGTERM, _on_sigterm)
    failures = 0
    terminated = 0
    results: Any = None
    try:
        with open_output(output) as out:
            is_tty = output in (None, "-") and out.isatty()
            renderer = make_renderer(kind, resolve_format(fmt.value, is_tty), out, is_tty)
            # Warnings and read errors stay in input order with the results.
            items = list(iter_sources(paths, input_format.value, opts.max_bytes))
            results = run(items, stage, opts, jobs)
            collected: list[Any] = []
            for result in _with_progress(results, len(items)):
                if isinstance(result, InputError):
                    failures += result.fatal
                    _report(result)
                    continue
                if finalize is None:
                    with _no_interrupt():
                        for record in result if isinstance(result, list) else [result]:
                            renderer.add(record)
                else:
                    collected.append(result)
            results.close()
            if finalize is not None:
                records = list(finalize(collected))
                with _no_interrupt():
                    for record in records:
                        renderer.add(record)
            with _no_interrupt():
                renderer.finish()
    except BrokenPipeError:
        quiet_broken_pipe()
        raise typer.Exit(0) from None
    except _Terminated:
        terminated = 143
    except KeyboardInterrupt:
        terminated = 130
    except OSError as exc:  # writing the output failed (disk full, file not writable...)
        where = output if output not in (None, "-") else "standard output"
        sys.stderr.write(f"newsdigest: {where}: {exc.strerror or exc}\n")
        raise typer.Exit(1) from None
    except Exception as exc:  # a bug: say what, in one line, unless debugging
        if os.environ.get("NEWSDIGEST_DEBUG"):
            raise
        sys.stderr.write(f"newsdigest: internal error: {type(exc).__name__}: {exc}\n"[:500])
        raise typer.Exit(1) from None
    finally:
        if results is not None:
            with contextlib.suppress(Exception):
                results.close()
    if terminated:
        with contextlib.suppress(Exception):
            sys.stdout.flush()
        with contextlib.suppress(Exception):
            sys.stderr.write("newsdigest: interrupted\n")
        raise typer.Exit(terminated)
    if failures:
        raise typer.Exit(1)


def _with_progress(results: Iterable[Any], total: int) -> Iterable[Any]:
    """A progress bar on stderr, only when stderr is a terminal and there is much to do."""
    if total < 20 or not sys.stderr.isatty() or os.environ.get("CI"):
        yield from results
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("articles", total=total)
        for result in results:
            progress.advance(task)
            yield result


def _options(**kwargs: Any) -> Any:
    from newsdigest.runner import Options

    _check_encoding(kwargs.get("encoding"))
    return Options(**kwargs)


@app.command()
def clean(
    ctx: typer.Context,
    paths: Paths = None,
    format: FormatOpt = Fmt.auto,
    input_format: InputFormatOpt = InFmt.auto,
    encoding: EncodingOpt = None,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    timeout: TimeoutOpt = DEFAULT_TIMEOUT,
    output: OutputOpt = None,
    jobs: JobsOpt = None,
) -> None:
    """Strip boilerplate from articles and extract title, date, source and dateline."""
    from newsdigest.stages import clean_stage

    opts = _options(encoding=encoding, max_bytes=max_bytes, timeout=timeout)
    _execute("clean", _paths_or_help(ctx, paths), format, input_format, output, opts, jobs, clean_stage)


@app.command()
def summarize(
    ctx: typer.Context,
    paths: Paths = None,
    method: Annotated[Method, typer.Option("--method", "-m", help="Summarisation method.")] = Method.auto,
    sentences: Annotated[
        int | None, typer.Option("--sentences", "-n", min=1, help="Summary length in sentences [default: 3].")
    ] = None,
    ratio: Annotated[
        float | None,
        typer.Option("--ratio", min=0.0, max=1.0, help="Summary length as a share of the sentences."),
    ] = None,
    words: Annotated[
        int | None, typer.Option("--words", "-w", min=1, help="Summary length in words (never exceeded).")
    ] = None,
    format: FormatOpt = Fmt.auto,
    input_format: InputFormatOpt = InFmt.auto,
    encoding: EncodingOpt = None,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    timeout: TimeoutOpt = DEFAULT_TIMEOUT,
    output: OutputOpt = None,
    jobs: JobsOpt = None,
) -> None:
    """Extractive summary of each article, sentences in document order with their scores."""
    from newsdigest.stages import summarize_stage

    if sum(x is not None for x in (sentences, ratio, words)) > 1:
        _fail_usage("give only one of --sentences, --ratio and --words")
    if sentences is None and ratio is None and words is None:
        sentences = 3
    opts = _options(
        encoding=encoding,
        max_bytes=max_bytes,
        timeout=timeout,
        method=method.value,
        sentences=sentences,
        ratio=ratio,
        words=words,
    )
    _execute(
        "summarize", _paths_or_help(ctx, paths), format, input_format, output, opts, jobs, summarize_stage
    )


def _annotated_command(kind: str, attr: str) -> Callable[..., None]:
    def command(
        ctx: typer.Context,
        paths: Paths = None,
        pubdate: PubdateOpt = None,
        format: FormatOpt = Fmt.auto,
        input_format: InputFormatOpt = InFmt.auto,
        encoding: EncodingOpt = None,
        max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
        timeout: TimeoutOpt = DEFAULT_TIMEOUT,
        output: OutputOpt = None,
        jobs: JobsOpt = None,
    ) -> None:
        from newsdigest.stages import annotate_stage

        _check_pubdate(pubdate)
        opts = _options(
            encoding=encoding, max_bytes=max_bytes, timeout=timeout, pubdate=pubdate, events=attr == "events"
        )

        def finalize(annotated: list[Any]) -> Iterable[Any]:
            from newsdigest.annotate import date_undated

            date_undated(annotated, pubdate, events=attr == "events")
            for ann in annotated:
                yield from getattr(ann, attr)

        _execute(
            kind,
            _paths_or_help(ctx, paths),
            format,
            input_format,
            output,
            opts,
            jobs,
            annotate_stage,
            finalize,
        )

    return command


app.command(name="quotes", help="Direct quotations with their speakers.")(
    _annotated_command("quotes", "quotes")
)
app.command(name="timeline", help="Time expressions, normalised to calendar values (TIMEX3).")(
    _annotated_command("timeline", "times")
)
app.command(name="events", help="Country-to-country interactions (dyadic events) with a quad class.")(
    _annotated_command("events", "events")
)


_PAIR = re.compile(r"^[A-Za-z]{2,5}:[A-Za-z]{2,5}$")


@app.command()
def merge(
    ctx: typer.Context,
    paths: Paths = None,
    pair: Annotated[
        str | None, typer.Option("--pair", help="The dyad to digest, e.g. TUR:RUS (default: the main one).")
    ] = None,
    words: Annotated[int, typer.Option("--words", "-w", min=10, help="Summary length in words.")] = 120,
    method: Annotated[
        Method, typer.Option("--method", "-m", help="Multi-document summary method.")
    ] = Method.auto,
    pubdate: PubdateOpt = None,
    format: FormatOpt = Fmt.auto,
    input_format: InputFormatOpt = InFmt.auto,
    encoding: EncodingOpt = None,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    timeout: TimeoutOpt = DEFAULT_TIMEOUT,
    output: OutputOpt = None,
    jobs: JobsOpt = None,
) -> None:
    """One bilateral-relations digest over all the articles."""
    from newsdigest.stages import annotate_stage

    _check_pubdate(pubdate)
    dyad = None
    if pair is not None:
        if not _PAIR.match(pair):
            _fail_usage(f"--pair takes two codes like TUR:RUS, not {pair!r}")
        a, b = pair.upper().split(":")
        dyad = (a, b)
    opts = _options(
        encoding=encoding, max_bytes=max_bytes, timeout=timeout, pubdate=pubdate, method=method.value
    )

    def finalize(annotated: list[Any]) -> Iterable[Any]:
        from newsdigest.annotate import date_undated
        from newsdigest.digest import build_digest

        date_undated(annotated, pubdate)
        yield build_digest(annotated, pair=dyad, words=words, method=method.value)

    _execute(
        "merge",
        _paths_or_help(ctx, paths),
        format,
        input_format,
        output,
        opts,
        jobs,
        annotate_stage,
        finalize,
    )


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newsdigest {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Clean, summarise and merge news articles about the relations between countries."""


def main() -> None:
    if len(sys.argv) <= 1:  # bare `newsdigest`: the help, on standard output, status 0
        sys.argv.append("--help")
    try:
        app(prog_name="newsdigest")
    except KeyboardInterrupt:
        sys.stderr.write("newsdigest: interrupted\n")
        sys.exit(130)
