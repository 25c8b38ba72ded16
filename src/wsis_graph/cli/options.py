"""Options and error handling shared by every command, so all commands behave alike."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from ..errors import WsisGraphError

DEFAULT_OUT = Path("out")


class UserError(click.ClickException):
    """A one-line error with the exit code the CLI promises (2 = bad input or usage)."""

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code

    def show(self, file: Any = None) -> None:
        click.echo(f"Error: {self.format_message()}", err=True)


def reports_errors(func: Callable) -> Callable:
    """Turn WsisGraphError (and OS errors on the user's files) into one-line UserErrors."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except WsisGraphError as exc:
            raise UserError(str(exc), exc.exit_code) from None
        except OSError as exc:
            raise UserError(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "), 2) from None

    return wrapper


def graph_option(func: Callable) -> Callable:
    """`--graph PATH`: a build folder or a graph file, default `out/`."""
    return click.option(
        "--graph", "graph_path", type=click.Path(path_type=Path), default=DEFAULT_OUT,
        show_default=True, help="A build folder (out/) or one graph file (.ttl, .nt, .trig, .jsonld).",
    )(func)


def format_option(*choices: str, default: str) -> Callable:
    """`--format` with the given choices, the same spelling on every command."""
    return click.option("--format", "fmt", type=click.Choice(choices), default=default,
                        show_default=True, help="Output format.")


def echo_err(message: str) -> None:
    click.echo(message, err=True)


def fail(message: str, exit_code: int = 2) -> None:
    raise UserError(message, exit_code)

