"""Exception types raised by humas_ai.

Every error a participant can trigger with bad input is a subclass of
``HumasAIError`` (itself a ``ValueError``) and carries a message in
Indonesian that says what went wrong and what to do next.
"""


class HumasAIError(ValueError):
    """Base class for input errors with an Indonesian, actionable message."""


class DataError(HumasAIError):
    """A file or table cannot be used as comment data."""
