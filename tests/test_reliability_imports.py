"""Imports are safe: JourneyMapper reads one format, JSON (.jmap), and no XML at all.

No XML or GraphML reader is reachable from the program, so entity expansion
("billion laughs") and external entities (XXE) have nothing to attack; and no
reader that can run code (pickle, eval) exists. The source is scanned, so a
later change that adds such a reader fails here and has to be made safe
(for XML: parse with ``defusedxml``) before it goes in.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from journeymapper import io
from journeymapper.io import JourneyFileError

PACKAGE = Path(io.__file__).resolve().parents[1]

# Modules that parse XML (or run code while reading); writing helpers such as
# xml.sax.saxutils.escape (used to escape text for reportlab) parse nothing.
UNSAFE_MODULES = ("xml.etree", "xml.dom", "xml.parsers", "xml.sax.expatreader", "xml.sax.handler",
                  "lxml", "xmltodict", "pickle", "cPickle", "dill", "marshal", "shelve",
                  "yaml", "plistlib")
UNSAFE_XML_SAX_NAMES = {"parse", "parseString", "make_parser"}
NETWORKX_READERS = ("read_", "parse_", "from_graphml")
UNSAFE_BUILTINS = {"eval", "exec", "compile", "__import__"}


def _sources():
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def _problems(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        where = f"{path.name}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith(UNSAFE_MODULES) or alias.name == "xml.sax":
                    found.append(f"{where} imports {alias.name}")
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module.startswith(UNSAFE_MODULES):
                found.append(f"{where} imports from {node.module}")
            if node.module == "xml.sax" and {a.name for a in node.names} & UNSAFE_XML_SAX_NAMES:
                found.append(f"{where} imports an XML parser from xml.sax")
            if node.module == "xml" and {a.name for a in node.names} - {"sax"}:
                found.append(f"{where} imports from xml")
            if node.module.startswith("networkx") and any(
                    a.name.startswith(NETWORKX_READERS) for a in node.names):
                found.append(f"{where} imports a networkx file reader")
        elif isinstance(node, ast.Attribute) and node.attr.startswith(NETWORKX_READERS) \
                and isinstance(node.value, ast.Name) and node.value.id in ("nx", "networkx"):
            found.append(f"{where} calls networkx.{node.attr}")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in UNSAFE_BUILTINS:
            found.append(f"{where} calls {node.func.id}()")
    return found


def test_the_scan_sees_every_module_and_catches_an_unsafe_reader(tmp_path):
    names = {p.name for p in _sources()}
    assert {"jmap.py", "atomic.py", "templates.py", "cli.py"} <= names
    bad = tmp_path / "bad.py"
    bad.write_text("import xml.etree.ElementTree as ET\nimport networkx as nx\n"
                   "from xml.sax import make_parser\n"
                   "g = nx.read_graphml('m.graphml')\nx = eval('1')\n", encoding="utf-8")
    assert len(_problems(bad)) == 4


def test_no_xml_graphml_or_code_running_reader_is_reachable():
    problems = [p for path in _sources() for p in _problems(path)]
    assert not problems, "unsafe readers found:\n" + "\n".join(problems)


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
]>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph><node id="&lol9;"/></graph></graphml>
"""


def _xxe(secret: Path) -> bytes:
    return (f'<?xml version="1.0"?><!DOCTYPE g [<!ENTITY x SYSTEM "file://{secret}">]>'
            f'<graphml><graph><node id="&x;"/></graph></graphml>').encode()


@pytest.mark.parametrize("suffix", [".jmap", ".graphml", ".xml"])
def test_xml_files_are_refused_as_not_json_without_expanding_anything(tmp_path, suffix):
    secret = tmp_path / "hemmelig.txt"
    secret.write_text("passord: ærlig-øl-å", encoding="utf-8")
    for raw in (BILLION_LAUGHS, _xxe(secret)):
        path = tmp_path / f"kart{suffix}"
        path.write_bytes(raw)
        with pytest.raises(JourneyFileError) as info:
            io.load(path)
        message = str(info.value)
        assert "not valid JSON" in message and info.value.where == "line 1, column 1"
        assert "passord" not in message
