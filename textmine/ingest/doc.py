"""Reading a legacy Word ``.doc`` file through ``antiword`` (or ``catdoc``) when installed.

Both are Debian packages (``apt-get install antiword``); without either the file is an error
that says so. The tool runs on a private temporary copy of the bytes, with a time limit, and
nothing of the input is executed.

Example:
    >>> doc_tool() in (None, "antiword", "catdoc")  # doctest: +SKIP
    True
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import tempfile
from pathlib import Path

from textmine.errors import ReadError

logger = logging.getLogger(__name__)

#: Seconds the converter may take on one file.
TIMEOUT = 60

#: Command lines, in order of preference: UTF-8 text, no wrapping.
TOOLS: dict[str, list[str]] = {
    "antiword": ["-m", "UTF-8.txt", "-w", "0"],
    "catdoc": ["-d", "utf-8", "-w"],
}


def doc_tool() -> str | None:
    """The name of the first ``.doc`` converter found on ``PATH``."""
    return next((name for name in TOOLS if shutil.which(name)), None)


def doc_text(data: bytes, *, label: str = "<doc>") -> str:
    """The text of a ``.doc`` file, converted by antiword or catdoc.

    Raises:
        ReadError: no converter is installed, it failed or timed out, or gave no text.
    """
    tool = doc_tool()
    if tool is None:
        raise ReadError(label, ".doc needs antiword (apt-get install antiword) or catdoc")
    executable = shutil.which(tool) or tool
    with tempfile.TemporaryDirectory(prefix="textmine-doc-") as tmp:
        path = Path(tmp) / "input.doc"
        path.write_bytes(data)
        try:
            done = subprocess.run(
                [executable, *TOOLS[tool], str(path)],
                capture_output=True,
                timeout=TIMEOUT,
                check=False,
                stdin=subprocess.DEVNULL,
            )
        except subprocess.TimeoutExpired as exc:
            raise ReadError(label, f"{tool} timed out after {TIMEOUT} s") from exc
    if done.returncode:
        lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
        why = lines[-1].replace(str(path), "the file") if lines else f"exit code {done.returncode}"
        raise ReadError(label, f"{tool} cannot read this .doc: {why}")
    text = done.stdout.decode("utf-8", "replace")
    if not text.strip():
        raise ReadError(label, f"{tool} found no text in the .doc file")
    return text
