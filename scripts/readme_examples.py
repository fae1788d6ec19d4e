"""Keep the README true: rerun every `$ newsdigest ...` example in README.md and compare its
printed output with what the command prints now.

    .venv/bin/python scripts/readme_examples.py          # check; exit 1 on any difference
    .venv/bin/python scripts/readme_examples.py --write  # rewrite the outputs in README.md

An example is a fenced block whose first line starts with "$ "; each "$ " line is a shell
command (run with bash from the project root, the venv's newsdigest first on PATH) and the lines
after it, up to the next "$ " line, are its output.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
_FENCE = re.compile(r"^```[^\n]*\n(.*?)^```", re.M | re.S)


@dataclass
class Example:
    command: str
    expected: str
    start: int  # offset of the output in README.md
    end: int


def examples(text: str) -> list[Example]:
    found: list[Example] = []
    for block in _FENCE.finditer(text):
        body, base = block.group(1), block.start(1)
        if not body.startswith("$ "):
            continue
        starts = [m.start() for m in re.finditer(r"^\$ ", body, re.M)] + [len(body)]
        for a, b in zip(starts, starts[1:], strict=False):
            line_end = body.index("\n", a) + 1
            found.append(Example(body[a + 2 : line_end - 1], body[line_end:b], base + line_end, base + b))
    return found


def run(command: str) -> str:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    env.pop("FORCE_COLOR", None)
    proc = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command], cwd=ROOT, env=env, capture_output=True, text=True
    )
    return proc.stdout


def normal(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.rstrip().split("\n"))


def runnable(command: str) -> bool:
    return "jq " not in command or shutil.which("jq") is not None


_SCREEN = re.compile(r"first screen:\n\n```\n(.*?)\n```", re.S)


def screen_block(text: str) -> tuple[int, int, str]:
    """Where the README quotes the digest of samples/ (offsets) and what it quotes."""
    m = _SCREEN.search(text)
    if m is None:
        raise ValueError("README.md has no 'first screen:' block")
    return m.start(1), m.end(1), m.group(1)


def current_screen() -> str:
    sys.path.insert(0, str(ROOT / "scripts"))
    from screenshot import first_screen, render

    return first_screen(render().export_text())


def main() -> int:
    write = "--write" in sys.argv[1:]
    text = README.read_text(encoding="utf-8")
    bad = 0
    a, b, quoted = screen_block(text)
    screen = current_screen()
    if normal(quoted) != normal(screen):
        bad += 1
        print("differs: the digest of samples/ quoted at the top")
        if write:
            text = text[:a] + screen + text[b:]
    for ex in reversed(examples(text)):  # from the end, so earlier offsets stay valid
        if not runnable(ex.command):
            print(f"skipped (no jq): {ex.command}")
            continue
        actual = run(ex.command)
        if normal(actual) == normal(ex.expected):
            continue
        bad += 1
        print(f"differs: $ {ex.command}")
        if write:
            out = actual if actual.endswith("\n") or not actual else actual + "\n"
            text = text[: ex.start] + out + text[ex.end :]
    if write and bad:
        README.write_text(text, encoding="utf-8")
        print(f"rewrote {bad} example output(s) in {README.name}")
        return 0
    print(f"{len(examples(text))} examples, {bad} differ")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
