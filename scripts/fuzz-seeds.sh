#!/usr/bin/env bash
# Builds the seed corpora of the fuzz targets (fuzz/) from corpus/ and the
# rule packs' own examples, into DIR (default build-asan/fuzz-seeds), one
# folder per target. Small and regenerated each time: nothing is committed.
#   scripts/fuzz-seeds.sh [DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-build-asan/fuzz-seeds}"
rm -rf "$out"
mkdir -p "$out"/{numerals,rulepack,docx,text,pipeline}
python3 - "$out" <<'PY'
import hashlib, io, pathlib, re, sys, zipfile

out = pathlib.Path(sys.argv[1])
root = pathlib.Path(".")

def put(target, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    name = hashlib.sha1(data).hexdigest()[:16]
    (out / target / name).write_bytes(data)

texts = sorted(p for p in root.glob("corpus/**/*") if p.suffix in (".txt", ".md") and "gb18030" not in p.parts and "utf16" not in p.parts)
packs = sorted(root.glob("rules/*.rules"))

# numerals: lines with a number, a date or an amount (each one input), and the pack examples.
numeral = re.compile(r"[0-9零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟元年月日%]")
lines = set()
for p in texts[:60]:
    for line in p.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.strip()
        if numeral.search(line) and 4 <= len(line) <= 200:
            lines.add(line)
for p in packs:
    for m in re.finditer(r'\b(?:bad|good)\s+"((?:[^"\\]|\\.)*)"', p.read_text(encoding="utf-8")):
        lines.add(m.group(1))
for line in sorted(lines)[:600]:
    put("numerals", line)
for s in ["十二万零五百", "贰拾万元整", "1,234.5万元", "二〇二四年三月一日", "2024年1月1日至2033年12月31日",
          "二十五年", "百分之二", "3.5%", "¥46,800.00", "人民币肆万捌仟元整", "三个月", "15个工作日", "第一条", "十分"]:
    put("numerals", s)

# rulepack: each pack whole, and each rule block alone (with the pack header).
for p in packs:
    text = p.read_text(encoding="utf-8")
    put("rulepack", text)
    header = text.split("\nrule ", 1)[0]
    for block in re.split(r"\n(?=rule )", text)[1:]:
        put("rulepack", header + "\n" + block)

# text: a few files as UTF-8, UTF-8 with BOM, GB18030 and UTF-16LE/BE (short, to keep the fuzzer fast).
for p in texts[:12]:
    t = p.read_text(encoding="utf-8")[:1500]
    put("text", t)
    put("text", "\ufeff" + t)
    put("text", t.encode("gb18030"))
    put("text", "\ufeff".encode("utf-16-le") + t.encode("utf-16-le"))
    put("text", "\ufeff".encode("utf-16-be") + t.encode("utf-16-be"))
for p in sorted(root.glob("corpus/variants/**/*.txt"))[:6]:
    put("text", p.read_bytes()[:3000])

# docx: the corpus's .docx files, and small ones made here (odd rels, tables, breaks).
def docx(body, rels=None, part="word/document.xml"):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("_rels/.rels", rels or '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="%s"/></Relationships>' % part)
        z.writestr(part, '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
                   + body + "</w:body></w:document>")
    return buf.getvalue()
para = lambda *runs: "<w:p>" + "".join("<w:r><w:t xml:space=\"preserve\">%s</w:t></w:r>" % r for r in runs) + "</w:p>"
small = []
for p in texts[:8]:
    small.append(docx("".join(para(l) for l in p.read_text(encoding="utf-8").splitlines()[:30])))
small.append(docx(para("第一条 租赁期限为", "二十五年") + "<w:tbl><w:tr><w:tc>" + para("租金") + "</w:tc><w:tc>" + para("¥46,800.00") + "</w:tc></w:tr></w:tbl>"))
small.append(docx(para("甲方:", "<w:tab/>", "某某村") + "<w:p><w:r><w:br/><w:t>乙方</w:t></w:r></w:p>", part="word/document2.xml"))
for d in small:
    put("docx", d)
for p in sorted(root.glob("corpus/**/*.docx")):
    put("docx", p.read_bytes())

# pipeline: whole documents (text and .docx), short enough to keep it fast.
for p in texts[:40]:
    put("pipeline", p.read_bytes()[:6000])
for d in small[:4]:
    put("pipeline", d)
PY
for t in numerals rulepack docx text pipeline; do
  echo "fuzz-seeds: $t $(ls "$out/$t" | wc -l) files, $(du -sh "$out/$t" | cut -f1)"
done
