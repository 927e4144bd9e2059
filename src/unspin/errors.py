"""One error tree for everything unspin reports to a user.

::

    UnspinError                    exit 2, HTTP 400
    ├── InputError                 an input cannot be read (names the input and the reason)
    │   ├── InputNotFound          HTTP 404
    │   ├── InputTooLarge          HTTP 413
    │   └── InputUndecodable       binary, or not UTF-8 / a known encoding
    ├── ConfigError                a malformed config file or an unknown rule id
    ├── RuleError                  a rule file fails validation (stops start-up)
    └── ModelMissing               no English spaCy pipeline is installed

Every error carries the input it is about, so the CLI prints ``unspin: <input>: <reason>``.
"""

from __future__ import annotations


class UnspinError(Exception):
    exit_code = 2
    http_status = 400

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason

    def one_line(self) -> str:
        return f"unspin: {self.source}: {self.reason}".replace("\n", " ")


class InputError(UnspinError):
    pass


class InputNotFound(InputError):
    http_status = 404


class InputTooLarge(InputError):
    http_status = 413


class InputUndecodable(InputError):
    http_status = 415


class ConfigError(UnspinError):
    pass


class RuleError(UnspinError):
    http_status = 500


class ModelMissing(UnspinError):
    http_status = 500
