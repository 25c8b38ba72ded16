"""The HTML view of a real build of data/sources in a headless Chromium: it renders every node,
search and filters change what is shown, details show names, posts and evidence, and a hostile
sponsor added to the graph keeps its HTML-looking labels as text."""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path

import pytest
from network_support import EVENT, ID, ROOT, real_graph
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from wsis_graph.network.derive import derive_network
from wsis_graph.network.html import render_html
from wsis_graph.network.metrics import annotate

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARTIFACTS = ROOT / "tests" / "artifacts"
XSS_LABEL = '<img src=x onerror="window.__xss=1">'
XSS_EN = "</script><script>window.__xss=2</script>"
XSS_QUOTE = '<img src=x onerror="window.__xss=3"> & <b>bold</b>'
XSS_ORG = ID + "org/xss-test"

pytestmark = pytest.mark.skipif(
    not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
    reason="needs Debian chromium and chromium-driver at /usr/bin (make system-deps, as root)")


def hostile_network():
    """The real network plus a gold sponsor whose labels and evidence are HTML/script."""
    graph = Graph()
    for triple in real_graph().triples((None, None, None)):
        graph.add(triple)
    wsis, schema = "https://w3id.org/wsis-graph/ontology#", "https://schema.org/"
    org, fact = URIRef(XSS_ORG), URIRef(ID + "fact/test/sponsorship/xss")
    evidence, quote = URIRef(ID + "evidence/test/0-1"), URIRef(ID + "evidence/test/0-1#quote")
    graph.add((org, RDF.type, URIRef(schema + "Organization")))
    graph.add((org, RDFS.label, Literal(XSS_LABEL, lang="zh")))
    graph.add((org, RDFS.label, Literal(XSS_EN, lang="en")))
    graph.add((fact, RDF.type, URIRef(wsis + "Sponsorship")))
    graph.add((fact, URIRef(wsis + "sponsor"), org))
    graph.add((fact, URIRef(wsis + "event"), URIRef(EVENT)))
    gold = graph.value(graph.value(predicate=URIRef(wsis + "sponsor"), object=URIRef(ID + "country/ZA")),
                       URIRef(wsis + "tier"))  # South Africa's tier in the report: gold
    graph.add((fact, URIRef(wsis + "tier"), gold))
    graph.add((fact, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), evidence))
    graph.add((evidence, URIRef("http://www.w3.org/ns/oa#hasSelector"), quote))
    graph.add((quote, URIRef("http://www.w3.org/ns/oa#exact"), Literal(XSS_QUOTE)))
    net = derive_network(graph)
    annotate(net)
    return net


@pytest.fixture(scope="module")
def net():
    return hostile_network()


@pytest.fixture(scope="module")
def page_file(net, tmp_path_factory):
    path = tmp_path_factory.mktemp("html") / "network.html"
    path.write_text(render_html(net), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def driver():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="wsis-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={profile}", "--window-size=1400,900"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    browser.set_page_load_timeout(30)
    yield browser
    browser.quit()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def page(driver, page_file):
    """The page freshly loaded, ready, with its layout frozen so clicks land where we aim."""
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(page_file.as_uri())
    WebDriverWait(driver, 10).until(
        lambda d: d.find_element("id", "app").get_attribute("data-ready") == "true")
    driver.execute_script("window.wsisNetwork.freeze()")
    return driver


def attr(driver, name):
    return driver.find_element("id", "app").get_attribute(name)


def severe_logs(driver):
    return [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def test_page_is_self_contained(page_file):
    text = page_file.read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", text)
    assert "default-src 'none'" in text
    assert XSS_LABEL not in text and "<img" not in text  # escaped inside the JSON


def test_renders_every_node_without_console_errors(page, net):
    assert severe_logs(page) == []
    assert int(attr(page, "data-node-count")) == net.number_of_nodes()
    assert int(attr(page, "data-visible-nodes")) == net.number_of_nodes()
    assert int(attr(page, "data-visible-edges")) == net.number_of_edges()
    organisations = sum(1 for _, d in net.nodes(data=True) if d["type"] == "organisation")
    assert f"组织 / organisation ({organisations})" in page.find_element("id", "legend").text
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.execute_script("window.wsisNetwork.select(arguments[0])", ID + "person/solly-malatsi")
    page.save_screenshot(str(ARTIFACTS / "network.png"))


def test_search_narrows_what_is_shown(page):
    page.find_element("id", "search").send_keys("马来西亚")
    assert attr(page, "data-visible-nodes") == "2"  # Malaysia and the event it sponsors
    assert attr(page, "data-visible-edges") == "1"
    page.find_element("id", "search").clear()
    page.execute_script("window.wsisNetwork.search('')")
    page.find_element("id", "search").send_keys("Malatsi")
    assert attr(page, "data-visible-nodes") == "3"  # him, South Africa, the event


def test_relation_and_tier_filters_change_what_is_shown(page, net):
    edges = net.number_of_edges()
    sponsors = sum(1 for *_, d in net.edges(data=True) if d["relation"] == "sponsors")
    gold = sum(1 for *_, d in net.edges(data=True) if d.get("tier") == "goldpartner")
    page.find_element("css selector", "input[data-tier='goldpartner']").click()
    assert int(attr(page, "data-visible-edges")) == edges - gold
    page.find_element("css selector", "input[data-relation='sponsors']").click()
    assert int(attr(page, "data-visible-edges")) == edges - sponsors
    assert int(attr(page, "data-visible-nodes")) < net.number_of_nodes()
    assert page.find_element("id", "counts").text.startswith(
        f"Showing {attr(page, 'data-visible-nodes')} of {net.number_of_nodes()} nodes")


def test_click_shows_names_posts_and_evidence(page):
    from selenium.webdriver.common.action_chains import ActionChains

    canvas = page.find_element("id", "canvas")
    x, y = page.execute_script("return window.wsisNetwork.position(arguments[0])", ID + "person/solly-malatsi")
    size = canvas.size
    ActionChains(page).move_to_element_with_offset(canvas, int(x - size["width"] / 2),
                                                   int(y - size["height"] / 2)).click().perform()
    assert attr(page, "data-selected") == ID + "person/solly-malatsi"
    details = page.find_element("id", "details").text
    assert "索利·马拉西" in details and "Solly Malatsi" in details
    assert "通信和数字技术部长 / Minister — 南非 / South Africa" in details
    assert "WSIS+20 主席、南非通信部长索利·马拉西 (Solly Malatsi)" in details
    assert not page.find_element("id", "tooltip").get_attribute("hidden")  # hover shows names too
    assert "索利·马拉西" in page.find_element("id", "tooltip").text


def test_hostile_labels_show_as_text_and_never_run(page):
    page.execute_script("window.wsisNetwork.search('onerror')")
    assert attr(page, "data-search-hits") == "1"
    page.execute_script("window.wsisNetwork.select(arguments[0])", XSS_ORG)
    details = page.find_element("id", "details").text
    assert XSS_LABEL in details and XSS_EN in details and XSS_QUOTE in details
    assert page.execute_script("return window.__xss") is None
    assert page.find_elements("css selector", "#app img, #app b") == []
    assert severe_logs(page) == []
