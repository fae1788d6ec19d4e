"""The digest laid out as text and markdown. (To be built out with `merge`.)"""

from __future__ import annotations

from newsdigest.models import Digest


def digest_text(digest: Digest) -> str:
    lines = []
    for section in Digest.SECTIONS:
        items = getattr(digest, section)
        lines.append(section.upper())
        for item in items:
            lines.append("  " + str(item.get("text") or item.get("title") or item.get("name") or item))
        lines.append("")
    return "\n".join(lines)


def digest_markdown(digest: Digest) -> str:
    lines = ["# Digest", ""]
    for section in Digest.SECTIONS:
        lines.append(f"## {section.capitalize()}")
        lines.append("")
        for item in getattr(digest, section):
            lines.append("- " + str(item.get("text") or item.get("title") or item.get("name") or item))
        lines.append("")
    return "\n".join(lines)
