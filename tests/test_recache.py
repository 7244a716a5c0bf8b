"""The disk cache of compiled regexes (textmine._recache): a pattern served from the cache is the
pattern ``re`` makes, a second process finds what the first saved, and a damaged file, a file of
another build or TEXTMINE_NO_CACHE leave ``re`` as it is. Each case runs in a fresh interpreter:
installing the cache changes ``re`` for the whole process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PATTERNS = [
    r"(?P<year>(?:19|20)\d{2})年",
    r"[\u4e00-\u9fff]{2,8}(?:人民政府|办公室)",
    r"第[一二三四五六七八九十]+[条款项]",
    r"(?i)\bhttps?://\S+",
    r"(\d+)(?:\.(\d+))?\s*(万元|元)",
]

SCRIPT = """
import json, re, sys
from textmine import _recache
on = _recache.install()
patterns = json.loads(sys.argv[1])
before = set(_recache._state.get("cached", {}))
compiled = [re.compile(p) for p in patterns]
hits = sum(1 for p in patterns if (p, 0) in before)
re.purge()  # re's own cache forgets them (as it forgets all but its last 512 patterns)
again = [re.compile(p) for p in patterns]
assert again == compiled and not _recache._state["new"][0] if hits else True  # served again, not compiled
_recache.save()
print(json.dumps({"on": on, "hits": hits, "groups": [c.groupindex.get("year") for c in compiled],
                  "match": [bool(c.search(t)) for c, t in zip(compiled, sys.argv[2:])]}))
"""

def _run(tmp_path: Path, patterns: list[str], texts: list[str], **env: str) -> dict:
    environ = {k: v for k, v in os.environ.items() if k not in ("TEXTMINE_NO_CACHE",)}
    environ.update(TEXTMINE_CACHE_DIR=str(tmp_path / "cache"), **env)
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT, json.dumps(patterns), *texts],
        check=True, capture_output=True, text=True, env=environ,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


TEXTS = ["2021年报告", "平潭综合实验区管理委员会办公室", "第十三条", "见 HTTP://gov.cn/x", "收费12.5万元"]


def test_a_second_process_compiles_from_the_cache_and_matches_the_same(tmp_path):
    first = _run(tmp_path, PATTERNS, TEXTS)
    assert first["on"] and first["hits"] == 0
    assert list((tmp_path / "cache").glob("regex-*.marshal"))
    second = _run(tmp_path, PATTERNS, TEXTS)
    assert second["on"] and second["hits"] == len(PATTERNS)
    assert second["groups"] == first["groups"] and second["match"] == first["match"] == [True] * 5


def test_cached_patterns_equal_the_patterns_re_compiles(tmp_path):
    code = (
        "import json, re, sys\n"
        "from re import _compiler\n"
        "plain = {p: _compiler.compile(p, 0) for p in json.loads(sys.argv[1])}\n"
        "from textmine import _recache\n"
        "_recache.install(); _recache.save()\n"
        "print(all(_compiler.compile(p, 0) == c for p, c in plain.items()))\n"
    )
    env = {**os.environ, "TEXTMINE_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("TEXTMINE_NO_CACHE", None)
    for _ in range(2):  # compiled, then served from the file
        out = subprocess.run([sys.executable, "-c", code, json.dumps(PATTERNS)], check=True,
                             capture_output=True, text=True, env=env)
        assert out.stdout.strip() == "True"


def test_a_damaged_cache_file_is_ignored_and_replaced(tmp_path):
    _run(tmp_path, PATTERNS, TEXTS)
    (path,) = (tmp_path / "cache").glob("regex-*.marshal")
    path.write_bytes(b"not a cache")
    got = _run(tmp_path, PATTERNS, TEXTS)
    assert got["on"] and got["hits"] == 0 and got["match"] == [True] * 5
    assert _run(tmp_path, PATTERNS, TEXTS)["hits"] == len(PATTERNS)  # written again


def test_textmine_no_cache_turns_it_off(tmp_path):
    got = _run(tmp_path, PATTERNS, TEXTS, TEXTMINE_NO_CACHE="1")
    assert not got["on"] and got["match"] == [True] * 5
    assert not (tmp_path / "cache").exists()


def test_patterns_not_compiled_in_the_process_are_not_added(tmp_path):
    _run(tmp_path, PATTERNS[:2], TEXTS[:2])
    got = _run(tmp_path, PATTERNS[2:], TEXTS[2:])
    assert got["hits"] == 0
    assert _run(tmp_path, PATTERNS, TEXTS)["hits"] == len(PATTERNS)  # both sets kept


READER = (
    "from textmine import _recache\n"
    "import textmine\n"
    "textmine.read('某县人民政府2022年政府信息公开工作年度报告\\n一、总体情况\\n本年度未收取费用。'.encode(), name='r.txt')\n"
    "print(bool(_recache._state))\n"
)


def test_a_process_that_reads_a_report_reads_the_cache_and_never_writes_it(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "TEXTMINE_NO_CACHE"}
    env["TEXTMINE_CACHE_DIR"] = str(tmp_path / "cache")
    out = subprocess.run([sys.executable, "-c", READER], check=True, capture_output=True, text=True, env=env)
    assert out.stdout.strip().splitlines()[-1] == "True"  # installed before the stages' modules compile
    assert not list((tmp_path / "cache").glob("regex-*.marshal"))  # only the fork server's warm-up saves
    env["TEXTMINE_NO_CACHE"] = "1"
    out = subprocess.run([sys.executable, "-c", READER], check=True, capture_output=True, text=True, env=env)
    assert out.stdout.strip().splitlines()[-1] == "False"  # turned off: re as it is
