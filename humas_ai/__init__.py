"""Kelas AI Humas toolkit: Indonesian text analysis for government public relations.

Modules:
    text        Indonesian preprocessing (cleaning, slang, stopwords, Sastrawi stemming).
    data        reading agency exports and the bundled datasets.
    sentiment   sentiment classification pipeline, evaluation and explanation.
    clustering  issue clustering and cluster summaries.
    ethics      personal-data (PII) detection and masking, fairness audit.
    report      charts and the one-page issue brief.
    fact_sheet  reading a fact sheet (lembar fakta) into facts and quotations.
    prompting   briefs (prompts) for a generative AI built from a fact sheet, and their check.
    fact_check  what a draft says that its fact sheet does not support, and what it dropped.
    disclosure  the AI-use disclosure line and the AI-use log.
    coordination  near-identical posts from many accounts within minutes (buzzer groups).
    early_warning daily negative counts per issue, alerts against a trailing baseline.
"""

from humas_ai.errors import DataError, HumasAIError

__version__ = "0.1.0"

__all__ = ["DataError", "HumasAIError", "__version__"]
