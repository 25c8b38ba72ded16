"""Errors the user can fix: each carries one sentence and an exit code (2 = bad input or usage)."""


class WsisGraphError(Exception):
    """A problem with the user's input; the CLI prints it on one line and exits with `exit_code`."""

    exit_code = 2


class InputError(WsisGraphError):
    """A source, graph or query file that is missing, empty, binary or malformed."""
