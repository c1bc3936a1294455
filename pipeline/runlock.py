"""One `newsmon run` at a time per store: an exclusive lock on a file beside it.

The kernel drops a flock when its process dies, however it dies, so a killed run never
leaves a stale lock; the file keeps the holder's pid and start time for the message.
"""

from __future__ import annotations

import fcntl
import os
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from newsmon.models.errors import ExitCode, NewsmonError


class RunLocked(NewsmonError):
    exit_code = ExitCode.LOCKED


@contextmanager
def run_lock(path: Path):
    """Hold the lock for the block; raise RunLocked at once if another run holds it."""
    try:
        handle = open(path, "a+", encoding="utf-8")
    except OSError as exc:
        raise NewsmonError(f"{path}: cannot create the run lock file ({exc.strerror}); "
                           "set [run] lock_file to a writable place") from exc
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            raise RunLocked(f"another newsmon run is in progress on this store (lock {path}: {holder}); "
                            "this run exits without doing anything") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}, started {datetime.now(timezone.utc).isoformat(timespec='seconds')}\n")
        handle.flush()
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
