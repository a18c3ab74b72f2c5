"""Evaluation of newsgraph's stages against gold data (parser, NER, event coders)."""
