"""The stakeholder network: derived from the RDF graph, measured, exported and drawn.

derive   RDF graph -> networkx MultiDiGraph (SPARQL over the fact nodes)
metrics  centralities, communities and brokers, on the full network or the stakeholder projection
export   GraphML, GEXF, node-link JSON
html     one self-contained interactive page
pictures SVG and PNG with matplotlib
build    write_network(graph_path, out_dir): all of the above into one folder
"""

from .build import NetworkFiles, network_from_graph, write_network

__all__ = ["NetworkFiles", "network_from_graph", "write_network"]
