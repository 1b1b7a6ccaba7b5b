"""One small exception tree. Every error names the step and the input it failed on."""

from __future__ import annotations


class BaliseError(Exception):
    """Base of every error Balise raises on purpose."""


class InputError(BaliseError):
    """Bad input given by the user: a file, a field, an option."""

    def __init__(self, message: str, *, where: str | None = None) -> None:
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)


class StepError(BaliseError):
    """A pipeline step failed; names the step."""

    def __init__(self, step: str, message: str) -> None:
        self.step = step
        super().__init__(f"step {step!r} failed: {message}")


class MissingExtraError(BaliseError):
    """An optional dependency is not installed; says which extra to install."""

    def __init__(self, feature: str, extra: str) -> None:
        super().__init__(
            f"{feature} needs the optional dependencies of balise[{extra}]: "
            f"pip install 'balise[{extra}]'"
        )


class SignatureError(BaliseError):
    """A signed bundle or model file does not verify."""
