#!/usr/bin/env python3
"""The cache of real texts behind the real-reporting corpus (tests/corpus/real/).

The repository keeps, per real document, one manifest line (id, url, the search query that finds it,
sha256, chars, language, kind, tags, split) and its gold facts; the texts themselves stay outside the
repository, in the cache folder: $ATTACK_STATS_REAL_CACHE, else ``real-cache/`` beside the repository
(``texts/<id>.txt``, the UTF-8 bytes of the search result's excerpt, exactly as the search gave them).

    python bench/realcache.py add --lang en --kind wire --url URL --query "Q" --text-file F [--tag T] [--round N]
    python bench/realcache.py add ... --excerpt-json F   # F holds the excerpt as the search answer's JSON string
    python bench/realcache.py verify      # every text present with its hash; what is missing, with its query
    python bench/realcache.py check       # ../shared/heldout/check.py over the manifest and the texts
    python bench/realcache.py stats       # documents per language, kind, tag and split
    python bench/realcache.py todo --shard K/N   # the missing texts grouped by the query that finds them
    python bench/realcache.py restore --jsonl F  # lines {"id", "excerpt"}: kept where the sha256 matches

Rebuilding the cache: for each line `verify` reports missing, run the search (corpus ``pages``) with the
line's query, take the result whose url is the line's url (a page can be listed twice with different excerpts:
then the one whose sha256 is the line's), write its excerpt byte for byte to ``texts/<id>.txt`` and run
``verify`` again (the sha256 must match).

The split is fixed when a document is added, from its id alone: one third validation, two thirds
development. Tune on development; score validation only to report.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import hashlib
import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MANIFEST = REPO / "tests" / "corpus" / "real" / "manifest.jsonl"
HELDOUT = REPO.parent / "shared" / "heldout" / "check.py"
LANGUAGES = ("en", "uk", "ru")
KINDS = {
    "af_summary": "the Air Force's or General Staff's summary, or a news site's rendering of it",
    "mod_statement": "a Russian defence ministry statement (often with a regional break-down), or its rendering",
    "regional": "a governor's, regional administration's or city head's post, or its rendering",
    "wire": "wire copy or a news story about one attack",
    "live_blog": "live-blog entries",
    "periodic": "weekly, monthly or war-long totals",
    "casualty": "a report centred on the dead and injured",
    "analysis": "an explainer or analysis with attack figures",
    "no_figure": "a text full of numbers but with no attack figure",
}
TAGS = {"ukraine_on_russia", "multi_attack", "breakdown", "markup", "casualties"}


def cache_dir() -> Path:
    return Path(os.environ.get("ATTACK_STATS_REAL_CACHE") or REPO.parent / "real-cache")


def text_path(doc_id: str) -> Path:
    return cache_dir() / "texts" / f"{doc_id}.txt"


def doc_id(language: str, url: str) -> str:
    return f"{language}-{hashlib.sha256(url.strip().encode()).hexdigest()[:10]}"


def split_of(identifier: str) -> str:
    return "validation" if int(hashlib.sha256(identifier.encode()).hexdigest(), 16) % 3 == 0 else "development"


def read_manifest(path: Path = MANIFEST) -> list[dict[str, object]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def shingles(text: str, n: int = 8) -> set[str]:
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i:i + n]) for i in range(max(0, len(words) - n + 1))}


def _language_of(text: str) -> str:
    cyrillic = len(re.findall(r"[а-яіїєґё]", text.lower()))
    latin = len(re.findall(r"[a-z]", text.lower()))
    if cyrillic <= latin:
        return "en"
    uk = len(re.findall(r"[іїєґ]", text.lower()))
    ru = len(re.findall(r"[ыэъё]", text.lower()))
    return "uk" if uk >= ru else "ru"


@contextlib.contextmanager
def _locked():
    MANIFEST.parent.mkdir(parents=True, exist_ok=True)
    with open(MANIFEST.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def add(args: argparse.Namespace) -> int:
    if args.excerpt_json:
        try:
            excerpt = json.loads(Path(args.excerpt_json).read_text(encoding="utf-8"))
        except ValueError as error:
            print(f"refused: {args.excerpt_json} holds no JSON string ({error})")
            return 1
        if not isinstance(excerpt, str):
            print(f"refused: {args.excerpt_json} holds no JSON string")
            return 1
        data = excerpt.encode("utf-8")
    else:
        data = Path(args.text_file).read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        print("refused: the text is not UTF-8")
        return 1
    if args.kind not in KINDS or args.lang not in LANGUAGES or not set(args.tag) <= TAGS:
        print(f"refused: kind one of {sorted(KINDS)}, lang one of {LANGUAGES}, tags from {sorted(TAGS)}")
        return 1
    if len(text.strip()) < 100:
        print("refused: under 100 characters")
        return 1
    if not args.url.startswith(("http://", "https://")) or not args.query.strip():
        print("refused: a result without a url, or without the query that found it, cannot be rebuilt")
        return 1
    seen = _language_of(text)
    if seen != args.lang:
        print(f"refused: the text reads as {seen!r}, not {args.lang!r}")
        return 1
    identifier = doc_id(args.lang, args.url)
    entry = {"id": identifier, "url": args.url.strip(), "query": args.query, "sha256": hashlib.sha256(data).hexdigest(),
             "chars": len(text), "language": args.lang, "kind": args.kind, "tags": sorted(set(args.tag)),
             "split": split_of(identifier)}
    with _locked():
        manifest = read_manifest()
        # the collection round: the latest unless given (a round is collected and labelled before tuning on it)
        entry["round"] = args.round or max((int(m.get("round", 1)) for m in manifest), default=1)
        if any(m["id"] == identifier for m in manifest):
            print(f"refused: {identifier} (this url) is already in the manifest")
            return 1
        mine = shingles(text)
        for other in manifest:
            p = text_path(str(other["id"]))
            if mine and p.exists():
                common = len(mine & shingles(p.read_text(encoding="utf-8")))
                if common >= 0.5 * len(mine):
                    print(f"refused: a near copy of {other['id']} ({common} of {len(mine)} 8-word runs shared)")
                    return 1
        probe = cache_dir() / "probe"
        (probe / "texts").mkdir(parents=True, exist_ok=True)
        (probe / "texts" / f"{identifier}.txt").write_bytes(data)
        (probe / "manifest.jsonl").write_text(json.dumps(entry, ensure_ascii=False) + "\n", encoding="utf-8")
        verdict = subprocess.run([sys.executable, str(HELDOUT), str(probe / "manifest.jsonl"), str(probe / "texts")],
                                 capture_output=True, text=True)
        (probe / "texts" / f"{identifier}.txt").unlink()
        if verdict.returncode != 0:
            print(f"refused: reserved for measuring: {verdict.stdout.strip().splitlines()[0]}")
            return 1
        text_path(identifier).parent.mkdir(parents=True, exist_ok=True)
        text_path(identifier).write_bytes(data)
        with MANIFEST.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
    print(f"added {identifier} ({entry['split']}, {len(text)} chars)")
    return 0


def verify(_: argparse.Namespace) -> int:
    bad = 0
    manifest = read_manifest()
    for entry in manifest:
        p = text_path(str(entry["id"]))
        if not p.exists():
            bad += 1
            print(f"missing {entry['id']}: search pages for {entry['query']!r}, take {entry['url']}")
        elif hashlib.sha256(p.read_bytes()).hexdigest() != entry["sha256"]:
            bad += 1
            print(f"changed {entry['id']}: the cached text's sha256 differs from the manifest")
    print(f"{len(manifest) - bad} of {len(manifest)} texts present and unchanged in {cache_dir()}")
    return 1 if bad else 0


def _shard_of(query: str, count: int) -> int:
    return int(hashlib.sha256(query.encode()).hexdigest(), 16) % count


def todo(args: argparse.Namespace) -> int:
    """The missing texts of one shard (a query and all its texts fall in one shard), development first."""
    index, count = (int(part) for part in args.shard.split("/"))
    by_query: dict[str, list[dict[str, object]]] = {}
    for entry in read_manifest():
        query = str(entry["query"])
        if not text_path(str(entry["id"])).exists() and _shard_of(query, count) == index - 1:
            by_query.setdefault(query, []).append(entry)
    order = sorted(by_query, key=lambda q: (all(e["split"] == "validation" for e in by_query[q]), q))
    for query in order:
        wanted = [{"id": e["id"], "url": e["url"], "chars": e["chars"]} for e in by_query[query]]
        print(json.dumps({"query": query, "texts": wanted}, ensure_ascii=False))
    return 0


def restore(args: argparse.Namespace) -> int:
    """Write each excerpt whose UTF-8 bytes have its manifest line's sha256; say which do not."""
    manifest = {str(e["id"]): e for e in read_manifest()}
    kept, refused = 0, 0
    for number, line in enumerate(Path(args.jsonl).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            identifier, excerpt = str(item["id"]), str(item["excerpt"])
        except (ValueError, KeyError, TypeError) as error:
            print(f"line {number}: not a JSON object with id and excerpt ({error})")
            refused += 1
            continue
        entry, data = manifest.get(identifier), excerpt.encode("utf-8")
        if entry is None:
            print(f"line {number}: {identifier} is not in the manifest")
            refused += 1
        elif hashlib.sha256(data).hexdigest() != entry["sha256"]:
            print(f"line {number}: {identifier} differs from the manifest's sha256 "
                  f"({len(excerpt)} chars, the manifest says {entry['chars']})")
            refused += 1
        else:
            text_path(identifier).parent.mkdir(parents=True, exist_ok=True)
            text_path(identifier).write_bytes(data)
            kept += 1
    print(f"restored {kept}, refused {refused}")
    return 1 if refused else 0


def check(_: argparse.Namespace) -> int:
    return subprocess.run([sys.executable, str(HELDOUT), str(MANIFEST), str(cache_dir() / "texts")]).returncode


def stats(_: argparse.Namespace) -> int:
    manifest = read_manifest()
    for key in ("language", "kind", "split"):
        print(key, dict(sorted(Counter(str(m[key]) for m in manifest).items())))
    print("tags", dict(sorted(Counter(t for m in manifest for t in m["tags"]).items())))  # type: ignore[union-attr]
    print("language x split", dict(sorted(Counter(f"{m['language']}/{m['split']}" for m in manifest).items())))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    a = sub.add_parser("add", help="add one search result's text to the cache and the manifest")
    a.add_argument("--lang", required=True)
    a.add_argument("--kind", required=True)
    a.add_argument("--tag", action="append", default=[])
    a.add_argument("--round", type=int, help="the collection round (default: the manifest's latest)")
    a.add_argument("--url", required=True)
    a.add_argument("--query", required=True)
    source = a.add_mutually_exclusive_group(required=True)
    source.add_argument("--text-file", help="the excerpt's UTF-8 bytes")
    source.add_argument("--excerpt-json", help="the excerpt as the JSON string of the search answer (with quotes)")
    a.set_defaults(run=add)
    t = sub.add_parser("todo", help="the missing texts of one shard, grouped by query")
    t.add_argument("--shard", default="1/1", help="K/N: the K-th of N shards")
    t.set_defaults(run=todo)
    r = sub.add_parser("restore", help="write excerpts (JSON lines with id and excerpt) whose sha256 matches")
    r.add_argument("--jsonl", required=True)
    r.set_defaults(run=restore)
    for name, run in (("verify", verify), ("check", check), ("stats", stats)):
        sub.add_parser(name).set_defaults(run=run)
    args = parser.parse_args(argv)
    return int(args.run(args))


if __name__ == "__main__":
    sys.exit(main())
