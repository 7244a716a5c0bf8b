"""Loading and validating the versioned lexicon files shipped in the package ``textmine._lexicons`` (the top-level ``lexicons/`` folder).

Lexicons are data: YAML read with a safe loader (libyaml's where present) and plain text lists. Each is loaded
once on first use and cached; nothing is read at import time.

Example:
    >>> from textmine import lexicons
    >>> lexicons.lexicon_version()  # doctest: +SKIP
    '2026.11.0+3f2a9c1d'
"""

from __future__ import annotations

import functools
import hashlib
import marshal
from importlib import resources
from typing import Any

from textmine.errors import LexiconError

PACKAGE = "textmine._lexicons"


def _root() -> Any:
    """The folder of lexicon files: the installed package, or ``lexicons/`` in a checkout."""
    try:
        return resources.files(PACKAGE)
    except ModuleNotFoundError:  # running from a source checkout without installing
        from pathlib import Path

        checkout = Path(__file__).resolve().parent.parent / "lexicons"
        if checkout.is_dir():
            return checkout
        raise LexiconError(
            f"lexicons not found: {PACKAGE} is not installed and {checkout} does not exist; "
            "install textmine with pip"
        ) from None


def read_text(name: str) -> str:
    """Return the text of the lexicon file ``name`` (e.g. ``"userdict.txt"``).

    Raises:
        LexiconError: the file is not part of the installed lexicons.
    """
    path = _root() / name
    if not path.is_file():
        raise LexiconError(
            f"lexicon file {name!r} not found in {PACKAGE}; reinstall textmine or check the name"
        )
    return path.read_text(encoding="utf-8")


@functools.cache
def load_yaml(name: str) -> Any:
    """Parse the YAML lexicon ``name`` with the safe loader (cached).

    What a file parsed to is also kept on disk, beside textmine's compiled regexes
    (:func:`textmine._recache.cache_dir`), under the sha256 of the text it came from: a process
    that starts (a corpus run's fork server, its main process) reads it back instead of parsing
    the YAML again, as long as the file is unchanged. Each text has a file of its own (the last
    :data:`KEPT_VERSIONS` of a lexicon are kept), so checkouts or installs with different lexicons
    that share the cache folder do not make each other parse their YAML again.

    Raises:
        LexiconError: the file is missing or is not valid YAML.
    """
    text = read_text(name)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    cached = _parsed_cache(name, digest)
    if cached is not None:
        try:
            stamp, data = marshal.loads(cached.read_bytes())
            if stamp == digest:
                return data
        except Exception:  # noqa: BLE001, S110 - missing, damaged or foreign: parse the YAML
            pass
    import yaml

    # libyaml's parser where PyYAML was built with it (about 10x faster): the same safe
    # constructor and resolver, so the same objects
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        raise LexiconError(f"lexicon {name!r} is not valid YAML: {exc}") from exc
    if cached is not None:
        try:  # plain data only (a YAML date, say, is not kept: parsed each time)
            packed = marshal.dumps((digest, data))
        except ValueError:
            packed = None
        if packed is not None and marshal.loads(packed)[1] == data:
            from textmine._recache import write_whole

            write_whole(cached, packed)
            _prune(cached)
    return data


#: Parsed versions of one lexicon kept in the cache folder (the most recently written).
KEPT_VERSIONS = 4


def _parsed_cache(name: str, digest: str) -> Any:
    """Where the parsed lexicon ``name`` whose text has the sha256 ``digest`` is kept on disk;
    ``None`` when caches are off."""
    from textmine._recache import cache_dir

    root = cache_dir()
    return None if root is None else root / f"lexicon-{name.replace('/', '_')}-{digest[:16]}.marshal"


def _prune(kept: Any) -> None:
    """Remove all but the :data:`KEPT_VERSIONS` most recent versions of the file ``kept``: files
    named as it is but for the 16 hex digits before ``.marshal`` (:func:`_parsed_cache`'s, the
    pattern analyses of :mod:`textmine.literals`); errors are ignored (another process may prune too)."""
    prefix = kept.name[: -len("0123456789abcdef.marshal")]
    try:
        versions = [p for p in kept.parent.iterdir() if p.name.startswith(prefix) and _version_suffix(p.name[len(prefix):])]
        versions.sort(key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for old in versions[KEPT_VERSIONS:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass


def _version_suffix(rest: str) -> bool:
    """Whether ``rest`` is what :func:`_parsed_cache` puts after a lexicon's name (16 hex digits)."""
    return len(rest) == 24 and rest.endswith(".marshal") and all(c in "0123456789abcdef" for c in rest[:16])


@functools.cache
def load_list(name: str) -> tuple[str, ...]:
    """Read a one-entry-per-line list; blank lines and ``#`` comments are skipped (cached)."""
    out = []
    for line in read_text(name).splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)


@functools.lru_cache(maxsize=1)
def lexicon_version() -> str:
    """The lexicon version: ``VERSION`` plus a short hash of every lexicon file's bytes.

    Editing any lexicon file changes the hash, so output rows always say exactly which data
    produced them.
    """
    root = _root()
    base = read_text("VERSION").strip()
    digest = hashlib.sha256()
    for entry in sorted(root.iterdir(), key=lambda p: p.name):
        if entry.is_file() and not entry.name.endswith((".py", ".pyc")):
            digest.update(entry.name.encode())
            digest.update(entry.read_bytes())
    return f"{base}+{digest.hexdigest()[:8]}"
