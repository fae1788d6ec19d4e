"""The hand-written proxy references (tests/summ_refs) are what their README says they are."""

from __future__ import annotations

import pytest
from conftest import ROOT, SHARED, load_script

REFS = ROOT / "tests" / "summ_refs"
BENCH = SHARED / "bench" / "bbc-articles.jsonl"
DEV = SHARED / "dev" / "summ" / "bbc-business-dev.jsonl"


load = load_script("caselib").read_jsonl


@pytest.mark.skipif(not BENCH.exists(), reason="bench corpus not available")
def test_highlights_follow_the_selection_rule_and_are_abstractive() -> None:
    bench = load(BENCH)
    dev_keys = {(r["title"], r["text"][:200]) for r in load(DEV)}
    expected = [
        r["id"] for i, r in enumerate(bench) if i % 35 == 0 and (r["title"], r["text"][:200]) not in dev_keys
    ]
    rows = load(REFS / "highlights.jsonl")
    assert sorted(r["id"] for r in rows) == sorted(expected[:60])
    text_of = {r["id"]: " ".join(r["text"].split()) for r in bench}
    for r in rows:
        assert 3 <= len(r["highlights"]) <= 4
        assert 30 <= sum(len(h.split()) for h in r["highlights"]) <= 60
        for h in r["highlights"]:
            assert h.rstrip(".") not in text_of[r["id"]], (r["id"], h)  # never a copied sentence


@pytest.mark.skipif(not BENCH.exists(), reason="bench corpus not available")
def test_cluster_abstracts_match_the_clusters_and_the_word_limit() -> None:
    make_clusters = load_script("make_clusters")
    dev, bench = load(DEV), load(BENCH)
    clusters = make_clusters.build(dev, bench)
    rows = load(REFS / "cluster_abstracts.jsonl")
    assert len(rows) == len(clusters) == 10
    for row, c in zip(rows, clusters, strict=True):
        assert row["members"] == [dev[i]["id"] for i in c["dev"]] + [bench[k]["id"] for k in c["extra"]]
        assert 80 <= len(row["abstract"].split()) <= 100
