#!/usr/bin/env python3
"""Builds the binary import fixtures (DOCX, ODT, PDF and broken files) from scratch.

Run from anywhere: `python3 tests/data/import/make_fixtures.py`. Output is deterministic (fixed
zip timestamps, no random data), so re-running it changes nothing unless this script changed.
Only the standard library is used: zipfile for DOCX/ODT, and a small PDF writer of our own
(Type 1 standard fonts, an optional RC4 standard security handler for the encrypted case).
"""

import hashlib
import os
import struct
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
STAMP = (2021, 1, 1, 0, 0, 0)


def path(*parts):
    p = os.path.join(HERE, *parts)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


def write_zip(target, entries, stored=()):
    with zipfile.ZipFile(target, "w") as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


# ---- DOCX -------------------------------------------------------------------------------

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                 '</Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx_paragraph(text, style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p>'


def docx_document(body_xml):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:document {W}><w:body>{body_xml}<w:sectPr/></w:body></w:document>')


def docx_core(title=None, creator=None, created=None):
    parts = []
    if title is not None:
        parts.append(f"<dc:title>{esc(title)}</dc:title>")
    if creator is not None:
        parts.append(f"<dc:creator>{esc(creator)}</dc:creator>")
    if created is not None:
        parts.append(f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' + "".join(parts) + "</cp:coreProperties>")


def write_docx(target, body_xml, core=None):
    entries = [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
               ("word/document.xml", docx_document(body_xml))]
    if core is not None:
        entries.append(("docProps/core.xml", core))
    write_zip(target, entries)


def make_docx():
    body = (
        docx_paragraph("Iraq and Iran discuss water sharing", "Title")
        # A word split over two runs, a tab, a line break and a non-breaking hyphen.
        + '<w:p><w:r><w:t>The ministers met to discuss wa</w:t></w:r><w:r><w:rPr><w:b/></w:rPr>'
          '<w:t>ter sharing</w:t></w:r><w:r><w:t xml:space="preserve"> on the Tigris</w:t></w:r>'
          '<w:r><w:noBreakHyphen/><w:t>Euphrates basin.</w:t></w:r></w:p>'
        + '<w:p><w:r><w:t>Agenda:</w:t></w:r><w:r><w:tab/><w:t>dams</w:t></w:r><w:r><w:br/>'
          '<w:t>and irrigation.</w:t></w:r></w:p>'
        # A deleted revision, a field code and a drawing contribute nothing.
        + '<w:p><w:r><w:t xml:space="preserve">The talks were </w:t></w:r><w:del w:id="1" w:author="x">'
          '<w:r><w:delText>not </w:delText></w:r></w:del><w:r><w:t>constructive.</w:t></w:r>'
          '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
          '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
          '<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
          '<w:t>caption inside a drawing</w:t></wp:inline></w:drawing></w:r></w:p>'
        + "<w:p/>"
        + '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Cell one</w:t></w:r></w:p></w:tc>'
          '<w:tc><w:p><w:r><w:t>Cell two</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
        + '<w:p><w:r><w:t>A new page follows.</w:t></w:r><w:r><w:br w:type="page"/><w:t>After the page break.</w:t></w:r></w:p>'
    )
    write_docx(path("documents", "article.docx"), body,
               docx_core("Iraq and Iran discuss water sharing", "Omar Saleh", "2021-05-04T09:30:00Z"))

    body = (docx_paragraph("اجتماع اللجنة المشتركة في بغداد", "Heading1")
            + docx_paragraph("عقدت اللجنة العراقية الإيرانية المشتركة اجتماعها في بغداد يوم ١٢ آذار ٢٠٢١.")
            + docx_paragraph("وبحث المجتمعون ملفات التجارة والمياه والطاقة."))
    write_docx(path("documents", "arabic-heading.docx"), body)

    # Not a Word document: a zip without word/document.xml.
    write_zip(path("broken", "not-word.docx"), [("hello.txt", "hello")])
    # A zip bomb: 40 MiB of spaces in document.xml compress to a few tens of KiB.
    bomb = docx_document('<w:p><w:r><w:t xml:space="preserve">' + " " * (40 * 1024 * 1024) + "</w:t></w:r></w:p>")
    write_zip(path("broken", "zip-bomb.docx"), [("[Content_Types].xml", CONTENT_TYPES), ("word/document.xml", bomb)])
    good = open(path("documents", "article.docx"), "rb").read()
    open(path("broken", "truncated.docx"), "wb").write(good[: len(good) // 2])

    # The Nexis Uni export as a DOCX: one paragraph per line of the text export.
    lines = open(path("newsexport", "nexis-export.txt"), encoding="utf-8").read().split("\n")
    body = "".join(docx_paragraph(line) for line in lines if line.strip())
    write_docx(path("newsexport", "nexis-export.docx"), body)


# ---- ODT --------------------------------------------------------------------------------

ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')
MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?>'
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            '</manifest:manifest>')


def write_odt(target, body_xml, meta_xml=None, mimetype="application/vnd.oasis.opendocument.text"):
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODT_NS} office:version="1.2">'
               f"<office:body><office:text>{body_xml}</office:text></office:body></office:document-content>")
    entries = [("mimetype", mimetype), ("META-INF/manifest.xml", MANIFEST), ("content.xml", content)]
    if meta_xml is not None:
        entries.append(("meta.xml", f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {ODT_NS} office:version="1.2">'
                                    f"<office:meta>{meta_xml}</office:meta></office:document-meta>"))
    write_zip(target, entries, stored=("mimetype",))


def make_odt():
    body = """
      <text:h text:outline-level="1">Electricity talks in Tehran</text:h>
      <text:p text:style-name="Standard">The   energy
        ministers   met in <text:span text:style-name="T1">Tehran</text:span> on Tuesday.<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>A footnote that is left out.</text:p></text:note-body></text:note></text:p>
      <text:p>Spaces kept:<text:s text:c="3"/>three; a tab:<text:tab/>here; a break<text:line-break/>and the next line.</text:p>
      <text:p>An <office:annotation><dc:creator>Editor</dc:creator><text:p>check this</text:p></office:annotation>annotated word.</text:p>
      <text:list><text:list-item><text:p>First point</text:p></text:list-item><text:list-item><text:p>Second point</text:p></text:list-item></text:list>
      <table:table><table:table-row><table:table-cell><text:p>Cell A</text:p></table:table-cell></table:table-row></table:table>
      <draw:frame><draw:text-box><text:p>Text in a frame</text:p></draw:text-box></draw:frame>
    """
    meta = ("<dc:title>Electricity talks in Tehran</dc:title>"
            "<meta:initial-creator>Layla Haddad</meta:initial-creator><dc:creator>Copy Editor</dc:creator>"
            "<meta:creation-date>2022-10-13T09:00:00</meta:creation-date><dc:date>2022-10-15T10:00:00</dc:date>"
            "<dc:language>en-GB</dc:language>")
    write_odt(path("documents", "article.odt"), body, meta)

    body = ('<text:h text:outline-level="1">دیدار وزیران خارجه ایران و عراق</text:h>'
            "<text:p>وزیر امور خارجه ایران روز ۲۲ شهریور ۱۴۰۲ با همتای عراقی خود در تهران دیدار کرد.</text:p>"
            "<text:p>دو طرف درباره همکاری‌های اقتصادی گفت‌وگو کردند.</text:p>")
    write_odt(path("documents", "persian-no-meta.odt"), body)
    write_odt(path("broken", "spreadsheet.odt"), "<text:p>x</text:p>",
              mimetype="application/vnd.oasis.opendocument.spreadsheet")


# ---- PDF --------------------------------------------------------------------------------

PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def rc4(key, data):
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    i = j = 0
    out = bytearray()
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def pdf_string(text):
    return b"(" + text.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def page_stream(lines):
    """lines: (x, y, size, text) tuples, in reading order."""
    ops = []
    for x, y, size, text in lines:
        ops.append(b"BT /F1 %d Tf 1 0 0 1 %d %d Tm " % (size, x, y) + pdf_string(text) + b" Tj ET")
    return b"\n".join(ops)


def write_pdf(target, pages, info=None, user_password=None, rect_only=False):
    """pages: list of lists of (x, y, size, text). info: dict of Info entries (strings)."""
    objects = {}
    file_id = hashlib.md5(os.path.basename(target).encode()).digest()
    key = None
    encrypt_num = None
    if user_password is not None:
        # Standard security handler, revision 2 (RC4, 40-bit), owner password "owner".
        owner_pad = ("owner".encode() + PAD)[:32]
        user_pad = (user_password.encode() + PAD)[:32]
        o_value = rc4(hashlib.md5(owner_pad).digest()[:5], user_pad)
        p_value = -44
        key = hashlib.md5(user_pad + o_value + struct.pack("<i", p_value) + file_id).digest()[:5]
        u_value = rc4(key, PAD)

    def obj_key(num):
        return hashlib.md5(key + struct.pack("<I", num)[:3] + b"\x00\x00").digest()[: min(len(key) + 5, 16)]

    def enc(num, data):
        return rc4(obj_key(num), data) if key else data

    def string(num, text):
        raw = text.encode("latin-1")
        if key:
            return b"<" + enc(num, raw).hex().encode() + b">"
        return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"

    num = 1
    catalog_num, pages_num, font_num = 1, 2, 3
    num = 4
    page_nums = []
    for lines in pages:
        content_num, page_num = num, num + 1
        num += 2
        stream = b"0 0 1 rg 72 600 200 100 re f" if rect_only else page_stream(lines)
        data = zlib.compress(stream)
        objects[content_num] = (b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data)
                                + enc(content_num, data) + b"\nendstream")
        objects[page_num] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                             b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content_num)
        page_nums.append(page_num)
    objects[catalog_num] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[pages_num] = (b"<< /Type /Pages /Count %d /Kids [" % len(page_nums)
                          + b" ".join(b"%d 0 R" % n for n in page_nums) + b"] >>")
    objects[font_num] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    info_num = None
    if info:
        info_num = num
        num += 1
        objects[info_num] = (b"<< " + b" ".join(b"/" + k.encode() + b" " + string(info_num, v) for k, v in info.items())
                             + b" >>")
    if key:
        encrypt_num = num
        num += 1
        objects[encrypt_num] = (b"<< /Filter /Standard /V 1 /R 2 /O <" + o_value.hex().encode()
                                + b"> /U <" + u_value.hex().encode() + b"> /P %d >>" % p_value)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for n in sorted(objects):
        offsets[n] = len(out)
        out += b"%d 0 obj\n" % n + objects[n] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (num)
    for n in range(1, num):
        out += b"%010d 00000 n \n" % offsets[n]
    trailer = b"<< /Size %d /Root 1 0 R" % num
    if info_num:
        trailer += b" /Info %d 0 R" % info_num
    if encrypt_num:
        trailer += b" /Encrypt %d 0 R" % encrypt_num
    trailer += b" /ID [<" + file_id.hex().encode() + b"> <" + file_id.hex().encode() + b">] >>"
    out += b"trailer\n" + trailer + b"\nstartxref\n%d\n%%%%EOF\n" % xref
    open(target, "wb").write(bytes(out))


def layout(paragraphs, top=770, size=11, leading=14, gap=10, x=72):
    """Lines of pre-wrapped paragraphs: each paragraph a list of lines."""
    lines = []
    y = top
    for para in paragraphs:
        for line in para:
            lines.append((x, y, size, line))
            y -= leading
        y -= gap
    return lines


def make_pdf():
    header = (72, 810, 9, "Gulf Observer | Analysis")
    page1 = [header] + layout([
        ["Negotiators from Baghdad and Tehran met on Tuesday to extend",
         "the gas agreement. After long nego-",
         "tiations, both sides accepted a long-term payment plan and a joint",
         "Iran-",
         "Iraq committee."],
        ["The long-term plan sets monthly payments. The committee will meet",
         "in Baghdad and in Tehran, and its first report is due"],
    ]) + [(280, 30, 9, "Page 1 of 2")]
    page2 = [header] + layout([
        ["before the summer, when demand for electricity peaks."],
        ["Officials said the talks were constructive."],
    ]) + [(280, 30, 9, "Page 2 of 2")]
    write_pdf(path("pdf", "article.pdf"), [page1, page2],
              info={"Title": "Baghdad and Tehran extend their gas agreement", "Author": "Layla Haddad",
                    "CreationDate": "D:20210312103000+03'00'"})

    page = [(72, 780, 20, "Border crossings reopen after talks")] + layout([
        ["BAGHDAD, 12 March 2021 - The Mandali and Zurbatiyah crossings",
         "reopened on Friday."],
        ["Traders welcomed the decision."],
    ], top=740)
    write_pdf(path("pdf", "no-info.pdf"), [page])
    write_pdf(path("broken", "encrypted.pdf"), [page], info={"Title": "Secret"}, user_password="secret")
    write_pdf(path("broken", "scanned.pdf"), [[]], rect_only=True)
    open(path("broken", "invalid.pdf"), "wb").write(b"%PDF-1.4\n" + bytes((i * 37 + 11) % 256 for i in range(2048)))


def make_broken():
    open(path("broken", "empty.bin"), "wb").write(b"")
    open(path("broken", "garbage.bin"), "wb").write(bytes((i * 151 + 7) % 256 for i in range(4096)))


if __name__ == "__main__":
    make_docx()
    make_odt()
    make_pdf()
    make_broken()
