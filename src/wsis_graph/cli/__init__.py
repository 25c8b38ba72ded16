"""The `wsis-graph` command: a thin click layer over the stage packages, one module per command.

Each command module defines one click command; this file only gathers them. Errors the user can
fix surface as one line on stderr and exit 2 (bad input or usage), never as a traceback.
"""

from __future__ import annotations

import importlib

import click

from .. import __version__

# Command modules, in the order `--help` lists them. A module that fails to import (a missing
# optional dependency) is reported when its command is run, not when another command is.
COMMAND_MODULES = ("build", "extract", "validate", "query", "export", "evaluate",
                   "network", "serve", "push")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="wsis-graph")
def cli() -> None:
    """Build and use a knowledge graph of WSIS event reports.

    Example:

        wsis-graph build && wsis-graph query sponsors
    """


def _register() -> None:
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f".{name}", __name__)
        except ModuleNotFoundError as exc:
            if exc.name and exc.name.startswith(f"{__name__}.{name}"):
                continue  # that command is not built yet
            raise
        cli.add_command(module.command)


_register()


def main() -> None:
    cli(prog_name="wsis-graph")
