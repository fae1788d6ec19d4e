"""Sentence splitting with character offsets, and a sumy-compatible tokenizer.

pysbd does the splitting. It is known to drop text containing some symbols, so every
segment is located back in the source text and anything it lost is restored: the
sentences of a paragraph always cover the paragraph exactly.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsdigest.models import Sentence

_PARA = re.compile(r"\n\s*\n")
_WORD = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)


@lru_cache(maxsize=1)
def _segmenter():  # type: ignore[no-untyped-def]
    import pysbd

    return pysbd.Segmenter(language="en", clean=False, char_span=False)


def _split_paragraph(par: str) -> list[str]:
    """Split one paragraph; the pieces concatenated (ignoring whitespace) equal ``par``."""
    try:
        pieces = _segmenter().segment(par)
    except Exception:  # pysbd raises on some inputs; fall back to one sentence
        return [par]
    out: list[str] = []
    pos = 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        at = par.find(piece, pos)
        if at < 0:
            # pysbd altered or dropped text: give up on its split for this paragraph.
            return [par]
        if par[pos:at].strip():
            out.append(par[pos:at])
        out.append(par[at : at + len(piece)])
        pos = at + len(piece)
    if par[pos:].strip():
        out.append(par[pos:])
    return out


def split_sentences(text: str) -> list[Sentence]:
    """Every sentence of ``text`` with offsets: ``text[s.start:s.end] == s.text``."""
    sentences: list[Sentence] = []
    para_start = 0
    paragraphs = []
    for m in _PARA.finditer(text):
        paragraphs.append((para_start, m.start()))
        para_start = m.end()
    paragraphs.append((para_start, len(text)))
    for pno, (ps, pe) in enumerate(paragraphs):
        par = text[ps:pe]
        if not par.strip():
            continue
        pos = 0
        for piece in _split_paragraph(par):
            at = par.find(piece, pos)
            lead = len(piece) - len(piece.lstrip())
            trail = len(piece.rstrip())
            start, end = ps + at + lead, ps + at + trail
            pos = at + len(piece)
            if end > start:
                sentences.append(Sentence(text[start:end], start, end, len(sentences), pno))
    return sentences


def words(text: str) -> list[str]:
    return _WORD.findall(text)


class SumyTokenizer:
    """The tokenizer object sumy asks for, with no NLTK data needed."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(s.text for s in split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(words(sentence))
