"""Command line: one click group; each command lives in its own small module, imported lazily."""

from __future__ import annotations

import importlib
import sys

import click

from unspin import __version__

# command name -> module under unspin.cli holding a click command called ``command``
COMMANDS = {
    "check": "check",
    "ledger": "ledger",
    "name": "name",
    "audit": "audit",
    "report": "report",
    "serve": "serve",
    "rules": "rules",
}


class LazyGroup(click.Group):
    """Imports a command's module only when that command runs, so start-up stays small."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [name for name in COMMANDS if self._module(name) is not None]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module = self._module(cmd_name)
        return getattr(module, "command", None) if module is not None else None

    @staticmethod
    def _module(name: str) -> object | None:
        if name not in COMMANDS:
            return None
        try:
            return importlib.import_module(f"unspin.cli.{COMMANDS[name]}")
        except ModuleNotFoundError as exc:
            if exc.name == f"unspin.cli.{COMMANDS[name]}":
                return None
            raise


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="unspin")
def cli() -> None:
    """unspin: find rescue and trafficking framing and name what really happened."""


def main() -> None:
    try:
        cli.main(prog_name="unspin", standalone_mode=True)
    except KeyboardInterrupt:  # pragma: no cover - interactive only
        sys.exit(130)
