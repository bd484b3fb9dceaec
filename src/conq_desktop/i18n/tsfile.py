"""Reading and writing Qt Linguist ``.ts`` files without Qt.

The ``.ts`` files in ``resources/i18n/`` are the one source of translations: Qt windows
load them compiled to ``.qm`` (scripts/compile_translations.py), everything else reads
them here. Only what this project uses is supported: one context, plain messages
(no plural forms), an optional translator comment.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

CONTEXT = "conq"
SOURCE_LANGUAGE = "en"
# Entries Qt Linguist keeps for reference but lrelease leaves out.
_DROPPED = {"vanished", "obsolete"}


@dataclass(frozen=True)
class TsEntry:
    translation: str = ""
    finished: bool = False
    translator_comment: str = ""


def read_ts(path: Path, context: str = CONTEXT) -> dict[str, TsEntry]:
    """The messages of ``context`` in ``path``, by English source text.

    Raises ``OSError`` or ``xml.etree.ElementTree.ParseError`` for an unreadable file.
    """
    root = ET.parse(path).getroot()
    if root.tag != "TS":
        raise ET.ParseError(f"{path}: not a Qt Linguist file (root element <{root.tag}>)")
    entries: dict[str, TsEntry] = {}
    for ctx in root.iter("context"):
        if (ctx.findtext("name") or "") != context:
            continue
        for message in ctx.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            kind = translation.get("type", "")
            if kind in _DROPPED:
                continue
            entries[source] = TsEntry(
                translation=translation.text or "",
                finished=kind != "unfinished",
                translator_comment=message.findtext("translatorcomment") or "",
            )
    return entries


def format_ts(lang: str, entries: Mapping[str, TsEntry], context: str = CONTEXT) -> str:
    """A ``.ts`` document laid out as Qt Linguist writes it, messages sorted by source."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language={quoteattr(lang)} sourcelanguage="{SOURCE_LANGUAGE}">',
        "<context>",
        f"    <name>{_text(context)}</name>",
    ]
    for source in sorted(entries):
        entry = entries[source]
        lines += ["    <message>", f"        <source>{_text(source)}</source>"]
        if entry.translator_comment:
            lines.append(
                f"        <translatorcomment>{_text(entry.translator_comment)}</translatorcomment>"
            )
        kind = "" if entry.finished else ' type="unfinished"'
        lines += [
            f"        <translation{kind}>{_text(entry.translation)}</translation>",
            "    </message>",
        ]
    lines += ["</context>", "</TS>", ""]
    return "\n".join(lines)


def write_ts(path: Path, lang: str, entries: Mapping[str, TsEntry]) -> bool:
    """Write ``entries`` to ``path`` unless it already says exactly that (an untouched
    file keeps its time, so its ``.qm`` stays up to date). True if written."""
    text = format_ts(lang, entries)
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")
    return True


def _text(value: str) -> str:
    return escape(value, {'"': "&quot;", "'": "&apos;"})
