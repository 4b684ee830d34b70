"""Where extraction runs: in this process, in N local processes, or on a Dask cluster.

Every engine yields the documents in input order with their figure rows, so the outputs are the same
whichever runs them. Work is sent in batches with a bounded number in flight, so memory stays flat
however large the corpus.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from .errors import InputError
from .inputs import Document

Row = dict[str, object]
Result = tuple[Document, list[Row]]
ENGINES = ("local", "dask")


def _extract_batch(docs: list[Document]) -> list[Result]:
    from .pipeline import figures_of

    out: list[Result] = []
    for doc in docs:
        rows = figures_of(doc)
        doc.text = None  # the text is not needed any more: do not send it back
        out.append((doc, rows))
    return out


def _batches(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(docs)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def _bounded(submit: Any, docs: Iterable[Document], batch: int, in_flight: int) -> Iterator[Result]:
    """Submit batches, keep at most `in_flight` running, yield results in input order."""
    pending: deque[Any] = deque()
    for chunk in _batches(docs, batch):
        pending.append(submit(chunk))
        if len(pending) >= in_flight:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def extract_stream(docs: Iterable[Document], jobs: int = 1, engine: str = "local", scheduler: str | None = None,
                   batch: int = 32) -> Iterator[Result]:
    """Each document with its figure rows, in input order."""
    if engine not in ENGINES:
        raise InputError(f"unknown engine {engine!r}; choose one of: {', '.join(ENGINES)}")
    if jobs < 1:
        raise InputError("--jobs must be 1 or more")
    if engine == "dask":
        yield from _dask_stream(docs, jobs, scheduler, batch)
    elif jobs == 1:
        for chunk in _batches(docs, batch):
            yield from _extract_batch(chunk)
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            def submit(chunk: list[Document]) -> Future[list[Result]]:
                return pool.submit(_extract_batch, chunk)

            yield from _bounded(submit, docs, batch, in_flight=jobs * 3)


def _dask_stream(docs: Iterable[Document], jobs: int, scheduler: str | None, batch: int) -> Iterator[Result]:
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise InputError("--engine dask needs the cluster extra: pip install 'attack-stats[cluster]'") from exc
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="8s")
        else:
            cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None)
            client = Client(cluster)
    except OSError as exc:
        raise InputError(f"cannot reach the Dask scheduler {scheduler!r}: {exc}") from exc
    try:
        def submit(chunk: list[Document]) -> Any:
            return client.submit(_extract_batch, chunk, pure=False)

        workers = max(1, len(client.scheduler_info().get("workers", {})) or jobs)
        yield from _bounded(submit, docs, batch, in_flight=workers * 3)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
