"""What every summariser needs about one text: its sentences, their terms and lengths, a budget,
and the shared selection routines (greedy within a budget, with optional redundancy control)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from newsdigest.models import Sentence
from newsdigest.sentences import words as word_tokens
from newsdigest.vectors import STOP_WORDS, stem, terms


def word_count(text: str) -> int:
    """Words as every budget counts them: whitespace-separated tokens."""
    return len(text.split())


@dataclass(frozen=True, slots=True)
class Budget:
    """A resolved length: at most ``sentences`` sentences and/or at most ``words`` words."""

    sentences: int | None = None
    words: int | None = None

    def fits(self, n_sentences: int, n_words: int) -> bool:
        if self.sentences is not None and n_sentences > self.sentences:
            return False
        return self.words is None or n_words <= self.words


@dataclass
class Doc:
    """One article (or a pooled cluster) ready for scoring."""

    sentences: list[Sentence]
    title: str = ""
    # For clusters: which document each sentence comes from and its position inside it.
    doc_index: list[int] = field(default_factory=list)
    local_position: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.doc_index:
            self.doc_index = [0] * len(self.sentences)
        if not self.local_position:
            self.local_position = [s.index for s in self.sentences]

    def __len__(self) -> int:
        return len(self.sentences)

    @cached_property
    def lengths(self) -> list[int]:
        return [word_count(s.text) for s in self.sentences]

    @cached_property
    def tokens(self) -> list[list[str]]:
        """Content-word stems of every sentence."""
        return [terms(s.text) for s in self.sentences]

    @cached_property
    def all_tokens(self) -> list[list[str]]:
        """Every word stem (stop words kept), for bigram concepts."""
        return [[stem(w) for w in word_tokens(s.text)] for s in self.sentences]

    @cached_property
    def prose_positions(self) -> list[int | None]:
        """Each sentence's position among the prose sentences of its article (None: not prose)."""
        from newsdigest.summarize.auto import prose_positions

        return prose_positions(self)

    @cached_property
    def title_terms(self) -> frozenset[str]:
        return frozenset(terms(self.title)) if self.title else frozenset()

    @cached_property
    def idf(self) -> dict[str, float]:
        """Inverse 'sentence frequency' inside this text (documents are sentences)."""
        df: Counter[str] = Counter()
        for t in self.tokens:
            df.update(set(t))
        n = len(self.sentences)
        return {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in sorted(df.items())}

    @cached_property
    def matrix(self):  # type: ignore[no-untyped-def]
        """Row-normalised TF-IDF matrix (numpy), one row a sentence; vocabulary sorted."""
        import numpy as np

        vocab = {t: i for i, t in enumerate(sorted(self.idf))}
        m = np.zeros((len(self.sentences), max(1, len(vocab))))
        for r, toks in enumerate(self.tokens):
            for t, c in Counter(toks).items():
                m[r, vocab[t]] = c * self.idf[t]
        norms = np.linalg.norm(m, axis=1)
        norms[norms == 0] = 1.0
        return m / norms[:, None]

    @cached_property
    def similarity(self):  # type: ignore[no-untyped-def]
        """Cosine similarity of every pair of sentences."""
        m = self.matrix
        return m @ m.T


Selector = Callable[[Doc, list[float], Budget], list[int]]


def greedy(
    doc: Doc,
    scores: list[float],
    budget: Budget,
    redundancy: float | None = None,
    min_words: int = 0,
) -> list[int]:
    """Best-scoring sentences that fit the budget, best first; ties go to the earlier sentence.

    With ``redundancy``, a sentence whose cosine with an already chosen one exceeds it is skipped.
    Sentences shorter than ``min_words`` are skipped unless nothing else fits.
    """
    order = sorted(range(len(doc)), key=lambda i: (-scores[i], i))
    chosen: list[int] = []
    used = 0
    sim = doc.similarity if redundancy is not None else None
    for pass_min in (min_words, 0) if min_words else (0,):
        for i in order:
            if i in chosen or doc.lengths[i] < pass_min:
                continue
            if budget.sentences is not None and len(chosen) >= budget.sentences:
                return chosen
            if budget.words is not None and used + doc.lengths[i] > budget.words:
                continue
            if sim is not None and any(sim[i, j] > redundancy for j in chosen):
                continue
            chosen.append(i)
            used += doc.lengths[i]
        if budget.sentences is None or len(chosen) >= budget.sentences:
            break
    if budget.sentences is not None and len(chosen) < budget.sentences and redundancy is not None:
        # Not enough distinct sentences: fill up without the redundancy test.
        for i in order:
            if len(chosen) >= budget.sentences:
                break
            if i not in chosen and (budget.words is None or used + doc.lengths[i] <= budget.words):
                chosen.append(i)
                used += doc.lengths[i]
    return chosen


def normalise(values: list[float]) -> list[float]:
    """Scale to [0, 1] (all equal -> all 1)."""
    if not values:
        return []
    lo, hi = min(values), max(values)
    if hi - lo < 1e-12:
        return [1.0] * len(values)
    return [(v - lo) / (hi - lo) for v in values]


def is_stop(word: str) -> bool:
    return word in STOP_WORDS
