"""Turn the bytes of a saved article into text: BOMs, UTF-16, legacy encodings, binary files."""

from __future__ import annotations

import codecs
import re

# Magic numbers of files people keep next to articles; none of them is text.
_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"%PDF": "a PDF document",
    b"\x1f\x8b": "gzip-compressed data",
    b"\x7fELF": "an executable (ELF)",
    b"PK\x03\x04": "a ZIP archive (or DOCX/XLSX)",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"BZh": "bzip2-compressed data",
    b"\xfd7zXZ": "xz-compressed data",
    b"7z\xbc\xaf": "a 7-Zip archive",
    b"\xd0\xcf\x11\xe0": "an MS Office document",
    b"RIFF": "a RIFF media file",
    b"\x00asm": "WebAssembly",
    b"SQLite format 3": "an SQLite database",
}


class DecodeError(ValueError):
    """The bytes are not text newsdigest can read; the message is the reason."""


# Magic numbers made of letters only: an article may start with them ("BZh", "RIFF"), so
# they count only when the bytes after them are not plain text.
_TEXTLIKE_MAGIC = (b"BZh", b"GIF8", b"RIFF")


def sniff_binary(data: bytes) -> str | None:
    """Name the kind of a binary file, or None when it may be text."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            if magic in _TEXTLIKE_MAGIC and _plain_text(data[:512]):
                return None
            return what
    return None


def _plain_text(head: bytes) -> bool:
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 3:  # not just a character cut at the end of the sample
            return False
        text = head[: exc.start].decode("utf-8")
    return not any(ord(ch) < 32 and ch not in "\t\n\r\f" for ch in text)


def _looks_utf16(head: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII-range text has a NUL in every other byte."""
    if len(head) < 4:
        return None
    even = head[0::2]
    odd = head[1::2]
    n = min(len(even), len(odd))
    if n == 0:
        return None
    if odd.count(0) > 0.6 * n and even.count(0) < 0.1 * n:
        return "utf-16-le"
    if even.count(0) > 0.6 * n and odd.count(0) < 0.1 * n:
        return "utf-16-be"
    return None


# C0 controls other than tab/newline/CR/form feed, DEL, and C1 controls: never article text,
# and dangerous on a terminal (ESC starts escape sequences).
_CONTROL = re.compile(r"[\x01-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_LINE_SEPARATORS = str.maketrans({"\x0b": "\n", "\x0c": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n"})
# An invalid UTF-8 byte: a lone continuation byte, or a lead byte not followed by its tail.
_UTF8_MULTI = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def sanitize_text(text: str) -> str:
    """Text safe to process and print: NULs and control characters dropped, line ends
    normalised to LF (CRLF, CR, VT, FF, NEL, U+2028/2029)."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_LINE_SEPARATORS)
    return _CONTROL.sub("", text)


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few corrupt bytes (a truncated download, a bad paste) rather than a legacy
    encoding: valid multi-byte sequences clearly outnumber the bytes that break it."""
    sample = data[:1_000_000]
    valid = len(_UTF8_MULTI.findall(sample))
    if valid == 0:
        return False
    text = sample.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - sample.decode("utf-8", errors="ignore").count("\ufffd")
    return bad <= max(2, valid // 4)


_WESTERN_PUNCT = frozenset("“”‘’–—…€•™·°£§©®«»¿¡ ×÷¢¥ªº½¼¾±µ")


def _looks_cp1252(data: bytes) -> bool:
    """Windows-1252 (or Latin-1) Western text: decodes with no undefined byte, its non-ASCII
    characters are Western letters and typographic punctuation, and most letters are ASCII
    (Cyrillic or Greek read as cp1252 gives words made only of accented letters).
    charset-normalizer guesses Baltic or Central European code pages for such short texts."""
    sample = data[:200_000]
    try:
        text = sample.decode("cp1252")
    except UnicodeDecodeError:
        return False
    non_ascii = [ch for ch in text if ord(ch) > 127]
    if not non_ascii:
        return True
    plausible = sum(1 for ch in non_ascii if (ch.isalpha() and ord(ch) < 0x180) or ch in _WESTERN_PUNCT)
    letters = sum(1 for ch in text if ch.isalpha())
    accented = sum(1 for ch in non_ascii if ch.isalpha())
    return plausible >= 0.95 * len(non_ascii) and accented <= 0.25 * max(1, letters)


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    sample = text[:65536]
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return bad / len(sample)


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Decode ``data``; return ``(text, encoding used)``.

    Raises DecodeError for empty or binary input. NUL bytes in otherwise textual data are
    dropped rather than failing the whole article.
    """
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError as exc:
            raise DecodeError(f"unknown encoding {encoding!r}") from exc
        text = data.decode(encoding, errors="replace")
        return _finish(text, encoding)

    if not data:
        raise DecodeError("empty file")
    if not data.strip():
        raise DecodeError("no text (only whitespace)")
    if data.startswith(codecs.BOM_UTF8):
        return _finish(data[3:].decode("utf-8", errors="replace"), "utf-8-sig")
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)) and len(data) % 4 == 0:
        try:
            return _finish(data.decode("utf-32"), "utf-32")
        except UnicodeDecodeError:
            pass
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _finish(data.decode("utf-16", errors="replace"), "utf-16")
    what = sniff_binary(data)
    if what:
        raise DecodeError(f"binary file ({what}), not an article")
    utf16 = _looks_utf16(data[:4096])
    if utf16:
        return _finish(data.decode(utf16, errors="replace"), utf16)
    try:
        return _finish(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return _finish(data.decode("utf-8", errors="replace"), "utf-8")
    if _looks_cp1252(data):
        return _finish(data.decode("cp1252"), "cp1252")
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        name = best.encoding
        # charset-normalizer often says cp1252's subset latin-1; cp1252 is what Windows wrote.
        if name in ("latin_1", "iso8859_1", "ascii"):
            name = "cp1252"
        return _finish(data.decode(name, errors="replace"), name)
    return _finish(data.decode("utf-8", errors="replace"), "utf-8")


def _finish(text: str, used: str) -> tuple[str, str]:
    if "\x00" in text:
        text = text.replace("\x00", "")
    if _control_ratio(text) > 0.05:
        raise DecodeError("binary data (too many control characters), not an article")
    if "\ufffd" in text[:65536] and text[:65536].count("\ufffd") > 0.2 * len(text[:65536]):
        raise DecodeError(f"binary data (not decodable as {used}), not an article")
    text = sanitize_text(text)
    if not text.strip():
        raise DecodeError("no text (only whitespace)")
    return text, used
