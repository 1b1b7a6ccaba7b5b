"""Progress on a terminal; one line per milestone otherwise (logs, CI, tests)."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

Advance = Callable[[int], None]


class Reporter:
    """Shows the progress of named steps. ``quiet`` shows nothing."""

    def __init__(self, *, quiet: bool = False, console: Console | None = None) -> None:
        self.quiet = quiet
        self.console = console or Console(stderr=True)
        self.interactive = self.console.is_terminal and not quiet

    def note(self, message: str) -> None:
        if not self.quiet:
            self.console.print(message, highlight=False)

    def milestone(self, message: str) -> None:
        """A line for logs; on a terminal the bars already say it."""
        if not self.quiet and not self.interactive:
            print(message, file=sys.stderr, flush=True)

    @contextmanager
    def task(self, description: str, total: int | None) -> Iterator[Advance]:
        """A bar on a terminal; elsewhere a start and an end line."""
        if self.quiet:
            yield lambda n: None
            return
        if not self.interactive:
            started = time.perf_counter()
            print(f"{description}...", file=sys.stderr, flush=True)
            yield lambda n: None
            print(
                f"{description}: done in {time.perf_counter() - started:.1f} s",
                file=sys.stderr,
                flush=True,
            )
            return
        columns = [
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn() if total is not None else TextColumn(""),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
        ]
        with Progress(*columns, console=self.console, transient=False) as bar:
            task_id = bar.add_task(description, total=total)
            yield lambda n: bar.advance(task_id, n)
