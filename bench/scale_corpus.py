#!/usr/bin/env python3
"""Builds a large benchmark corpus from corpus/: new documents, not byte copies.

Each output document is a corpus document of one kind whose village and
person names, amounts, areas and years are varied, with an appendix drawn
from another document of the same kind so that sizes vary too. Deterministic
(fixed seed). Usage:

    bench/scale_corpus.py OUT_DIR [--documents 10000] [--megabytes 100]
    bench/scale_corpus.py OUT_DIR --single-megabytes 20     # one large document
"""
import argparse
import pathlib
import random
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
KINDS = ["leases", "contracts", "tender", "decisions"]
VILLAGES = ["东滩头村", "西长屯村", "王官屯村", "北纸房头村", "后杨庄村", "大邱庄村", "小河村", "南柳木村", "付家村", "高官屯村",
            "十里堡村", "吕官屯村", "东五里村", "西城村", "梁头村", "三里屯村", "杨家园村", "郝家庄村"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎"
GIVEN = "建国志强海涛秀英桂兰春生振华立新玉梅德胜金凤宝山永刚丽娟文博"


def load_documents():
    documents = {kind: [] for kind in KINDS}
    for kind in KINDS:
        for path in sorted((ROOT / "corpus" / kind).glob("*.txt")):
            documents[kind].append(path.read_text(encoding="utf-8"))
    return documents


def vary(text, rng):
    """Changes names, amounts, areas and years while keeping the document well-formed."""
    villages = {v: rng.choice(VILLAGES) for v in VILLAGES}
    text = re.sub("|".join(VILLAGES), lambda m: villages[m.group(0)], text)
    person = rng.choice(SURNAMES) + rng.choice(GIVEN[0::2]) + rng.choice(GIVEN[1::2])
    text = re.sub(r"(乙方[^:\n]{0,8}:)[\u4e00-\u9fff]{2,3}\n", lambda m: m.group(1) + person + "\n", text)
    shift = rng.choice([-1, 0, 0, 1])
    text = re.sub(r"\b(20[12]\d)年", lambda m: f"{int(m.group(1)) + shift}年", text)
    factor = rng.choice([1, 1, 2, 3])
    text = re.sub(r"\b(\d{3,6})元", lambda m: f"{int(m.group(1)) * factor}元", text)
    text = re.sub(r"\b(\d{1,3}(?:\.\d)?)亩", lambda m: f"{float(m.group(1)) * rng.choice([1, 1.5, 2]):.1f}亩", text)
    return text


def appendix(rng, documents, kind):
    other = rng.choice(documents[kind]).splitlines()
    start = rng.randrange(max(1, len(other) // 2))
    return "\n附件:参考条款\n" + "\n".join(other[start:start + rng.randrange(10, 60)]) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=pathlib.Path)
    parser.add_argument("--documents", type=int, default=10000)
    parser.add_argument("--megabytes", type=float, default=100)
    parser.add_argument("--single-megabytes", type=float, default=0, help="write one document of this size instead")
    args = parser.parse_args()
    rng = random.Random(20241127)
    documents = load_documents()
    args.out.mkdir(parents=True, exist_ok=True)

    if args.single_megabytes:
        parts, size = [], 0
        while size < args.single_megabytes * 1e6:
            part = vary(rng.choice(documents["leases"]), rng)
            parts.append(part)
            size += len(part.encode("utf-8"))
        (args.out / "large.txt").write_text("\n".join(parts), encoding="utf-8")
        print(f"wrote 1 document of {size / 1e6:.1f} MB")
        return

    total, count = 0, 0
    target = args.megabytes * 1e6
    while count < args.documents or total < target:
        kind = KINDS[count % len(KINDS)]
        text = vary(rng.choice(documents[kind]), rng)
        # Size grows with the appendix until the average reaches the target.
        remaining_docs = max(1, args.documents - count)
        while len(text.encode("utf-8")) < (target - total) / remaining_docs:
            text += appendix(rng, documents, kind)
        folder = args.out / kind
        folder.mkdir(exist_ok=True)
        (folder / f"{count:06d}.txt").write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
        count += 1
    print(f"wrote {count} documents, {total / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
