"""Reading report files into :class:`~textmine.model.Document`: encodings, HTML, chrome, layout.

Example:
    >>> from textmine.ingest import read_document
    >>> read_document("../shared/corpus/seed/gaotai-2016.txt").format  # doctest: +SKIP
    'txt'
"""

from textmine.ingest.read import read_document
from textmine.ingest.walk import REPORT_EXTENSIONS, walk

__all__ = ["REPORT_EXTENSIONS", "read_document", "walk"]
