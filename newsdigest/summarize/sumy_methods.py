"""sumy's algorithms as scorers over our own sentences (no NLTK data needed)."""

from __future__ import annotations

from newsdigest.models import Article, Sentence


def _summarizer(method: str, stemmer):  # type: ignore[no-untyped-def]
    from sumy.summarizers.edmundson import EdmundsonSummarizer
    from sumy.summarizers.kl import KLSummarizer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.reduction import ReductionSummarizer
    from sumy.summarizers.sum_basic import SumBasicSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    classes = {
        "lexrank": LexRankSummarizer,
        "textrank": TextRankSummarizer,
        "lsa": LsaSummarizer,
        "luhn": LuhnSummarizer,
        "kl": KLSummarizer,
        "sumbasic": SumBasicSummarizer,
        "edmundson": EdmundsonSummarizer,
        "reduction": ReductionSummarizer,
    }
    return classes[method](stemmer)


def sumy_scores(method: str, article: Article, sentences: list[Sentence]) -> list[float]:
    """Score every sentence with a sumy algorithm; the rank order becomes the score."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.utils import get_stop_words

    from newsdigest.sentences import SumyTokenizer

    tok = SumyTokenizer()
    sumy_sents = [SumySentence(s.text, tok) for s in sentences]
    doc = ObjectDocumentModel([Paragraph(sumy_sents)])
    summarizer = _summarizer(method, Stemmer("english"))
    stop = frozenset(get_stop_words("english"))
    summarizer.stop_words = stop
    if method == "edmundson":
        title_words = tok.to_words(article.title or "")
        summarizer.bonus_words = title_words or ("the",)
        summarizer.stigma_words = ("advertisement",)
        summarizer.null_words = tuple(stop)
    ranked = summarizer(doc, len(sumy_sents))
    # sumy returns chosen sentences in document order; recover rank with its rating.
    rank = {id(s): r for r, s in enumerate(ranked)}
    n = len(sentences)
    return [(n - rank[id(s)]) / n if id(s) in rank else 0.0 for s in sumy_sents]
