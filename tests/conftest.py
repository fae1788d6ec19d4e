"""Shared fixtures: the sample articles, a CLI runner with real pipes, hostile inputs."""

from __future__ import annotations

import gzip
import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"
SEED_ONE = SAMPLES / "turkey-offers-russia-joint-operations.txt"
SEED_TWO = SAMPLES / "tasnim-turkey-ready-to-cooperate.txt"
NEWSDIGEST = [sys.executable, "-m", "newsdigest"]


@pytest.fixture
def seed_one() -> Path:
    return SEED_ONE


@pytest.fixture
def seed_two() -> Path:
    return SEED_TWO


def cli_env(env: dict[str, str] | None = None) -> dict[str, str]:
    full_env = {**os.environ, "PYTHONHASHSEED": "0", **(env or {})}
    for var in ("FORCE_COLOR", "NO_COLOR", "NEWSDIGEST_DEBUG"):
        if env is None or var not in env:
            full_env.pop(var, None)
    return full_env


def load_script(name: str):  # type: ignore[no-untyped-def]
    """Import ``scripts/<name>.py`` as a module (once), so tests reuse the eval scripts' code."""
    import importlib.util

    if name in sys.modules:
        return sys.modules[name]
    if str(ROOT / "scripts") not in sys.path:
        sys.path.insert(0, str(ROOT / "scripts"))
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def run_cli(
    *args: str,
    stdin: bytes | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 300,
    cwd: Path | None = None,
) -> subprocess.CompletedProcess:
    """Run ``python -m newsdigest`` in a real subprocess with real pipes."""
    return subprocess.run(
        [*NEWSDIGEST, *args],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        cwd=cwd or ROOT,
        env=cli_env(env),
        timeout=timeout,
    )


def stderr_lines(proc: subprocess.CompletedProcess) -> list[str]:
    return proc.stderr.decode("utf-8", "replace").splitlines()


def assert_clean_failure_lines(proc: subprocess.CompletedProcess) -> None:
    """Every stderr line has the ``newsdigest: NAME: reason`` shape; no traceback."""
    err = proc.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err, err
    assert "Exception ignored" not in err, err
    for line in err.splitlines():
        assert line.startswith("newsdigest: "), line
        assert line.count(": ") >= 2 or line == "newsdigest: interrupted", line


def file_digest(path: Path) -> tuple[float, str]:
    return path.stat().st_mtime_ns, hashlib.sha256(path.read_bytes()).hexdigest()


ARTICLE = (
    "Turkey and Russia agree to restore trade ties\n\n"
    "ANKARA, 12 March 2017 - Turkey and Russia agreed on Thursday to restore trade ties, "
    "the foreign ministry said.\n"
    "Officials from both countries will meet again next month in Moscow to discuss energy.\n"
)


def hostile_files(folder: Path) -> dict[str, tuple[Path, bool]]:
    """Write one file per hostile kind; map kind -> (path, whether it must be processed)."""
    folder.mkdir(parents=True, exist_ok=True)
    files: dict[str, tuple[bytes, bool]] = {
        "empty": (b"", False),
        "whitespace": (b"  \n\t\n   \r\n", False),
        "png": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, False),
        "pdf": (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n" * 20, False),
        "gzip": (gzip.compress(ARTICLE.encode() * 20), False),
        "elf": (b"\x7fELF\x02\x01\x01\x00" + bytes(1000), False),
        "nul-inside": (ARTICLE.replace("restore", "re\x00store").encode(), True),
        "invalid-utf8": (
            ARTICLE.replace("Officials", "Officials at the Caf\u00e9 Ü")
            .encode()
            .replace(b"trade", b"tr\xffade"),
            True,
        ),
        "utf16-bom": (ARTICLE.encode("utf-16"), True),
        "utf16-le-nobom": (ARTICLE.encode("utf-16-le"), True),
        "utf16-be-nobom": (ARTICLE.encode("utf-16-be"), True),
        "cp1252-crlf": (
            ARTICLE.replace(
                "the foreign ministry said", "the caf\u00e9 owner said \u201cno\u201d \u2013 twice"
            )
            .replace("\n", "\r\n")
            .encode("cp1252"),
            True,
        ),
        "mixed-line-ends": (ARTICLE.replace("\n", "\r", 1).replace("said.\n", "said.\r\n").encode(), True),
        "html-nested": (
            (
                "<html><body>" + "<div>" * 10000 + "<p>Turkey and Russia met in Moscow on Monday. "
                "They agreed on trade.</p>" + "</div>" * 10000 + "</body></html>"
            ).encode(),
            None,  # either processed or cleanly refused
        ),
        "html-scripts-only": (
            (
                "<html><head><script>var a = 1;</script></head><body>"
                + "<script>document.write('x');</script>" * 50
                + "</body></html>"
            ).encode(),
            None,
        ),
        "billion-laughs": (
            (
                '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
                + "".join(
                    f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n'
                    for i in range(1, 10)
                )
                + "]>\n<html><body><p>&lol9;</p><p>Turkey and Russia met in Moscow on Monday.</p>"
                "</body></html>\n"
            ).encode(),
            None,
        ),
        "arabic": (
            "تركيا وروسيا تتفقان على التعاون\n\nقال وزير الخارجية التركي إن بلاده مستعدة للتعاون مع روسيا. "
            "وأضاف أن المحادثات ستستمر.\n".encode(),
            True,
        ),
        "cyrillic": (
            "Россия и Турция договорились\n\nМинистр иностранных дел заявил, что страны готовы к "
            "сотрудничеству. Переговоры продолжатся в Москве.\n".encode(),
            True,
        ),
        "chinese": (
            "中国与美国举行贸易谈判\n\n中国商务部表示，双方同意继续谈判。会谈将在北京举行。\n".encode(),
            True,
        ),
        "emoji-symbols": (
            "Leaders meet ☝ at summit\n\nTurkey ♨ and Russia ∯ talked ȸ today 🇹🇷🤝🇷🇺. "
            "The ☝ talks went well ∯ said officials ♨.\n".encode(),
            True,
        ),
    }
    out = {}
    for kind, (data, must) in files.items():
        path = folder / f"{kind}.txt"
        path.write_bytes(data)
        out[kind] = (path, must)
    return out
