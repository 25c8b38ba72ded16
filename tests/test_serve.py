"""`wsis-graph serve` as a subprocess on a free loopback port, queried by real SPARQL clients."""

from __future__ import annotations

import json
import re
import time
import urllib.error
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from SPARQLWrapper import CSV, JSON, JSONLD, POST, POSTDIRECTLY, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from builds import shared_build
from servers import wsis_serve
from sparql_results import from_json, from_rdflib, graph_triples, memory_dataset
from wsis_graph.cli import cli
from wsis_graph.query import query_names, query_text
from wsis_graph.serve.policy import Refused, check_query

FIXTURE = Path(__file__).parent / "fixtures" / "serve"
GRAPH = FIXTURE / "graph.trig"
QUERIES = sorted((FIXTURE / "queries").glob("*.rq"))
OWN_GRAPH = "https://w3id.org/wsis-graph/id/graph/summit-2024"
TIME_LIMIT = 2.0
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o }"
EVERYTHING = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"
UPDATES = [
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }",
    "DELETE DATA { GRAPH <%s> { ?s ?p ?o } }" % OWN_GRAPH,
    "DELETE WHERE { ?s ?p ?o }",
    "DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }",
    "WITH <%s> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }" % OWN_GRAPH,
    "LOAD <http://example.org/data.ttl>",
    "CLEAR ALL",
    "CLEAR GRAPH <%s>" % OWN_GRAPH,
    "CREATE GRAPH <urn:new>",
    "DROP ALL",
    "DROP GRAPH <%s>" % OWN_GRAPH,
    "COPY <%s> TO DEFAULT" % OWN_GRAPH,
    "MOVE <%s> TO <urn:elsewhere>" % OWN_GRAPH,
    "ADD <%s> TO <urn:elsewhere>" % OWN_GRAPH,
]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with wsis_serve(GRAPH, tmp_path_factory.mktemp("serve"), "--timeout", str(TIME_LIMIT),
                    "--workers", "2") as running:
        yield running


@pytest.fixture(scope="module")
def memory():
    return memory_dataset(GRAPH)


def client(server, query: str, fmt=JSON, method=None) -> SPARQLWrapper:
    sparql = SPARQLWrapper(server.url + "/sparql")
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    if method == POST:
        sparql.setMethod(POST)
    elif method == POSTDIRECTLY:
        sparql.setMethod(POST)
        sparql.setRequestMethod(POSTDIRECTLY)
    return sparql


def answer(server, query: str, method=None):
    """The endpoint's answer in comparable form (JSON results, or Turtle for graphs)."""
    sparql = client(server, query, JSON, method)
    if sparql.queryType in ("CONSTRUCT", "DESCRIBE"):
        sparql.setReturnFormat(TURTLE)
        return graph_triples(sparql.queryAndConvert(), "turtle")
    return from_json(sparql.queryAndConvert())


def everything(server) -> list:
    return answer(server, EVERYTHING)


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_named_queries_answer_like_the_in_memory_graph(server, memory, path):
    text = path.read_text(encoding="utf-8")
    expected = from_rdflib(memory.query(text))
    assert expected, "the fixture query must have answers"
    assert answer(server, text) == expected


@pytest.mark.parametrize("method", [POST, POSTDIRECTLY], ids=["form", "sparql-query"])
def test_post_forms_answer_like_get(server, method):
    text = (FIXTURE / "queries" / "sponsors.rq").read_text(encoding="utf-8")
    assert answer(server, text, method) == answer(server, text)


def test_results_in_xml_csv_tsv(server):
    query = "SELECT ?label WHERE { <https://w3id.org/wsis-graph/id/org/unesco> " \
            "<http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?label"
    xml = client(server, query, XML).query()
    assert xml.response.headers["Content-Type"].startswith("application/sparql-results+xml")
    values = [n.firstChild.data for n in xml.convert().getElementsByTagName("literal")]
    assert values == ["UNESCO", "联合国教科文组织"]
    csv = client(server, query, CSV).queryAndConvert().decode("utf-8")
    assert csv.splitlines() == ["label", "UNESCO", "联合国教科文组织"]
    tsv = client(server, query, TSV).queryAndConvert().decode("utf-8")
    assert tsv.splitlines() == ["?label", '"UNESCO"@en', '"联合国教科文组织"@zh']


def test_construct_in_turtle_ntriples_and_jsonld(server, memory):
    query = (FIXTURE / "queries" / "places.rq").read_text(encoding="utf-8")
    expected = from_rdflib(memory.query(query))
    turtle = client(server, query, TURTLE).queryAndConvert()
    assert graph_triples(turtle, "turtle") == expected
    jsonld = client(server, query, JSONLD).query()
    assert jsonld.response.headers["Content-Type"].startswith("application/ld+json")
    assert graph_triples(jsonld.response.read(), "json-ld") == expected
    nt = httpx.get(server.url + "/sparql", params={"query": query},
                   headers={"Accept": "application/n-triples"})
    assert nt.headers["content-type"].startswith("application/n-triples")
    assert graph_triples(nt.content, "nt") == expected


def test_unacceptable_format_is_406(server):
    response = httpx.get(server.url + "/sparql", params={"query": "ASK {}"},
                         headers={"Accept": "image/png"})
    assert response.status_code == 406


def test_every_update_form_is_refused_and_nothing_changes(server):
    before = everything(server)
    assert len(before) == 77
    for update in UPDATES:
        for method in (POST, POSTDIRECTLY):  # update= form field, application/sparql-update
            with pytest.raises(urllib.error.HTTPError) as refused:
                client(server, update, JSON, method).query()
            assert 400 <= refused.value.code < 500, update
        for params in ({"query": update}, {"update": update}):
            got = httpx.get(server.url + "/sparql", params=params)
            assert 400 <= got.status_code < 500, (update, params)
            got = httpx.post(server.url + "/sparql", data=params)
            assert 400 <= got.status_code < 500, (update, params)
    assert everything(server) == before


def test_malformed_query_is_400_with_the_parsers_message(server):
    with pytest.raises(QueryBadFormed) as bad:
        client(server, "SELECT ?s WHERE { ?s ?p ").queryAndConvert()
    assert "malformed query" in str(bad.value) and "error at" in str(bad.value)
    response = httpx.post(server.url + "/sparql", content="SELEC * {}",
                          headers={"Content-Type": "application/sparql-query"})
    assert response.status_code == 400 and "malformed query" in response.text


def test_service_and_foreign_graphs_are_refused(server):
    for query in ["SELECT * WHERE { SERVICE <http://dbpedia.org/sparql> { ?s ?p ?o } }",
                  "select * { service silent <http://127.0.0.1:1/> { ?s ?p ?o } }",
                  "SELECT * FROM <http://example.org/other> WHERE { ?s ?p ?o }",
                  "SELECT * FROM NAMED <http://example.org/other> WHERE { GRAPH ?g { ?s ?p ?o } }"]:
        response = httpx.post(server.url + "/sparql", data={"query": query})
        assert response.status_code == 403, query
        assert "refused" in response.text
    response = httpx.get(server.url + "/sparql", params={
        "query": "SELECT * { ?s ?p ?o }", "default-graph-uri": "http://example.org/other"})
    assert response.status_code == 403


def test_from_an_own_graph_restricts_the_default_graph(server):
    count = "SELECT (COUNT(*) AS ?n) FROM <%s> WHERE { ?s ?p ?o }" % OWN_GRAPH
    rows = answer(server, count)
    assert rows == [(("n", ("literal", "24", "", "http://www.w3.org/2001/XMLSchema#integer")),)]
    rows = from_json(json.loads(httpx.get(server.url + "/sparql", params={
        "query": "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "default-graph-uri": OWN_GRAPH}).text))
    assert rows[0][0][1][1] == "24"


def test_a_heavy_query_hits_the_time_limit_and_the_server_keeps_serving(server):
    started = time.monotonic()
    response = httpx.post(server.url + "/sparql", data={"query": HEAVY}, timeout=30)
    elapsed = time.monotonic() - started
    assert response.status_code == 503
    assert "time limit" in response.text
    assert elapsed < TIME_LIMIT + 3
    sponsors = (FIXTURE / "queries" / "sponsors.rq").read_text(encoding="utf-8")
    for _ in range(3):  # every worker, the replaced one included, answers again
        assert len(answer(server, sponsors)) == 2


def test_cors_for_get_and_post(server):
    origin = {"Origin": "https://yasgui.triply.cc"}
    got = httpx.get(server.url + "/sparql", params={"query": "ASK {}"}, headers=origin)
    assert got.headers["access-control-allow-origin"] == "*"
    posted = httpx.post(server.url + "/sparql", data={"query": "ASK {}"}, headers=origin)
    assert posted.headers["access-control-allow-origin"] == "*"
    preflight = httpx.options(server.url + "/sparql", headers={
        **origin, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert preflight.status_code == 200
    assert "POST" in preflight.headers["access-control-allow-methods"]


def test_query_page_is_offline_and_lists_the_named_queries(server):
    page = httpx.get(server.url + "/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert not re.search(r"""(src|href)=["']https?://""", page.text)  # no CDN
    assert "<textarea" in page.text and "/sparql" in page.text


def test_linked_data_by_accept(server):
    iri = "https://w3id.org/wsis-graph/id/org/itu"
    label = ("literal", "International Telecommunication Union", "en",
             "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString")
    turtle = httpx.get(server.url + "/id/org/itu", headers={"Accept": "text/turtle"})
    assert turtle.headers["content-type"].startswith("text/turtle")
    triples = graph_triples(turtle.content, "turtle")
    assert (("uri", iri), ("uri", "http://www.w3.org/2000/01/rdf-schema#label"), label) in triples
    assert all(t[0] == ("uri", iri) for t in triples)
    jsonld = httpx.get(server.url + "/id/org/itu", headers={"Accept": "application/ld+json"})
    assert graph_triples(jsonld.content, "json-ld") == triples
    page = httpx.get(server.url + "/id/org/itu", headers={"Accept": "text/html"})
    assert page.headers["content-type"].startswith("text/html")
    assert "International Telecommunication Union" in page.text
    assert 'href="/id/event/wsis-20-review"' in page.text  # what points at it, browsable
    evidence = httpx.get(server.url + "/id/evidence/forum-2025/10-12",
                         headers={"Accept": "text/turtle"})
    assert "瑞士" in evidence.text  # the #quote selector comes with its evidence
    missing = httpx.get(server.url + "/id/org/nobody", headers={"Accept": "text/turtle"})
    assert missing.status_code == 404


def test_one_log_line_per_request_on_stderr(server):
    before = _settled_log_length(server)  # an earlier test's request may still be on its way to the log
    for _ in range(3):
        httpx.get(server.url + "/sparql", params={"query": "ASK {}"})
    time.sleep(0.2)
    lines = server.log_lines()[before:]
    assert len(lines) == 3
    assert all(re.search(r'"GET /sparql" 200 \d+B \d+ms$', line) for line in lines)


def _settled_log_length(server) -> int:
    """The log's length once it stops growing (checked every 0.2 s)."""
    length = -1
    while length != len(server.log_lines()):
        length = len(server.log_lines())
        time.sleep(0.2)
    return length


def test_default_bind_is_loopback(server):
    assert server.url.startswith("http://127.0.0.1:")


def test_result_size_limit(tmp_path):
    with wsis_serve(GRAPH, tmp_path, "--max-result-mb", "0.002", "--workers", "1") as small:
        big = httpx.post(small.url + "/sparql", data={"query": EVERYTHING})
        assert big.status_code == 422 and "result-size limit" in big.text
        ok = httpx.post(small.url + "/sparql", data={"query": "ASK { ?s ?p ?o }"})
        assert ok.status_code == 200 and json.loads(ok.text)["boolean"] is True


def test_busy_port_is_a_one_line_error(server, tmp_path):
    import subprocess

    from servers import wsis_graph_cmd
    port = server.url.rsplit(":", 1)[1]
    done = subprocess.run([*wsis_graph_cmd(), "serve", "--graph", str(GRAPH), "--port", port],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.startswith("Error: cannot listen on 127.0.0.1:")
    assert "Traceback" not in done.stderr


@pytest.fixture(scope="module")
def build() -> Path:
    return shared_build()


@pytest.fixture(scope="module")
def build_server(build, tmp_path_factory):
    with wsis_serve(build, tmp_path_factory.mktemp("serve-build")) as running:
        yield running


def wsis_graph_query(name: str, build: Path, *extra: str) -> dict:
    """`wsis-graph query NAME --format json` (columns, and rows of plain values)."""
    done = CliRunner().invoke(cli, ["query", name, "--graph", str(build), "--format", "json",
                                    *extra])
    assert done.exit_code == 0, done.output
    return json.loads(done.output)


@pytest.mark.parametrize("name", query_names())
def test_every_named_query_answers_like_wsis_graph_query(build_server, build, name):
    expected = wsis_graph_query(name, build)
    assert expected["rows"], f"{name}: the build must answer it"
    _, text = query_text(name)
    data = client(build_server, text).queryAndConvert()
    assert data["head"]["vars"] == expected["columns"]
    got = [{v: b[v]["value"] if v in b else None for v in expected["columns"]}
           for b in data["results"]["bindings"]]
    assert sorted(got, key=repr) == sorted(expected["rows"], key=repr)


def test_query_page_offers_every_named_query(build_server):
    page = httpx.get(build_server.url + "/").text
    for name in query_names():
        assert f'"name": "{name}"' in page


@pytest.mark.parametrize("query", [
    'SELECT * { ?s ?p "SERVICE <http://x/> { }" }',            # in a string
    "SELECT * { ?s ?p ?o } # INSERT DATA { <a> <b> <c> }",     # in a comment
    "PREFIX ex: <http://ex/> SELECT * { ?s ex:service ?load }",  # prefixed name, variable
    'SELECT * { ?s ?p """drop\n all"""@en-GB }',                # long string, language tag
    "SELECT * FROM <%s> { ?s ?p ?o }" % OWN_GRAPH,
])
def test_policy_lets_harmless_words_through(query):
    check_query(query, {OWN_GRAPH})


@pytest.mark.parametrize("query", [
    "select * { service <http://x/> { ?s ?p ?o } }",
    "SELECT * {}SERVICE<http://x/>{}",
    'PREFIX e: <http://ex/> SELECT * { ?s e:a\\#b ?o . SERVICE <http://x/> {} }',
    "SELECT * FROM <http://ev\\u0069l/> { ?s ?p ?o }",
    "BASE <http://ex/> SELECT * FROM NAMED <other> { ?s ?p ?o }",
    "PREFIX g: <http://ex/> SELECT * FROM g:x { ?s ?p ?o }",
    "CLEAR ALL",
])
def test_policy_refuses_reaching_out_or_writing(query):
    with pytest.raises(Refused):
        check_query(query, {OWN_GRAPH})


def test_an_oversized_request_is_refused(server):
    response = httpx.post(server.url + "/sparql", data={"query": "#" * 1_100_000})
    assert response.status_code == 413


def test_entity_paths_cannot_inject_sparql(server):
    for path in ['/id/x%3E%20%3Fp%20%3Fo%20%7D%20SERVICE%20%3Chttp://127.0.0.1:9/%3E%20%7B',
                 '/id/a%22b', '/id/a%20b']:
        response = httpx.get(server.url + path, headers={"Accept": "text/turtle"})
        assert response.status_code == 404, path


def test_describe_in_turtle(server):
    unesco = "https://w3id.org/wsis-graph/id/org/unesco"
    turtle = client(server, f"DESCRIBE <{unesco}>", TURTLE).queryAndConvert()
    triples = graph_triples(turtle, "turtle")
    assert (("uri", unesco), ("uri", "http://www.w3.org/2000/01/rdf-schema#label"),
            ("literal", "UNESCO", "en", "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString")) \
        in triples


CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")


@pytest.mark.skipif(not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
                    reason="needs Debian chromium and chromium-driver (make system-deps, as root)")
def test_query_page_runs_a_named_query_in_a_browser(build_server, build):
    """The page's own script: pick an example, run it, get the rows `wsis-graph query` gives."""
    import shutil
    import tempfile

    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait

    profile = tempfile.mkdtemp(prefix="wsis-serve-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", f"--user-data-dir={profile}"):
        options.add_argument(flag)
    browser = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        browser.set_page_load_timeout(30)
        browser.get(build_server.url + "/")
        Select(browser.find_element(By.ID, "examples")).select_by_value("sponsors")
        assert "SELECT" in browser.find_element(By.ID, "query").get_attribute("value")
        browser.find_element(By.ID, "run").click()
        WebDriverWait(browser, 20).until(
            lambda b: "rows in" in b.find_element(By.ID, "status").text)
        rows = browser.find_elements(By.CSS_SELECTOR, "#result table tr")
        expected = wsis_graph_query("sponsors", build)
        assert len(rows) - 1 == len(expected["rows"])  # the header row, then one per answer
        header = [th.text for th in rows[0].find_elements(By.TAG_NAME, "th")]
        assert header == expected["columns"]
    finally:
        browser.quit()
        shutil.rmtree(profile, ignore_errors=True)
