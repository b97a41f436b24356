"""Worker processes that run one task at a time and are killed when a task overruns its time.

Every input is extracted in a worker, whatever the number of jobs, so the time limit is real
(a worker stuck inside C code is killed, not asked to stop) and the memory limit applies to one
input at a time (each worker's address space is capped). Workers are forked from the parent,
so they start with everything it has loaded. They ignore Ctrl-C and a closed terminal (the
parent handles them and ends them), and die with the parent if it is killed.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import resource
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait

_STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}
_PR_SET_PDEATHSIG = 1


def address_space() -> int:
    """Bytes of address space this process holds now (0 where the system does not say)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _die_with_parent(parent: int) -> None:
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def _cap_memory(extra: int) -> None:
    limit = address_space() + extra
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _serve(conn: Connection, inherited: list[Connection], func: Callable, memory: int, parent: int) -> None:
    """A worker's life: answer tasks until the parent says stop or goes away."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C and a closed terminal reach the whole group:
    signal.signal(signal.SIGHUP, signal.SIG_IGN)  # the parent handles them and ends its workers
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)
    for other in inherited:  # the parent's ends of other workers' pipes: holding them would keep
        other.close()        # those workers alive after the parent dies
    _die_with_parent(parent)
    if memory:
        _cap_memory(memory)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        index, args = task
        try:
            result = func(*args)
        except MemoryError:
            conn.send((index, MemoryError()))
            return  # after running out of memory the process is in no state to go on
        try:
            conn.send((index, result))
        except MemoryError:
            return


@dataclass(slots=True)
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: Connection
    task: int | None = None
    deadline: float = 0.0


class Pool:
    """`jobs` forked workers running `func(*args)`; results come back in task order.

    A task that overruns `timeout` seconds gets `on_timeout(args)` as its result (its worker is
    killed and replaced); a worker that dies gets `on_lost(args, exitcode)`.
    """

    def __init__(self, func: Callable, jobs: int, timeout: float, memory: int,
                 on_timeout: Callable, on_lost: Callable) -> None:
        self.func = func
        self.jobs = max(1, jobs)
        self.timeout = timeout
        self.memory = memory
        self.on_timeout = on_timeout
        self.on_lost = on_lost
        self.context = multiprocessing.get_context("fork")
        self.workers: list[_Worker] = []

    def _spawn(self) -> _Worker:
        parent_end, child_end = self.context.Pipe()
        inherited = [w.conn for w in self.workers] + [parent_end]
        process = self.context.Process(target=_serve, daemon=True,
                                       args=(child_end, inherited, self.func, self.memory, os.getpid()))
        # the child starts with Ctrl-C and SIGTERM blocked, so none reaches it before it ignores them
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
        try:
            process.start()
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, previous)
        child_end.close()
        worker = _Worker(process, parent_end)
        self.workers.append(worker)
        return worker

    def _retire(self, worker: _Worker) -> None:
        self.workers.remove(worker)
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join()
        worker.conn.close()

    def map(self, tasks: list[tuple], meanwhile: Callable[[], object] | None = None) -> Iterator:
        """Results of every task, in the order of `tasks`. `meanwhile` is called once the first
        tasks are handed out: work of the caller's that can run while the workers start."""
        pending = deque(enumerate(tasks))
        results: dict[int, object] = {}
        ahead = 4 * self.jobs  # tasks run at most this far ahead of the next result due
        done = 0
        while done < len(tasks):
            # hand out work before giving results back, so workers run while the caller writes
            self._dispatch(pending, done + ahead)
            if meanwhile is not None:
                meanwhile()
                meanwhile = None
            if done in results:
                yield results.pop(done)
                done += 1
            else:
                self._collect(tasks, results)

    def _dispatch(self, pending: deque, horizon: int) -> None:
        idle = [w for w in self.workers if w.task is None]
        while pending and pending[0][0] < horizon:
            if not idle:
                if len(self.workers) >= self.jobs:
                    return
                idle.append(self._spawn())
            worker = idle.pop()
            index, args = pending.popleft()
            try:
                worker.conn.send((index, args))
            except (BrokenPipeError, OSError):  # the worker died while idle: start another
                pending.appendleft((index, args))
                self._retire(worker)
                continue
            worker.task = index
            worker.deadline = time.monotonic() + self.timeout

    def _collect(self, tasks: list[tuple], results: dict[int, object]) -> None:
        busy = [w for w in self.workers if w.task is not None]
        if not busy:
            return
        now = time.monotonic()
        ready = wait([w.conn for w in busy], timeout=max(0.0, min(w.deadline for w in busy) - now))
        for worker in busy:
            index = worker.task
            if worker.conn in ready:
                try:
                    got, result = worker.conn.recv()
                except (EOFError, OSError):
                    worker.process.join(timeout=5)
                    results[index] = self.on_lost(tasks[index], worker.process.exitcode)
                    self._retire(worker)
                    continue
                results[got] = self.on_lost(tasks[got], "memory") if isinstance(result, MemoryError) else result
                worker.task = None
                if isinstance(result, MemoryError):
                    self._retire(worker)
            elif time.monotonic() >= worker.deadline:
                results[index] = self.on_timeout(tasks[index])
                self._retire(worker)

    def close(self) -> None:
        """Stop every worker: idle ones are told to, busy ones are killed."""
        for worker in list(self.workers):
            if worker.task is None:
                with contextlib.suppress(OSError):
                    worker.conn.send(None)
                worker.process.join(timeout=2)
            self._retire(worker)

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
