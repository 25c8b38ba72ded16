"""wsis-graph: WSIS event reports -> a traceable RDF knowledge graph.

Pipeline, one package per stage, data flowing one way:
read -> extract -> resolve -> map -> validate -> write; query, evaluate and the CLI sit on top.
"""

__version__ = "0.1.0"

NS_ONTOLOGY = "https://w3id.org/wsis-graph/ontology#"
NS_ID = "https://w3id.org/wsis-graph/id/"
