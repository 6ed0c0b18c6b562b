"""Several of our PDFs as one, page for page: a batch of letters printed to a file stays text with
embedded fonts, and each letter keeps its own 第 X 页 共 Y 页.

Made for the documents reportlab writes here (a classic cross-reference table, no object streams,
no encryption), without a PDF library the project does not carry: each document's objects are
copied under new numbers, its page tree hung under a new root, its catalog and information left
out. References are renumbered in the objects' dictionaries only, never inside streams, and each
font subset gets a tag (``AAAAAB+``) of its own, as every letter's first subset is ``AAAAAA+``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_HEADER = re.compile(rb"%PDF-(\d\.\d)")
_START_XREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_SUBSECTION = re.compile(rb"(\d+) (\d+)\s*\r?\n")
_ENTRY = re.compile(rb"(\d{10}) (\d{5}) ([nf])")
_TRAILER = re.compile(rb"trailer(.*?)startxref", re.S)
_OBJECT = re.compile(rb"(\d+) 0 obj")
_STREAM = re.compile(rb">>\s*stream\r?\n")
_REFERENCE = re.compile(rb"(?<![\d.])(\d+) 0 R(?![A-Za-z0-9])")
_SUBSET_TAG = re.compile(rb"/([A-Z]{6})\+")


class UnreadablePdf(ValueError):
    """A PDF this module does not read (not one reportlab wrote here)."""


def _objects(pdf: bytes) -> tuple[dict[int, bytes], bytes]:
    """Each object's bytes from ``N 0 obj`` to the next object, by the cross-reference table; and
    the trailer's dictionary."""
    start = _START_XREF.search(pdf)
    xref = int(start[1]) if start else 0
    trailer = _TRAILER.search(pdf, xref)
    if start is None or trailer is None or not pdf.startswith(b"xref", xref):
        raise UnreadablePdf("no cross-reference table")
    offsets: dict[int, int] = {}
    position = xref + len(b"xref")
    while (section := _SUBSECTION.match(pdf, _skip_space(pdf, position))) is not None:
        first, count = int(section[1]), int(section[2])
        position = section.end()
        for number in range(first, first + count):
            entry = _ENTRY.match(pdf, _skip_space(pdf, position))
            if entry is None:
                raise UnreadablePdf("a damaged cross-reference table")
            position = entry.end()
            if entry[3] == b"n":
                offsets[number] = int(entry[1])
    ends = sorted([*offsets.values(), xref])
    objects = {}
    for number, offset in offsets.items():
        chunk = pdf[offset : ends[ends.index(offset) + 1]]
        found = _OBJECT.match(chunk)
        content = chunk[found.end() :].rstrip() if found else b""
        if found is None or int(found[1]) != number or not content.endswith(b"endobj"):
            raise UnreadablePdf(f"object {number} is not where the table says")
        objects[number] = content.removesuffix(b"endobj").rstrip()
    return objects, trailer[1]


def _skip_space(pdf: bytes, position: int) -> int:
    while pdf[position : position + 1].isspace():
        position += 1
    return position


def _reference(dictionary: bytes, key: bytes) -> int:
    found = re.search(rb"/" + key + rb"\s+(\d+) 0 R", dictionary)
    if found is None:
        raise UnreadablePdf(f"no /{key.decode()}")
    return int(found[1])


def _renumbered(
    body: bytes, numbers: dict[int, int], tags: dict[tuple[int, bytes], bytes], document: int
) -> bytes:
    """``body`` with every reference to its new number and every subset tag of the ``document``-th
    document to its new tag (made when first met); a stream's data is left as it is."""
    stream = _STREAM.search(body)
    head, tail = (body[: stream.start()], body[stream.start() :]) if stream else (body, b"")
    try:
        head = _REFERENCE.sub(lambda ref: b"%d 0 R" % numbers[int(ref[1])], head)
    except KeyError as error:
        raise UnreadablePdf(f"a reference to object {error} left out") from error
    return (
        _SUBSET_TAG.sub(lambda tag: b"/%s+" % tags.setdefault((document, tag[1]), _tag(len(tags))), head)
        + tail
    )


def _tag(number: int) -> bytes:
    """The ``number``-th subset tag: AAAAAA, AAAAAB, …"""
    letters = []
    for _ in range(6):
        number, letter = divmod(number, 26)
        letters.append(65 + letter)
    return bytes(reversed(letters))


def _text_string(text: str) -> bytes:
    """A PDF text string in UTF-16 (what a viewer shows as the document's title)."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


def join_pdfs(documents: Sequence[bytes], title: str) -> bytes:
    """One PDF with every page of ``documents`` in order, titled ``title``.

    Raises:
        UnreadablePdf: a document is not one this module reads.
    """
    version = max((found[1] for pdf in documents if (found := _HEADER.match(pdf))), default=b"1.4")
    body: list[tuple[int, bytes]] = []
    kids: list[int] = []
    count = 0
    tags: dict[tuple[int, bytes], bytes] = {}
    for document, pdf in enumerate(documents):
        objects, trailer = _objects(pdf)
        catalog = _reference(trailer, b"Root")
        skipped = {catalog, *((_reference(trailer, b"Info"),) if b"/Info" in trailer else ())}
        pages = _reference(objects[catalog], b"Pages")
        found = re.search(rb"/Count\s+(\d+)", objects[pages])
        if found is None:
            raise UnreadablePdf("a page tree without /Count")
        count += int(found[1])
        kept = sorted(set(objects) - skipped)
        numbers = {number: len(body) + index for index, number in enumerate(kept, start=1)}
        kids.append(numbers[pages])
        body += [(numbers[number], _renumbered(objects[number], numbers, tags, document)) for number in kept]
    root_number = len(body) + 1
    parent = b"/Parent %d 0 R " % root_number
    body = [
        (number, content.replace(b"<<", b"<< " + parent, 1) if number in kids else content)
        for number, content in body
    ]
    references = b" ".join(b"%d 0 R" % kid for kid in kids)
    body += [
        (root_number, b"<< /Type /Pages /Count %d /Kids [ %s ] >>" % (count, references)),
        (root_number + 1, b"<< /Type /Catalog /Pages %d 0 R >>" % root_number),
        (root_number + 2, b"<< /Title %s /Creator %s >>" % (_text_string(title), _text_string("加急工作台"))),
    ]
    out = bytearray(b"%PDF-" + version + b"\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, content in body:  # numbered 1, 2, 3… in this order
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, content)
    size = len(body) + 1
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\n" % (size, root_number + 1, root_number + 2)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)
