"""Where extraction runs: in this process, in N local processes, or on a Dask cluster.

Every engine yields the documents in input order with their figure rows, so the outputs are the same
whichever runs them. Work is sent in batches with a bounded number in flight, so memory stays flat
however large the corpus. Worker processes ignore Ctrl-C (the main process stops them), and a worker
that dies (killed, out of memory) is a WorkerError, not a hang.
"""

from __future__ import annotations

import contextlib
import gc
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from .documents import Document
from .errors import InputError, WorkerError
from .rows import Row, figures_of

Result = tuple[Document, list[Row]]
ENGINES = ("local", "dask")


def _extract_batch(docs: list[Document]) -> list[Result]:
    out: list[Result] = []
    for doc in docs:
        try:
            rows = figures_of(doc)
        except Exception as exc:  # annotated and raised again: which document a bug showed on
            exc.add_note(f"while extracting the figures of {doc.doc_id} ({doc.source})")
            raise
        doc.text = None  # the text is not needed any more: do not send it back
        out.append((doc, rows))
    return out


def _ignore_interrupts() -> None:
    """Worker start-up: Ctrl-C reaches the whole process group; only the main process acts on it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


BATCH_CHARACTERS = 4_000_000  # a batch holds at most this much text (or one larger document)


def _batches(docs: Iterable[Document], size: int, budget: int = BATCH_CHARACTERS) -> Iterator[list[Document]]:
    """The documents in batches of `size`, or fewer when their texts reach `budget` characters (so batches in
    flight hold a bounded amount of text, however large the documents)."""
    batch: list[Document] = []
    held = 0
    for doc in docs:
        batch.append(doc)
        held += len(doc.text or "")
        if len(batch) >= size or held >= budget:
            yield batch
            batch, held = [], 0
    if batch:
        yield batch


def _bounded(submit: Any, docs: Iterable[Document], batch: int, in_flight: int) -> Iterator[Result]:
    """Submit batches, keep at most `in_flight` running, yield results in input order."""
    pending: deque[Any] = deque()
    try:
        for chunk in _batches(docs, batch):
            pending.append(submit(chunk))
            if len(pending) >= in_flight:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()


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
        for doc in docs:  # one at a time: only the document being read is in memory
            yield from _extract_batch([doc])
    else:
        yield from _pool_stream(docs, jobs, batch)


def _pool_stream(docs: Iterable[Document], jobs: int, batch: int) -> Iterator[Result]:
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_interrupts)
    finished = False
    try:
        def submit(chunk: list[Document]) -> Future[list[Result]]:
            return pool.submit(_extract_batch, chunk)

        yield from _bounded(submit, docs, batch, in_flight=jobs * 3)
        finished = True
    except BrokenProcessPool as exc:
        raise WorkerError("a worker process ended abruptly (killed by a signal, or out of memory); "
                          "the run stopped and wrote no outputs") from exc
    finally:
        if finished:
            pool.shutdown(wait=True)
        else:  # interrupted or failed: do not wait for the batches in flight
            processes = list((getattr(pool, "_processes", None) or {}).values())
            pool.shutdown(wait=False, cancel_futures=True)
            for process in processes:
                with contextlib.suppress(OSError, AttributeError, ValueError):
                    process.terminate()


def _dask_stream(docs: Iterable[Document], jobs: int, scheduler: str | None, batch: int) -> Iterator[Result]:
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise InputError("--engine dask needs the cluster extra: pip install 'attack-stats[cluster]'") from exc
    cluster = None
    failure = ""
    try:
        if scheduler is not None:
            client = Client(scheduler, timeout="8s")
        else:
            cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None)
            client = Client(cluster)
    except (OSError, ValueError, TypeError, RuntimeError) as exc:  # unreachable, not an address, a loop that died
        if cluster is not None:
            cluster.close()
        failure = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if failure:
        # The half-built Client lives on in the traceback's frames; closed by the garbage collector at some
        # later moment, it can do so inside the next Client's start-up and deadlock on distributed's loop
        # lock. Collect it here, where no lock is held, and keep no reference to the traceback.
        gc.collect()
        where = f"the Dask scheduler {scheduler!r}" if scheduler is not None else "a local Dask cluster"
        raise InputError(f"cannot reach {where}: {failure}")
    try:
        from distributed import KilledWorker

        def submit(chunk: list[Document]) -> Any:
            return client.submit(_extract_batch, chunk, pure=False)

        workers = max(1, len(client.scheduler_info().get("workers", {})) or jobs)
        try:
            yield from _bounded(submit, docs, batch, in_flight=workers * 3)
        except KilledWorker as exc:
            raise WorkerError(f"a Dask worker died while extracting ({exc}); the run stopped and wrote no outputs"
                              ) from exc
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
