"""The digest on a terminal: header panel and one Rich table per section. (To be built out.)"""

from __future__ import annotations

from typing import Any

from newsdigest.models import Digest


def print_digest(console: Any, digest: Digest) -> None:
    from rich.text import Text

    from newsdigest.render.digest import digest_text

    console.print(Text(digest_text(digest)))
