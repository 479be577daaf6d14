"""Kelas AI Humas toolkit: Indonesian text analysis for government public relations.

Modules:
    text        Indonesian preprocessing (cleaning, slang, stopwords, Sastrawi stemming).
    data        reading agency exports and the bundled datasets.
    sentiment   sentiment classification pipeline, evaluation and explanation.
    clustering  issue clustering and cluster summaries.
    ethics      personal-data (PII) detection and masking, fairness audit.
    report      charts and the one-page issue brief.
"""

from humas_ai.errors import DataError, HumasAIError

__version__ = "0.1.0"

__all__ = ["DataError", "HumasAIError", "__version__"]
