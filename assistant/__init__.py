"""The policy assistant library: ``ask`` a question, get a cited ``Answer``."""

from assistant.schema import Answer, Calculation, Citation

__all__ = ["Answer", "Calculation", "Citation", "ask"]


def __getattr__(name: str):
    # ``assistant.ask`` without importing the retrieval stack at package import time
    if name == "ask":
        from assistant.answer import ask

        return ask
    raise AttributeError(name)
