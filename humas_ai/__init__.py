"""Kelas AI Humas toolkit: Indonesian text analysis for government public relations.

The package has three parts, one per audience (DEVELOPING.md, "Package layout"):
the analysis toolkit at the top (below), :mod:`humas_ai.classroom` (what a participant's
notebook calls during the course) and :mod:`humas_ai.trainer` (grading and the agenda).
Importing ``humas_ai`` imports neither of the two subpackages.

Analysis toolkit modules:
    text        Indonesian preprocessing (cleaning, slang, stopwords, Sastrawi stemming).
    data        reading agency exports and the bundled datasets.
    corpora     public labelled Indonesian corpora: fetch with checksums, find a local copy, load.
    sentiment   sentiment classification pipeline, evaluation and explanation.
    clustering  issue clustering and cluster summaries.
    ethics      personal-data (PII) detection and masking, fairness audit.
    report      charts and the one-page issue brief.
    own_check   checking the sentiment model on one's own labelled comments.
    live_model  an optional generative AI service the trainer configured (OpenAI-compatible).
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
