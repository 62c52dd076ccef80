"""The built-in templates: empty stage models and sample maps shipped in resources/."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .resources import templates_dir
from ..model import JourneyDocument
from .jmap import FILE_SUFFIX, io, load


@dataclass(frozen=True)
class Template:
    name: str
    title: str
    description: str
    path: Path

    def open(self) -> JourneyDocument:
        return load(self.path)


def _read_header(path: Path) -> tuple[str, str]:
    import json

    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    return data.get("title", ""), data.get("description", "")


def list_templates() -> list[Template]:
    """Every template, empty stage models first, then the samples, by name."""
    found = []
    for path in sorted(templates_dir().glob(f"*{FILE_SUFFIX}")):
        title, description = _read_header(path)
        found.append(Template(path.stem, title, description, path))
    found.sort(key=lambda t: (not t.name.startswith("empty-"), t.name))
    return found


def find_template(name: str) -> Template:
    for template in list_templates():
        if template.name == name:
            return template
    names = ", ".join(t.name for t in list_templates())
    raise KeyError(io.tr("There is no template called “{name}”. The templates are: {names}.")
                   .format(name=name, names=names))
