"""Language identification of article text (py3langid, restricted to supported languages)."""

from __future__ import annotations

from py3langid.langid import MODEL_FILE, LanguageIdentifier

SUPPORTED = ("de", "en")


class LanguageDetector:
    """A py3langid classifier restricted to the languages newsgraph codes."""

    def __init__(self, languages: tuple[str, ...] = SUPPORTED) -> None:
        self._identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        self._identifier.set_languages(list(languages))

    def detect(self, text: str) -> str:
        lang, _prob = self._identifier.classify(text[:5000])
        return str(lang)


def detect_language(text: str, detector: LanguageDetector | None = None) -> str:
    """The language code (``de`` or ``en``) of ``text``."""
    return (detector or LanguageDetector()).detect(text)
