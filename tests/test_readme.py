"""The README's examples are real: each `$ newsdigest ...` command prints what the README shows."""

from __future__ import annotations

import pytest
from conftest import load_script

readme = load_script("readme_examples")

EXAMPLES = readme.examples(readme.README.read_text(encoding="utf-8"))


def test_readme_has_an_example_for_every_command() -> None:
    commands = " ".join(ex.command for ex in EXAMPLES)
    for name in ("clean", "summarize", "quotes", "timeline", "events", "merge"):
        assert f"newsdigest {name} " in commands, name


@pytest.mark.parametrize("example", EXAMPLES, ids=[ex.command[:60] for ex in EXAMPLES])
def test_readme_example_output_is_current(example) -> None:  # type: ignore[no-untyped-def]
    if not readme.runnable(example.command):
        pytest.skip("jq is not installed")
    assert readme.normal(readme.run(example.command)) == readme.normal(example.expected), (
        "README.md is out of date: run scripts/readme_examples.py --write"
    )


def test_readme_quotes_the_current_digest_of_the_samples() -> None:
    _, _, quoted = readme.screen_block(readme.README.read_text(encoding="utf-8"))
    assert readme.normal(quoted) == readme.normal(readme.current_screen()), (
        "README.md is out of date: run scripts/readme_examples.py --write"
    )
