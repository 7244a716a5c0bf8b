"""Numbers in report prose: every numeral with its exact value, kind, unit and qualifier.

One compiled scanner (built on first use from ``lexicons/numerals.yaml`` and
``lexicons/units.yaml``) walks the text once. Forms that look like numbers but state no
quantity are recognised first and returned with their own ``kind`` (``year``, ``date``,
``time``, ``code``, ``phone``, ``ordinal``, ``duration``, ``name``) so that callers never
take them for counts; slogans and names from the protected-phrase lexicon (一网通办,
三个必须, 十四五 ...) are not returned at all.

A Chinese numeral is only read when a measure word follows it (or inside 百分之… and
分之), so 统一, 一律, 进一步 and 一是 never become numbers (the cn2an trap).

万 and 亿, one rule (SCHEMA.md §5, gold r014): when 万/亿 *ends* the numeral right before
its unit, the magnitude belongs to the unit as written and the value is the number before
it (``8232万条`` → 8232 ``万条``, ``1.2万条`` → 1.2 ``万条``, ``三百万元`` → 300 ``万元``,
``3-5万元`` → 3..5 ``万元``); when 万/亿 stands *inside* the numeral (a lower part follows
it) the numeral is read whole (``3万4000人次`` → 34000 ``人次``, ``二万三千余条`` → 23000
``条``). A bare numeral without unit is always read whole (``数据1.2万`` → 12000).

Every numeral form is read (``tests/cases/numbers_forms.yaml``): traditional characters (萬 億
兩 陸 參, units 個 條 項), 大写 and 大写 money (壹拾壹元整 → 11 ``元``, 玖仟陆佰陆拾伍圆壹角捌分 →
9665.18 ``元``), negatives (-3%, −3, 负三十二), numerals broken by spaces as PDF extraction leaves
them (三千 九百 六十五件, 7 万5 千4 百人次), colloquial elisions (两千三百五 = 2350, 一百十一 = 111,
壹萬三 = 13000), 廿 卅 卌, full-width thousands separators (4，565件), k/w suffixes (40k次, 3w人),
a half after the unit (两年半 → 2.5 ``年``, 一个半小时 → 1.5 ``个小时``). ``parse_number`` also
reads 兆, 万万/亿万, 半/半百/一个半, fractions and shares; its docstring lists the decided
readings (digit-by-digit strings, 零 standing for a missing coefficient, malformed numerals).
``find_numbers(text, mode="all")`` reads bare Chinese numerals too (答案是四不是五 → 4, 5),
still skipping protected phrases and words such as 十分, 一样, 四川.

Other written forms: 百分之X → X ``%``, 千分之X → X ``‰``, X成 → X ``成`` (tenths: 增长两成; 九成五 → 9.5),
翻X番 → X ``番`` (kind ratio; 番 without 翻 is no number: 一番努力), ``40%—50%`` → 40 ``%`` up to
50 (each bound with its sign), ``¥200`` → 200 ``元``
(``￥1.2万`` → 1.2 ``万元``), ``3/4`` → 0.75 of kind ``fraction`` (never a quantity; 24/7,
a numerator not below its denominator, is a ``code``). A strong qualifier before a link
word still qualifies the number: 约占30%, 约为356.8万人次 (links in ``units.yaml``).

Example:
    >>> [(n.value, n.unit, n.kind) for n in find_numbers("受理各类政务服务事项140154件，同比增长12.3%")]
    [(140154, '件', 'count'), (Decimal('12.3'), '%', 'percent')]
"""

from __future__ import annotations

import bisect
import functools
import itertools
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from textmine.lexicons import load_yaml
from textmine.model import Number

__all__ = [
    "find_numbers",
    "iter_quantities",
    "list_quantities",
    "may_hold_quantities",
    "parse_number",
    "to_chinese",
    "FACT_KINDS",
    "MODES",
]

log = logging.getLogger(__name__)

#: Kinds of numbers that can carry a fact (the rest are recognised so they are never counts).
FACT_KINDS: frozenset[str] = frozenset({"count", "amount", "percent", "ratio", "measure"})

# Full-width digits, dot, comma and percent to ASCII (the normaliser does this for report
# text; strings handed to parse_number may still carry them).
_FULLWIDTH = str.maketrans("０１２３４５６７８９．，％", "0123456789.,%")

#: A plain Arabic numeral with optional thousands separators and decimals: 1,234.5
RE_ARABIC = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")

#: Whitespace (a hard-wrapped PDF line may break between a number and its unit).
RE_SPACES = re.compile(r"\s+")

#: The numeral inside an ordinal: 第（一）项 -> 一, 第492号 -> 492
RE_ORDINAL_INNER = re.compile(
    r"第\s*[（(]?\s*([0-9０-９]+|[^0-9０-９\s（()）]+?)(?=[\s（()）]|$|[^0-9０-９零〇○一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟])"
)

#: A bare run of ASCII letters (H5, ICP, 5G) next to a number marks a code.
RE_ASCII_LETTER = re.compile(r"[A-Za-z]")

# Character classes shared by the scanner's patterns.
_D = "[0-9０-９]"
_WS = r"[ \t\u3000\xa0]*+(?:\n[ \t\u3000\xa0]*+)?+"  # spaces, at most one line break (possessive)
_RANGE_SEP = r"(?:至|到|[-－—–~～〜])"
#: The end of a clause right after a number's last character (关注人数超过8.5万，/ 得分87.6分。).
CLAUSE_END = r"(?:[，。；;、,）)！？!?]|$)"
_PUNCT_BEFORE_ORDINAL = set("\n\t 　。；;：:，,（(）)、？！?!")


def _lex_numerals() -> dict[str, Any]:
    return load_yaml("numerals.yaml")


def _lex_units() -> dict[str, Any]:
    return load_yaml("units.yaml")


@dataclass(frozen=True)
class _Vocab:
    digits: dict[str, int]
    small: dict[str, int]
    big: dict[str, int]  # the scanner's big units (万 亿)
    big_all: dict[str, int]  # parse_number's (also 兆)
    zero: frozenset[str]
    tens: dict[str, str]  # 廿 -> 二十


@functools.lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    lex = _lex_numerals()
    digits = {str(k): int(v) for k, v in lex["digits"].items()}
    big = {str(k): int(v) for k, v in lex["big_units"].items()}
    tens = {}
    for k, val in (lex.get("tens_words") or {}).items():
        q, r = divmod(int(val), 10)
        if r or not 1 <= q <= 9:
            raise ValueError(f"numerals.yaml: tens_words {k!r} = {val!r}, expected 20, 30 … 90")
        tens[str(k)] = "零一二三四五六七八九"[q] + "十"
    return _Vocab(
        digits=digits,
        small={str(k): int(v) for k, v in lex["small_units"].items()},
        big=big,
        big_all=big | {str(k): int(v) for k, v in (lex.get("parse_only_big_units") or {}).items()},
        zero=frozenset(k for k, v in digits.items() if v == 0),
        tens=tens,
    )


# --------------------------------------------------------------------------- parsing


def _to_number(value: Decimal) -> int | Decimal:
    """Return an int when ``value`` is integral, else the Decimal itself."""
    if value == value.to_integral_value():
        return int(value)
    return value


def _arabic_value(s: str) -> int | Decimal:
    s = s.replace(",", "")
    if "." in s:
        return Decimal(s)
    return int(s)


def _parse_chinese(s: str, v: _Vocab) -> int | Decimal:
    """Parse a numeral made of Chinese digits/units, possibly mixed with Arabic digits.

    Big units (万 亿 兆) group what stands before them, two in a row multiply (万万 = 10^8);
    a digit after a unit with nothing between is the next place down (一万二 = 12000,
    两千三百五 = 2350); a bare 十 opens a numeral or follows 百 (十二, 一百十一), a bare 百
    or 千 opens one (百三 = 130, 千三 = 1300) or follows 零 (一万零百一十一 = 10111).
    """
    if not v.tens.keys().isdisjoint(s):
        s = "".join(v.tens.get(ch, ch) for ch in s)
    if "点" in s:
        left, _, right = s.partition("点")
        mag = 1
        while right and right[-1] in v.big_all:
            mag *= v.big_all[right[-1]]
            right = right[:-1]
        if (
            not left
            or not right
            or any(ch not in v.digits and not "0" <= ch <= "9" for ch in right)
        ):
            raise ValueError(s)
        whole = _parse_chinese(left, v)
        if isinstance(whole, Decimal):
            raise ValueError(s)
        frac = "".join(ch if "0" <= ch <= "9" else str(v.digits[ch]) for ch in right)
        return _to_number(Decimal(f"{whole}.{frac}") * mag)
    if len(s) == 1 and s in v.digits:
        return v.digits[s]
    if len(s) >= 2 and all(ch in v.digits for ch in s):
        # digit by digit: 二〇一六, 一九九八, 一二三 (leading zeros dropped: 零一 = 1)
        return int("".join(str(v.digits[ch]) for ch in s))
    groups: list[tuple[int, Decimal]] = []  # completed big-unit groups, magnitudes falling
    section: Decimal = Decimal(0)  # current group below the next big unit
    pending: Decimal | None = None
    pending_cn = False
    last_small: int | None = None
    last_unit: int | None = None
    zero_seen = False
    closed = False  # a decimal took a big unit (10.1万): nothing may follow
    n = len(s)
    i = 0
    while i < n:
        ch = s[i]
        if closed:
            raise ValueError(s)
        if "0" <= ch <= "9":
            j = i
            while j < n and ("0" <= s[j] <= "9" or s[j] in ".,"):
                j += 1
            if pending is not None:
                raise ValueError(s)
            pending = Decimal(s[i:j].replace(",", ""))
            pending_cn = False
            i = j
            continue
        if ch in v.zero:
            if pending is not None or i == 0 or i == n - 1:
                raise ValueError(s)
            zero_seen = True
        elif ch in v.digits:
            if pending is not None:
                raise ValueError(s)
            pending = Decimal(v.digits[ch])
            pending_cn = True
        elif ch in v.small:
            unit = v.small[ch]
            if pending is not None:
                coef = pending
            elif (
                (i == 0 and (n > 1 or unit == 10))  # a bare 百 alone is no numeral, 十 is
                or zero_seen
                or (unit == 10 and (section == 0 or last_small == 100))
            ):
                coef = Decimal(1)  # 十二, 百三, 一百十一, 一万零百一十一
            else:
                raise ValueError(s)
            if last_small is not None and unit >= last_small:
                raise ValueError(s)
            section += coef * unit
            last_small = unit
            last_unit = unit
            pending = None
            zero_seen = False
        elif ch in v.big_all:
            unit = v.big_all[ch]
            if i + 1 < n and s[i + 1] in v.big_all:
                i += 1
                # 万万 = 亿, 亿万 = 万亿 (two at most: 一兆兆兆 is no numeral)
                unit *= v.big_all[s[i]]
                if i + 1 < n and s[i + 1] in v.big_all:
                    raise ValueError(s)
            if pending is not None and pending != pending.to_integral_value():
                closed = True
            value = section + (pending if pending is not None else 0)
            while groups and groups[-1][0] < unit:
                value += groups.pop()[1]
            if value == 0 or (groups and groups[-1][0] == unit):
                raise ValueError(s)
            groups.append((unit, value * unit))
            section = Decimal(0)
            pending = None
            last_small = None
            last_unit = unit
            zero_seen = False
        else:
            raise ValueError(s)
        i += 1
    if pending is not None:
        if pending_cn and last_unit is not None and last_unit > 10 and not zero_seen:
            # abbreviated forms: 一万二 = 12000, 三千五 = 3500, 两百五 = 250
            section += pending * last_unit / 10
        else:
            section += pending
    elif zero_seen:
        raise ValueError(s)
    return _to_number(sum((g for _, g in groups), Decimal(0)) + section)


# Signs, full-width separators and money words parse_number understands.
_SIGNS = "-−－﹣負负"
_RE_MONEY = re.compile(r"(?P<num>.+?)[元圆圓]零?(?:(?P<jiao>.)角)?零?(?:(?P<fen>.)分)?[整正]?")
_RE_MONEY_SMALL = re.compile(r"(?:(?P<jiao>.)角)?(?:(?P<fen>.)分)?")
_RE_PERCENT = re.compile(r"(?P<base>[百千])分之(?P<num>.+)")
_RE_FRACTION_CN = re.compile(r"(?P<den>.+?)分之(?P<num>.+)")
_RE_FRACTION_AR = re.compile(r"(?P<num>\d+)[/／](?P<den>\d+)")
_RE_HALF = re.compile(r"(?P<num>.*?)(?:个|個)?半(?P<unit>[十百千万萬亿億]?)")
_SUFFIX = {"k": 1000, "K": 1000, "w": 10000, "W": 10000}


def _fraction(num: int | Decimal, den: int | Decimal) -> int | Decimal:
    """num / den, exact when it terminates within six places, else rounded to six."""
    if not den:
        raise ValueError("zero denominator")
    q = Decimal(num) / Decimal(den)
    six = q.quantize(Decimal("1.000000"))
    return _to_number(q if q == six else six.normalize())


def _parse_unsigned(t: str) -> int | Decimal:
    v = _vocab()
    if RE_ARABIC.fullmatch(t):
        return _arabic_value(t)
    if t[-1] in _SUFFIX and RE_ARABIC.fullmatch(t[:-1]):
        return _to_number(Decimal(_arabic_value(t[:-1])) * _SUFFIX[t[-1]])  # 40k, 3w
    if "," in t:
        raise ValueError(t)
    m = _RE_PERCENT.fullmatch(t)
    if m:  # 百分之五 = 0.05, 千分之五 = 0.005
        num = 100 if m.group("num") in ("百", "佰") else _parse_unsigned(m.group("num"))
        return _fraction(num, 100 if m.group("base") == "百" else 1000)
    m = _RE_FRACTION_CN.fullmatch(t) or _RE_FRACTION_AR.fullmatch(t)
    if m:  # 三分之一, 3/4
        return _fraction(_parse_unsigned(m.group("num")), _parse_unsigned(m.group("den")))
    m = _RE_MONEY.fullmatch(t)
    if m:  # 壹拾壹元整, 玖仟陆佰陆拾伍圆壹角捌分
        value = Decimal(_parse_chinese(m.group("num"), v))
        for part, scale in (("jiao", Decimal("0.1")), ("fen", Decimal("0.01"))):
            d = m.group(part)
            if d is not None:
                if d not in v.digits:
                    raise ValueError(t)
                value += v.digits[d] * scale
        return _to_number(value)
    if t[-1] in "角分" and len(t) <= 4:
        m = _RE_MONEY_SMALL.fullmatch(t)  # 伍角, 叁角贰分
        if m and all(d is None or d in v.digits for d in m.groups()):
            jiao, fen = (v.digits.get(d or "零", 0) for d in m.groups())
            return _to_number(Decimal(jiao) / 10 + Decimal(fen) / 100)
    m = _RE_HALF.fullmatch(t)
    if m:  # 半 = 0.5, 半百 = 50, 一个半 = 1.5, 一半 = 0.5
        num, unit = m.group("num"), m.group("unit")
        if unit and not num:
            return _to_number(Decimal(v.small.get(unit) or v.big_all[unit]) / 2)
        if not unit:
            if num and t[len(num)] in "个個":
                return _to_number(Decimal(_parse_chinese(num, v)) + Decimal("0.5"))
            if num in ("", "一", "壹"):
                return Decimal("0.5")
        raise ValueError(t)
    return _parse_chinese(t, v)


def parse_number(s: str) -> int | Decimal:
    """Parse a string that is exactly one numeral into an exact int or Decimal.

    Accepts Arabic numerals (thousands separators also full-width ４，５６５, decimals,
    k/w suffixes 40k 3w), Chinese numerals in every standard form (零/〇/两/十/百/千/万/亿/兆,
    大写 壹贰叁…, traditional 萬 億 兩 陸 參, 廿 卅 卌), colloquial elisions (两千三百五 = 2350,
    千三 = 1300, 一百十一 = 111, 壹萬三 = 13000), mixed forms (1.2万, 3万4000), decimals with 点
    (三点五亿), negatives (负三十二, -10000, −3), money (壹拾壹元整, 玖仟陆佰陆拾伍圆壹角捌分 =
    9665.18), shares and fractions (百分之五 = 0.05, 三分之一 = 0.333333, 3/4 = 0.75: exact when
    the quotient ends within six places, else rounded to six), 半 (半 = 0.5, 半百 = 50,
    一个半 = 1.5), and numerals broken by spaces as PDF extraction leaves them (三千 九百 六十五).

    Decided readings: a string of digits only is read digit by digit (一二三 = 123, 二〇一六 =
    2016, 一一 = 11, as cn2an's normal mode; leading zeros dropped, 零一 = 1); a 零 standing for
    a missing coefficient reads as one (一万零百一十一 = 10111, as cn2an). Malformed numerals
    raise: units out of order (十一十二, 一万二万), a trailing 零 (一百零), a 点 with nothing on
    one side (点五, 零点), anything after a decimal that took a big unit (10.1万零100).

    Raises:
        ValueError: ``s`` is not exactly one numeral; the message names the string.

    >>> parse_number("一万二千三百"), parse_number("1.2万"), parse_number("二〇一六")
    (12300, 12000, 2016)
    >>> parse_number("负三十二"), parse_number("壹拾壹元整"), parse_number("两千三百五")
    (-32, 11, 2350)
    """
    if not isinstance(s, str):
        raise ValueError(f"parse_number expects a string, got {s!r}")
    t = RE_SPACES.sub("", s.translate(_FULLWIDTH))
    if not t:
        raise ValueError(f"{s!r} is not a numeral: the string is empty")
    negative = t[0] in _SIGNS
    if negative:
        t = t[1:]
    try:
        if not t:
            raise ValueError(t)
        value = _parse_unsigned(t)
    except (ValueError, KeyError, InvalidOperation, ArithmeticError):
        raise ValueError(
            f"{s!r} is not a numeral: expected Arabic digits or a well-formed Chinese numeral"
        ) from None
    return -value if negative else value


def to_chinese(n: int, *, style: str = "standard") -> str:
    """Write a non-negative integer as a Chinese numeral (used by tests and benchmarks).

    Styles: ``standard`` (一万零三百零五, 十二), ``liang`` (两 for a 2 that leads 百/千/万/亿:
    两千零五), ``digits`` (digit by digit with 〇: 二〇一六), ``financial`` (大写:
    壹万贰仟叁佰), ``traditional`` (萬 億 兩: 兩萬零五), ``mixed`` (Arabic groups with 万/亿:
    3万4000, 1亿2万).

    >>> to_chinese(10305), to_chinese(2005, style="liang"), to_chinese(2016, style="digits")
    ('一万零三百零五', '两千零五', '二〇一六')
    """
    if not isinstance(n, int) or isinstance(n, bool) or n < 0:
        raise ValueError(f"to_chinese expects a non-negative int, got {n!r}")
    if style == "digits":
        return "".join("〇一二三四五六七八九"[int(c)] for c in str(n))
    if style == "traditional":
        return to_chinese(n, style="liang").translate(_TRADITIONAL)
    if style == "mixed":
        out, rest = "", n
        for big, mag in ((100_000_000, "亿"), (10_000, "万")):
            if rest >= big:
                out += to_chinese(rest // big, style="mixed") + mag
                rest %= big
        return out + (str(rest) if rest or not out else "")
    if style == "financial":
        digit_chars, small_chars = "零壹贰叁肆伍陆柒捌玖", ("仟", "佰", "拾", "")
    elif style in ("standard", "liang"):
        digit_chars, small_chars = "零一二三四五六七八九", ("千", "百", "十", "")
    else:
        raise ValueError(
            f"unknown style {style!r}: expected standard, liang, digits, financial, traditional or mixed"
        )
    zero = digit_chars[0]
    if n == 0:
        return zero

    def section(g: int, top: bool) -> str:
        out = []
        gap = False
        for d, u in zip((g // 1000, g // 100 % 10, g // 10 % 10, g % 10), small_chars, strict=True):
            if d == 0:
                gap = bool(out)
                continue
            if gap:
                out.append(zero)
                gap = False
            out.append(digit_chars[d] + u)
        text = "".join(out)
        if top and style != "financial" and 10 <= g <= 19:
            text = text[1:]  # 十二, not 一十二, at the start of the numeral
        return text

    def write(m: int, top: bool) -> str:
        if m >= 100_000_000:
            hi, lo = divmod(m, 100_000_000)
            text = write(hi, top) + "亿"
            if lo:
                text += (zero if lo < 10_000_000 else "") + write(lo, False)
            return text
        if m >= 10_000:
            hi, lo = divmod(m, 10_000)
            text = section(hi, top) + "万"
            if lo:
                text += (zero if lo < 1000 else "") + section(lo, False)
            return text
        return section(m, top)

    out = write(n, True)
    if style == "liang":
        out = re.sub(r"(?:(?<=^)|(?<=[万亿零]))二(?=[千百万亿])", "两", out)
    return out


#: Simplified to traditional for to_chinese(style="traditional").
_TRADITIONAL = str.maketrans("万亿两", "萬億兩")


# --------------------------------------------------------------------------- scanner


@dataclass(frozen=True)
class _Scanner:
    regex_source: str  # the prose scanner's source: compiled on first use (``regex``)
    quantity_regex: re.Pattern[str]  # iter_quantities' scan: see _build_scanner
    # group numbers of quantity_regex: the quantity branches, ar, its unit, cn
    quantity_groups: tuple[frozenset[int], int, int, int]
    # a search that finds something in every text where iter_quantities reads a quantity (a
    # text where it finds nothing has none: the scan is spared); see _build_scanner
    quantity_gate: re.Pattern[str]
    regex_all: str  # the source of the mode-all scanner: see _regex_all()
    not_alone: re.Pattern[str] | None
    unit_kind: dict[str, str]
    aliases: dict[str, str]
    qual_before: re.Pattern[str]
    qual_before_map: dict[str, str]
    qual_before_ends: frozenset[str]  # last characters of the words qual_before ends with
    qual_between: dict[str, str]
    qual_after: re.Pattern[str]
    qual_after_map: dict[str, str]
    qual_after_starts: frozenset[str]  # first characters of its words
    protected: re.Pattern[str] | None
    protected_max: int
    protected_arabic: frozenset[str]
    one_blocked: frozenset[str]
    one_after_lists: tuple[str, ...]
    code_context: re.Pattern[str]
    list_after: frozenset[str]
    vocab: _Vocab

    @functools.cached_property
    def regex(self) -> re.Pattern[str]:
        """The prose scanner of :func:`find_numbers`, compiled on first use: ``iter_quantities``
        (all the pipeline reads) scans with ``quantity_regex`` alone, and the compile costs
        about half of that one's."""
        return re.compile(self.regex_source)


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


#: The measure words that most often follow a number start with these: their branches of the
#: trie come first (only the speed changes: branches starting with different characters
#: exclude each other, so their order decides nothing).
_FREQUENT_UNIT_STARTS = "条%件个项期类人次年元"


def _trie_alt(ends: dict[str, str], *, top: bool = True) -> str:
    """A regex matching the longest of the words ``ends`` (each followed by its own condition,
    a lookahead or ``""``) that matches at a position, written as a trie.

    It matches what ``"|".join(escape(w) + ends[w] for w in words_longest_first)`` matches:
    two words that match at one position are a prefix of each other, and the trie tries the
    longer continuations before the word that ends at a node. The engine picks the one branch
    starting with the next character instead of trying every word in turn (about a hundred
    units follow every numeral the scanner reads); at the top a lookahead on the first
    character fails fast where no unit follows.
    """
    children: dict[str, dict[str, str]] = {}
    end: str | None = None
    for w, cond in ends.items():
        if w:
            children.setdefault(w[0], {})[w[1:]] = cond
        else:
            end = cond
    order = sorted(
        children,
        key=lambda ch: (_FREQUENT_UNIT_STARTS.find(ch) % (len(_FREQUENT_UNIT_STARTS) + 1), ch),
    )
    alts = [re.escape(ch) + _trie_alt(children[ch], top=False) for ch in order]
    if end is not None:
        alts.append(end)
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if top and children and end is None:
        first = "".join(re.escape(ch) for ch in sorted(children))
        return f"(?=[{first}]){body}"
    return body


#: The opening of a named group (made plain where a pattern is used twice in one regex).
RE_GROUP_NAME = re.compile(r"\(\?P<\w+>")

#: The most characters a Chinese numeral's body may have after its first character
#: (九千九百九十九万九千九百九十九亿… stays well within it).
MAX_NUMERAL = 40


@functools.lru_cache(maxsize=1)
def _scanner() -> _Scanner:
    """Build the scanner from the lexicons (once, on first use)."""
    return _build_scanner(fast_exit=True)


def _build_scanner(*, fast_exit: bool) -> _Scanner:
    """The scanner; ``fast_exit=False`` leaves out the early end of a bare Arabic number (the
    plain pattern that tests compare the scanner with).

    >>> _build_scanner(fast_exit=False).regex.match("26个").group(0)
    '26个'
    """
    nl = _lex_numerals()
    ul = _lex_units()
    v = _vocab()
    digit_chars = "".join(v.digits)
    cn_digits = re.escape(digit_chars)
    small = "".join(v.small)
    big = "".join(v.big)
    tens = "".join(k for k, val in v.small.items() if val == 10)
    tens_words = "".join(v.tens)

    unit_kind: dict[str, str] = {}
    for kind in ("count", "amount", "percent", "ratio", "measure", "duration"):
        for u in ul.get(kind) or []:
            unit_kind[str(u)] = kind
    aliases = {str(k): str(val) for k, val in (ul.get("aliases") or {}).items()}
    blocked = {str(k): str(val) for k, val in (ul.get("blocked_next") or {}).items()}
    written = sorted(set(unit_kind) | set(aliases), key=lambda w: (-len(w), w))
    unit_ends: dict[str, str] = {}  # written unit -> what must not follow it
    for w in written:
        canon = aliases.get(w, w)
        block = blocked.get(w[-1]) if len(w) == 1 or canon == w else None
        if len(w) == 1 and w in blocked:
            block = blocked[w]
        # (?!a)(?!b)… rather than (?![ab…]): the same test, but a class of Chinese characters
        # costs the compiler a 64K-entry bitmap, and this one stands after every unit that
        # has a blocker, several times in the scanner (half its compile time, once per process)
        unit_ends[w] = (
            "".join(f"(?!{re.escape(ch)})" for ch in dict.fromkeys(block)) if block else ""
        )
    unit_alt = _trie_alt(unit_ends)

    # thousands separators also full-width (4，565, as the normaliser leaves them)
    ar = rf"(?:{_D}{{1,3}}(?:[,，]{_D}{{3}})+(?!{_D})|{_D}+)(?:[.．]{_D}+)?"
    # 3万4000, 1.2万, and as PDF extraction breaks them: 7 万5 千4 百
    amix = rf"{ar}(?:[ \t]?[{small}{big}]+(?:[ \t]?{_D}++(?:[ \t]?[{small}{big}]+)?)*)?"
    cnum = (
        # a bare 百/千 is one hundred/thousand after 近逾超上数 and 不到/不足, or before 余/多
        rf"(?:[{cn_digits}{tens}{tens_words}]|(?<=[近逾超上数到足])[百千佰仟万萬](?!分之)|[百千佰仟](?=[余多]))"
        # bounded: no real numeral is longer, and an unbounded run made the scan quadratic
        # in a long run of numeral characters (each start read to the run's end, then failed);
        # one space may stand between two characters (三千 九百 六十五, as PDF text breaks it)
        rf"[{cn_digits}{tens_words}{small}{big}]{{0,{MAX_NUMERAL}}}"
        rf"(?:[ \t\u3000][{cn_digits}{tens_words}{small}{big}]{{1,{MAX_NUMERAL}}}){{0,3}}"
        rf"(?:点[{cn_digits}]{{1,{MAX_NUMERAL}}}[{big}]*)?"
    )
    cn_small_num = "[一二三四五六七八九十]"
    # Necessary conditions written at the start of two branches, so that a numeral character
    # that starts no number (进一步, 统一, 一是) fails fast: every character of a fraction
    # before 分 is a numeral character, 点 or a space; every character of a Chinese quantity
    # before its unit is one of the numeral, its range, spaces, 余多来 and 万亿, and a unit
    # follows. (Not in mode all, where the unit is optional.)
    numeral_chars = re.escape(digit_chars + tens + tens_words + small + big + "百千佰仟万萬")
    frac_guard = rf"(?=[{numeral_chars}点 \t\u3000]*分)"
    before_unit = numeral_chars + r"点 \t\u3000\xa0\n至到\-－~～余多来万萬亿億"
    unit_firsts = re.escape("".join(sorted({w[0] for w in unit_ends if w})))
    cn_guard = rf"(?=[{before_unit}]*[{unit_firsts}])"
    year = rf"(?:19|20){_D}{{2}}"
    # After an Arabic numeral, a character that starts none of its optional parts (suffix,
    # range, 余多来, 万亿, measure word, or the spaces before them) ends the number at once: a
    # bare number (a table cell, the 1 of 1.) skips the three optional groups. The parts
    # would all match empty there, so the match is the same.
    ar_next = re.escape("kKwW \t\u3000\xa0\n至到-－—–~～〜余多来万萬亿億") + unit_firsts
    ar_exit = rf"(?![{ar_next}])|" if fast_exit else ""
    ar_more = (  # a suffix (40k) and a range (3-5) after an Arabic numeral
        r"(?P<asuf>[kKwW](?![A-Za-z0-9]))?"
        rf"(?:(?:[ \t]*(?P<arng>至|到)[ \t]*|(?P<arng2>[-－—–~～〜]))(?P<a2>{amix}))?"
    )
    tail = "{ws}(?P<{p}btw>[余多来])?{ws}(?P<{p}mag>万亿|[万萬亿億])?{ws}(?P<{p}unit>{units})"
    ar_tail = tail.format(ws=_WS, p="a", units=unit_alt)

    branches = [
        # 〔2015〕77号, [2015], 国办发〔2014〕32号 (the bracketed year and its number)
        rf"(?P<doc>[〔\[［【]\s*{year}\s*[〕\]］】](?:\s*第?\s*{_D}+\s*号)?)",
        # (2015)77号 in round brackets
        rf"(?P<pdoc>[（(]\s*{year}\s*[）)]\s*第?\s*{_D}+\s*号)",
        # 第二十条, 第（一）项, 第492号, 第十四个, 第一批
        rf"(?P<ord>第\s*(?:[（(]\s*(?:{cnum}|{_D}+)\s*[）)]|{cnum}|{_D}+)"
        rf"(?:\s*(?:{unit_alt}|号|届|章|节|款|季度))?)",
        # list markers （三） (1)
        rf"(?P<pord>[（(]\s*(?:{cn_small_num}{{1,3}}|{_D}{{1,2}})\s*[）)])",
        # 百分之八十五, 百分之百 (unit %), 千分之五 (unit ‰)
        rf"(?P<pct>(?P<pctbase>[百千])分之(?P<pctnum>{cnum}|{ar}|百))",
        # ¥200, ￥1.2万: a currency sign before the numeral (unit 元, 万元 …); the currency word
        # written after it as well (￥1,256.8万元) belongs to the amount (not 元旦, 元素)
        rf"(?P<yen>[¥￥]{_WS}(?P<ynum>{ar})(?P<ymag>万亿|[万萬亿億])?(?:{_WS}[元圆](?![素旦]))?)",
        # 2019-2020学年, 2016—2020年, 2024－2027 年
        rf"(?P<yrange>{year}\s*年?\s*{_RANGE_SEP}\s*{year}(?!{_D})(?:\s*学?年度?)?)",
        # 2017年3月7日, 2016年1-12月, 2016年度
        rf"(?P<ymd>{year}\s*年(?:\s*度)?(?:\s*{_D}{{1,2}}\s*(?:{_RANGE_SEP}\s*{_D}{{1,2}}\s*)?月"
        rf"(?:\s*份)?(?:\s*{_D}{{1,2}}\s*[日号])?)?)",
        # 2016.12, 2018-01-15, 2016/12/31
        rf"(?P<iso>{year}[-/.．／](?:0?[1-9]|1[0-2])(?:[-/.．／](?:0?[1-9]|[12]\d|3[01]))?"
        rf"(?![0-9%％万亿]))",
        # 二〇一六年, 二○一二年二月二十日
        rf"(?P<cymd>[{cn_digits}]{{4}}\s*年(?:度)?(?:{cn_small_num}{{1,2}}月(?:份)?"
        rf"(?:{cn_small_num}{{1,3}}[日号])?)?)",
        # 09:06
        rf"(?P<time>{_D}{{1,2}}[:：]{_D}{{2}}(?:[:：]{_D}{{2}})?(?!{_D}))",
        # 3月, 1-12月, 12月31日, 31日
        rf"(?P<md>{_D}{{1,2}}\s*(?:{_RANGE_SEP}\s*{_D}{{1,2}}\s*)?月(?:\s*份)?(?:\s*{_D}{{1,2}}\s*[日号])?"
        rf"|{_D}{{1,2}}\s*日(?!{_D}))",
        # 0591-23165370, (0591)23165370, 18693617694
        rf"(?P<phone>(?:[（(]0{_D}{{2,3}}[）)]|0{_D}{{2,3}}\s*[-－—])\s*{_D}{{7,8}}(?!{_D})"
        rf"|1[3-9]{_D}{{9}}(?!{_D}))",
        # 2811617号, 10号, 7号楼
        rf"(?P<hao>{_D}+\s*号)",
        # 三分之一
        rf"(?P<frac>{frac_guard}(?P<fnum>{cnum})[ \t]*分[ \t]*之[ \t]*(?P<fden>{cnum}))",
        # Arabic and mixed numerals with optional range and unit
        rf"(?P<ar>(?P<a1>{amix})(?:{ar_exit}{ar_more})(?:{ar_tail})?)",
        # Chinese numerals: only with a unit
        rf"(?P<cn>{cn_guard}(?P<c1>{cnum})(?:{_WS}(?P<crng>至|到|[-－~～]){_WS}(?P<c2>{cnum}))?"
        + tail.format(ws=_WS, p="c", units=unit_alt)
        + ")",
    ]
    # Every number starts with one of these characters.
    cn_first = re.escape(digit_chars + tens + tens_words) + "百千佰仟万萬"
    first = cn_first + "0-9０-９〔［【（(第¥￥\\["

    # Group the branches by their first character so that each position tries few of them.
    def join_branches(branches: list[str], keep: frozenset[str] | None = None) -> str:
        names = [re.match(r"\(\?P<(\w+)>", b).group(1) for b in branches]
        by_name = dict(zip(names, branches, strict=True))
        arabic_first: tuple[str, ...] = ("yrange", "ymd", "iso", "time", "md", "phone", "hao", "ar")
        chinese_first: tuple[str, ...] = ("cymd", "frac", "cn")
        other = tuple(n for n in names if n not in arabic_first and n not in chinese_first)
        if keep is not None:  # (the order of the branches kept is unchanged)
            arabic_first, chinese_first, other = (
                tuple(n for n in group if n in keep)
                for group in (arabic_first, chinese_first, other)
            )
        # Necessary conditions that let a digit fail fast: the three date branches all open
        # with a year; md needs 月, 日 or a range after its one or two digits.
        guarded = dict(by_name)
        dates = ("yrange", "ymd", "iso")
        if arabic_first[:3] == dates:
            guarded["yrange"] = rf"(?={year})(?:" + by_name["yrange"]
            guarded["iso"] = by_name["iso"] + ")"
            assert all(by_name[n].startswith(f"(?P<{n}>{year}") for n in dates)
        else:
            assert not set(dates) & set(arabic_first)  # (kept or left out together)
        guarded["md"] = rf"(?={_D}{{1,2}}\s*(?:月|日|{_RANGE_SEP}))" + by_name["md"]
        groups = []
        if arabic_first:
            groups.append("(?=[0-9０-９])(?:" + "|".join(guarded[n] for n in arabic_first) + ")")
        if chinese_first:
            groups.append(
                rf"(?=[{cn_first}])(?:" + "|".join(by_name[n] for n in chinese_first) + ")"
            )
        return rf"(?=[{first}])(?:" + "|".join([*groups, *(by_name[n] for n in other)]) + ")"

    body = join_branches(branches)
    # iter_quantities walks the text with one match per quantity. In one possessive loop it
    # passes over the characters that start no number (the search of ``regex`` would try its
    # pattern at each of them) and over the numbers that are no quantities: the branches that
    # are not quantities, in the scanner's order (each is tried before every quantity branch
    # that may start with the same character). Then a number is read, or a character that
    # starts none is taken alone (a match without groups), or the end of the text is reached.
    # A number's span is its branch group's; the numbers are those of ``regex.finditer``.
    # Where the loop stops, every branch that is no quantity has just failed (the same
    # branches at the same position), so only the quantity branches are tried there
    # (``qbody``, in the scanner's order), each number read once. An Arabic number after which
    # no measure word follows is passed in the loop where that is plain from the characters
    # after its digits (``ar_bare``, its numeral is then its digits, as ``ar`` reads them): a
    # character that continues no numeral, suffix, range or unit; a point or comma before no
    # digit (1.属于); spaces before a character that starts no range, magnitude, 余多来 or unit
    # (a table row: 0 | 0, 0 0). Any other stops the loop and is matched bare (no unit group):
    # the caller passes over it, and the next search starts where it ends, as the loop would.
    after_spaces = re.escape(f"\n至到余多来万萬亿億{small}{big}") + unit_firsts
    ar_bare = (
        rf"(?P<ar>{_D}++(?:(?![{ar_next}{small}{big}.．,，])|(?=[.．,，](?!{_D}))"
        rf"|(?=[ \t\u3000\xa0]++[^{after_spaces}])))"
    )
    passed = join_branches(
        [ar_bare if b.startswith("(?P<ar>") else b for b in branches],
        keep=frozenset(_SIMPLE_KIND) | {"ymd", "iso", "cymd", "md", "frac", "ar"},
    )
    qbody = join_branches(branches, keep=_QUANTITY_BRANCHES)
    passed = RE_GROUP_NAME.sub("(?:", passed)  # no captures: names may appear once
    # Characters that start no number, known without reading one, are passed over too: a
    # bracket before no numeral (（以下简称）: pdoc and pord need one), and a Chinese numeral
    # character other than 百 and 千 (which may open 百分之) where none of cymd (four numerals),
    # frac (its guard) and cn (its guard) can start (一是, 统一部署 …).
    # (the character is tested first: the lookaheads fail slower, at every Arabic digit too)
    no_number_chars = re.escape(digit_chars + tens + tens_words) + "佰仟万萬"
    no_number = (
        rf"[（(](?!\s*[0-9０-９]|\s*{cn_small_num})"
        rf"|(?=[{no_number_chars}])(?!{cn_guard}|{frac_guard}|[{cn_digits}]{{4}})[{no_number_chars}]"
    )
    quantity_regex = re.compile(
        rf"(?:[^{first}]++|{passed}|{no_number})*+(?:{qbody}|[{first}]|\Z)"
        if fast_exit
        else rf"[^{first}]*+(?:{body}|[{first}]|\Z)"
    )
    # Where a quantity can stand, a necessary condition per branch: an Arabic digit followed
    # by the characters its numeral, suffix, range, 余多来 and magnitude may hold, then the first
    # character of a unit (ar); a currency sign (yen); 百分之 or 千分之 (pct); the first character
    # of a Chinese numeral where its guard holds (cn). Most sentences of a report have none.
    ar_chars = "0-9０-９" + re.escape(
        f",，.．{small}{big}kKwW \t\u3000\xa0\n至到-－—–~～〜余多来万萬亿億"
    )
    # Written as one character class and the rest after it (the guard from the next character:
    # a Chinese numeral character may itself be held by the guard's class, or be a unit's
    # first), so that the search skips the other characters in C.
    # An Arabic quantity starts where a run of digits starts (where the scan stops inside a
    # run, no token of it ends), and never at a year before 年 (2016年, the most common
    # number of a report's prose: the scan passes it as a year or date, and a quantity that
    # holds it, 1.2016年 or 3-2016年, starts at an earlier digit): the gate passes over both, so
    # that a sentence whose only numbers are years is not scanned at all.
    not_year = rf"(?!(?<=1)9{_D}{{2}}(?!{_D})\s*年|(?<=2)0{_D}{{2}}(?!{_D})\s*年)"
    quantity_gate = re.compile(
        rf"[0-9０-９¥￥{cn_first}](?:(?<=[0-9０-９])(?<![0-9０-９][0-9０-９]){not_year}"
        rf"(?=[{ar_chars}]*(?:[{unit_firsts}]|[万亿][余多]?{CLAUSE_END}))|(?<=[¥￥])"
        rf"|(?<=[百千])(?=分之)|(?<=[{cn_first}])(?:(?<=[{unit_firsts}])|{cn_guard}))"
    )
    # find_numbers(mode="all"): a Chinese numeral is read without a measure word too
    branches[-1] = (
        rf"(?P<cn>(?P<c1>{cnum})(?:{_WS}(?P<crng>至|到|[-－~～]){_WS}(?P<c2>{cnum}))?(?:"
        + tail.format(ws=_WS, p="c", units=unit_alt)
        + ")?)"
    )
    regex_all = join_branches(branches)  # compiled on first use (find_numbers mode all)
    not_alone = [str(w) for w in nl.get("not_numbers_alone") or []]

    q = ul["qualifiers"]
    before = {str(k): str(val) for k, val in q["before"].items()}
    after = {str(k): str(val) for k, val in q["after"].items()}
    protected_words = [str(e["text"]) for e in nl.get("protected") or []]
    protected = re.compile(_alt(protected_words)) if protected_words else None
    code_words = [str(w) for w in nl.get("code_context") or []]
    return _Scanner(
        regex_source=body,
        quantity_regex=quantity_regex,
        quantity_groups=(
            frozenset(quantity_regex.groupindex[b] for b in _QUANTITY_BRANCHES),
            quantity_regex.groupindex["ar"],
            quantity_regex.groupindex["aunit"],
            quantity_regex.groupindex["cn"],
        ),
        quantity_gate=quantity_gate,
        regex_all=regex_all,
        not_alone=re.compile(_alt(not_alone)) if not_alone else None,
        unit_kind=unit_kind,
        aliases=aliases,
        qual_before=re.compile(
            rf"(?:{_alt(list(before))})\s*(?P<link>{_alt([str(w) for w in q.get('link') or []])})?\s*$"
        ),
        qual_before_map=before,
        qual_before_ends=frozenset(str(w)[-1] for w in [*before, *(q.get("link") or [])] if str(w)),
        qual_between={str(k): str(val) for k, val in q["between"].items()},
        qual_after=re.compile(rf"\s*(?:{_alt(list(after))})"),
        qual_after_map=after,
        qual_after_starts=frozenset(w[0] for w in after if w),
        protected=protected,
        protected_max=max((len(w) for w in protected_words), default=0),
        protected_arabic=frozenset(
            d for w in protected_words for d in re.findall(r"[0-9０-９]+", w)
        ),
        one_blocked=frozenset(str(nl.get("one_blocked_before") or "")),
        one_after_lists=tuple(str(w) for w in nl.get("one_after_list_nouns") or ()),
        code_context=re.compile(rf"(?:{_alt(code_words)})[^0-9\n]{{0,4}}$"),
        list_after=frozenset(str(nl.get("list_ordinal_after") or "")),
        vocab=v,
    )


@functools.lru_cache(maxsize=1)
def _regex_all() -> re.Pattern[str]:
    """The scanner of ``find_numbers(mode="all")``, compiled on first use (the pipeline never
    needs it, and the compile costs as much as the prose scanner's)."""
    return re.compile(_scanner().regex_all)


_SIMPLE_KIND = {
    "doc": "code",
    "pdoc": "code",
    "ord": "ordinal",
    "pord": "ordinal",
    "yrange": "year",
    "time": "time",
    "phone": "phone",
    "hao": "code",
}

_STRONG_QUALIFIERS = frozenset({"more_than", "less_than", "about"})

#: Compiled once (they were compiled by re's cache on every number).
_RE_DIGITS = re.compile(rf"{_D}+")
_RE_LEADING_DIGITS = re.compile(rf"\s*({_D}+)")
_RE_NON_DIGIT = re.compile(r"\D")


def _inside(text: str, start: int, end: int, opener: str, closer: str, reach: int) -> bool:
    """True when [start, end) lies inside an ``opener``…``closer`` pair within ``reach``."""
    lo = max(0, start - reach)
    o = text.rfind(opener, lo, start)
    if o < 0 or text.rfind(closer, o, start) >= 0:
        return False
    c = text.find(closer, end, end + reach)
    return c >= 0 and text.find(opener, end, c) < 0


def _is_protected(sc: _Scanner, text: str, start: int, end: int) -> bool:
    if sc.protected is None:
        return False
    lo = max(0, start - sc.protected_max + 1)
    hi = min(len(text), end + sc.protected_max - 1)
    for m in sc.protected.finditer(text, lo, hi):
        if m.start() < end and m.end() > start:
            if start <= m.start() and m.end() <= end and (m.end() - m.start()) < end - start:
                continue  # 万一 inside 一万一千件 is part of the numeral, not a phrase
            return True
    return False


def _in_longer_protected(sc: _Scanner, text: str, start: int, end: int) -> bool:
    """True when a protected phrase reaching beyond [start, end) overlaps it (第一 in 第一时间)."""
    if sc.protected is None:
        return False
    lo = max(0, start - sc.protected_max + 1)
    hi = min(len(text), end + sc.protected_max - 1)
    return any(
        m.start() < end and m.end() > start and (m.start() < start or m.end() > end)
        for m in sc.protected.finditer(text, lo, hi)
    )


def _split_mag(numeral: str, sc: _Scanner) -> tuple[str, str]:
    """Split a trailing 万/亿 off a numeral written before a unit: 8232万 -> (8232, 万)."""
    if not numeral or (numeral[-1] not in sc.vocab.big and not numeral[-1].isspace()):
        return numeral, ""
    mag = ""
    numeral = numeral.rstrip()
    while numeral and numeral[-1] in sc.vocab.big:
        mag = numeral[-1] + mag
        numeral = numeral[:-1].rstrip()
    return numeral, mag


def _value(numeral: str, sc: _Scanner) -> int | Decimal:
    if numeral.isascii() and numeral.isdigit():
        return int(numeral)
    if len(numeral) == 1 and numeral in sc.vocab.small and numeral not in sc.vocab.digits:
        # 近百家, 逾千件: a bare 百/千 after 近/逾 is one hundred/thousand
        return sc.vocab.small[numeral]
    t = RE_SPACES.sub("", numeral.translate(_FULLWIDTH))
    if RE_ARABIC.fullmatch(t):
        return _arabic_value(t)
    return _parse_chinese(t, sc.vocab)


def _cn_range(numeral: str, sc: _Scanner) -> tuple[Any, Any] | None:
    """两三 → (2, 3), 三五 → (3, 5): two adjacent digits read as an approximate range; also
    inside a numeral: 三四百 → (300, 400), 两三千 → (2000, 3000), 十七八 → (17, 18)."""
    if len(numeral) == 2:
        a, b = (sc.vocab.digits.get(ch) for ch in numeral)
        if a is None or b is None or a == 0:
            return None
        return (a, b) if 1 <= b - a <= 2 else None
    for i in range(len(numeral) - 1):
        a, b = sc.vocab.digits.get(numeral[i]), sc.vocab.digits.get(numeral[i + 1])
        if a is None or b is None:
            continue
        if not a or not 1 <= b - a <= 2:
            return None
        head, tail = numeral[:i], numeral[i + 2 :]
        if head and head[-1] not in sc.vocab.small and head[-1] not in sc.vocab.big:
            return None
        if any(ch not in sc.vocab.small and ch not in sc.vocab.big for ch in tail):
            return None  # 一二三: a digit string, not a range
        try:
            return (
                _parse_chinese(head + numeral[i] + tail, sc.vocab),
                _parse_chinese(head + numeral[i + 1] + tail, sc.vocab),
            )
        except (ValueError, ArithmeticError):
            return None
    return None


def _qualifier(sc: _Scanner, text: str, start: int, between: str | None) -> tuple[str | None, int]:
    """Qualifier written before the numeral or between it and its unit; new start."""
    qual = sc.qual_between.get(between) if between else None
    lo = start - 6 if start > 6 else 0
    k = start
    while k > lo and text[k - 1].isspace():
        k -= 1
    # the search can only match when a qualifier (or link) word ends before the spaces
    m = (
        sc.qual_before.search(text, lo, start)
        if k > lo and text[k - 1] in sc.qual_before_ends
        else None
    )
    if m:
        word = m.group(0)
        if m.group("link"):
            word = word[: m.start("link") - m.start()]
        q = sc.qual_before_map.get(word.strip())
        if m.group("link") and q not in _STRONG_QUALIFIERS:
            q = None  # 约占30%, 约为356.8万人次 -- but 共有, 共为 stay plain
        if q and (qual is None or (q in _STRONG_QUALIFIERS and qual not in _STRONG_QUALIFIERS)):
            qual = q
        if q:
            start = m.start()
    return qual, start


def _number_from_match(m: re.Match[str], text: str, sc: _Scanner) -> Number | None:
    branch = m.lastgroup
    start, end = m.span(m.lastindex)  # (the branch group: a match of quantity_regex is longer)
    if branch in _SIMPLE_KIND:
        kind = _SIMPLE_KIND[branch]
        raw = text[start:end]
        digits = _RE_DIGITS.search(raw)
        value: int | Decimal = int(digits.group(0).translate(_FULLWIDTH)) if digits else 0
        if branch == "ord":
            inner = RE_ORDINAL_INNER.match(raw)
            try:
                value = _value(inner.group(1), sc) if inner else value
            except (ValueError, ArithmeticError):
                pass
        elif branch == "pord":
            inner_txt = raw.strip("（()） \t")
            try:
                value = _value(inner_txt, sc)
            except (ValueError, ArithmeticError):
                pass
        elif branch == "time":
            value = int(digits.group(0)) if digits else 0
        return Number(value=value, start=start, end=end, text=raw, kind=kind)
    if branch in ("ymd", "iso", "cymd", "md"):
        raw = text[start:end]
        kind = "year" if branch == "ymd" and "月" not in raw else "date"
        if branch == "cymd":
            kind = "date" if "月" in raw else "year"
            year_txt = RE_SPACES.sub("", raw)[:4]
            value = _parse_chinese(year_txt, sc.vocab)
        else:
            value = int(_RE_LEADING_DIGITS.match(raw).group(1).translate(_FULLWIDTH))
        if branch == "cymd" and _is_protected(sc, text, start, end):
            return None
        return Number(value=value, start=start, end=end, text=raw, kind=kind)
    if branch == "pct":
        if _is_protected(sc, text, start, end):
            return None  # 以百分之百的热情: a manner, not a share
        try:
            value = _value(m.group("pctnum"), sc) if m.group("pctnum") != "百" else 100
        except (ValueError, ArithmeticError):
            return None
        qual, qstart = _qualifier(sc, text, start, None)
        q_after, end = _after(sc, text, end)  # 百分之九十五以上
        if q_after and (qual is None or qual not in _STRONG_QUALIFIERS):
            qual = q_after
        unit = "%" if m.group("pctbase") == "百" else "‰"
        return Number(value, qstart, end, text[qstart:end], "percent", qual, None, unit)
    if branch == "yen":
        try:
            value = _value(m.group("ynum"), sc)
        except (ValueError, ArithmeticError):
            return None
        qual, qstart = _qualifier(sc, text, start, None)
        q_after, end = _after(sc, text, end)
        if q_after and (qual is None or qual not in _STRONG_QUALIFIERS):
            qual = q_after
        unit = (m.group("ymag") or "") + "元"
        return Number(value, qstart, end, text[qstart:end], "amount", qual, None, unit)
    if branch == "frac":
        try:
            num = _value(m.group("fnum"), sc)
            den = _value(m.group("fden"), sc)
        except (ValueError, ArithmeticError):
            return None
        if not num:
            return None
        value = _to_number((Decimal(den) / Decimal(num)).quantize(Decimal("1.000000")).normalize())
        return Number(value=value, start=start, end=end, text=text[start:end], kind="fraction")
    if branch == "ar":
        return _arabic_number(m, text, sc)
    if branch == "cn":
        return _chinese_number(m, text, sc)
    return None  # pragma: no cover - every branch is handled above


#: 萬 and 億 in a unit are written 万 and 亿 (8232萬條 -> 8232 万条).
_SIMPLIFIED_MAG = str.maketrans("萬億", "万亿")


@functools.lru_cache(maxsize=1024)
def _unit_and_kind(unit_raw: str | None, mag: str) -> tuple[str | None, str]:
    sc = _scanner()
    mag = mag.translate(_SIMPLIFIED_MAG)
    if unit_raw is None:
        return (mag or None), "number"
    written = RE_SPACES.sub("", unit_raw)
    canon = sc.aliases.get(written, written)
    kind = sc.unit_kind.get(canon, sc.unit_kind.get(written, "count"))
    return mag + canon, kind


def _after(sc: _Scanner, text: str, end: int) -> tuple[str | None, int]:
    if end >= len(text) or not (text[end] in sc.qual_after_starts or text[end].isspace()):
        return None, end
    m = sc.qual_after.match(text, end)
    if m:
        return sc.qual_after_map.get(m.group(0).strip()), m.end()
    return None, end


def _sign(text: str, start: int) -> int:
    """The start of a minus sign written right before a numeral (-10000, −3, 负三十二), or
    ``start`` when there is none (3-5 is a range, 0591-… a phone, A-3 a code)."""
    if start and text[start - 1] in _SIGNS:
        before = text[start - 2] if start >= 2 else ""
        if text[start - 1] in "负負" and before and before in "胜勝正抱担擔肩自欺辜":
            return start  # 胜负3场, 正负: a word, not a sign
        if not (before.isascii() and before.isalnum()) and not (
            before and before in "-−－﹣.)）]】_/"
        ):
            return start - 1
    return start


def _signed(value: int | Decimal, upper: int | Decimal | None) -> tuple[Any, Any]:
    """The negated value and upper bound (a negative range keeps lower <= upper)."""
    if upper is not None:
        return -upper, -value
    return -value, None


def _arabic_number(m: re.Match[str], text: str, sc: _Scanner) -> Number | None:
    start, end = m_start, m_end = m.span(m.lastindex)
    a1, unit_raw, suffix, a2, amag, abtw = m.group("a1", "aunit", "asuf", "a2", "amag", "abtw")
    scale = _SUFFIX[suffix] if suffix else 1
    s_start = start
    if start and text[start - 1] in _SIGNS and a2 is None:
        if not (end < len(text) and text[end] in _SIGNS):  # -1- is a page number, not minus one
            s_start = _sign(text, start)
    prev = text[s_start - 1] if s_start else ""
    if unit_raw is None:
        # a bare number: decide whether it is a fraction, a code or a list ordinal
        nxt = text[end] if end < len(text) else ""
        if nxt in "/／" and nxt:
            fm = RE_ARABIC_FRACTION.match(text, start)
            if fm and not (prev and prev in "0123456789０１２３４５６７８９/／."):
                return _arabic_fraction(fm)
        kind = "number"
        if (
            RE_ASCII_LETTER.match(prev)
            or (prev and prev in "@./:_#-=&?")
            or nxt == "@"
            or RE_ASCII_LETTER.match(nxt)
        ):
            kind = "code"
        elif (
            nxt
            and nxt in ".．、"
            and a2 is None
            and len(a1) <= 2
            and (start == 0 or prev in _PUNCT_BEFORE_ORDINAL)
            and not (end + 1 < len(text) and text[end + 1].isdigit())
        ):
            kind = "ordinal"
        elif len(_RE_NON_DIGIT.sub("", a1)) >= 5 and sc.code_context.search(
            text, max(0, start - 10), start
        ):
            kind = "phone" if len(_RE_NON_DIGIT.sub("", a1)) >= 7 else "code"
        try:
            value = _value(a1, sc)
        except (ValueError, ArithmeticError):
            return None
        upper = None
        if a2 is not None:
            try:
                upper = _value(a2, sc)
            except (ValueError, ArithmeticError):
                upper = None
        qual = None
        if kind == "number":
            if scale != 1:
                value = _to_number(Decimal(value) * scale)  # 40k, 3w
            if s_start < start:
                value, upper = _signed(value, upper)
                start = s_start
            qual, start = _qualifier(sc, text, start, None)
        return Number(value, start, end, text[start:end], kind, qual, upper, None)
    if a1[-1] in sc.vocab.big or a1[-1].isspace():  # (else _split_mag gives (a1, ""))
        a1_core, mag = _split_mag(a1, sc)
    else:
        a1_core, mag = a1, ""
    if a2 is not None:
        a2_core, mag2 = _split_mag(a2, sc)
        if mag2 and not mag:
            mag = mag2  # 3-5万元: the magnitude written once applies to both bounds
    else:
        a2_core = None
    mag = mag or (amag or "")
    if amag and mag != amag and not a1.endswith(amag):
        mag = mag + amag
    try:
        if a1_core.isascii() and a1_core.isdigit():
            value = int(a1_core)  # (what _value gives: the common case without a call)
        else:
            value = _value(a1_core, sc) if a1_core else None
        upper = _value(a2_core, sc) if a2_core else None
    except (ValueError, ArithmeticError):
        return None
    if value is None:
        return None
    if not mag and a1_core and a1_core[-1] in "千百" and a1_core[-1] + unit_raw in sc.unit_kind:
        unit_raw = a1_core[-1] + unit_raw  # 5千元: 千元 is the unit as written
        a1_core = a1_core[:-1]
        value = _value(a1_core, sc)
    unit, kind = _unit_and_kind(unit_raw, mag)
    if unit == "番" and not _RE_FAN.search(text, max(0, start - 3), start):
        return None
    if unit == "角" and not _jiao_priced(text, start):
        return None
    if unit in ("元", "圆") and upper is None and end < len(text) and text[end] in _DIGIT_CHARS:
        value, end = _arabic_money_tail(text, end, value)
        unit = "元"
    if kind == "amount" and end + 1 < len(text) and text[end] in "/／":
        end = _per_unit_end(text, end, sc)
    if a1 in sc.protected_arabic and _is_protected(sc, text, m_start, m_end):
        return None
    if text.rfind("《", m_start - 80 if m_start > 80 else 0, m_start) >= 0 and _inside(
        text, m_start, m_end, "《", "》", 80
    ):  # (the rfind is _inside's first test: most numbers have no 《 before them)
        kind = "name"
    if scale != 1:
        value = _to_number(Decimal(value) * scale)  # 3w人次
        upper = None if upper is None else _to_number(Decimal(upper) * scale)
    if s_start < start:
        value, upper = _signed(value, upper)
        start = s_start
    if text.startswith("半", end):
        value, end, unit, kind = _half(text, end, value, upper, unit, kind)
    elif kind == "percent" and upper is None and end < len(text) and text[end] in _PCT_RANGE_FIRST:
        upper, end = _percent_upper(text, end, upper)
    return _qualified(sc, text, start, end, abtw, value, kind, upper, unit)


#: 40%—50%, 40%至50%: a range whose bounds each carry the percent sign (the first character
#: after the lower bound, then the whole upper bound).
_PCT_RANGE_FIRST = frozenset("-－—–~～〜至到")
_RE_PCT_UPPER = re.compile(
    r"(?:[-－—–~～〜]|至|到)[ \t]*([0-9０-９]+(?:[.．][0-9０-９]+)?)[ \t]*[%％]"
)


def _percent_upper(text: str, end: int, upper: Any) -> tuple[Any, int]:
    """40%—50%: the upper bound written with its own sign is part of the range (else unchanged)."""
    rm = _RE_PCT_UPPER.match(text, end)
    if rm is None:
        return upper, end
    return _to_number(Decimal(rm.group(1).translate(_FULLWIDTH))), rm.end()


#: After X成: one more digit gives tenths of 成 (九成五 = 9.5 成, 八成三), when the clause or the
#: figure ends there (九成五以上, 九成五，); 三成一片 … would go on with a noun.
_TENTH_DIGITS = {
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_RE_TENTH = re.compile(r"([一二两三四五六七八九])(?=$|[\s，,。；;、：:）)以左上”\"的])")


def _tenths(text: str, end: int, value: Any) -> tuple[Any, int]:
    """九成五 -> 9.5 (成); the value unchanged when the digit starts a word (三成一片)."""
    tm = _RE_TENTH.match(text, end)
    if tm is None or isinstance(value, Decimal) or not 0 < value < 10:
        return value, end
    return _to_number(Decimal(value) + Decimal(_TENTH_DIGITS[tm.group(1)]) / 10), tm.end()


#: After 个 and 半, the unit a span of time continues with: 一个半小时, 两个半月.
_RE_HALF_UNIT = re.compile(r"半(小时|月|工作日|星期|季度)?")


def _half(
    text: str, end: int, value: Any, upper: Any, unit: str | None, kind: str
) -> tuple[Any, int, str | None, str]:
    """两年半 -> 2.5 年, 一个半小时 -> 1.5 个小时: a 半 right after the unit adds one half."""
    if upper is not None or unit is None or kind == "percent" or not text.startswith("半", end):
        return value, end, unit, kind
    if isinstance(value, Decimal) and value != value.to_integral_value():
        return value, end, unit, kind
    hm = _RE_HALF_UNIT.match(text, end)
    more = hm.group(1) if hm else None
    if more:
        if unit != "个":
            return value, end, unit, kind
        unit, kind = _unit_and_kind("个" + more, "")
    elif end + 1 < len(text) and text[end + 1] in "年月天日":
        return value, end, unit, kind  # 三年半年: not a half
    return _to_number(Decimal(value) + Decimal("0.5")), hm.end() if hm else end + 1, unit, kind


def _qualified(
    sc: _Scanner,
    text: str,
    start: int,
    end: int,
    between: str | None,
    value: int | Decimal,
    kind: str,
    upper: int | Decimal | None,
    unit: str | None,
) -> Number:
    """The number with its qualifier: words before it (约, 近, 超过) or between it and its unit
    (余, 多), else words after it (以上, 左右); the span grows over them."""
    # (the tests that open _qualifier and _after, written here: most numbers have neither a
    # qualifier word nor a space around them, and this runs for every quantity)
    if between is None and (
        not start or (text[start - 1] not in sc.qual_before_ends and not text[start - 1].isspace())
    ):
        qual = None
    else:
        qual, start = _qualifier(sc, text, start, between)
    if end < len(text) and (text[end] in sc.qual_after_starts or text[end].isspace()):
        q_after, end = _after(sc, text, end)
        if q_after and (qual is None or qual not in _STRONG_QUALIFIERS):
            qual = q_after
    return Number(value, start, end, text[start:end], kind, qual, upper, unit)


#: 3/4, 1／3: an Arabic fraction (2016/12/31 is a date and read before this).
RE_ARABIC_FRACTION = re.compile(r"([0-9０-９]{1,3})[/／]([0-9０-９]{1,3})(?![0-9０-９/／.])")


def _arabic_fraction(fm: re.Match[str]) -> Number:
    """3/4 -> 0.75 (kind fraction); 24/7, 12/5 (not proper fractions) are codes."""
    num = int(fm.group(1).translate(_FULLWIDTH))
    den = int(fm.group(2).translate(_FULLWIDTH))
    start, end = fm.span()
    if not 0 < num < den:
        return Number(num, start, end, fm.group(0), "code")
    value = _to_number((Decimal(num) / Decimal(den)).quantize(Decimal("1.000000")).normalize())
    return Number(value=value, start=start, end=end, text=fm.group(0), kind="fraction")


#: Before the numeral of a session (十届九次全会, 十四届全国人大二次会议, 七届三次全委会): 届
#: and the body whose session it is.
_RE_SESSION_BEFORE = re.compile(
    r"届\s*(?:全国|省|市|区|县)?\s*(?:人大|人民代表大会|政协|党代会|委员会|人大常委会|纪委)?\s*$"
)


def _counts_a_list(sc: _Scanner, text: str, start: int, numeral: str) -> bool:
    """True when 一 starts a numeral with a magnitude (一千, 一百, 一万) right after a noun that ends in
    a character which otherwise binds 一 into a word: 名单一千四百余户, 清单一百二十项 (not 单一来源).

    >>> sc = _scanner()
    >>> _counts_a_list(sc, "公开名单一千四百余户", 4, "一千四百余"), _counts_a_list(sc, "单一来源", 1, "一")
    (True, False)
    """
    if len(numeral) < 2 or numeral[0] not in "一壹" or numeral[1] not in "十百千万亿拾佰仟":
        return False
    return any(text.endswith(w, 0, start) for w in sc.one_after_lists)


def _chinese_number(m: re.Match[str], text: str, sc: _Scanner) -> Number | None:
    start, end = m.span(m.lastindex)
    c1 = m.group("c1")
    prev = text[start - 1] if start else ""
    counted_list = _counts_a_list(sc, text, start, c1)
    if c1[0] in "一壹" and prev in sc.one_blocked and not counted_list:
        return None
    if prev == "几" or text.startswith("几", m.end("c1")):
        return None  # 几十个, 十几个: a vague quantity (several tens), no number
    # 名单一千四百余户: the 单 ends the noun 名单, so 单一 (single) is no phrase here
    seen = text[: start - 1] + " " + text[start:] if counted_list else text
    if _is_protected(sc, seen, start, end):
        return None
    if m.group("cunit") is None:
        # mode all, no unit: the numeral is read whole (一万 = 10000)
        c1_core, mag = c1.rstrip(), ""
    else:
        c1_core, mag = _split_mag(c1, sc)
        mag = mag + (m.group("cmag") or "")
    c2 = m.group("c2")
    upper: int | Decimal | None = None
    try:
        if c2 is not None:
            c2_core, mag2 = (
                _split_mag(c2, sc) if m.group("cunit") is not None else (c2.rstrip(), "")
            )
            if mag2 and not mag:
                mag = mag2
            value = _value(c1_core, sc)
            upper = _value(c2_core, sc)
        else:
            rng = _cn_range(c1_core, sc)
            if not c1_core and mag:
                value = 1  # 近万人: a bare 万 after 近/逾/上/数 is one 万 (1 万人, as written)
            elif rng is not None:
                value, upper = rng
            else:
                if len(c1_core) >= 2 and all(ch in sc.vocab.digits for ch in c1_core):
                    # 一一, 十三五 …: digit strings before a unit are not counts; alone (mode
                    # all) a reading of three digits or more is: 一二三, 二〇〇二
                    if m.group("cunit") is not None or len(c1_core) < 3:
                        return None
                value = _value(c1_core, sc)
    except (ValueError, ArithmeticError):
        return None
    if m.group("cunit") is None and not mag:
        if sc.not_alone is not None and sc.not_alone.match(text, start):
            return None  # mode all: 十分, 一样, 四川 are words
    if start and text[start - 1] in _SIGNS:
        s_start = _sign(text, start)
        if s_start < start:
            value, upper = _signed(value, upper)
            start = s_start
    unit, kind = _unit_and_kind(m.group("cunit"), mag)
    if unit == "次" and _RE_SESSION_BEFORE.search(text, max(0, start - 12), start):
        kind = "ordinal"  # 区委十届九次全会, 十四届全国人大二次会议: a session, not nine times
    if unit is None and text.startswith("、", end):
        kind = "ordinal"  # mode all: 一、总体情况 is a list marker
    if unit == "番" and not _RE_FAN.search(text, max(0, start - 3), start):
        return None  # 一番努力: 番 is a unit only in 翻(了)一番
    if unit == "角" and not _jiao_priced(text, start):
        return None  # 大厅一角: 角 is money only after a price or a fee
    if _inside(text, start, end, "《", "》", 80) or _inside(text, start, end, "“", "”", 30):
        kind = "name"
    elif _inside(text, start, end, "「", "」", 30):
        kind = "name"
    value, end, unit, kind = _half(text, end, value, upper, unit, kind)
    if unit == "成" and upper is None and end < len(text) and text[end] in _TENTH_DIGITS:
        value, end = _tenths(text, end, value)
    if unit in ("元", "圆") and upper is None and end < len(text) and text[end] in _MONEY_NEXT:
        value, end = _money_tail(text, end, value, sc)
        unit = "元"
    elif (
        unit in ("万元", "亿元")
        and upper is None
        and text.startswith(("整", "正"), end)
        and text[end + 1 : end + 2] not in _WORD_AFTER_ZHENG
    ):
        end += 1  # 伍万元整: 整 closes the amount (角 and 分 would be of another scale)
    return _qualified(sc, text, start, end, m.group("cbtw"), value, kind, upper, unit)


#: After 整/正 following 万元/亿元, characters that make it a word (整理, 整改, 正在 …), not the close
#: of the amount.
_WORD_AFTER_ZHENG = frozenset("理治改合体顿洁修编数齐套个在式常当确好规")

#: Characters that may follow 元/圆 in a 大写 amount (角 分 整 and their digits).
_MONEY_NEXT = frozenset("零〇一二两三四五六七八九壹贰貳叁參叄肆伍陆陸柒捌玖整正")


#: After a Chinese numeral and 元/圆: 角, 分 and 整 of a 大写 amount (壹拾壹元整, …圆壹角捌分).
_RE_MONEY_TAIL = re.compile(
    r"零?(?:(?P<jiao>[零〇一二两三四五六七八九壹贰貳叁參叄肆伍陆陸柒捌玖])角)?零?"
    r"(?:(?P<fen>[零〇一二两三四五六七八九壹贰貳叁參叄肆伍陆陸柒捌玖])分)?(?P<zheng>[整正])?"
)


def _money_tail(text: str, end: int, value: Any, sc: _Scanner) -> tuple[Any, int]:
    """壹拾壹元整 -> (11, end after 整); 玖仟陆佰陆拾伍圆壹角捌分 -> (9665.18, end after 分)."""
    mm = _RE_MONEY_TAIL.match(text, end)
    if (
        mm is None
        or mm.end() == end
        or not (mm.group("jiao") or mm.group("fen") or mm.group("zheng"))
    ):
        return value, end
    total = Decimal(value)
    for part, scale in (("jiao", Decimal("0.1")), ("fen", Decimal("0.01"))):
        if mm.group(part):
            total += sc.vocab.digits[mm.group(part)] * scale
    return _to_number(total), mm.end()


#: After an Arabic amount in 元: its 角 and 分 in Arabic digits (386元5角, 12元8角6分, 5元0角8分), the
#: 分 not starting a word (3元5分钟 is no amount of 分).
_RE_MONEY_TAIL_AR = re.compile(
    r"(?:(?P<jiao>[0-9０-９])角(?![度落色形楼逐膜质]))?"
    r"(?:(?P<fen>[0-9０-９])分(?![钟之别类配享析布担局管工成解数值期批级区部散]))?"
)


def _arabic_money_tail(text: str, end: int, value: Any) -> tuple[Any, int]:
    """386元 before 5角 -> (386.5, end after 角); 12元 before 8角6分 -> (12.86, end after 分); an
    amount with a decimal point or no tail as it is.

    >>> _arabic_money_tail("费用共计386元5角。", 8, 386)
    (Decimal('386.5'), 10)
    >>> _arabic_money_tail("费用386元，", 6, 386)
    (386, 6)
    """
    if not isinstance(value, int):
        return value, end
    mm = _RE_MONEY_TAIL_AR.match(text, end)
    if mm is None or mm.end() == end:
        return value, end
    total = Decimal(value)
    for part, scale in (("jiao", Decimal("0.1")), ("fen", Decimal("0.01"))):
        if mm.group(part):
            total += int(mm.group(part).translate(_FULLWIDTH)) * scale
    return _to_number(total), mm.end()


#: The time words a price may be given per (300元/月, 120元/年) besides the measure words.
_PER_TIME = frozenset("年月日天周")


def _per_unit_end(text: str, end: int, sc: _Scanner) -> int:
    """Where an amount written as a price per unit ends: past /页 of 0.5元/页 (a measure word or a
    time word of one character after the slash, not a word going on: 元/页面 is no price per 页);
    ``end`` itself otherwise.

    >>> sc = _scanner()
    >>> _per_unit_end("A4纸0.5元/页，", 7, sc), _per_unit_end("100元/5页", 4, sc)
    (9, 4)
    """
    unit = text[end + 1]
    if unit not in _PER_TIME and sc.unit_kind.get(unit) != "count":
        return end
    nxt = text[end + 2] if end + 2 < len(text) else ""
    if nxt and ("\u4e00" <= nxt <= "\u9fff" or nxt.isalnum()) and nxt not in "，。；、）":
        return end  # 元/页面, 元/人民币: a word after the slash
    return end + 2


#: Before 角 alone (每页5角, 复印费一角): a price or a fee in the clause, without which 角 is a
#: word (大厅一角, 三角) and no amount.
_RE_JIAO_CONTEXT = re.compile(r"(?:每|费|收取|收费|价|元)[^，。；,;！？\n]{0,6}$")


def _jiao_priced(text: str, start: int) -> bool:
    """Whether 角 after the numeral at ``start`` is money: a price or fee stands before it.

    >>> _jiao_priced("复印费按每页5角收取", 6), _jiao_priced("在大厅一角设置查阅点", 3)
    (True, False)
    """
    return _RE_JIAO_CONTEXT.search(text, max(0, start - 10), start) is not None


#: 翻 (了) right before a numeral of 番: 翻了一番, 翻两番.
_RE_FAN = re.compile(r"翻\s*了?\s*$")

_QUANTITY_BRANCHES = frozenset({"ar", "cn", "pct", "yen"})

#: find_numbers modes: the prose scanner, or every numeral a general recogniser reads.
MODES = ("prose", "all")


#: The digits of a quantity and what a split numeral's left part may hold (see _rejoined).
#: Arabic digits with a decimal part or none, as a split numeral, a bare 万/亿 count or a score writes them.
_RE_LEAD_DIGITS = re.compile(r"[0-9]+(?:\.[0-9]+)?")
#: A numeral split where a report's layout broke it, right before the digits of a quantity:
#: ``wrap`` digits glued to the word before a line break (…发布信息1 / 236条, a hard wrap inside
#: the numeral); ``spaced`` single digits a space apart after a space, as a letter-spaced line
#: prints them (申 请 2 3 件); ``grp`` digit groups of three a space apart (GB/T 15835: 1 258条,
#: 12 345 678元) glued to the word before them, or a space apart from it and from the unit
#: (共计 3 125 条). Matched backwards from the quantity (reversed text), so that only the
#: characters right before it are read, in this order.
_RE_SPLIT_BEFORE = (
    re.compile(r"[ \t\u3000]*\n\r?[0-9]+(?![0-9\s.,，/A-Za-z第-])"),  # wrap
    re.compile(r"(?: [0-9])+(?= [\u4e00-\u9fff、])"),  # spaced
    re.compile(  # grp (open: spaced on both sides, 共计 3 125 条)
        r"(?:[ \xa0\u2009\u202f][0-9]{3})*[ \xa0\u2009\u202f][0-9]{1,3}(?P<open> (?=[\u4e00-\u9fff]))?"
        r"(?![0-9\s.,，/A-Za-z第-])"
    ),
)


def _rejoined(num: Number, text: str, sc: _Scanner) -> Number:
    """``num`` read with the part of its numeral that a space or a line break cut off before
    it (see :data:`_RE_SPLIT_BEFORE`): 1 258条 is 1258 条, not 258; ``num`` unchanged when the
    characters before it are no such part (a table row's cells, 12 345件 after a space, stay
    apart). A group of digit groups needs its last group of three digits (and, spaced from the
    word before it, a space before the unit too); single spaced digits need the space of the
    letter-spaced line between the last digit and the unit.

    >>> [(n.value, n.unit) for n in list_quantities("主动公开政府信息1 258条，申 请 2 3 件，数 12 345件")]
    [(1258, '条'), (23, '件'), (345, '件')]
    >>> [(n.value, n.text) for n in list_quantities("发布信息 3 125 条，自然人 3 125件")]
    [(3125, '3 125 条'), (125, '125件')]
    """
    dm = _RE_LEAD_DIGITS.match(text, num.start)
    if dm is None:
        return num  # (a qualifier or a sign opens the span: not split)
    digits = dm.group()
    spaced_after = text[dm.end() : dm.end() + 1] in (" ", "\u3000")
    before = text[max(0, num.start - 40) : num.start][::-1]
    wrap, spaced, grp = _RE_SPLIT_BEFORE
    m = wrap.match(before)
    if m is None and len(digits) == 1 and spaced_after:
        m = spaced.match(before)
    if m is None and len(digits.partition(".")[0]) == 3:
        m = grp.match(before)
        if m is not None and m.group("open"):
            if not spaced_after:
                return num  # 自然人 3 125件: two cells
            return _joined(num, text, sc, digits, num.start - m.end() + 1)
    if m is None:
        return num
    return _joined(num, text, sc, digits, num.start - m.end())


def _joined(num: Number, text: str, sc: _Scanner, digits: str, start: int) -> Number:
    """``num`` read from ``start``, where the part of its numeral cut off before it begins."""
    if num.value != _to_number(Decimal(digits)):
        return num  # (40k, 3w: a suffix scaled it)
    value = _to_number(Decimal(RE_SPACES.sub("", text[start : num.start]) + digits))
    qual = num.qualifier
    if start and (text[start - 1] in sc.qual_before_ends or text[start - 1].isspace()):
        q, q_start = _qualifier(sc, text, start, None)
        if q and (qual is None or (q in _STRONG_QUALIFIERS and qual not in _STRONG_QUALIFIERS)):
            qual, start = q, q_start  # 约1 258条
    return Number(value, start, num.end, text[start : num.end], num.kind, qual, num.upper, num.unit)


#: After an Arabic numeral ending in 万 or 亿 with no measure word (粉丝总数达25.3万，): the end
#: of its clause, 余/多 and the end of its clause, or the end of the text.
RE_BARE_MAG_END = re.compile(r"[余多]?" + CLAUSE_END)
#: The numeral of such a count: Arabic digits and the magnitude only (no range, no suffix).
RE_BARE_MAG = re.compile(r"([0-9]+(?:\.[0-9]+)?)(万|亿)")


def _bare_magnitude(m: re.Match[str], text: str, sc: _Scanner) -> Number | None:
    """A count written as digits and 万/亿 with no measure word, at the end of its clause
    (关注人数超过8.5万，粉丝总数达25.3万。): value and magnitude as written, the magnitude its
    unit (8.5 万), as 万 ending a numeral goes to the unit before a measure word. Anything else
    (a range, a suffix, a Chinese numeral, 万 inside the numeral) is no such count.

    >>> [(n.value, n.unit, n.qualifier) for n in list_quantities("关注人数超过8.5万，访问量1200万余。")]
    [(Decimal('8.5'), '万', 'more_than'), (1200, '万', 'more_than')]
    """
    start, end = m.span(m.lastindex)
    nm = RE_BARE_MAG.fullmatch(text, start, end)
    if nm is None:
        return None
    more = end < len(text) and text[end] in "余多"  # 1200万余: more than
    num = _qualified(
        sc, text, start, end + more, None, _value(nm.group(1), sc), "count", None, nm.group(2)
    )
    if more and num.qualifier not in _STRONG_QUALIFIERS:
        num.qualifier = "more_than"
    return num


#: A score: an Arabic number and 分 at the end of its clause, the clause naming a score before it
#: (得分, 评分, 打分, 分数, 分值) within SCORE_REACH characters.
RE_SCORE_END = re.compile(r"分" + CLAUSE_END)
RE_SCORE_WORD = re.compile(r"(?:得分|评分|打分|分数|分值)[^，。；;！？!?]*$")
SCORE_REACH = 12


def _score(m: re.Match[str], text: str) -> Number | None:
    """A score written as an Arabic number and 分 (综合得分87.6分。): unit 分, kind measure. Only
    where the clause names a score before it: 分 is no measure word otherwise (3分钟, 十分, 三分
    部署, 九时1分).

    >>> [(n.value, n.unit) for n in list_quantities("综合得分87.6分，排名第2。")]
    [(Decimal('87.6'), '分')]
    >>> list_quantities("9时1分。")
    []
    """
    start, end = m.span(m.lastindex)
    if not (_RE_LEAD_DIGITS.fullmatch(text, start, end) and RE_SCORE_END.match(text, end)):
        return None
    if not RE_SCORE_WORD.search(text, max(0, start - SCORE_REACH), start):
        return None
    value = _to_number(Decimal(text[start:end]))
    return Number(value, start, end + 1, text[start : end + 1], "measure", None, None, "分")


def _scan_quantities(text: str) -> list[Number]:
    """The numbers with a unit that ``quantity_regex`` reads in ``text``, in text order (the
    labelled numbers of :func:`_with_labelled` aside)."""
    sc = _scanner()
    # the branch's group closes last (m.lastindex is its number): compare numbers, not
    # names, for the dates, codes and bare numbers skipped here
    wanted, ar, aunit, cn = sc.quantity_groups
    arabic, chinese = _arabic_number, _chinese_number
    out: list[Number] = []
    size = len(text)
    for m in sc.quantity_regex.finditer(text):
        g = m.lastindex
        if g in wanted:  # (None: a character that starts no number, or the end)
            if g == ar:
                if m.start(aunit) >= 0:
                    num = arabic(m, text, sc)
                else:
                    e = m.end(ar)
                    if text[e - 1] in "万亿":
                        num = (
                            _bare_magnitude(m, text, sc) if RE_BARE_MAG_END.match(text, e) else None
                        )
                    else:
                        num = _score(m, text) if text.startswith("分", e) else None
                if (
                    num is not None
                    and num.start > 1
                    and text[num.start - 1].isspace()
                    and (text[num.start - 2].isdigit() or text[num.start - 2].isspace())
                ):
                    num = _rejoined(num, text, sc)  # 1 258条: a numeral a layout split
            elif g == cn:
                num = chinese(m, text, sc)
            else:
                num = _number_from_match(m, text, sc)
            if num is not None and not (out and num.start < out[-1].end):
                out.append(num)  # (not the 5角 of 386元5角, read into the amount before it)
        if m.end() == size:
            # only the empty match of \Z is left (every number starts with a character):
            # spare the engine its two more attempts at the end, most of a short text's scan
            break
    return out


def _iter_numbers(text: str, mode: str = "prose") -> Iterator[Number]:
    sc = _scanner()
    regex = _regex_all() if mode == "all" else sc.regex
    skip_to = 0  # the end of a fraction read past its regex match (3/4)
    for m in regex.finditer(text):
        if m.start() < skip_to:
            continue
        num = _number_from_match(m, text, sc)
        if num is not None and num.kind == "number":
            num = _labelled(num, text)
        if num is not None and mode == "all" and num.kind == "ordinal":
            if _in_longer_protected(sc, text, num.start, num.end):
                continue  # 第一时间, 第三方: a general reader skips protected phrases too
        if num is not None:
            if num.end > m.end():
                skip_to = num.end
            yield num


@functools.lru_cache(maxsize=1)
def _label_number_re() -> re.Pattern[str]:
    """A label (``件（次）数为``) and the Arabic number right after it (for iter_quantities)."""
    return re.compile(_label_re().pattern[:-1] + _LABEL_NUM)


#: The number after a label (2,145 with its thousands separators, 18.6).
_LABEL_NUM = r"(?P<num>(?:[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+(?![0-9０-９])|[0-9０-９]+)(?:[.．][0-9０-９]+)?)(?![0-9０-９.．])"


@functools.lru_cache(maxsize=1)
def _label_re() -> re.Pattern[str]:
    """A count unit with 数 right before a bare number (``件（次）数为``, ``人数：``), from
    ``label_units`` of units.yaml (never matching when the list is empty)."""
    words = [str(w) for w in (_lex_units().get("label_units") or ())]
    if not words:
        return re.compile(r"(?!)")
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?P<unit>{alt})数量?\s*(?:为|是|达|共|：|:)?\s*$")


@functools.lru_cache(maxsize=1)
def _bracket_label_re() -> re.Pattern[str]:
    """A label whose unit stands in brackets after 数, as the 2014 table's rows are copied into
    prose (公开政府信息数（条）：2,145), right before a bare number; searched only where 数（ is
    written (a pattern of its own: the alternative inside _label_re slowed its search)."""
    words = [str(w) for w in (_lex_units().get("label_units") or ())]
    if not words:
        return re.compile(r"(?!)")
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"数[（(](?P<unit>{alt})[）)]\s*(?:为|是|达|共|：|:)?\s*$")


@functools.lru_cache(maxsize=1)
def _bracket_label_number_re() -> re.Pattern[str]:
    """:func:`_bracket_label_re` and the Arabic number right after it."""
    return re.compile(_bracket_label_re().pattern[:-1] + _LABEL_NUM)


def _labelled(num: Number, text: str) -> Number:
    """A bare number whose unit is written before it as a label (申请件（次）数为19 → 19 件次,
    its span from the label): a count, like 19件次; any other number as it is.

    >>> n = _labelled(Number(19, 10, 12, "19", "number"), "收到申请件（次）数为19")
    >>> (n.value, n.unit, n.kind, n.text)
    (19, '件次', 'count', '件（次）数为19')
    >>> _labelled(Number(19, 5, 7, "19", "number"), "编号为19").kind
    'number'
    """
    if num.kind != "number" or num.start < 2 or text[num.start - 1] not in "为是达共：: 数":
        return num
    m = _label_re().search(text, max(0, num.start - 12), num.start)
    if m is None:
        if text.find("数", max(0, num.start - 12), num.start) < 0:
            return num
        m = _bracket_label_re().search(text, max(0, num.start - 12), num.start)
        if m is None:
            return num
    sc = _scanner()
    written = RE_SPACES.sub("", m.group("unit"))
    unit = sc.aliases.get(written, written)
    lo = _label_start(m, text)
    return Number(
        num.value, lo, num.end, text[lo : num.end], "count", num.qualifier, num.upper, unit
    )


def _label_start(m: re.Match[str], text: str) -> int:
    """Where a labelled number's span starts: at its unit, or after it when the unit ends a
    word (案件数为3: the counted thing keeps 案件; ``label_words`` of units.yaml)."""
    start = m.start("unit")
    if m.group(0)[0] == "数":
        return m.start()  # 信息数（条）：2,145: from 数, the phrase before it is the counted thing
    words = _lex_units().get("label_words") or ()
    if start and text[start - 1] + m.group("unit") in words:
        return m.end("unit")
    return m.start()


def iter_quantities(text: str) -> Iterator[Number]:
    """Yield only the numbers of ``text`` that carry a unit (counts, amounts, shares …).

    The fast path for fact extraction: bare numbers, dates, codes and ordinals are skipped
    before any Python work is done on them.

    >>> [n.text for n in iter_quantities("2016年8月，电话12345，办结171件")]
    ['171件']
    >>> [(n.value, n.unit) for n in iter_quantities("收到申请件（次）数为19，办结18件")]
    [(19, '件次'), (18, '件')]
    """
    return iter(list_quantities(text))


@functools.lru_cache(maxsize=1)
def _bracket_unit_re() -> re.Pattern[str]:
    """An Arabic number whose unit is written after it in brackets, as statistics sentences
    and flattened table rows give it (申请数量为48（件）, 访问量 18.6（万人次）, 收取费用 0（万元））: a
    quantity unit of units.yaml (never a duration), 万/亿 before it allowed, alone in the
    brackets. Not after a letter, a point or 第 (表2（人）is rare, 第3（次） an ordinal)."""
    sc = _scanner()
    words = [w for w, k in sc.unit_kind.items() if k != "duration"]
    words += [a for a, c in sc.aliases.items() if sc.unit_kind.get(c, "count") != "duration"]
    alt = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return re.compile(
        rf"(?<![0-9０-９.．,，A-Za-z第/／\-])(?P<num>(?:{_D}{{1,3}}(?:[,，]{_D}{{3}})+|{_D}+)(?:[.．]{_D}+)?)"
        rf"[ \t\u3000]*[（(][ \t\u3000]*(?P<mag>[万亿])?(?P<unit>{alt})[ \t\u3000]*[）)]"
    )


#: The digits, and the characters a numeral holds besides them (thousands commas, points).
_DIGIT_CHARS = frozenset("0123456789０１２３４５６７８９")
_NUMERAL_CHARS = _DIGIT_CHARS | frozenset(",，.．")


def _digits_before_brackets(text: str) -> list[int]:
    """Where a digit stands right before an opening bracket (spaces between allowed): the
    cheap necessary condition of _bracket_unit_re, found with str.find (most brackets of a
    report follow a word, and the pattern, opening with a lookbehind, searches slowly)."""
    out = []
    for opener in "（(":
        i = text.find(opener)
        while i > 0:
            k = i - 1
            while k > 0 and text[k] in " \t\u3000":
                k -= 1
            if text[k] in _DIGIT_CHARS:
                out.append(k)
            i = text.find(opener, i + 1)
    if len(out) > 1:
        out.sort()
    return out


def _bracket_units(text: str) -> list[Number]:
    """The numbers of ``text`` whose unit follows them in brackets (48（件） is 48 件)."""
    if "）" not in text and ")" not in text:
        return []
    return _bracket_units_at(text, _digits_before_brackets(text))


def _bracket_units_at(text: str, lasts: list[int]) -> list[Number]:
    """:func:`_bracket_units` at the given last digits before a bracket."""
    if not lasts:
        return []
    sc = _scanner()
    out: list[Number] = []
    pattern = _bracket_unit_re()
    for last in lasts:
        k = last  # the numeral's last digit: its start is where its digits, points and commas start
        while k and text[k - 1] in _NUMERAL_CHARS:
            k -= 1
        m = pattern.match(text, k)
        if m is None:
            # 5，12（件）: a comma that separates two numbers, not thousands
            j = last
            while j and text[j - 1] in _DIGIT_CHARS:
                j -= 1
            m = pattern.match(text, j) if j > k else None
            if m is None:
                continue
        try:
            value = _value(m.group("num"), sc)
        except (ValueError, ArithmeticError):
            continue
        unit, kind = _unit_and_kind(m.group("unit"), m.group("mag") or "")
        # with the words before it (总计51（件）, 约) and after it (以上) as any quantity
        out.append(_qualified(sc, text, m.start(), m.end(), None, value, kind, None, unit))
    return out


def _with_bracket_units(quantities: list[Number], text: str) -> list[Number]:
    """``quantities`` and, in text order, the numbers with their unit in brackets after them
    (which the quantity scan reads as bare numbers)."""
    extra = _bracket_units(text)
    if not extra:
        return quantities
    # a number read with a unit of its own already (…3件（次）): the quantity that starts last
    # before the bracketed one's end must end before its start (quantities are in text order)
    starts = [q.start for q in quantities]
    extra = [
        e
        for e in extra
        if not ((k := bisect.bisect_left(starts, e.end)) and quantities[k - 1].end > e.start)
    ]
    if not extra:
        return quantities
    return sorted([*quantities, *extra], key=lambda q: q.start)


def list_quantities(text: str, *, held: bool = False) -> list[Number]:
    """The numbers :func:`iter_quantities` yields, as a list. ``held``: the caller has seen
    :func:`may_hold_quantities` true for ``text``, so its search is not made again.

    >>> [n.text for n in list_quantities("开设窗口26个，受理申请4件")]
    ['26个', '4件']
    """
    if "数" not in text:  # (a labelled number, 件数为19, has no unit after it: no gate)
        if not held and _scanner().quantity_gate.search(text) is None:
            if "）" not in text and ")" not in text:
                return []
            return _bracket_units(text)
        if "）" not in text and ")" not in text:
            return _scan_quantities(text)
        return _with_bracket_units(_scan_quantities(text), text)
    found = _scan_quantities(text)
    if "）" in text or ")" in text:
        found = _with_bracket_units(found, text)
    return _with_labelled(found, text)


def may_hold_quantities(text: str) -> bool:
    """False only when :func:`iter_quantities` finds nothing in ``text``: a cheap test (a
    search in C, two when 数 is written) that lets a caller pass over most sentences of a
    report without a scan.

    >>> may_hold_quantities("统一思想，进一步加强"), may_hold_quantities("办结171件")
    (False, True)
    """
    if _scanner().quantity_gate.search(text) is not None:
        return True
    if ("）" in text or ")" in text) and _bracket_units(text):
        return True  # 48（件）: the unit in brackets after the number
    # no quantity with a unit after it (the gate): only a number labelled before it can be one
    # (件数为19), and that needs its label (a sentence with 数据, 数量 or 总数 alone has none)
    return "数" in text and (
        _label_number_re().search(text) is not None
        or (
            ("数（" in text or "数(" in text)
            and _bracket_label_number_re().search(text) is not None
        )
    )


def _with_labelled(quantities: list[Number], text: str) -> list[Number]:
    """``quantities`` and, in text order among them, the bare numbers whose unit is written
    before them as a label (申请件（次）数为19), which the quantity scan passes over."""
    extra = []
    # whether a position is inside a quantity: the furthest end of the quantities starting at or
    # before it lies past it (a search per label, not a walk over every quantity of the text)
    spans = sorted((q.start, q.end) for q in quantities)
    starts = [a for a, _ in spans]
    reach = list(itertools.accumulate((b for _, b in spans), max))
    labels = _label_number_re().finditer(text)
    if "数（" in text or "数(" in text:
        labels = itertools.chain(labels, _bracket_label_number_re().finditer(text))
    for m in labels:
        start = m.start("num")
        k = bisect.bisect_right(starts, start)
        if k and reach[k - 1] > start:
            continue  # 件数为12件: the number carries its own unit
        for n in find_numbers(text[m.start() : m.end()]):
            if n.kind == "count" and n.start == 0:
                lo = _label_start(m, text)
                extra.append(
                    Number(
                        n.value,
                        lo,
                        m.start() + n.end,
                        text[lo : m.start() + n.end],
                        n.kind,
                        n.qualifier,
                        n.upper,
                        n.unit,
                    )
                )
    if not extra:
        return quantities
    return sorted([*quantities, *extra], key=lambda q: q.start)


def find_numbers(text: str, *, mode: str = "prose") -> list[Number]:
    """Find every number in ``text`` with exact value, span, kind, unit and qualifier.

    Args:
        text: any text (a sentence or a whole report).
        mode: ``prose`` (default) reads a Chinese numeral only before a measure word, so
            统一, 一律, 一是 never become numbers; ``all`` reads every numeral a general
            recogniser would (答案是四不是五 → 4, 5; kind ``number`` when no unit follows),
            still skipping protected phrases (一网通办) and words such as 十分, 一样, 统一.

    Returns:
        Numbers in text order. ``kind`` is ``count``, ``amount``, ``percent``, ``ratio``,
        ``measure`` (quantities), ``number`` (a bare Arabic number without unit), or one of
        the kinds that are never quantities: ``year``, ``date``, ``time``, ``duration``,
        ``code``, ``phone``, ``ordinal``, ``name``, ``fraction``. For a range ``value`` is
        the lower bound and ``upper`` the upper one.

    Raises:
        TypeError: ``text`` is not a string.

    >>> [(n.value, n.kind) for n in find_numbers("2016年共办理3至5件，电话：0591-23165370")]
    [(2016, 'year'), (3, 'count'), (591, 'phone')]
    """
    if not isinstance(text, str):
        raise TypeError(f"find_numbers expects a string, got {type(text).__name__}")
    if mode not in MODES:
        raise ValueError(f"find_numbers: unknown mode {mode!r}, expected 'prose' or 'all'")
    return list(_iter_numbers(text, mode))
