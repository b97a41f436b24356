"""The errors that end a command with a message rather than a traceback, in a module of their own so
the command line can catch them without loading the pipeline first."""

from __future__ import annotations

import signal


class OutputError(Exception):
    """The output folder cannot be used; the message says why."""


class Interrupted(Exception):
    """The run was stopped by a signal (SIGTERM, SIGHUP); `signum` says which."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum
