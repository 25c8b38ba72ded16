"""`python -m wsis_graph.cli`: the same as the `wsis-graph` command."""

from . import main

main()
