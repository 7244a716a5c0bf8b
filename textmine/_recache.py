"""A disk cache of compiled regular expressions, for the processes of a corpus run.

Every process of ``textmine tag`` compiles the same thousand-odd patterns of the lexicons and
stages before it reads its first report (the fork server's warm-up, :mod:`textmine._warm`; a
process that reads reports itself, :func:`textmine.read` or a run in one process, likewise),
and Python's ``re`` compiles each in pure Python: a third of a second on every run, spent
before any worker can start. :func:`install` makes ``re`` look a pattern up first in a cache
of what its compiler produced for it last time (the program that the regex engine runs),
kept in one file per Python build in :func:`cache_dir` (``$TEXTMINE_CACHE_DIR``, else
``$XDG_CACHE_HOME/textmine`` or ``~/.cache/textmine``, where the parsed lexicons of
:func:`textmine.lexicons.load_yaml` are kept too); :func:`save` adds the patterns compiled
since (only when some were new). Only the fork server saves, after its warm-up on a fixed
sample report: patterns built from a run's own texts (names found in them) never reach the
file. Any other process that reads reports (:func:`textmine.pipeline.read` and ``analyze``,
:func:`textmine.corpus.process_input`) installs it only to read it (its first report costs a
third of the CPU: 0.25 s instead of 0.76 s on a dev report). A pattern found there is the same pattern object ``re`` would have made (the engine
compares equal), so nothing else changes. Set ``TEXTMINE_NO_CACHE=1`` to turn both caches
off; a cache that cannot be read or written is ignored.

Example:
    >>> from textmine import _recache
    >>> _recache.install()  # doctest: +SKIP
    >>> _recache.save()  # doctest: +SKIP
"""

from __future__ import annotations

import logging
import marshal
import os
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

_lock = threading.Lock()
_state: dict[str, Any] = {}


def cache_dir() -> Path | None:
    """The folder of textmine's start-up caches (``$TEXTMINE_CACHE_DIR``, else
    ``$XDG_CACHE_HOME/textmine`` or ``~/.cache/textmine``); ``None`` with ``TEXTMINE_NO_CACHE``."""
    if os.environ.get("TEXTMINE_NO_CACHE"):
        return None
    root = os.environ.get("TEXTMINE_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "textmine"
    )
    return Path(root)


def write_whole(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and one rename (readers see the old
    file or the new one, never a part); errors are logged and ignored."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except OSError:
        logger.debug("cache file %s not written", path, exc_info=True)
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def _file() -> Path:
    """The cache file of this Python build and regex engine."""
    import _sre

    root = cache_dir()
    assert root is not None
    return root / f"regex-{sys.implementation.cache_tag}-{_sre.MAGIC}.marshal"


def _stamp() -> str:
    """What the cached programs depend on: the interpreter's exact build."""
    import _sre

    return f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}"


def _read(path: Path) -> dict[tuple[Any, int], bytes]:
    """The entries of the cache file: ``(pattern, flags)`` -> the rest of ``_sre.compile``'s
    arguments, marshalled (unpacked only for the patterns a process compiles: a few MB of
    programs are never all in memory); none when the file is missing, damaged or of another
    Python build."""
    try:
        stamp, entries = marshal.loads(path.read_bytes())
        if stamp == _stamp() and isinstance(entries, dict) and all(isinstance(v, bytes) for v in entries.values()):
            return entries
    except FileNotFoundError:
        pass
    except Exception:  # noqa: BLE001 - a damaged or foreign file: compile as usual
        logger.debug("regex cache %s not read", path, exc_info=True)
    return {}


class _Recorder:
    """Stands for the ``_sre`` module inside ``re._compiler``: passes everything through and
    keeps the arguments of the last ``compile`` call of this thread (what a pattern compiles to)."""

    def __init__(self, sre: Any) -> None:
        self._sre = sre
        self._last = threading.local()

    def compile(self, *args: Any) -> Any:
        self._last.args = args
        return self._sre.compile(*args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sre, name)


def install(*, record: bool = True) -> bool:
    """Serve ``re``'s compiler from the cache file for the rest of this process; returns whether
    it is on (not when ``TEXTMINE_NO_CACHE`` is set, or where ``re`` is not built as expected).
    With ``record`` the patterns compiled are kept for :func:`save`. An entry stays after it was
    served: ``re`` keeps only its last 512 patterns, and a pattern it dropped (the lexicons' and
    stages' patterns are more than that) is served from the cache again when asked again, not
    compiled in full (in the fork server's warm-up some 250 patterns were, in every run, and
    the cache file written again for them)."""
    if _state:  # (asked again at every report a process reads: the cheap answer first)
        return True
    if cache_dir() is None:
        return False
    try:
        import _sre
        from re import _compiler
    except ImportError:
        return False
    original = getattr(_compiler, "compile", None)
    if original is None or getattr(_compiler, "_sre", None) is not _sre:
        return False
    path = _file()
    cached = _read(path)
    recorder = _Recorder(_sre)
    used: dict[tuple[Any, int], bytes] = {}
    new = [0]

    def compile(p: Any, flags: int = 0) -> Any:
        if not isinstance(p, (str, bytes)) or flags & _compiler.SRE_FLAG_DEBUG:
            return original(p, flags)
        key = (p, flags)
        packed = cached.get(key)  # the engine copies the program: an entry serves any number of times
        if packed is not None:
            if record:
                used[key] = packed
            return _sre.compile(p, *marshal.loads(packed))
        pattern = original(p, flags)
        got = getattr(recorder._last, "args", None)
        if record and got is not None and got[0] is p:
            flags2, code, *rest = got[1:]
            # the program's opcodes are int subclasses: kept as plain ints
            packed = marshal.dumps((flags2, [int(op) for op in code], *rest))
            with _lock:
                used[key] = packed
                new[0] += 1
        return pattern

    # a pattern served from the cache must be the one re would make: checked once per process
    probe = r"(?P<n>[一二三四五六七八九十〇零\d]+)(?:年|月)|[\u4e00-\u9fff]{2,}?"
    _compiler._sre = recorder
    expected = original(probe, 0)
    flags2, code, *rest = recorder._last.args[1:]
    args = marshal.loads(marshal.dumps((flags2, [int(op) for op in code], *rest)))  # as kept in the file
    if _sre.compile(probe, *args) != expected:
        _compiler._sre = _sre
        return False
    _compiler.compile = compile
    _state.update(path=path, used=used, new=new, cached=cached)
    return True


#: A cache file that would hold more patterns than this keeps only those of the process that
#: writes it (patterns of older lexicons are not kept for ever).
MAX_ENTRIES = 20_000


def save() -> None:
    """Add the patterns compiled in this process since :func:`install` to the cache file, when
    some were not in it (a new lexicon, a new textmine); what another process saved meanwhile
    is kept."""
    if not _state:
        return
    if not _state["new"][0]:
        _state["used"].clear()  # nothing to add: the programs need not stay in memory
        return
    path: Path = _state["path"]
    with _lock:
        used = dict(_state["used"])
    entries = {**_read(path), **used}  # what another process of the run saved meanwhile stays
    if len(entries) > MAX_ENTRIES:
        entries = used
    try:
        data = marshal.dumps((_stamp(), entries))
    except ValueError:  # an argument marshal cannot hold: no cache rather than no run
        logger.debug("regex cache %s not written", path, exc_info=True)
        return
    write_whole(path, data)
    _state["new"][0] = 0
    _state["used"].clear()  # saved: the programs need not stay in this process's memory
