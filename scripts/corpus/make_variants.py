#!/usr/bin/env python3
"""Make the format variants of some generated leases.

    corpus/variants/docx/NAME.docx      one w:p per text line (line N = paragraph N)
    corpus/variants/gb18030/NAME.txt    the same text encoded as GB18030

Each variant gets NAME.expected with the findings of the original (same line
numbers).  Reads corpus/leases/NAME.txt (run generate_leases.py first).
Standard library only; deterministic (fixed zip timestamps and member order).

    python3 scripts/corpus/make_variants.py           # write
    python3 scripts/corpus/make_variants.py --check   # verify files on disk are current
"""
import glob
import io
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

sys.dont_write_bytecode = True
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
LEASES = os.path.join(ROOT, "corpus", "leases")
OUT_DOCX = os.path.join(ROOT, "corpus", "variants", "docx")
OUT_GB = os.path.join(ROOT, "corpus", "variants", "gb18030")

# Disjoint sets, and none of the double-lease pair (L046/L066): a folder of
# variants must not contain the same asset twice, or lease/double-lease fires.
#   number -> docx style: "plain" one run per paragraph; "runs" several runs per
#   paragraph (bold clause numbers, split at punctuation) and one w:br soft break.
DOCX = {31: "plain", 41: "plain", 50: "runs", 53: "runs", 58: "plain", 72: "runs"}
GB18030 = [36, 43, 56, 62, 69, 74]
ZIP_TIME = (2024, 1, 1, 0, 0, 0)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '</Types>')
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/>'
    '</Relationships>')
FONT = '<w:rFonts w:ascii="宋体" w:eastAsia="宋体" w:hAnsi="宋体"/>'
NUM_RE = re.compile(r"^(第[一二三四五六七八九十百]+[章条]|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)")


def source(num):
    hits = glob.glob(os.path.join(LEASES, f"L{num:03d}-*.txt"))
    if len(hits) != 1:
        sys.exit(f"missing or ambiguous source for L{num:03d}: {hits}")
    base = hits[0][:-4]
    with open(base + ".txt", encoding="utf-8") as f:
        text = f.read()
    with open(base + ".expected", encoding="utf-8") as f:
        expected = f.read()
    return os.path.basename(base), text, expected


def run(text, bold=False):
    """One w:r; tabs become w:tab."""
    rpr = "<w:rPr>" + FONT + ("<w:b/>" if bold else "") + "</w:rPr>"
    parts = text.split("\t")
    inner = []
    for i, part in enumerate(parts):
        if i:
            inner.append("<w:tab/>")
        if part:
            inner.append(f'<w:t xml:space="preserve">{escape(part)}</w:t>')
    return f"<w:r>{rpr}{''.join(inner)}</w:r>"


def split_runs(line):
    """Split a line into several runs: a bold clause number, then at punctuation."""
    out = []
    m = NUM_RE.match(line)
    if m:
        out.append((m.group(0), True))
        line = line[m.end():]
    for piece in re.findall(r"[^，；：]*[，；：]?", line):
        if piece:
            out.append((piece, False))
    return out


def paragraph(line, style, soft_break=False, title=False):
    ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>' if title else ""
    if not line:
        return f"<w:p>{ppr}</w:p>"
    if soft_break:
        # a soft line break (Shift+Enter) inside the paragraph: still one paragraph
        i = min(line.index(ch) for ch in "。；" if ch in line[:-1]) + 1
        return f"<w:p>{ppr}{run(line[:i])}<w:r><w:br/></w:r>{run(line[i:])}</w:p>"
    if style == "runs":
        return "<w:p>" + ppr + "".join(run(t, b or title) for t, b in split_runs(line)) + "</w:p>"
    return f"<w:p>{ppr}{run(line, bold=title)}</w:p>"


def docx_bytes(text, style):
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    brk = -1
    if style == "runs":
        # the first long paragraph with a sentence break in the middle gets a w:br
        for i, ln in enumerate(lines):
            if i > 5 and ("。" in ln[:-1] or "；" in ln[:-1]) and len(ln) > 60 and "\t" not in ln:
                brk = i
                break
    body = "".join(paragraph(ln, style, soft_break=(i == brk), title=(i == 0)) for i, ln in enumerate(lines))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:document xmlns:w="{W_NS}"><w:body>{body}'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/>'
           '</w:sectPr></w:body></w:document>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in (("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
                           ("word/document.xml", doc)):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            z.writestr(info, data.encode("utf-8"))
    return buf.getvalue(), len(lines), brk


def sidecar(expected, what):
    lines = expected.split("\n")
    return f"# variant ({what}) of corpus/leases — same findings, same line numbers\n" + expected if lines else expected


def outputs():
    files = {}
    for num, style in DOCX.items():
        name, text, expected = source(num)
        data, nlines, brk = docx_bytes(text, style)
        what = "docx, one w:p per line"
        if style == "runs":
            assert brk >= 0, name
            what += f", several w:r per paragraph, a w:br soft break inside paragraph {brk + 1}"
        files[os.path.join(OUT_DOCX, name + ".docx")] = data
        files[os.path.join(OUT_DOCX, name + ".expected")] = sidecar(expected, what).encode("utf-8")
    for num in GB18030:
        name, text, expected = source(num)
        data = text.encode("gb18030")
        assert data.decode("gb18030") == text
        files[os.path.join(OUT_GB, name + ".txt")] = data
        files[os.path.join(OUT_GB, name + ".expected")] = sidecar(expected, "GB18030 text").encode("utf-8")
    return files


def self_check(files):
    """Paragraph count of every docx equals the line count of its source."""
    for path, data in files.items():
        if path.endswith(".docx"):
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                xml = z.read("word/document.xml").decode("utf-8")
            n = xml.count("<w:p>")
            name = os.path.basename(path)[:-5]
            with open(os.path.join(LEASES, name + ".txt"), encoding="utf-8") as f:
                src = f.read().split("\n")
            if src[-1] == "":
                src.pop()
            assert n == len(src), (path, n, len(src))


def main():
    files = outputs()
    self_check(files)
    check = "--check" in sys.argv
    stale = 0
    for path, data in sorted(files.items()):
        if check:
            if not os.path.exists(path) or open(path, "rb").read() != data:
                print(f"stale: {path}")
                stale += 1
        else:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(data)
    if check:
        sys.exit(1 if stale else 0)
    print(f"wrote {len(files)} files")


if __name__ == "__main__":
    main()
