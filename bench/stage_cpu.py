"""CPU seconds of reading, sentence splitting and theme tagging over a scaled corpus (issue 12).

Builds the corpus with ``bench/scale.py``'s ``build`` (10x by default), prepares what
``split_sentences`` needs (sections, table regions) once, then times, best of ``--repeat``:

* ``read``: ``read_document`` of every file (decoding, chrome, layout, normalise);
* ``sentences``: ``split_sentences`` of every report (``find_toc`` warmed first, as in the
  pipeline where ``find_sections`` has just computed it);
* ``themes``: ``tag_sentences`` of every report's sentences.

CPU time (``time.process_time``), not wall time: the figures hold on a busy machine. To compare
with another checkout, run it with that checkout first on ``PYTHONPATH``:

    python bench/stage_cpu.py
    PYTHONPATH=/path/to/other/checkout python bench/stage_cpu.py

Usage: python bench/stage_cpu.py [--scale 10] [--repeat 5]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale import SHARED, build  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if not (SHARED / "texts").is_dir():
        raise SystemExit(f"{SHARED / 'texts'} not found: the benchmark copies the shared corpus")
    import textmine
    from textmine import pipeline
    from textmine.ingest import read_document
    from textmine.meta import extract_meta
    from textmine.sections import find_sections, find_toc
    from textmine.sentences import split_sentences
    from textmine.themes import load_codebook, tag_sentences

    with tempfile.TemporaryDirectory() as tmp:
        build(Path(tmp), scale=args.scale)
        files = sorted(Path(tmp).iterdir())
        load_codebook()
        prepared = []
        for path in files:
            doc = read_document(path)
            sections = find_sections(doc.text)
            template = extract_meta(doc, sections).template
            cells = pipeline._cells(doc, template)
            exclude = [(t.start, t.end) for t in doc.tables if t.start is not None and t.end is not None]
            exclude += pipeline.table_regions(doc.text, cells, template)
            prepared.append((doc.text, sections, pipeline._merge(exclude)))
        tag_sentences(split_sentences(*prepared[0][:2], exclude=prepared[0][2]))  # build matchers
        best: dict[str, float] = {}
        for _ in range(args.repeat):
            t0 = time.process_time()
            for path in files:
                read_document(path)
            read = time.process_time() - t0
            split = 0.0
            sentences = []
            for text, sections, exclude in prepared:
                find_toc(text)
                t0 = time.process_time()
                sentences.append(split_sentences(text, sections, exclude=exclude))
                split += time.process_time() - t0
            t0 = time.process_time()
            for units in sentences:
                tag_sentences(units)
            themes = time.process_time() - t0
            for stage, seconds in (("read", read), ("sentences", split), ("themes", themes)):
                best[stage] = min(best.get(stage, float("inf")), seconds)
    print(f"textmine from {Path(textmine.__file__).parent}: {len(files)} reports, "
          f"{sum(len(s) for s in sentences)} sentences; CPU seconds, best of {args.repeat}:")
    print("  " + "  ".join(f"{k} {v:.3f}" for k, v in best.items()) + f"  total {sum(best.values()):.3f}")


if __name__ == "__main__":
    main()
