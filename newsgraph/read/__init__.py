"""Stage 1 — read: files of any supported format in, ``Article`` records out."""

from newsgraph.read.formats import read_articles, read_path
from newsgraph.read.langdetect import detect_language

__all__ = ["read_articles", "read_path", "detect_language"]
