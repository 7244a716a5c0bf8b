"""What one table cell says: a number (with a unit printed inside it), blank, dash, 无 or text.

Cells are Arabic digits here (full-width digits are already ASCII after normalisation), grouped
by thousands with ``,`` or the full-width ``，`` (``1,234``, ``1，234``); a cell that is only a
Chinese zero (零, 〇) is 0; a cell that is wholly a Chinese count in its standard form (``三``,
``十二``, ``一百零五``: reports typed by hand print small counts so) is that count, while anything else
in Chinese numerals (``十二五``, ``一一``, ``三、``) stays ``text``. Blank is never zero.

Example:
    >>> read_cell("251000元")
    (251000, 'number', '元')
    >>> read_cell("  ")
    (None, 'blank', None)
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal, InvalidOperation

from textmine.tables.registry import cell_words

#: A number as printed in a cell: sign, digits with optional thousands commas (``,`` or the
#: full-width ``，`` a Chinese input method types), decimals.
RE_NUMBER = re.compile(r"[+\-]?(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:，\d{3})+|\d+)(?:\.\d+)?")
#: A cell of dash marks only: — – - － / ／ \ …
RE_DASHES = re.compile(r"[—–\-－/／\\…]+")
#: Digits apart by single spaces inside one cell (``1 234``, ``2 5``): OCR, hand typing, or
#: thousands grouped by a (thin) space as GB/T 15835 prints them.
RE_SPACED_DIGITS = re.compile(r"\d+(?:[ \u00a0\u2009\u202f]\d+)+")
#: The thousands grouped by a space: a first group of 1–3 digits, then groups of exactly 3.
RE_SPACED_THOUSANDS = re.compile(r"\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+")
#: A count grouped by thousands and wrapped in its narrow cell after a separator (``1,<br>530`` in HTML reads
#: ``1, 530``): the separator ends the line, the next group of exactly 3 digits starts the next one.
RE_WRAPPED_GROUPS = re.compile(
    r"\d{1,3}(?:,[ \u00a0\u2009\u202f]?\d{3})+|\d{1,3}(?:，[ \u00a0\u2009\u202f]?\d{3})+"
)
#: The note of a cell whose digits were printed apart by spaces other than thousands groups:
#: one cell holds one count, so they are one number, but a space may also be a lost cell edge.
SPACED_DIGITS_NOTE = "digits printed apart by spaces inside one cell read as one number: not settled"
#: A count as OCR reads an image of a table: the letter O (o) for 0 and l (I) for 1 among digits (``2O``, ``l5``,
#: ``54O``, ``lO``): two characters or more, one at least a digit or O (``II`` is a Roman numeral), or a lone
#: ``l``. (A lone O is a zero word.)
RE_OCR_COUNT = re.compile(r"(?=[0-9OoIl]*[0-9Oo])[0-9OoIl]{2,}|l")
OCR_DIGITS = str.maketrans("OoIl", "0011")


def to_value(text: str) -> int | Decimal | None:
    """Parse a printed number into ``int`` (or ``Decimal`` when it has decimals).

    Commas must group thousands: ``1,18`` is not a number (a typo or a lost digit).

    >>> to_value("-18"), to_value("7730.28"), to_value("1,234"), to_value("12，345"), to_value("1,18")
    (-18, Decimal('7730.28'), 1234, 12345, None)
    """
    if not RE_NUMBER.fullmatch(text.strip()):
        return None
    clean = text.replace(",", "").replace("，", "").strip()
    try:
        if "." in clean:
            return Decimal(clean)
        return int(clean)
    except (ValueError, InvalidOperation):
        return None


def ocr_count(text: str) -> int | None:
    """The count of a cell OCR printed with letters for digits (see :data:`RE_OCR_COUNT`); ``None`` for
    digits alone and for anything else.

    >>> ocr_count("2O"), ocr_count("l5"), ocr_count("lO"), ocr_count("l"), ocr_count("54O")
    (20, 15, 10, 1, 540)
    >>> ocr_count("25"), ocr_count("II"), ocr_count("I"), ocr_count("lOT"), ocr_count("ol件")
    (None, None, None, None, None)
    """
    if text.isdigit() or not RE_OCR_COUNT.fullmatch(text):
        return None
    return int(text.translate(OCR_DIGITS))


def joined_digits(raw: str) -> tuple[str, str | None] | None:
    """The number of one cell (a TAB, pipe or grid cell, never a line of several cells) whose
    digits are printed apart by spaces, and the note it carries: ``None`` for thousands grouped
    by a space (``1 234``, as GB/T 15835 groups them), :data:`SPACED_DIGITS_NOTE` for other
    breaks (``2 5``: OCR or typing), since one cell holds one count. ``None`` for any other cell.

    >>> joined_digits("1 234"), joined_digits("12 345 678")
    (('1234', None), ('12345678', None))
    >>> joined_digits("2 5")[0], joined_digits("25"), joined_digits("2 件"), joined_digits("1 2 3")[0]
    ('25', None, None, '123')
    >>> joined_digits("l O")[0], joined_digits("I I"), joined_digits("O O")[0]
    ('10', None, '00')

    A count grouped by commas and wrapped after a comma is that count (no note: the groups settle it); commas
    that do not group thousands stay text:

    >>> joined_digits("1, 530"), joined_digits("12，345 678"), joined_digits("1, 18"), joined_digits("1,530")
    (('1530', None), None, None, None)
    """
    text = raw.strip()
    if RE_WRAPPED_GROUPS.fullmatch(text) and not RE_NUMBER.fullmatch(text):
        return re.sub(r"\D", "", text), None
    if not RE_SPACED_DIGITS.fullmatch(text):
        digits = text.translate(OCR_DIGITS)  # an OCR'd count with a stray space (l O): its letters as digits
        if digits == text or not RE_SPACED_DIGITS.fullmatch(digits) or ocr_count(text.replace(" ", "")) is None:
            return None
        return re.sub(r"\D", "", digits), SPACED_DIGITS_NOTE
    joined = re.sub(r"\D", "", text)
    return joined, None if RE_SPACED_THOUSANDS.fullmatch(text) else SPACED_DIGITS_NOTE


def split_unit(text: str) -> tuple[str, str | None]:
    """Split a unit printed after a number: ``"246900元"`` → ``("246900", "元")``."""
    stripped = text.strip()
    for unit in cell_words()["units"]:
        if stripped.endswith(unit) and RE_NUMBER.fullmatch(stripped[: -len(unit)].strip()):
            return stripped[: -len(unit)].strip(), unit
    return stripped, None


@functools.lru_cache(maxsize=65536)
def read_cell(raw: str) -> tuple[int | Decimal | None, str, str | None]:
    """Return ``(value, status, unit printed in the cell)`` of a raw cell text.

    Statuses: ``number``, ``blank`` (empty or whitespace), ``dash`` (— – - / ／),
    ``none_word`` (无 / 没有), ``text`` (anything else). Results are cached per cell text
    (the same cells and lines are read many times while a table is located and split).

    >>> read_cell("—"), read_cell("无"), read_cell("0"), read_cell("见附件")
    ((None, 'dash', None), (None, 'none_word', None), (0, 'number', None), (None, 'text', None))
    >>> read_cell("零"), read_cell("零星")
    ((0, 'number', None), (None, 'text', None))
    >>> read_cell("增加3"), read_cell("减少2"), read_cell("减少审批环节")
    ((3, 'number', None), (-2, 'number', None), (None, 'text', None))
    >>> read_cell("12*"), read_cell("3①"), read_cell("*"), read_cell("注①")
    ((12, 'number', None), (3, 'number', None), (None, 'text', None), (None, 'text', None))
    >>> read_cell("三"), read_cell("十二"), read_cell("十二五"), read_cell("三、")
    ((3, 'number', None), (12, 'number', None), (None, 'text', None), (None, 'text', None))
    >>> read_cell("2O"), read_cell("l5"), read_cell("II")
    ((20, 'number', None), (15, 'number', None), (None, 'text', None))
    """
    text = raw.strip()
    if not text:
        return None, "blank", None
    words = cell_words()
    if text in words["dash"] or RE_DASHES.fullmatch(text):
        return None, "dash", None
    if text in words["none_word"]:
        return None, "none_word", None
    if text in words["zero_word"]:
        return 0, "number", None
    ocr = ocr_count(text)
    if ocr is not None:  # OCR's letters for digits (2O, l5): the count
        return ocr, "number", None
    number, unit = split_unit(text)
    value = to_value(number)
    if value is not None:
        return value, "number", unit
    count = chinese_count(text)
    if count is not None:
        return count, "number", None
    change = RE_CHANGE_WORDS.fullmatch(text)
    if change:  # 本年增/减 written in words: 增加3 is +3, 减少2 is -2
        value = to_value(change.group(2))
        if value is not None:
            return (-value if change.group(1).startswith("减") else value), "number", None
    bare = text.rstrip("".join(words["footnote_mark"])).rstrip()
    if bare != text and bare:  # a number with a footnote mark (12*, 3①): the number
        value, status, unit = read_cell(bare)
        if status == "number":
            return value, status, unit
    return None, "text", None


#: A cell of Chinese numerals only (no 两/万: a table's count is written in its plain form).
RE_CHINESE_CELL = re.compile(r"[零〇一二三四五六七八九十百千]{1,8}")


def chinese_count(text: str) -> int | None:
    """The count a cell prints in Chinese numerals, in the standard form only: ``三`` 3, ``十二`` 12,
    ``二十五`` 25, ``一百零五`` 105; ``None`` for anything else (``十二五``, ``一一``, ``三五``, words).

    >>> chinese_count("三"), chinese_count("十二"), chinese_count("二十五"), chinese_count("一百零五")
    (3, 12, 25, 105)
    >>> chinese_count("十二五"), chinese_count("一一"), chinese_count("三五"), chinese_count("三个")
    (None, None, None, None)
    """
    if not RE_CHINESE_CELL.fullmatch(text):
        return None
    from textmine.numbers import parse_number, to_chinese

    try:
        value = parse_number(text)
    except ValueError:
        return None
    if not isinstance(value, int) or to_chinese(value) != text:
        return None
    return value


#: A change written with its direction as a word (the 2019 table 二's 本年增/减 column):
#: ``增加3``, ``增3``, ``新增3``, ``减少2``, ``减2``.
RE_CHANGE_WORDS = re.compile(r"(增加|新增|增|减少|减)\s*(\d{1,3}(?:,\d{3})+|\d+)")


#: A text cell that still sits where a number goes: a number with a note (``12 (含转办)``) or
#: with commas that do not group thousands (``1,18``). Read as ``text``, raw kept.
RE_NUMBER_TEXT = re.compile(r"[+\-]?\d[\d,]*(?:\.\d+)?(?:\s*[（(][^（）()\n]{1,30}[）)])?")


def is_number_text(raw: str) -> bool:
    """True for a cell that is a number with a note or malformed commas (a ``text`` cell that
    belongs to the row's cells, not a label or prose).

    >>> is_number_text("12 (含转办)"), is_number_text("1,18"), is_number_text("见附件")
    (True, True, False)
    """
    return bool(RE_NUMBER_TEXT.fullmatch(raw.strip()))


def is_value_text(raw: str) -> bool:
    """True when ``raw`` reads as a cell value (number, blank, dash or 无), not as a label."""
    return read_cell(raw)[1] != "text"
