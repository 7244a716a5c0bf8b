"""mkdocs hook: doctest lines in docstrings (``>>> …`` and the output after them) render as
Python code, so their brackets are never read as Markdown links."""

from __future__ import annotations

import re

from markdown import Extension
from markdown.preprocessors import Preprocessor

RE_PROMPT = re.compile(r"^(\s*)(>>>|\.\.\.)( |$)")


class _Doctests(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        block: list[str] = []
        indent = ""
        for line in lines + [""]:
            if RE_PROMPT.match(line) or (block and line.strip()):
                if not block:
                    indent = RE_PROMPT.match(line).group(1) if RE_PROMPT.match(line) else ""
                block.append(line[len(indent):] if line.startswith(indent) else line.lstrip())
                continue
            if block:
                out += [f"{indent}```pycon", *(indent + b for b in block), f"{indent}```"]
                block = []
            out.append(line)
        return out[:-1]


class DoctestExtension(Extension):
    def extendMarkdown(self, md) -> None:  # noqa: N802 - Markdown's API
        md.preprocessors.register(_Doctests(md), "textmine_doctests", 30)


def on_config(config, **kwargs):
    config.markdown_extensions.append(DoctestExtension())
    return config
