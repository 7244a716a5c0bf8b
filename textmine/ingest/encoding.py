"""Decoding the bytes of a text or HTML report: BOMs, UTF-8, UTF-16, GB18030, fallbacks.

The order is fixed so the same bytes always decode the same way: a byte-order mark wins;
then binary content is refused; then strict UTF-8; then (for HTML) a ``<meta charset>`` that
decodes cleanly; then GB18030 (a superset of GB2312 and GBK); then charset-normalizer's guess.

Example:
    >>> decode("政府信息公开".encode("gbk"), name="a.txt").text
    '政府信息公开'
"""

from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass, field

from textmine.errors import ReadError

logger = logging.getLogger(__name__)

#: File signatures of formats that are never a text report (a PNG saved as .txt, a PDF
#: renamed .html ...): prefix → name used in the error message.
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (docx/xlsx/zip)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE2 document (doc/xls)"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"{\\rtf", "RTF document"),
)

#: Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16-be"),
)

#: Control bytes other than tab, newline, vertical tab, form feed, carriage return and ESC.
RE_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
#: The same bytes, to count them with ``bytes.translate`` (no match object per byte).
CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)])

#: ``<meta charset="gbk">`` or ``<meta http-equiv=... content="text/html; charset=gb2312">``.
RE_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)

#: Characters of ordinary text: ASCII printable and whitespace, CJK, CJK/full-width punctuation.
RE_TEXT_CHAR = re.compile(
    r"[\t\n\r\x20-\x7e\u00a0-\u024f\u2000-\u206f\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]"
)

#: Share of ordinary text characters a BOM-less UTF-16 decoding must reach.
MIN_TEXT_SHARE = 0.9

#: Chinese ideographs (the basic block) in decoded text.
RE_HAN = re.compile(r"[\u4e00-\u9fff]")

#: Legacy Chinese charset labels that are decoded with their superset GB18030.
GB_LABELS = frozenset(
    {"gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn", "gb_2312-80", "hz-gb-2312"}
)

#: Share of control bytes above which input counts as binary.
MAX_CONTROL_SHARE = 0.05

#: At most this share of bytes may be invalid for UTF-8 with replacement (a stray bad byte).
MAX_UTF8_ERROR_SHARE = 0.001


@dataclass
class Decoded:
    """Decoded text, the name of the encoding used and any warnings."""

    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def _label(source: str | None) -> str:
    return source or "<bytes>"


def _utf16_without_bom(data: bytes) -> str | None:
    """Return ``utf-16-le``/``utf-16-be`` for BOM-less UTF-16, else ``None``.

    NUL bytes are the hint (ASCII characters and some CJK ones hold one); the decoding whose
    characters are mostly ordinary text (CJK, ASCII, punctuation) wins.
    """
    sample = data[: 65536 - 65536 % 2]
    if len(sample) < 4 or sample.count(0) < max(2, len(sample) // 50):
        return None
    best, best_share = None, 0.0
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = sample[: len(sample) - len(sample) % 2].decode(codec)
        except UnicodeDecodeError:
            continue
        share = len(RE_TEXT_CHAR.findall(text)) / max(len(text), 1)
        if share > best_share:
            best, best_share = codec, share
    return best if best_share >= MIN_TEXT_SHARE else None


def check_binary(data: bytes, *, name: str | None = None) -> None:
    """Raise :class:`ReadError` when ``data`` is plainly not text (magic number, NULs, control bytes).

    UTF-16/32 input (with a BOM or with NULs on one parity) is not binary.

    >>> check_binary(b"\\x89PNG\\r\\n\\x1a\\n...", name="a.txt")  # doctest: +SKIP
    """
    head = data[:16]
    for magic, what in MAGIC:
        if head.startswith(magic):
            if magic == b"MZ" and len(data) > 2 and not RE_CONTROL_BYTES.search(data[:512]):
                continue  # plain text that happens to start with "MZ"
            raise ReadError(_label(name), f"binary content, not a text report ({what} signature)")
    if any(data.startswith(bom) for bom, _, _ in BOMS) or _utf16_without_bom(data):
        return
    sample = data[:65536]
    if b"\x00" in sample:
        raise ReadError(
            _label(name), "binary content, not a text report (NUL bytes that are not UTF-16)"
        )
    controls = len(sample) - len(sample.translate(None, CONTROL_BYTES))
    if sample and controls / len(sample) > MAX_CONTROL_SHARE:
        raise ReadError(
            _label(name),
            f"binary content, not a text report ({controls} control bytes in the first {len(sample)})",
        )


def _meta_charset(data: bytes) -> str | None:
    match = RE_META_CHARSET.search(data[:8192])
    if not match:
        return None
    label = match.group(1).decode("ascii", "ignore").lower()
    if label in GB_LABELS:
        return "gb18030"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _plausible_gb(text: str) -> bool:
    """GB18030 decodes almost anything; accept it when the Han characters are common ones."""
    han = RE_HAN.findall(text[:20000])
    if not han:
        return True
    common = sum(1 for ch in han if _is_gb2312(ch))
    return common >= 0.8 * len(han)


def _is_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def decode(data: bytes, *, name: str | None = None, html: bool = False) -> Decoded:
    """Decode report bytes into text.

    Args:
        data: the input bytes.
        name: file name for messages.
        html: honour a ``<meta charset>`` declaration when UTF-8 fails.

    Returns:
        A :class:`Decoded` with the text and the encoding used.

    Raises:
        ReadError: the input is empty, binary or cannot be decoded.

    >>> decode("年度报告".encode("utf-16"), name="a.txt").encoding
    'utf-16-le'
    """
    label = _label(name)
    if not data.strip():
        raise ReadError(label, "empty file: no text to read")
    for bom, codec, reported in BOMS:
        if data.startswith(bom):
            text = data.decode(codec, errors="replace")
            warnings = []
            bad = text.count("\ufffd")
            if bad:
                warnings.append(
                    f"{bad} undecodable byte sequence(s) replaced ({reported} with BOM)"
                )
            return _finish(Decoded(text, reported, warnings), label)
    check_binary(data, name=name)
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return _finish(Decoded(data.decode(utf16), utf16), label)
        except UnicodeDecodeError:
            logger.debug("%s: NUL pattern suggests %s but it does not decode", label, utf16)
    tried = ["utf-8"]
    try:
        return _finish(Decoded(data.decode("utf-8"), "utf-8"), label)
    except UnicodeDecodeError:
        pass
    if html:
        declared = _meta_charset(data)
        if declared and declared != "utf-8":
            tried.append(f"{declared} (meta charset)")
            try:
                return _finish(Decoded(data.decode(declared), declared), label)
            except (UnicodeDecodeError, LookupError):
                pass
    # Mostly UTF-8 with a stray bad byte (a truncated download): keep UTF-8, say so.
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    if 0 < bad <= max(2, len(data) * MAX_UTF8_ERROR_SHARE) and RE_HAN.search(replaced):
        return _finish(
            Decoded(replaced, "utf-8", [f"{bad} undecodable byte sequence(s) replaced (utf-8)"]),
            label,
        )
    tried.append("gb18030")
    gb_text: str | None
    try:
        gb_text = data.decode("gb18030")
    except UnicodeDecodeError:
        gb_text = None
    if gb_text is not None and _plausible_gb(gb_text):
        return _finish(Decoded(gb_text, "gb18030"), label)
    tried.append("charset-normalizer")
    guess = _charset_normalizer(data)
    if guess is not None:
        return _finish(guess, label)
    if gb_text is not None:
        return _finish(
            Decoded(gb_text, "gb18030", ["rare characters: gb18030 guess may be wrong"]), label
        )
    raise ReadError(label, f"cannot decode the bytes as text (tried {', '.join(tried)})")


def _charset_normalizer(data: bytes) -> Decoded | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    best = from_bytes(data).best()
    if best is None:
        return None
    return Decoded(
        str(best), best.encoding, [f"encoding guessed by charset-normalizer: {best.encoding}"]
    )


def _finish(decoded: Decoded, label: str) -> Decoded:
    if not decoded.text.strip():
        raise ReadError(label, "empty file: no text to read")
    return decoded
