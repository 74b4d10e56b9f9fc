#!/usr/bin/env python3
"""Compose the generated lease contracts corpus/leases/L031 … L078.

Standard library only, deterministic (fixed seed): running it twice writes the
same bytes.  Each document is assembled from hand-written clause variants; the
generator records the line of every clause it places and of every defect it
plants, and writes the sidecar NAME.expected from that record (line rules:
corpus/README.md).

    python3 scripts/corpus/generate_leases.py            # write the files
    python3 scripts/corpus/generate_leases.py --check    # verify files on disk are current
"""
import datetime as dt
import os
import random
import re
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cnfmt import (cap, cn, date as fmt_date, fw, money, money_mismatch,  # noqa: E402
                   term_end, years as fmt_years)

SEED = 20240301
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "corpus", "leases")

# --------------------------------------------------------------------------
# The plan: number, asset kind, lessee type, length, planted defects.
# Internal defect codes -> rule ids (see RULE below).
# --------------------------------------------------------------------------
PLAN = [
    (31, "fishpond", "person", "short", []),
    (32, "factory", "company", "medium", ["personal", "mismatch"]),
    (33, "transfer", "company", "long", []),
    (34, "shop", "person", "medium", ["arblit", "penalty"]),
    (35, "orchard", "person", "medium", []),
    (36, "fishpond", "person", "medium", ["term20", "auto"]),
    (37, "warehouse", "company", "medium", []),
    (38, "transfer", "coop", "medium", ["farmbuild", "nocomp"]),
    (39, "school", "company", "long", []),
    (40, "orchard", "person", "short", ["nores", "prepaid"]),
    (41, "greenhouse", "coop", "medium", []),
    (42, "warehouse", "company", "medium", ["sublease", "repealed", "unfair"]),
    (43, "constland", "company", "long", []),
    (44, "transfer", "company", "medium", ["beyond", "auto"]),
    (45, "factory", "company", "short", []),
    (46, "fishpond", "person", "medium", ["double", "prepaid"]),
    (47, "shop", "company", "medium", []),
    (48, "school", "company", "medium", ["nouse", "blank"]),
    (49, "transfer", "coop", "medium", []),
    (50, "constland", "company", "long", ["resafter", "depover", "arblit"]),
    (51, "fishpond", "company", "long", []),
    (52, "greenhouse", "person", "short", ["mismatch", "arbunnamed"]),
    (53, "factory", "company", "long", []),
    (54, "fishpond", "company", "medium", ["outsider", "noprice"]),
    (55, "shop", "person", "short", []),
    (56, "factory", "company", "medium", ["words", "nobreach"]),
    (57, "orchard", "company", "medium", []),
    (58, "shop", "company", "medium", ["depambig", "nodate"]),
    (59, "warehouse", "person", "short", []),
    (60, "transfer", "company", "medium", ["farmpond", "auto"]),
    (61, "school", "person", "medium", []),
    (62, "transfer", "company", "long", ["nonagri", "term20", "personal"]),
    (63, "greenhouse", "company", "medium", []),
    (64, "warehouse", "company", "medium", ["norepair", "nopay", "cumul"]),
    (65, "transfer", "person", "short", []),
    (66, "fishpond", "person", "short", ["double", "blank"]),
    (67, "constland", "company", "medium", []),
    (68, "constland", "company", "medium", ["nodispute", "noprice", "words"]),
    (69, "factory", "company", "medium", []),
    (70, "school", "company", "medium", ["resafterstart", "sublease"]),
    (71, "fishpond", "person", "medium", []),
    (72, "greenhouse", "company", "medium", ["outsider", "depambig", "repealed"]),
    (73, "transfer", "company", "long", []),
    (74, "shop", "person", "short", ["noaddr", "nosig", "arbunnamed"]),
    (75, "orchard", "person", "short", []),
    (76, "transfer", "company", "long", ["nocomp", "beyond", "penalty", "unfair"]),
    (77, "shop", "company", "medium", []),
    (78, "factory", "company", "long", ["term20dates", "depover", "cumul", "nores"]),
]

RULE = {
    "term20": "lease/term-over-20y", "term20dates": "lease/term-over-20y",
    "mismatch": "lease/term-dates-mismatch", "auto": "lease/auto-renewal",
    "nouse": "lease/missing-lease-clause", "nopay": "lease/missing-lease-clause",
    "norepair": "lease/missing-lease-clause", "sublease": "lease/sublease-unrestricted",
    "nores": "lease/no-collective-resolution", "resafter": "lease/resolution-after-signing",
    "resafterstart": "lease/resolution-after-signing",
    "outsider": "lease/outsider-without-approval",
    "farmpond": "lease/farmland-construction", "nonagri": "lease/non-agricultural-use",
    "beyond": "lease/transfer-beyond-contract-term",
    "nocomp": "lease/compensation-ownership-missing", "prepaid": "lease/rent-prepaid-multiyear",
    "noprice": "lease/no-pricing-basis", "personal": "lease/personal-payee-account",
    "double": "lease/double-lease",
    "nobreach": "contract/missing-essential-clause", "nodispute": "contract/missing-essential-clause",
    "noaddr": "contract/missing-essential-clause",
    "words": "contract/amount-words-mismatch", "arblit": "contract/arbitration-or-litigation",
    "arbunnamed": "contract/arbitration-body-unnamed", "depover": "contract/deposit-over-20pct",
    "cumul": "contract/penalty-and-deposit-cumulative", "penalty": "contract/penalty-excessive",
    "unfair": "contract/unfair-standard-term", "nosig": "contract/missing-signature-block",
    "nodate": "contract/missing-signature-block", "repealed": "contract/repealed-law-cited",
    "blank": "contract/unfilled-placeholder", "depambig": "contract/deposit-term-ambiguous",
}
# farmbuild plants two findings on one line
FARMBUILD = ("lease/farmland-construction", "lease/non-agricultural-use")

LAND_KINDS = {"fishpond", "transfer", "orchard", "greenhouse", "constland"}

# --------------------------------------------------------------------------
# Names and places
# --------------------------------------------------------------------------
VILLAGES = ["东滩头村", "西长屯村", "北纸房头村", "南纸房头村", "大屯村", "吕官屯村",
            "高庄子村", "纪庄子村", "胡连庄村", "东五里村", "西五里村", "孙庄子村",
            "前杨庄村", "后杨庄村", "郝家庄村", "八里庄村", "刘家营村", "付家村",
            "小河村", "瓦子头村", "新立村", "王官屯村", "东双塘村", "花园村",
            "北五里村", "南五里村", "杨家园村", "陈官屯村"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾田董袁于"
GIVEN = ["建国", "秀兰", "海涛", "立新", "春生", "玉芬", "振华", "国庆", "文军", "淑珍",
         "宝山", "凤英", "德胜", "志刚", "红梅", "金柱", "永强", "桂荣", "树林", "长海",
         "晓东", "雪梅", "洪亮", "少华", "连成", "俊杰", "爱民", "继红", "广义", "庆林",
         "会芳", "殿臣", "学军", "福来", "丽娜", "宏伟", "玉良", "春来", "万里", "秀云"]
BRANDS = ["津海", "鑫旺", "恒瑞", "润丰", "绿源", "禾盛", "兴达", "宏泰", "丰泽", "瑞通",
          "嘉禾", "众诚", "华鼎", "金穗", "盛源", "安泰", "博远", "鼎鑫", "沃野", "益农",
          "泽润", "聚丰", "隆昌", "天润", "金港", "宏达", "永盛", "恒通", "德润", "顺发", "晟华",
          "富民", "康达", "信和", "德丰", "汇通", "长城", "远航", "新禾", "裕丰", "广源", "百川"]
INDUSTRY = {
    "fishpond": ["水产养殖有限公司", "渔业科技有限公司"],
    "transfer": ["农业科技有限公司", "农业发展有限公司", "种植有限公司"],
    "orchard": ["果品种植有限公司", "生态农业有限公司"],
    "greenhouse": ["蔬菜种植有限公司", "设施农业有限公司"],
    "factory": ["机械制造有限公司", "包装材料有限公司", "五金制品有限公司", "电子科技有限公司"],
    "shop": ["商贸有限公司", "餐饮管理有限公司", "医药连锁有限公司"],
    "warehouse": ["物流有限公司", "供应链管理有限公司", "仓储服务有限公司"],
    "constland": ["建材有限公司", "新材料科技有限公司", "物流有限公司"],
    "school": ["教育咨询有限公司", "文化传播有限公司", "养老服务有限公司"],
}
COOP_KIND = {"transfer": "种植专业合作社", "greenhouse": "蔬菜种植专业合作社",
             "orchard": "果品专业合作社", "fishpond": "水产养殖专业合作社"}
BANKS = ["天津农商银行静海支行", "中国农业银行天津静海支行", "中国邮政储蓄银行天津静海区支行",
         "天津银行静海支行"]
APPRAISERS = ["天津正衡资产评估有限公司", "天津华信房地产土地评估有限公司",
              "天津市中瑞诚资产评估事务所有限公司", "天津津源土地房地产估价有限公司"]
CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWY"  # no X (keeps XX placeholders unambiguous)
FIELDS = {
    "fishpond": ["东洼", "南大坑", "村西老鱼池", "北洼", "后坑", "西大洼", "苇子坑", "东坑塘"],
    "transfer": ["南大地", "西洼地", "东二道沟", "北大田", "村南机动地", "西洼片", "十二亩地"],
    "orchard": ["村北梨园", "东坡果园", "老苗圃", "西园子", "南岗果园"],
    "greenhouse": ["村东设施园区", "大棚园区", "南洼棚区", "西侧冬暖式大棚区"],
    "constland": ["原村砖厂", "村北原预制件厂", "村东原面粉厂", "原村办工业小区"],
}


class Ctx:
    pass


class Para:
    def __init__(self, text, rules=()):
        self.text = text
        self.rules = list(rules)


def P(text, *rules):
    return Para(text, rules)


class Counter:
    """Cycles through wording variants of each planted defect."""

    def __init__(self):
        self.n = {}

    def pick(self, key, options):
        i = self.n.get(key, 0)
        self.n[key] = i + 1
        return options[i % len(options)]


DEFECT_WORDING = Counter()


# --------------------------------------------------------------------------
# Random helpers
# --------------------------------------------------------------------------
def person_name(r, used):
    while True:
        n = r.choice(SURNAMES) + r.choice(GIVEN)
        if n not in used:
            used.add(n)
            return n


def id_number(r):
    while True:
        birth = dt.date(1962, 1, 1) + dt.timedelta(days=r.randrange(0, 365 * 30))
        body = "120223" + birth.strftime("%Y%m%d") + f"{r.randrange(100, 999)}"
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        s = sum(int(a) * b for a, b in zip(body, w)) % 11
        check = "10X98765432"[s]
        if check != "X":
            return body + check


def credit_code(r):
    return "91120118" + "".join(r.choice(CODE_CHARS) for _ in range(10))


def phone(r):
    return r.choice(["13", "15", "18"]) + str(r.randrange(0, 10)) + f"{r.randrange(0, 10**8):08d}"


def account(r):
    return " ".join(f"{r.randrange(0, 10000):04d}" for _ in range(4)) + f" {r.randrange(100, 999)}"


# --------------------------------------------------------------------------
# Context: everything a document says, chosen once
# --------------------------------------------------------------------------
def make_ctx(r, num, kind, ltype, length, defects, shared):
    c = Ctx()
    c.num, c.kind, c.ltype, c.length = num, kind, ltype, length
    c.d = set(defects)
    c.r = r
    used = shared["names"]
    # style
    c.numbering = r.choice(["tiao", "tiao", "dun", "arabic", "paren"])
    if length == "long":
        c.numbering = r.choice(["chapter", "tiao", "dun"])
    c.layout = r.choice(["inline", "head"]) if c.numbering != "chapter" else "inline"
    c.inline_title = r.random() < 0.6
    c.date_style = r.choice(["ar", "ar", "cn", "dash", "dot"])
    c.money_style = r.choice(["cap_fig", "fig_cap", "wan", "yen_cap", "cap_small"])
    c.year_style = r.choice(["cn", "ar", "ar"])
    c.fullwidth = False
    if num in (41, 69):  # two full-width documents
        c.fullwidth = True
        c.date_style = "fw"
        c.year_style = "fw"
        c.money_style = "cap_fig"
    c.blank_lines = r.random() < 0.3
    c.table = kind in ("transfer", "orchard", "greenhouse") and r.random() < 0.6 or num in (33, 73, 62)
    # village and lessor
    if "double" in c.d and "double" in shared:
        c.village = shared["double"]["village"]
    else:
        while True:
            v = r.choice(VILLAGES)
            if shared["village_use"].get(v, 0) < 2:
                break
        c.village = v
    shared["village_use"][c.village] = shared["village_use"].get(c.village, 0) + 1
    v = c.village
    if r.random() < 0.7:
        c.lessor = f"天津市静海区静海镇{v}股份经济合作社"
        c.lessor_head_title = "理事长"
        c.body = "成员代表大会" if r.random() < 0.5 else "村民代表会议"
    else:
        c.lessor = f"天津市静海区静海镇{v}村民委员会"
        c.lessor_head_title = "主任"
        c.body = r.choice(["村民代表会议", "村民会议"])
    c.lessor_short = v + ("股份经济合作社" if "股份" in c.lessor else "村民委员会")
    c.lessor_addr = f"天津市静海区静海镇{v}村委会办公楼"
    c.lessor_head = person_name(r, used)
    c.lessor_phone = phone(r)
    c.bank = r.choice(BANKS)
    c.acct = account(r)
    # lessee
    if ltype == "person":
        c.lessee = person_name(r, used)
        c.lessee_id = id_number(r)
        c.lessee_addr = f"天津市静海区静海镇{v}{r.choice(['前街', '后街', '中心街', '东胡同', '西胡同'])}{r.randrange(1, 120)}号"
        c.member = True
    else:
        brand = r.choice([b for b in BRANDS if b not in shared["brands"]])
        shared["brands"].add(brand)
        if ltype == "coop":
            c.lessee = f"天津市静海区{brand}{COOP_KIND.get(kind, '种植专业合作社')}"
        else:
            c.lessee = f"天津{brand}{r.choice(INDUSTRY[kind])}"
        c.lessee_code = credit_code(r)
        c.lessee_head = person_name(r, used)
        c.lessee_head_title = "理事长" if ltype == "coop" else "法定代表人"
        c.lessee_addr = r.choice([
            f"天津市静海区静海经济开发区{r.choice(['北区', '南区'])}{r.choice(['金海道', '兴业路', '聚源道', '汇智路'])}{r.randrange(1, 80)}号",
            f"天津市静海区{r.choice(['团泊镇', '大邱庄镇', '陈官屯镇', '独流镇', '王口镇'])}{r.choice(['工业园区', '商贸街', '府前路'])}{r.randrange(1, 200)}号",
            f"天津市西青区{r.choice(['张家窝镇', '中北镇', '精武镇'])}{r.choice(['工业园', '创业路'])}{r.randrange(1, 60)}号"])
        c.member = False
    c.lessee_phone = phone(r)
    c.outsider = (not c.member) and kind in LAND_KINDS
    c.roles = role_names(r, kind)
    c.A, c.B = c.roles[2], c.roles[3]   # names used in the body text
    # asset, amounts, dates
    make_asset(c, r, shared)
    if kind == "school" and ltype != "person":
        c.use = {"教育": "青少年研学培训", "文化": "农村电商服务站及文化活动场所", "养老": "老年日间照料中心"}[
            next(k for k in ("教育", "文化", "养老") if k in c.lessee)]
    make_dates(c, r, shared)
    # deposit / security
    c.deposit = None
    if "depover" in c.d or "cumul" in c.d:
        c.deposit = "dingjin"
    elif "depambig" in c.d:
        c.deposit = "ambig"
    elif r.random() < 0.45:
        c.deposit = r.choice(["dingjin", "bond"])
    c.dispute = r.choice(["arb", "court"])
    if "arblit" in c.d or "arbunnamed" in c.d:
        c.dispute = "arb"
    c.pricing = r.choice(["appraisal", "platform", "tender", "appraisal_min"])
    return c


def role_names(r, kind):
    """(full lessor role, full lessee role, short lessor, short lessee)."""
    if kind in ("fishpond", "orchard"):
        opts = [("发包方", "承包方"), ("甲方（发包方）", "乙方（承包方）")]
    elif kind == "transfer":
        opts = [("转出方", "受让方"), ("甲方（流出方）", "乙方（流入方）"), ("甲方（转出方）", "乙方（受让方）")]
    else:
        opts = [("出租方", "承租方"), ("甲方（出租方）", "乙方（承租方）"), ("甲方", "乙方")]
    a, b = r.choice(opts)
    if a.startswith("甲方"):
        return a, b, "甲方", "乙方"
    return a, b, a, b


def make_asset(c, r, shared):
    k = c.kind
    v = c.village
    c.land_type = None
    if "double" in c.d and "double" in shared:
        src = shared["double"]
        c.area, c.unit, c.loc, c.bounds, c.field = src["area"], src["unit"], src["loc"], src["bounds"], src["field"]
        c.unit_price = src["unit_price"] + r.choice([-50, 50, 100])
        c.annual = int(round(c.area * c.unit_price))
        c.land_type = "坑塘水面"
        c.use = src["use"]
        return
    if k in FIELDS:
        while True:
            fld = r.choice(FIELDS[k])
            if (v, fld) not in shared["fields"]:
                shared["fields"].add((v, fld))
                break
        c.field = fld
    else:
        c.field = ""
    dirs = ["东", "南", "西", "北"]
    neigh = ["村路", "排干渠", "王家地", "李家承包地", "扬水站", "生产路", "树林", "集体林地", "耕地", "南运河堤",
             "乡道", "排水沟", "苗圃", "村民宅基地"]
    c.bounds = "，".join(f"{d}至{r.choice(neigh)}" for d in dirs)
    c.unit = "亩"
    if k == "fishpond":
        c.area = round(r.uniform(18, 85), 1)
        c.unit_price = r.randrange(60, 121) * 10
        c.loc = f"静海镇{v}{c.field}鱼塘（{r.randrange(1, 9)}号坑塘）"
        c.land_type = "坑塘水面"
        c.use = r.choice(["淡水鱼养殖", "水产养殖（鲤鱼、草鱼、鲢鳙等常规鱼类）", "南美白对虾及淡水鱼养殖"])
    elif k == "transfer":
        c.area = round(r.uniform(45, 320), 1)
        c.unit_price = r.randrange(80, 131) * 10
        c.loc = f"静海镇{v}{c.field}"
        c.land_type = "耕地"
        if "nonagri" in c.d:
            c.land_type = "园地"
        c.use = r.choice(["种植小麦、玉米等粮食作物", "种植小麦、玉米、大豆等粮食作物", "种植青贮玉米及牧草",
                          "种植蔬菜、瓜果等经济作物"])
    elif k == "orchard":
        c.area = round(r.uniform(12, 60), 1)
        c.unit_price = r.randrange(50, 101) * 10
        c.loc = f"静海镇{v}{c.field}"
        c.land_type = "园地"
        c.use = r.choice(["梨树、桃树等果树种植及管护", "苹果、梨等果品生产", "果树种植、果品采摘"])
    elif k == "greenhouse":
        c.area = round(r.uniform(10, 45), 1)
        c.unit_price = r.randrange(150, 261) * 10
        c.loc = f"静海镇{v}{c.field}（冬暖式大棚{r.randrange(6, 30)}栋）"
        c.land_type = "设施农业用地"
        c.use = r.choice(["蔬菜种植", "食用菌及反季节蔬菜种植", "草莓、西红柿等设施果蔬种植"])
    elif k == "constland":
        c.area = round(r.uniform(6, 32), 1)
        c.unit_price = r.randrange(80, 201) * 100
        c.loc = f"静海镇{v}{c.field}地块"
        c.land_type = "集体经营性建设用地"
        c.use = r.choice(["工业生产（建材加工）", "仓储物流", "新材料生产及配套办公"])
    else:
        c.unit = "平方米"
        if k == "factory":
            c.area = r.randrange(60, 480) * 10
            c.unit_price = r.randrange(12, 23) * 10
            c.loc = f"静海镇{v}村北集体厂房（{r.choice(['一号', '二号', '三号', 'A座', 'B座'])}车间）"
            c.use = r.choice(["机械零部件加工", "纸箱包装生产", "五金制品加工及仓储", "电子元器件组装"])
        elif k == "shop":
            c.area = r.randrange(6, 30) * 10
            c.unit_price = r.randrange(30, 61) * 10
            c.loc = f"静海镇{v}{r.choice(['村口', '村委会东侧', '中心街', '104国道辅路'])}集体门市房{r.randrange(1, 12)}号"
            c.use = r.choice(["便民超市经营", "餐饮经营", "药店经营", "农资销售"])
        elif k == "warehouse":
            c.area = r.randrange(50, 300) * 10
            c.unit_price = r.randrange(8, 16) * 10
            c.loc = f"静海镇{v}{r.choice(['原粮库', '村南集体仓库', '原供销社仓库'])}{r.randrange(1, 5)}号库"
            c.use = r.choice(["农资仓储", "普通货物仓储（不含危险化学品）", "粮食及农产品仓储"])
        elif k == "school":
            c.area = r.randrange(120, 400) * 10
            c.unit_price = r.randrange(4, 9) * 10
            c.loc = f"静海镇{v}原{v[:-1]}小学闲置校舍（教学楼及院落）"
            c.use = "青少年研学培训"
    c.annual = int(round(c.area * c.unit_price))
    if "double" in c.d:
        shared["double"] = {"village": v, "area": c.area, "unit": c.unit, "loc": c.loc, "bounds": c.bounds,
                            "field": c.field, "unit_price": c.unit_price, "use": c.use}


def make_dates(c, r, shared):
    k = c.kind
    if k in ("factory", "shop", "warehouse", "school"):
        n = r.choice([3, 5, 5, 8, 10])
    elif k == "constland":
        n = r.choice([10, 15, 20])
    elif k == "transfer":
        n = r.choice([5, 8, 10, 15])
    else:
        n = r.choice([5, 8, 10, 12, 15])
    if "term20" in c.d:
        n = r.choice([25, 30]) if k != "transfer" else 25
    if "term20dates" in c.d:
        n = r.choice([22, 26])
    if "double" in c.d and "double_start" in shared:
        c.start = dt.date(2025, 1, 1)
        n = 8
    else:
        c.start = dt.date(r.choice([2023, 2024, 2024, 2025]), r.choice([1, 3, 4, 5, 7, 10]), 1)
        if "double" in c.d:
            c.start = dt.date(2024, 3, 1)
            n = 10
            shared["double_start"] = c.start
    c.years = n
    c.end = term_end(c.start, n)
    c.sign = c.start - dt.timedelta(days=r.randrange(3, 40))
    c.res = c.sign - dt.timedelta(days=r.randrange(8, 70))
    if "resafter" in c.d:
        c.sign = c.start - dt.timedelta(days=30)
        c.res = c.sign + dt.timedelta(days=r.randrange(6, 20))   # after signing, before start
    if "resafterstart" in c.d:
        c.res = c.start + dt.timedelta(days=r.randrange(10, 45))
    c.bid_date = c.res + dt.timedelta(days=r.randrange(3, 6))
    if c.bid_date >= c.sign:
        c.bid_date = c.sign - dt.timedelta(days=1)
    if k == "transfer":
        if "beyond" in c.d:
            c.contract_end = dt.date(r.choice([2027, 2028]), 12, 31)
            if c.end <= c.contract_end:
                c.years = max(c.years, c.contract_end.year - c.start.year + 3)
                c.end = term_end(c.start, c.years)
        else:
            c.contract_end = dt.date(2057, 12, 31) if r.random() < 0.7 else dt.date(2058, 9, 30)
    # stated (possibly wrong) duration
    c.stated_years = c.years
    if "mismatch" in c.d:
        c.stated_years = c.years + r.choice([-2, -1, 1, 2]) if c.years > 3 else c.years + 2


# --------------------------------------------------------------------------
# Formatting shortcuts bound to the document's style
# --------------------------------------------------------------------------
def D(c, d):
    return fmt_date(d, c.date_style)


def M(c, n):
    return money(n, c.money_style, c.fullwidth)


def Y(c, n):
    return fmt_years(n, c.year_style)


def N(c, x):
    """A plain number in the document's digit style."""
    s = f"{x}" if not isinstance(x, float) else f"{x:g}"
    return fw(s) if c.fullwidth else s


# --------------------------------------------------------------------------
# Clause library.  Each function returns a list of Para (one line each) or [].
# --------------------------------------------------------------------------
def cl_parties(c):
    r = c.r
    A_full, B_full = c.roles[0], c.roles[1]
    noaddr = "noaddr" in c.d
    outs = ("outsider",) if "outsider" in c.d else ()
    out = []
    if noaddr:
        out.append(P(f"{A_full}：{c.lessor}"))
        out.append(P(f"{B_full}：{c.lessee}", *outs))
        return out
    style = r.randrange(3)
    blank = "blank" in c.d and c.ltype == "person"
    idtxt = "＿＿＿＿＿＿＿＿＿＿＿＿" if blank else (N(c, c.lessee_id) if c.ltype == "person" else "")
    idrule = ("blank",) if blank else ()
    if style == 0:
        out.append(P(f"{A_full}：{c.lessor}"))
        out.append(P(f"住所：{c.lessor_addr}"))
        out.append(P(f"{c.lessor_head_title}：{c.lessor_head}　联系电话：{N(c, c.lessor_phone)}"))
        out.append(P(f"{B_full}：{c.lessee}", *outs))
        if c.ltype == "person":
            out.append(P(f"身份证号码：{idtxt}", *idrule))
            out.append(P(f"住址：{c.lessee_addr}　联系电话：{N(c, c.lessee_phone)}"))
        else:
            out.append(P(f"统一社会信用代码：{c.lessee_code}"))
            out.append(P(f"住所：{c.lessee_addr}"))
            out.append(P(f"{c.lessee_head_title}：{c.lessee_head}　联系电话：{N(c, c.lessee_phone)}"))
    elif style == 1:
        out.append(P(f"{A_full}：{c.lessor}，住所地{c.lessor_addr}，{c.lessor_head_title}{c.lessor_head}。"))
        if c.ltype == "person":
            out.append(P(f"{B_full}：{c.lessee}，身份证号{idtxt}，住{c.lessee_addr}，电话{N(c, c.lessee_phone)}。", *idrule, *outs))
        else:
            head = c.lessee_head_title
            out.append(P(f"{B_full}：{c.lessee}（统一社会信用代码{c.lessee_code}），住所{c.lessee_addr}，{head}{c.lessee_head}。", *outs))
    else:
        out.append(P(f"{A_full}（以下简称{c.A}）：{c.lessor}" if not A_full.startswith(c.A) else f"{A_full}：{c.lessor}"))
        out.append(P(f"地址：{c.lessor_addr}"))
        out.append(P(f"{B_full}（以下简称{c.B}）：{c.lessee}" if not B_full.startswith(c.B) else f"{B_full}：{c.lessee}", *outs))
        if c.ltype == "person":
            if blank:
                out.append(P("身份证号码：【　　】", "blank"))
            else:
                out.append(P(f"身份证号码：{N(c, c.lessee_id)}"))
        else:
            out.append(P(f"统一社会信用代码：{c.lessee_code}　{c.lessee_head_title}：{c.lessee_head}"))
        out.append(P(f"地址：{c.lessee_addr}"))
    return out


def preamble_basis(c):
    r = c.r
    if "repealed" in c.d:
        w = DEFECT_WORDING.pick("repealed", [
            "根据《中华人民共和国合同法》及有关法律、法规的规定，{A}、{B}双方在平等、自愿、协商一致的基础上，就{obj}事宜订立本合同，共同遵守。",
            "依据《中华人民共和国物权法》《中华人民共和国农村土地承包法》等法律规定，经双方友好协商，达成如下协议：",
            "为明确双方权利义务，依照《中华人民共和国民法通则》和国家有关规定，双方协商一致，签订本合同。",
        ])
        return P(w.format(A=c.A, B=c.B, obj=obj_name(c)), "repealed")
    laws = ["《中华人民共和国民法典》"]
    if c.kind in ("transfer", "orchard", "fishpond", "greenhouse"):
        laws.append("《中华人民共和国农村土地承包法》")
    if c.kind == "constland":
        laws.append("《中华人民共和国土地管理法》")
    laws.append("《中华人民共和国村民委员会组织法》")
    w = r.choice([
        "根据{laws}等法律法规的规定，{A}、{B}双方本着平等、自愿、公平、诚信的原则，就{obj}事宜，经协商一致，订立本合同。",
        "为规范村集体资产管理，明确双方权利义务，依照{laws}及有关规定，双方经充分协商，签订本合同，以资共同遵守。",
        "依据{laws}，在平等自愿的基础上，{A}将其所有的{obj2}交由{B}经营使用，双方达成如下条款：",
    ])
    return P(w.format(laws="".join(laws[:r.randrange(2, len(laws) + 1)] if len(laws) > 2 else laws),
                      A=c.A, B=c.B, obj=obj_name(c), obj2=obj_short(c)))


def whereas(c):
    r = c.r
    land = c.kind in LAND_KINDS
    t = r.choice([
        "鉴于：{A}依法享有{obj}的{right}，为盘活村集体资产、增加集体经济收入，{A}拟将{obj}{verb}；{B}具有相应的经营能力，愿意依照本合同约定{act}。",
        "鉴于{obj}目前处于{state}状态，为发挥集体资产效益、壮大村集体经济，{A}决定将其{verb}，{B}自愿{act}，并承诺遵守本合同的全部约定。",
    ])
    return t.format(A=c.A, B=c.B, obj=obj_short(c), right={True: "所有权及发包（流转）权", False: "所有权（经营管理权）"}[land] if c.kind != "constland" else "所有权",
                    verb="对外出租" if c.kind not in ("fishpond", "orchard") else "对外发包",
                    act="承租经营" if c.kind not in ("fishpond", "orchard") else "承包经营",
                    state="闲置" if not land else "由集体统一经营管理")


def obj_name(c):
    return {"fishpond": "鱼塘承包", "transfer": "土地经营权流转", "orchard": "果园承包",
            "greenhouse": "大棚租赁", "factory": "厂房租赁", "shop": "门市房租赁",
            "warehouse": "仓库租赁", "constland": "集体经营性建设用地出租", "school": "闲置校舍租赁"}[c.kind]


def obj_short(c):
    return {"fishpond": "鱼塘", "transfer": "流转土地", "orchard": "果园", "greenhouse": "设施大棚",
            "factory": "厂房", "shop": "门市房", "warehouse": "仓库", "constland": "集体经营性建设用地",
            "school": "闲置校舍"}[c.kind]


def resolution_para(c):
    """The collective resolution (and, for outsiders on land, the 2/3 vote and town approval)."""
    r = c.r
    if "nores" in c.d:
        return None
    if c.body == "村民会议":
        m = r.randrange(160, 420)
        k = m - r.randrange(3, 25)
    else:
        m = r.randrange(25, 46)
        k = m - r.randrange(0, 4)
    R = D(c, c.res)
    body = c.body
    vw = "村民" if body == "村民会议" else "代表"
    rule = ("resafter",) if "resafter" in c.d else (("resafterstart",) if "resafterstart" in c.d else ())
    if "outsider" in c.d:
        w = DEFECT_WORDING.pick("outsider", [
            "{B}系本集体经济组织以外的单位，本次发包事项已经{R}召开的{body}讨论，过半数{vw}同意（实到{m}人，同意{h}人）。",
            "本合同项下土地发包给本集体经济组织以外的单位经营，已经{R}{body}三分之二以上{vw}表决同意（实到{m}人，同意{k}人）。",
            "{B}为外村企业，本次承包经{R}{body}表决通过，并报静海镇人民政府备案。",
        ])
        return P(w.format(B=c.B, R=R, body=body, m=m, k=k, h=m // 2 + 2, vw=vw), *rule)
    need_approval = c.outsider or c.kind == "constland"
    if need_approval:
        k = max(k, -(-2 * m // 3) + 1)
        appr = f"津静海镇政批〔{c.res.year}〕{r.randrange(3, 60)}号"
        w = r.choice([
            "{who}本合同所涉事项已经{R}召开的{v}{body}讨论，经三分之二以上{vw}同意（应到{m0}人，实到{m}人，同意{k}人），并报静海镇人民政府批准（{appr}）。",
            "依据{v}{body}{R}决议（三分之二以上{vw}同意，同意{k}人/实到{m}人）及静海镇人民政府批复（{appr}），{A}将下列资产{verb}给{B}。",
            "{who}本次{objn}事项经{R}{body}表决，到会{m}人中{k}人同意，已达三分之二以上，并已报经静海镇人民政府批准，批准文号{appr}。",
        ])
        who = ""
        if c.outsider:
            who = r.choice([f"{c.B}系本集体经济组织以外的单位。", f"因{c.B}为本集体经济组织以外的单位，", ""])
        return P(w.format(who=who, R=R, v=c.village, body=body, m0=m + r.randrange(0, 4), m=m, k=k,
                          appr=appr, A=c.A, B=c.B, objn=obj_name(c), vw=vw,
                          verb="发包" if c.kind in ("fishpond", "orchard") else "出租"), *rule)
    w = r.choice([
        "本合同所涉{objn}事项，已经{v}{R}召开的{body}讨论通过（应到{m0}人，实到{m}人，同意{k}人），并在村务公开栏进行了公示。",
        "依据{lessor}{R}{body}决议，{A}同意按本合同约定将{obj}出租给{B}。",
        "本合同经{v}{body}于{R}表决通过，决议已存档备查。",
        "{A}已于{R}就本次出租事项召开{body}，经到会{vw}过半数同意，形成书面决议。",
    ])
    return P(w.format(v=c.village, R=R, body=body, m0=m + r.randrange(0, 4), m=m, k=k, lessor=c.lessor_short,
                      A=c.A, B=c.B, obj=obj_short(c), vw=vw, objn=obj_name(c)), *rule)


def member_para(c):
    if c.kind in LAND_KINDS and c.member:
        return P(c.r.choice([f"{c.B}系{c.village}集体经济组织成员。", f"{c.B}为本村村民，系本集体经济组织成员。"]))
    return None


def pricing_para(c):
    r = c.r
    if "noprice" in c.d:
        return None
    a = r.choice(APPRAISERS)
    rep = f"津评报字〔{c.res.year}〕第{r.randrange(10, 400)}号"
    return P({
        "appraisal": f"本合同租金以{a}出具的评估报告（{rep}）确定的评估价值为基础，经公开招租确定。",
        "platform": f"本次{obj_name(c)}经静海区农村产权交易服务平台公开挂牌，以公开竞价方式确定{c.B}为成交方，成交价即为本合同租金。",
        "tender": f"{c.A}于{D(c, c.bid_date)}在村务公开栏及静海镇农村产权交易服务站发布公开招租公告，{c.B}以最高报价竞得，本合同租金即为竞得价格。",
        "appraisal_min": f"{c.A}委托{a}对{obj_short(c)}年租金进行了评估，本合同租金不低于评估价格，并经公开招租程序确定。",
    }[c.pricing])


def premises_paras(c):
    r = c.r
    dbl = ("double",) if "double" in c.d else ()
    area = N(c, c.area)
    lt = f"，地类为{c.land_type}" if c.land_type and c.kind != "constland" else ""
    if c.kind == "constland":
        lt = "，土地性质为集体经营性建设用地，符合国土空间规划确定的工业用途"
    if c.table:
        head = r.choice(["序号 | 地块名称 | 坐落 | 面积（亩） | 四至", "序号\t地块\t坐落\t面积（亩）\t四至"])
        sep = " | " if "|" in head else "\t"
        rows = [P(f"{'流转' if c.kind == 'transfer' else '租赁'}土地明细如下：" if c.kind != "orchard" else "承包地块明细如下："),
                P(head),
                P(sep.join(["1", c.field or "地块", c.loc, area, c.bounds]), *dbl),
                P(sep.join(["合计", "", "", area, ""]))]
        intro = P(f"{c.A}将位于{c.loc}的土地共计{area}{c.unit}{lt}，" +
                  ("交由" + c.B + "承包经营。" if c.kind in ("fishpond", "orchard") else "出租给" + c.B + "使用。") +
                  "地块四至及面积以双方现场确认的地块图为准。")
        # the table row is the 坐落 line for the double lease; the intro line repeats the location,
        # so the double-lease finding goes on the first of them (the intro line).
        if dbl:
            rows[2].rules = []
            intro.rules = list(dbl)
        return [intro] + rows
    if c.unit == "亩":
        w = r.choice([
            "{A}将坐落于{loc}的{obj}（面积{area}亩{lt}）{verb}给{B}。四至：{bounds}。",
            "{obj}位于{loc}，面积共计{area}亩{lt}，四至为：{bounds}。",
            "标的物：{loc}，面积{area}亩（以实际丈量为准）{lt}；四至界限：{bounds}。",
        ])
    else:
        w = r.choice([
            "{A}将位于{loc}的{obj}出租给{B}，建筑面积{area}平方米。",
            "租赁房屋坐落于{loc}，建筑面积共计{area}平方米，房屋现状以双方签字确认的交接清单为准。",
            "本合同租赁物为{loc}，使用面积{area}平方米，附属水、电设施齐全。",
        ])
    verb = "发包" if c.kind in ("fishpond", "orchard") else "出租"
    return [P(w.format(A=c.A, B=c.B, loc=c.loc, obj=obj_short(c), area=area, lt=lt, bounds=c.bounds, verb=verb), *dbl)]


def use_paras(c):
    r = c.r
    if "nouse" in c.d:
        return []
    if "farmbuild" in c.d:
        w = DEFECT_WORDING.pick("farmbuild", [
            "流转土地用于建设农产品冷链仓储中心及配套硬化场地，{B}可在地块内建设库房、办公用房。",
            "{B}受让后可将该耕地用于建设蔬菜分拣加工车间，并对场地进行硬化处理。",
        ])
        return [P(w.format(B=c.B), *FARMBUILD)]
    if "farmpond" in c.d:
        w = DEFECT_WORDING.pick("farmpond", [
            "流转土地由{B}用于挖塘养鱼，{B}可根据养殖需要开挖鱼池、修筑堤埝。",
            "{B}可将上述耕地改造为养殖坑塘，发展水产养殖。",
        ])
        return [P(w.format(B=c.B), "farmpond")]
    if "nonagri" in c.d:
        w = DEFECT_WORDING.pick("nonagri", [
            "流转土地用于开办农家乐餐饮、建设民宿客房及游客停车场。",
            "{B}取得土地经营权后，用于建设汽车修理厂及配套停车场。",
        ])
        return [P(w.format(B=c.B), "nonagri")]
    if c.kind == "transfer":
        w = r.choice([
            "流转土地只能用于{use}等农业生产经营，{B}不得改变土地的农业用途。",
            "土地用途：{use}。{B}应当依法保护和合理利用土地，不得改变土地农业用途，不得弃耕抛荒。",
        ])
    elif c.kind in ("fishpond",):
        w = r.choice(["该鱼塘仅限用于{use}，{B}不得擅自改变用途。", "承包用途：{use}。",
                      "{B}承包鱼塘后从事{use}，不得在塘内从事其他经营，不得在堤埝上建设房屋。"])
    elif c.kind == "orchard":
        w = r.choice(["承包果园用于{use}，{B}不得毁坏果树或改变园地用途。", "果园用途：{use}。"])
    elif c.kind == "greenhouse":
        w = r.choice(["大棚仅用于{use}，不得用于住人、仓储或其他非农用途。", "租赁用途：{use}。"])
    else:
        w = r.choice(["租赁物用于{use}，{B}不得擅自改变用途。", "{B}承租后将该{obj}用于{use}。",
                      "租赁用途：{use}。未经{A}书面同意，{B}不得变更租赁用途。"])
    return [P(w.format(use=c.use, A=c.A, B=c.B, obj=obj_short(c)))]


def term_paras(c):
    r = c.r
    S, E = D(c, c.start), D(c, c.end)
    Yn = Y(c, c.stated_years)
    rules = []
    if "term20" in c.d or "term20dates" in c.d:
        rules.append("term20")
    if "mismatch" in c.d:
        rules.append("mismatch")
    word = {"transfer": "流转期限", "fishpond": "承包期限", "orchard": "承包期限"}.get(c.kind, "租赁期限")
    if "term20dates" in c.d:
        w = f"{word}自{S}起至{E}止。"
    else:
        w = r.choice([
            "{word}为{Y}，自{S}起至{E}止。",
            "{word}：{Y}（{S}至{E}）。",
            "本合同{word}共{Y}，从{S}开始，到{E}结束。",
            "{word}自{S}起至{E}止，共计{Y}。",
        ]).format(word=word, Y=Yn, S=S, E=E)
    if c.kind == "transfer":
        w += r.choice(["流转土地的承包期至{C}届满。", "该宗土地第二轮承包期至{C}止。",
                       "转出方对流转土地的承包期至{C}。"]).format(C=D(c, c.contract_end))
        if "beyond" in c.d:
            rules.append("beyond")
    out = [P(w, *rules)]
    if r.random() < 0.5:
        out.append(P(r.choice([
            f"{c.A}应于{D(c, c.start)}前将{obj_short(c)}交付{c.B}，双方现场签署交接单。",
            f"租赁期满，本合同自然终止，{c.B}应在期满之日起十五日内将{obj_short(c)}完好交还{c.A}。",
        ])))
    return out


def rent_paras(c):
    r = c.r
    out = []
    unitword = "元/亩·年" if c.unit == "亩" else "元/平方米·年"
    if "words" in c.d:
        wrong = c.annual + r.choice([1000, 5000, 10000, -2000, 500])
        amt = money_mismatch(c.annual, wrong, r.choice(["cap_fig", "fig_cap", "yen_cap"]))
        out.append(P(f"年租金标准为{N(c, c.unit_price)}{unitword}，年租金合计{amt}。", "words"))
    elif "blank" in c.d and c.kind == "school":
        out.append(P(f"租金标准为每平方米每年＿＿＿元，年租金合计人民币＿＿＿＿＿＿元。", "blank"))
    else:
        out.append(P(r.choice([
            "年租金为{amt}（按{area}{u}、每{u}{up}元计算）。",
            "租金标准：每{u}每年{up}元，{area}{u}合计年租金{amt}。",
            "{B}每年向{A}交纳{fee}{amt}。",
        ]).format(amt=M(c, c.annual), area=N(c, c.area), u=c.unit, up=N(c, c.unit_price), A=c.A, B=c.B,
                  fee="承包费" if c.kind in ("fishpond", "orchard") else "租金")))
        if c.length != "short" and c.years >= 5 and r.random() < 0.3 and not c.d & {"depover", "penalty", "cumul"}:
            out.append(P(f"自第四个租赁年度起，年租金在上一年度基础上递增{N(c, r.choice([3, 5]))}%。"))
    if "nopay" in c.d:
        return out
    if "prepaid" in c.d:
        w = DEFECT_WORDING.pick("prepaid", [
            "{B}应于本合同签订之日起七日内一次性支付前五年租金共计{m5}，以后每年{mon}月底前支付下一年度租金。",
            "承包费一次性交清：{B}于签订合同时将{n}年承包费共计{mall}全部交付{A}。",
            "租金每三年为一个支付周期，{B}应在每个周期开始前十日内预付该周期三年的租金{m3}。",
        ])
        out.append(P(w.format(B=c.B, A=c.A, m5=M(c, c.annual * 5), mall=M(c, c.annual * c.years),
                              m3=M(c, c.annual * 3), n=cn(c.years), mon=N(c, c.start.month)), "prepaid"))
    else:
        mon, day = c.start.month, c.start.day
        w = r.choice([
            "租金按年支付，{B}应于每年{mon}月{day}日前支付当年度租金。",
            "首年租金于本合同签订之日起十日内交付，以后各年度租金于上一租赁年度届满前三十日内交付。",
            "租金按半年支付，{B}应于每半年度开始前十日内支付该半年度租金。",
            "租金按季度支付，每季度首月十日前支付当季租金{q}。",
        ])
        out.append(P(w.format(B=c.B, mon=N(c, mon), day=N(c, day), q=M(c, c.annual // 4) if c.annual % 4 == 0 else "（年租金的四分之一）")))
    if "personal" in c.d:
        who = person_name(r, set())
        w = DEFECT_WORDING.pick("personal", [
            "{B}以银行转账方式将租金汇入村报账员{who}的个人银行卡（{bank}，卡号{card}），由其代{A}收取。",
            "租金打入{A}负责人{who}个人账户（账号：{card}）即视为{B}已履行付款义务。",
        ])
        out.append(P(w.format(B=c.B, A=c.A, who=who, bank=c.bank, card=N(c, "6228 " + account(r))), "personal"))
    else:
        out.append(P(r.choice([
            "{B}以银行转账方式将租金支付至{A}集体账户（户名：{lessor}；开户行：{bank}；账号：{acct}），{A}收款后出具村集体经济组织统一收款收据。",
            "租金一律通过银行转账交至{lessor}在{bank}开立的集体资金账户（账号{acct}），不得以现金交付任何个人。",
            "租金由{B}直接缴入静海镇农村集体资金监管平台{v}集体账户（账号：{acct}），{A}凭银行回单出具收据。",
        ]).format(B=c.B, A=c.A, lessor=c.lessor, bank=c.bank, acct=N(c, c.acct), v=c.village)))
    return out


def deposit_paras(c):
    r = c.r
    total = c.annual * c.years
    if c.deposit is None:
        return []
    if "depover" in c.d:
        w = DEFECT_WORDING.pick("depover", [
            ("{B}应于本合同签订之日向{A}支付定金，定金数额为合同总价款的30%，计{m}。", 0.30),
            ("为担保本合同履行，{B}向{A}交付定金，定金按租赁期内租金总额的25%计算，为{m}，合同履行后定金抵作租金。", 0.25),
        ])
        amt = int(round(total * w[1] / 100.0)) * 100
        return [P(w[0].format(A=c.A, B=c.B, m=M(c, amt)), "depover")]
    if c.deposit == "ambig":
        w = DEFECT_WORDING.pick("depambig", [
            "{B}应于签约时交纳保证金{m}；{B}违约的，保证金不予退还。",
            "{B}须交纳押金{m}，租期未满{B}中途退租的，押金归{A}所有，不予退还。",
            "{A}收取{B}订金{m}，{A}违约的，应双倍返还订金；{B}违约的，订金不予返还。",
        ])
        amt = (c.annual // 10) // 100 * 100 or 1000
        return [P(w.format(A=c.A, B=c.B, m=M(c, amt)), "depambig")]
    if c.deposit == "dingjin":
        amt = max(1000, (c.annual * r.choice([5, 10, 15]) // 100) // 100 * 100)
        c.dingjin_amt = amt
        return [P(r.choice([
            "{B}应于本合同签订之日向{A}交付定金{m}，本合同履行后，定金抵作首年租金。",
            "为担保合同履行，{B}向{A}支付定金{m}。{A}不履行合同的，应双倍返还定金；{B}不履行合同的，无权要求返还定金。",
            "{B}在签订本合同时交付定金{m}，双方同意该款项的性质为定金，适用《中华人民共和国民法典》关于定金的规定；合同正常履行的，定金冲抵最后一期租金。",
        ]).format(A=c.A, B=c.B, m=M(c, amt)))]
    amt = max(1000, (c.annual * r.choice([10, 20]) // 100) // 100 * 100)
    return [P(r.choice([
        "{B}于签约时交纳履约保证金{m}，租赁期满{B}结清全部租金及水电等费用并交还{obj}后，{A}将保证金无息退还。",
        "{B}应交纳履约保证金{m}。合同终止后，{A}在扣除{B}应付未付的款项后，于十五日内将余额无息退还{B}。",
        "{B}于本合同签订之日交纳履约保证金{m}，该款项不计利息，租赁关系终止且{B}付清全部应付款项后全额退还。",
    ]).format(A=c.A, B=c.B, m=M(c, amt), obj=obj_short(c)))]


def repair_paras(c):
    r = c.r
    if "norepair" in c.d:
        return []
    if c.kind == "constland":
        opts = [
            "租赁地块内的道路、围墙、排水管网等设施的日常维修养护由{B}负责；地块外部道路及主管网的维修由{A}协调有关部门负责。",
            "{B}自建的建筑物、构筑物的维修由{B}自行负责；{A}交付的原有围墙、大门等设施的维修亦由{B}承担。",
        ]
    elif c.kind in ("factory", "shop", "warehouse", "school"):
        opts = [
            "租赁期间，房屋主体结构及屋面的维修由{A}负责；{B}使用的水电设施、门窗等日常维修由{B}负责，费用由{B}承担。",
            "{B}应合理使用房屋及附属设施。因{B}使用不当造成损坏的，由{B}负责修复；因自然损耗需要维修的，{B}应及时通知{A}，{A}应在接到通知后十日内维修。",
            "租赁物的日常维护保养及维修由{B}负责；房屋主体结构出现安全隐患的，由{A}负责维修。",
        ]
    elif c.kind == "fishpond":
        opts = [
            "鱼塘堤埝、进排水口及配套设施的日常维护、维修由{B}负责；因洪涝等自然灾害造成重大损毁的，由双方协商修复。",
            "承包期间坑塘清淤、护坡及泵房的维修养护由{B}负责，费用自理。",
        ]
    else:
        opts = [
            "{obj}内原有的沟渠、机井、田间道路等农田水利设施，由{B}负责日常维修管护，不得损毁。",
            "{B}负责承包区域内灌溉设施、围栏及生产道路的维修，{A}予以协助。",
            "大棚骨架、棚膜、卷帘机等设施的日常维修由{B}负责；{A}负责大棚外部供电线路及主水管的维修。",
        ]
        if c.kind != "greenhouse":
            opts = opts[:2]
    return [P(r.choice(opts).format(A=c.A, B=c.B, obj=obj_short(c)))]


def sublease_paras(c):
    r = c.r
    if "sublease" in c.d:
        w = DEFECT_WORDING.pick("sublease", [
            "{B}在租赁期内可自行将租赁物转租，转租收益归{B}所有。",
            "{B}有权将租赁物部分或全部转租给第三人，无需另行征得{A}同意，但应告知{A}。",
            "{B}可以转包、出租{obj}，转租的应提前通知{A}。",
        ])
        return [P(w.format(A=c.A, B=c.B, obj=obj_short(c)), "sublease")]
    if c.kind in ("transfer", "orchard", "fishpond", "greenhouse"):
        opts = ["未经{A}书面同意，{B}不得将{obj}转包、转租或者以其他方式再流转。",
                "{B}在{tw}内不得擅自转包、转租，确需转租的，须事先征得{A}书面同意。",
                "{B}确需将土地经营权再流转（转包、转租）的，应当事先取得{A}的书面同意，并向本集体经济组织备案。"]
    else:
        opts = ["未经{A}书面同意，{B}不得将租赁物全部或部分转租、转借他人。",
                "{B}不得擅自转租。经{A}书面同意转租的，{B}与次承租人签订的转租合同期限不得超过本合同剩余期限，并应报{A}备案。",
                "{B}转租的，须事先取得{A}书面同意，且转租期限不得超过本合同剩余租期；{B}对次承租人的行为向{A}负责。"]
    tw = {"fishpond": "承包期", "orchard": "承包期", "transfer": "流转期"}.get(c.kind, "租赁期")
    return [P(r.choice(opts).format(A=c.A, B=c.B, obj=obj_short(c), tw=tw))]


def renewal_paras(c):
    r = c.r
    if "auto" in c.d:
        w = DEFECT_WORDING.pick("auto", [
            "合同期满后，如双方均未提出书面异议，本合同自动续期{n}，租金标准不变。",
            "期满后如{A}未书面通知{B}收回，则本合同自动延续，续期期限与原合同相同。",
            "租期届满顺延，{B}继续享有经营权，租金另行协商。",
        ])
        return [P(w.format(A=c.A, B=c.B, n=Y(c, r.choice([3, 5]))), "auto")]
    opts = [
        "租赁期满，{B}如需续租，应于期满前三个月向{A}书面提出；续租须由{A}重新履行民主决策和公开招租程序，同等条件下{B}享有优先承租权。",
        "合同期满后{A}继续出租的，应依法重新组织公开招租，{B}在同等条件下享有优先权。",
        "本合同期满即行终止。{B}要求继续承租的，双方另行签订合同，并依法履行{body}决议程序。",
        "租赁期满，{B}在同等条件下享有优先承租权，续租事宜由双方另行协商并重新签订合同。",
    ]
    keep = [x for x in opts if not ("noprice" in c.d and "招租" in x) and not ("nores" in c.d and "决议" in x)]
    return [P(r.choice(keep).format(A=c.A, B=c.B, body=c.body))]


def compensation_paras(c):
    r = c.r
    if c.kind not in LAND_KINDS or "nocomp" in c.d:
        return []
    if c.kind == "constland":
        return [P(r.choice([
            "租赁期内该地块被依法征收的，本合同终止，土地补偿费归{A}所有，{B}自建的建筑物、构筑物及设备搬迁的补偿归{B}所有，{A}退还未到期租金。",
            "如遇国家征收，征收补偿中的土地补偿部分归{A}（集体经济组织）所有，地上建筑物、构筑物的补偿按产权归属分别归双方所有。",
        ]).format(A=c.A, B=c.B))]
    return [P(r.choice([
        "合同期内如遇国家征收土地，土地补偿费归{A}（集体）所有，地上附着物和青苗补偿费归其所有者所有，本合同自然终止，{A}按剩余期限退还已收取的租金。",
        "{obj}被依法征收的，征收补偿按以下原则分配：土地补偿费归集体经济组织所有；{B}投资建设的设施{crop}的补偿费归{B}所有。",
        "如遇征地拆迁，征收补偿按国家规定执行：土地补偿款归{A}，{B}所有的地上附着物、青苗补偿款归{B}。",
    ]).format(A=c.A, B=c.B, obj=obj_short(c), crop="及养殖物" if c.kind == "fishpond" else "、种植的青苗"))]


def rights_paras(c, long):
    r = c.r
    out = []
    a_items = [
        "按照本合同约定收取租金；",
        "按约定时间交付{obj}并保证其权属清楚、无权利瑕疵；",
        "对{B}的生产经营活动进行监督，制止损害集体资产的行为；",
        "协助{B}办理有关手续，协调水、电接入及周边关系；",
        "不得干涉{B}依法进行的正常生产经营活动；",
        "在{B}遵守本合同约定的前提下，保障{B}在租赁期内对{obj}的正常使用，不得擅自收回；",
        "租赁期内如需对{obj}周边进行规划建设的，应提前告知{B}，尽量减少对其生产经营的影响。",
    ]
    b_items = [
        "按时足额交纳租金；",
        "依法自主经营，自负盈亏，自担风险；",
        "遵守安全生产、消防和环境保护的有关规定，承担经营期间发生的安全责任；",
        "合理使用并妥善保护{obj}，不得从事违法经营活动；",
        "承担经营期间发生的水、电、通讯等费用；",
        "配合{A}及有关部门依法进行的检查，如实提供与本合同履行有关的情况；",
        "不得在{obj}内存放易燃易爆、有毒有害物品，不得私拉乱接电线；",
        "合同终止时按约定交还{obj}。",
    ]
    if "nouse" in c.d:
        b_items = [x for x in b_items if "用途" not in x]
    n_a = len(a_items) if long else 3
    n_b = len(b_items) if long else 4
    out.append(P(f"{c.A}的权利和义务：" + ("" if long else "".join(x.format(A=c.A, B=c.B, obj=obj_short(c)) for x in a_items[:n_a]).rstrip("；") + "。")))
    if long:
        for i, x in enumerate(a_items[:n_a], 1):
            out.append(P(f"{N(c, i)}.{x.format(A=c.A, B=c.B, obj=obj_short(c))}"))
    out.append(P(f"{c.B}的权利和义务：" + ("" if long else "".join(x.format(A=c.A, B=c.B, obj=obj_short(c)) for x in b_items[:n_b]).rstrip("；") + "。")))
    if long:
        for i, x in enumerate(b_items[:n_b], 1):
            out.append(P(f"{N(c, i)}.{x.format(A=c.A, B=c.B, obj=obj_short(c))}"))
    return out


def land_protect_paras(c):
    """Negated prohibitions on farmland (clean transfer docs): a realistic test of negation."""
    if c.kind != "transfer" or c.d & {"farmbuild", "farmpond", "nonagri"}:
        return []
    return [P(c.r.choice([
        "{B}不得在流转土地上建窑、建坟、挖砂、采石、取土，不得挖塘养鱼，不得擅自建设永久性建筑物或者硬化地面。",
        "{B}应当保护耕地，严禁在流转土地上建房、建厂、硬化地面或者堆放工业固体废物。",
    ]).format(B=c.B))]


def breach_paras(c):
    r = c.r
    if "nobreach" in c.d:
        return []
    out = []
    pct = N(c, r.choice([5, 10, 15, 20]))
    out.append(P(r.choice([
        "{B}逾期支付租金的，每逾期一日按应付未付租金的万分之五向{A}支付违约金；逾期超过六十日的，{A}有权解除合同。",
        "{B}未按期交纳租金的，应按日加付欠付租金万分之三的违约金；经催告后三十日内仍未交纳的，{A}有权解除本合同。",
        "任何一方违反本合同约定的，应当承担违约责任，并赔偿因此给对方造成的损失。",
    ]).format(A=c.A, B=c.B)))
    if "penalty" in c.d:
        w = DEFECT_WORDING.pick("penalty", [
            "{B}擅自解除合同或者转租的，应按年租金的50%向{A}支付违约金。",
            "任何一方违约的，违约方应向守约方支付违约金{m}（为合同总价款的40%）。",
        ])
        out.append(P(w.format(A=c.A, B=c.B, m=M(c, int(c.annual * c.years * 0.4) // 100 * 100)), "penalty"))
    elif "cumul" in c.d:
        w = DEFECT_WORDING.pick("cumul", [
            "{B}违约的，{A}除没收定金外，{B}还应按年租金的20%另行支付违约金。",
            "{B}中途退租的，已付定金不予返还，同时{B}应向{A}支付违约金{m}。",
        ])
        out.append(P(w.format(A=c.A, B=c.B, m=M(c, c.annual // 10 // 100 * 100 or 1000)), "cumul"))
    else:
        out.append(P(r.choice([
            "{A}未按约定交付{obj}或者在租赁期内擅自收回的，应按年租金的{pct}%向{B}支付违约金。",
            "{B}擅自改变用途或者拖欠租金经催告仍不支付的，{A}有权解除合同，{B}应按年租金的{pct}%支付违约金。",
            "一方违约致使合同解除的，违约方应按年租金的{pct}%向守约方支付违约金；违约金不足以弥补损失的，还应赔偿损失。",
        ]).format(A=c.A, B=c.B, obj=obj_short(c), pct=pct)))
        if "nouse" in c.d and "用途" in out[-1].text:
            out[-1].text = out[-1].text.replace("擅自改变用途或者", "")
        if c.deposit == "dingjin":
            out.append(P("本合同同时约定违约金和定金的，一方违约时，守约方可以选择适用违约金或者定金条款，二者不得并用。"))
    if "unfair" in c.d:
        w = DEFECT_WORDING.pick("unfair", [
            "因政策调整、规划变化等任何原因致使本合同无法履行的，{A}不承担任何责任，{B}自行承担全部损失。",
            "{B}自愿放弃就地上附着物、投入及装修向{A}主张补偿的一切权利。",
        ])
        out.append(P(w.format(A=c.A, B=c.B), "unfair"))
    return out


def termination_paras(c):
    r = c.r
    if "nobreach" in c.d:
        return [P(r.choice([
            f"有下列情形之一的，{c.A}可以书面通知{c.B}解除本合同：{c.B}拖欠租金超过三个月；{c.B}擅自转租；{c.B}从事违法经营活动。",
            f"经双方协商一致，可以解除本合同。",
        ]))]
    opts = [
        "{B}有下列情形之一的，{A}有权解除合同并收回{obj}：（1）拖欠租金累计超过三个月的；（2）擅自转租、转借的；（3）利用{obj}从事违法活动的；（4）造成{obj}严重损坏的。",
        "因不可抗力或者国家政策调整致使合同无法继续履行的，本合同解除，双方互不承担违约责任，{A}按实际使用期限结算租金。",
        "合同解除或者终止后，{B}应在三十日内腾退并交还{obj}；{B}投资建设的可移动设施由{B}自行拆除，不可移动的附着物归{A}所有，双方另有约定的除外。",
    ]
    if "sublease" in c.d:
        opts = opts[1:]
    return [P(r.choice(opts).format(A=c.A, B=c.B, obj=obj_short(c)))]


def dispute_paras(c):
    r = c.r
    if "nodispute" in c.d:
        return []
    if "arblit" in c.d and "arbunnamed" not in c.d:
        w = DEFECT_WORDING.pick("arblit", [
            "因本合同发生的争议，双方协商解决；协商不成的，可以提交天津仲裁委员会仲裁，也可以向天津市静海区人民法院提起诉讼。",
            "发生争议时，双方可选择向天津仲裁委员会申请仲裁或者向有管辖权的人民法院起诉。",
        ])
        return [P(w, "arblit")]
    if "arbunnamed" in c.d:
        w = DEFECT_WORDING.pick("arbunnamed", [
            "因履行本合同发生纠纷的，双方协商解决；协商不成的，提交当地仲裁机构仲裁。",
            "本合同在履行中如发生争议，由双方协商；协商不成，可申请有关仲裁部门仲裁解决。",
        ])
        return [P(w, "arbunnamed")]
    if c.dispute == "arb":
        return [P(r.choice([
            "因本合同引起的或者与本合同有关的争议，双方应协商解决；协商不成的，提交天津仲裁委员会按照其仲裁规则仲裁。仲裁裁决是终局的。",
            "履行本合同发生争议的，可由{v}人民调解委员会调解；调解不成的，任何一方均可向天津仲裁委员会申请仲裁。",
            "凡因本合同引起的争议，双方同意提交天津仲裁委员会，按照申请仲裁时该会现行有效的仲裁规则进行仲裁。",
        ]).format(v=c.village))]
    return [P(r.choice([
        "因本合同发生争议的，双方协商解决；协商不成的，任何一方可以向租赁物所在地人民法院提起诉讼。",
        "本合同履行过程中发生的争议，由双方协商解决，协商不成的，依法向天津市静海区人民法院起诉。",
        "双方因本合同发生纠纷，可申请镇司法所或者村人民调解委员会调解；不愿调解或者调解不成的，依法向{where}人民法院提起诉讼。",
    ]).format(where="天津市静海区" if c.r.random() < 0.5 else "租赁物所在地"))]


def misc_paras(c, long):
    r = c.r
    pool = [
        ("安全生产", "{B}应严格遵守安全生产、消防管理的法律法规，配备必要的消防器材，经营期间发生的安全事故由{B}承担责任。"),
        ("环境保护", "{B}在经营中应遵守环境保护法律法规，不得排放超标污水、废气，不得堆放危险废物。"),
        ("不可抗力", "因地震、洪水等不可抗力致使合同不能履行的，遭受不可抗力的一方应及时通知对方，并在十五日内提供证明，双方据此部分或者全部免除责任。"),
        ("通知送达", "本合同首部载明的地址为双方通知送达地址，一方地址变更的，应在变更后五日内书面告知对方。"),
        ("税费承担", "因本合同产生的税费，依照国家有关规定由双方各自承担。"),
        ("附属设施", "{obj}内现有水、电设施随同交付，{B}承担使用期间的水电费用，按表计量，按月结清。"),
        ("装修改造", "{B}对{obj}进行装修改造或者增设附属设施的，应事先征得{A}书面同意，并不得影响主体结构安全。"),
    ]
    if c.kind in LAND_KINDS:
        pool = [p for p in pool if p[0] not in ("装修改造", "附属设施")]
    if "noaddr" in c.d:
        pool = [p for p in pool if p[0] != "通知送达"]
    if long:
        pool = [p for p in pool if p[0] != "通知送达"]
    k = len(pool) if long else r.randrange(0, 3)
    picked = r.sample(pool, k)
    return [(t, [P(x.format(A=c.A, B=c.B, obj=obj_short(c)))]) for t, x in picked]


def final_paras(c):
    r = c.r
    n = r.choice([4, 4, 6])
    out = [P(r.choice([
        "本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等法律效力。",
        "本合同未尽事宜，由双方协商签订补充协议，补充协议是本合同的组成部分。",
    ]))]
    keep = f"本合同一式{cn(n)}份，{c.A}、{c.B}各执{cn(n // 2 - 1) if n > 2 else '一'}份，{c.village}村务监督委员会、静海镇农村经营管理站各备案一份，自双方签字盖章之日起生效。"
    if n == 4:
        keep = f"本合同一式{cn(n)}份，双方各执{cn(n // 2 - 1)}份，报静海镇农村经营管理部门备案{cn(2)}份，自双方签字（盖章）之日起生效。"
    out.append(P(keep))
    if "unfair" in c.d and DEFECT_WORDING.n.get("unfair_final", 0) == 0:
        DEFECT_WORDING.n["unfair_final"] = 1
        out.append(P("本合同未尽条款及有关条款的最终解释权归" + c.A + "所有。", "unfair"))
    return out


def signature_lines(c):
    r = c.r
    if "nosig" in c.d:
        return []
    A_full, B_full = c.roles[0], c.roles[1]
    Aw = "甲方" if A_full.startswith("甲方") else A_full
    Bw = "乙方" if B_full.startswith("乙方") else B_full
    date = D(c, c.sign)
    style = r.randrange(3)
    out = []
    if style == 0:
        out.append(P(f"{Aw}（盖章）：{c.lessor}"))
        out.append(P(f"{c.lessor_head_title}（签字）："))
        if c.ltype == "person":
            out.append(P(f"{Bw}（签字并按手印）："))
        else:
            out.append(P(f"{Bw}（盖章）：{c.lessee}"))
            out.append(P("法定代表人或委托代理人（签字）："))
        if "nodate" not in c.d:
            out.append(P(f"签订日期：{date}"))
    elif style == 1:
        out.append(P(f"{Aw}（盖章）：\t\t\t{Bw}（签字或盖章）："))
        out.append(P(f"{c.lessor_head_title}（签字）：\t\t\t{'法定代表人（签字）：' if c.ltype != 'person' else ''}".rstrip("\t")))
        if "nodate" not in c.d:
            out.append(P(f"{date}\t\t\t{date}"))
    else:
        out.append(P(f"{Aw}：{c.lessor}（公章）"))
        out.append(P("经办人签字："))
        out.append(P(f"{Bw}：{c.lessee}（签字盖章）"))
        if "nodate" not in c.d:
            out.append(P(f"签约时间：{date}"))
        out.append(P(f"签约地点：静海镇{c.village}村委会"))
    return out


# --------------------------------------------------------------------------
# Titles and file names
# --------------------------------------------------------------------------
def title_for(c):
    r = c.r
    v = c.village
    opts = {
        "fishpond": ["鱼塘承包合同", f"{v}坑塘承包经营合同", "养殖水面承包合同书", "鱼池承包合同"],
        "transfer": ["农村土地经营权流转合同", "土地经营权流转合同（出租）", f"{v}集体土地经营权流转合同"],
        "orchard": ["果园承包合同", f"{v}果园承包经营合同", "梨园承包合同书"],
        "greenhouse": ["蔬菜大棚租赁合同", "设施农业大棚出租合同", f"{v}温室大棚租赁合同"],
        "factory": ["厂房租赁合同", "集体厂房出租合同", f"{v}集体厂房租赁合同书"],
        "shop": ["门市房租赁合同", "商铺租赁合同", "临街门市房出租合同"],
        "warehouse": ["仓库租赁合同", "库房租赁合同", f"{v}集体仓库出租合同"],
        "constland": ["集体经营性建设用地使用权出租合同", "集体经营性建设用地租赁合同"],
        "school": ["闲置校舍租赁合同", f"原{v[:-1]}小学校舍出租合同"],
    }[c.kind]
    return r.choice(opts)


def topic_for(c):
    return c.village + {"fishpond": "鱼塘承包", "transfer": "土地经营权流转", "orchard": "果园承包",
                        "greenhouse": "大棚租赁", "factory": "厂房租赁", "shop": "门市房租赁",
                        "warehouse": "仓库租赁", "constland": "建设用地出租", "school": "闲置校舍租赁"}[c.kind]


# --------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------
CHAPTERS = {"basis": "总则", "premises": "租赁物及用途", "term": "期限", "rent": "租金及支付",
            "rights": "双方权利义务", "breach": "违约责任", "other": "其他"}


def clause_list(c):
    """(chapter, title, paras) in document order."""
    long = c.length == "long"
    short = c.length == "short"
    cl = []

    def add(ch, title, paras):
        paras = [p for p in paras if p is not None]
        if paras:
            cl.append((ch, title, paras))

    res = resolution_para(c)
    mem = member_para(c)
    price = pricing_para(c)
    if long or c.r.random() < 0.5:
        add("basis", {"transfer": "流转依据", "fishpond": "发包依据", "orchard": "发包依据"}.get(c.kind, "出租依据"),
            [res, mem, price])
        res_done = True
    else:
        res_done = False
    prem = premises_paras(c)
    if not res_done:
        prem = [res, mem] + prem
    add("premises", {"transfer": "流转土地", "fishpond": "承包标的", "orchard": "承包标的"}.get(c.kind, "租赁物"), prem)
    add("premises", "用途", use_paras(c) + land_protect_paras(c))
    add("term", "期限", term_paras(c))
    add("term", "续租", renewal_paras(c))
    rent = rent_paras(c)
    if not res_done:
        rent = [price] + rent
    add("rent", "租金及支付方式" if c.kind not in ("fishpond", "orchard") else "承包费及交纳方式", rent)
    add("rent", {"dingjin": "定金", "bond": "履约保证金", "ambig": "履约担保"}.get(c.deposit, ""), deposit_paras(c))
    if not short:
        add("rights", "双方权利义务", rights_paras(c, long))
    extras = long_extras(c) if long else []
    for ch, t, ps in extras[:1]:
        add(ch, t, ps)
    add("rights", "维修", repair_paras(c))
    add("rights", "转租", sublease_paras(c))
    add("rights", "征收补偿", compensation_paras(c))
    for ch, t, ps in extras[1:3]:
        add(ch, t, ps)
    add("breach", "违约责任", breach_paras(c))
    add("breach", "合同解除", termination_paras(c) if not short or c.r.random() < 0.5 else [])
    for t, ps in misc_paras(c, long):
        add("other", t, ps)
    for ch, t, ps in extras[3:]:
        add(ch, t, ps)
    add("other", "争议解决", dispute_paras(c))
    add("other", "附则", final_paras(c))
    return cl


def asset_inventory(c):
    """An inventory table appended to long building leases."""
    if c.kind not in ("factory", "school", "warehouse", "shop"):
        return []
    r = c.r
    # (name, structure, share of the building area or None for a counted item)
    items = {
        "factory": [("生产车间", "钢结构", 0.82), ("办公用房", "砖混", 0.13), ("门卫室", "砖混", 0.05), ("配电室", "砖混", None),
                    ("院内场地", "混凝土", None)],
        "school": [("教学楼", "砖混三层", 0.7), ("办公平房", "砖混", 0.18), ("食堂", "砖混", 0.12), ("操场", "—", None),
                   ("大门及围墙", "砖砌", None)],
        "warehouse": [("库房", "轻钢", 0.94), ("值班室", "砖混", 0.06), ("装卸站台", "混凝土", None)],
        "shop": [("营业厅", "砖混", 0.8), ("后院库房", "砖混", 0.2)],
    }[c.kind]
    sep = r.choice([" | ", "\t"])
    out = ["", "附件一：租赁资产清单", sep.join(["序号", "名称", "结构", "数量/面积", "交付时现状"])]
    shares = [x[2] for x in items if x[2]]
    areas = [int(c.area * f) for f in shares]
    areas[0] += c.area - sum(areas)      # the listed areas add up to the leased area
    k = 0
    for i, (name, st, share) in enumerate(items, 1):
        if share:
            qty = f"{N(c, areas[k])}平方米"
            k += 1
        else:
            qty = "1处"
        out.append(sep.join([N(c, i), name, st, qty, r.choice(["完好", "基本完好", "可正常使用"])]))
    return out


EXTRA_FORBIDDEN = r"用途|用于|违约|维修|修复|仲裁|法院|诉讼|征收|评估|招租|竞价|决议|代表会议|地址|住所|转租|定金|押金|保证金|订金|自动|顺延|个人|解释权"


def long_extras(c):
    """Extra multi-paragraph clauses that make the long documents long."""
    A, B, obj = c.A, c.B, obj_short(c)
    land = c.kind in LAND_KINDS and c.kind != "constland"
    cl = c.kind == "constland"

    def t3(agri, building, constland, pond=None):
        if pond and c.kind == "fishpond":
            return pond
        return agri if land else (constland if cl else building)
    out = []
    out.append(("premises", "交付与验收", [
        f"{A}应当在租赁期开始前完成{obj}的清场工作，保证{B}能够按期进场；{obj}上原有的{t3('青苗、杂树', '杂物、废旧设备', '废旧建筑物、构筑物及建筑垃圾', '网箱、杂物及残存鱼货')}由{A}负责清理。",
        f"交付时，双方应共同到现场查验{obj}的{t3('面积、四至、水电及灌排设施', '房屋结构、门窗、水电表读数及消防设施', '界址、面积、场地平整及水电接入点', '水面面积、堤埝、进排水设施及供电线路')}状况，制作交接清单，经双方签字后作为本合同附件。",
        f"{B}在交接时对{obj}现状提出异议的，应在交接清单中载明；交接后{B}即视为认可{obj}的交付现状。",
    ]))
    out.append(("rights", "经营管理要求", [
        f"{B}应当建立安全生产责任制度，明确安全负责人，定期开展隐患排查，对排查发现的问题及时整改，并接受{A}及有关部门的监督检查。",
        f"汛期来临前，{B}应对{obj}{t3('周边沟渠、堤埝', '屋面、排水管道', '场区排水管网及围墙', '堤埝、闸口及排水泵站')}进行检查，做好防汛准备；遇暴雨、大风等极端天气，{B}应采取必要的防护措施，防止发生次生灾害。",
        f"{B}雇用人员的，应依法签订劳动合同或劳务协议，按时足额支付劳动报酬，因用工发生的纠纷由{B}自行处理，与{A}无关。",
        f"{B}应当建立经营台账，如实记录{t3('生产投入、农药化肥使用及产品销售', '进出货物及生产经营', '原料进场、产品出厂及危险作业', '苗种投放、饲料渔药使用及水产品销售')}情况，{A}有权查阅与本合同履行有关的台账资料。",
        f"{B}应当遵守村规民约，尊重当地群众的生产生活习惯，不得影响周边村民的正常生产生活。",
    ]))
    out.append(("rights", "地上设施的处理", [
        f"经{A}书面同意，{B}可以在{obj}范围内建设与经营直接相关的{t3('简易生产设施（看护房、农机具棚）', '临时设施', '生产厂房及配套设施', '看护房、增氧设备及投饵设施')}，{t3('相关手续由' + B + '依法办理', '相关手续由' + B + '依法办理', '规划、建设等审批手续由' + B + '依法办理')}，费用由{B}承担。",
        f"合同期满或者提前终止时，{B}建设的可移动设施由{B}在三十日内自行拆除并恢复原状；逾期不拆除的，视为{B}放弃所有权，{A}有权自行处置。",
        f"{B}投入形成的不可移动附属设施，期满后无偿归{A}所有，双方另有书面约定的，从其约定。",
    ]))
    out.append(("other", "通知与送达", [
        "双方因履行本合同而相互发出的通知，应当以书面形式作出，可以采用直接送达、邮寄或者短信、微信等方式。",
        "一方联系方式发生变更的，应当在变更之日起五日内书面通知对方；未及时通知的，按原联系方式送达即视为送达。",
    ]))
    out.append(("other", "保险", [
        f"{B}应当自行投保{t3('农业保险', '财产险及公众责任险', '财产险及公众责任险')}，保险费由{B}承担；发生保险事故的，保险赔偿金优先投入{obj}的恢复。",
    ]))
    out.append(("other", "合同的变更", [
        "本合同履行期间，任何一方不得擅自变更合同内容。确需变更的，应当经双方协商一致，以书面形式签订补充协议。",
        f"涉及租金标准、期限等实质性内容变更的，{A}应当按照村级重大事项民主决策的有关规定履行程序后方可签订补充协议。",
        f"{A}的{c.lessor_head_title}或者经办人员发生变动的，不影响本合同的履行。",
    ]))
    out.append(("rights", f"{A}的声明与保证", [
        f"{A}保证对{obj}享有合法的所有权或者经营管理权，{obj}未设定抵押，亦不存在权属争议；如因权属问题影响{B}正常经营的，由{A}负责协调处理。",
        f"{A}保证本合同的签订已经履行了村级重大事项民主决策程序，并已按照规定将本合同签订情况在村务公开栏予以公开。",
        f"租赁期内{A}变更名称、合并或者分立的，本合同由变更后的主体继续履行。",
    ]))
    out.append(("rights", f"{B}的声明与保证", [
        f"{B}保证具备履行本合同所需的资金、技术和经营能力，提交的主体资格证明等材料真实、有效。",
        f"{B}已实地查看{obj}，充分了解其{t3('土壤、水源、灌排', '房屋结构、水电容量、消防', '地质、交通、水电接入', '水源、水质、进排水')}等现状，自愿按现状承租。",
        f"{B}承诺依法经营、诚信经营，经营中发生的债权债务由{B}自行承担，不以{obj}或者{A}的名义对外举债或者提供担保。",
    ]))
    out.append(("other", "廉洁条款", [
        f"双方应当遵守廉洁自律的有关规定，{B}不得向{A}的工作人员赠送礼金、有价证券或者提供其他不正当利益；发现上述行为的，{A}有权向静海镇纪委监委反映。",
    ]))
    for _, _, paras in out:
        for t in paras:
            assert not re.search(EXTRA_FORBIDDEN, t), t
    return [(ch, t, [P(x) for x in paras]) for ch, t, paras in out]


def clause_number(c, i):
    if c.numbering in ("tiao", "chapter"):
        return f"第{cn(i)}条"
    if c.numbering == "dun":
        return f"{cn(i)}、"
    if c.numbering == "arabic":
        return f"{N(c, i)}."
    return f"（{cn(i)}）"


def sub_number(c, j):
    if c.numbering in ("tiao", "chapter"):
        return f"（{cn(j)}）"
    if c.numbering == "dun":
        return f"{N(c, j)}."
    if c.numbering == "arabic":
        return f"（{N(c, j)}）"
    return f"{N(c, j)}."


def localize(c, text):
    """承包 and 流转 contracts speak of 承包期 / 流转期, not 租赁期."""
    word = {"fishpond": "承包期", "orchard": "承包期", "transfer": "流转期"}.get(c.kind)
    if word:
        text = text.replace("租赁期满", word + "满").replace("租赁期内", word + "内").replace("租赁期开始前", word + "开始前")
    return text


def render(c):
    lines, finds = [], []

    def emit(text, rules=()):
        lines.append(localize(c, text).rstrip(" "))
        for rr in rules:
            finds.append((len(lines), rr))

    title = title_for(c)
    c.title = title
    emit(title)
    if c.r.random() < 0.5:
        emit(f"合同编号：JHZ-{c.village[:2]}-{c.sign.year}-{N(c, c.num):0>3}" if not c.fullwidth else
             f"合同编号：ＪＨＺ－{c.sign.year}－{N(c, c.num)}")
    if c.blank_lines:
        emit("")
    for p in cl_parties(c):
        emit(p.text, p.rules)
    if c.blank_lines:
        emit("")
    basis = preamble_basis(c)
    if c.length == "long":
        emit(whereas(c))
    emit(basis.text, basis.rules)
    clauses = clause_list(c)
    order = list(CHAPTERS)
    clauses.sort(key=lambda x: order.index(x[0]))   # stable: keeps the order inside a chapter
    ch_no = 0
    last_ch = None
    for i, (ch, title, paras) in enumerate(clauses, 1):
        if c.numbering == "chapter" and ch != last_ch:
            ch_no += 1
            emit(f"第{cn(ch_no)}章　{CHAPTERS[ch]}")
            last_ch = ch
        num = clause_number(c, i)
        sep = "　" if c.numbering in ("tiao", "chapter") else ""
        if c.layout == "inline" or not title:
            head = f"{num}{sep}{title}：" if (c.inline_title and title) else f"{num}{sep}"
            emit(head + paras[0].text, paras[0].rules)
            for p in paras[1:]:
                emit(p.text, p.rules)
        else:
            emit(f"{num}{sep}{title}")
            if len(paras) == 1:
                emit(paras[0].text, paras[0].rules)
            else:
                j = 0
                for p in paras:
                    # table lines and enumerations are not numbered
                    if "|" in p.text or "\t" in p.text or re.match(r"^[0-9０-９]+\.", p.text):
                        emit(p.text, p.rules)
                    else:
                        j += 1
                        emit(f"{sub_number(c, j)}{p.text}", p.rules)
    sig = signature_lines(c)
    if sig:
        emit("")
        for p in sig:
            emit(p.text, p.rules)
    if c.length == "long":
        att = ["地块（房屋）位置示意图"]
        if "noprice" not in c.d and c.pricing.startswith("appraisal"):
            att.append("资产评估报告复印件")
        if "nores" not in c.d:
            att.append(f"{c.body}决议复印件")
        att.append("双方主体资格证明复印件")
        emit("")
        emit("附件：" + "；".join(f"{N(c, i)}.{a}" for i, a in enumerate(att, 1)) + "。")
        for t in asset_inventory(c):
            emit(t)
    # require-type findings land on line 1
    for code in ("nouse", "nopay", "norepair", "nores", "noprice", "nobreach", "nodispute", "noaddr",
                 "nosig", "nodate", "nocomp"):
        if code in c.d:
            finds.append((1, code))
    out = []
    for ln, code in finds:
        if isinstance(code, str) and code in RULE:
            out.append((ln, RULE[code]))
        else:
            out.append((ln, code))
    out.sort(key=lambda x: (x[0], x[1]))
    return lines, out


DESCR = {
    "term20": "term over 20 years", "term20dates": "term over 20 years stated only by dates",
    "mismatch": "stated term disagrees with dates", "auto": "automatic renewal",
    "nouse": "no use (用途) clause", "nopay": "no rent payment time/method", "norepair": "no repair clause",
    "sublease": "sublease without consent", "nores": "no collective resolution",
    "resafter": "resolution dated after signing", "resafterstart": "resolution dated after the lease starts",
    "outsider": "outsider without 2/3 vote and town approval",
    "farmbuild": "farmland transferred for building/hardening (also non-agricultural use)",
    "farmpond": "farmland turned into fish ponds", "nonagri": "transfer for non-agricultural use",
    "beyond": "transfer ends after the contracting term", "nocomp": "no expropriation-compensation clause",
    "prepaid": "multi-year rent prepaid", "noprice": "no pricing basis", "personal": "rent to a personal account",
    "double": "same pond leased twice (pair L046/L066)", "nobreach": "no breach-liability clause",
    "nodispute": "no dispute-resolution clause", "noaddr": "party addresses missing",
    "words": "capital amount disagrees with figures", "arblit": "arbitration or litigation",
    "arbunnamed": "arbitration body unnamed", "depover": "定金 over 20%",
    "cumul": "定金 and 违约金 cumulatively", "penalty": "违约金 over 30%", "unfair": "one-sided terms",
    "nosig": "no signature block", "nodate": "no signing date", "repealed": "repealed law cited",
    "blank": "unfilled blank", "depambig": "保证金/押金/订金 forfeited without 定金 agreement",
}


def build_all():
    r = random.Random(SEED)
    DEFECT_WORDING.n.clear()
    shared = {"names": set(), "brands": set(), "fields": set(), "village_use": {}}
    docs = []
    for num, kind, ltype, length, defects in PLAN:
        dr = random.Random(SEED * 1000 + num)
        c = make_ctx(dr, num, kind, ltype, length, defects, shared)
        lines, finds = render(c)
        name = f"L{num:03d}-{topic_for(c)}"
        what = f"{c.title}（{c.lessor_short} → {c.lessee}）, {c.length}"
        if defects:
            comment = f"# L{num:03d} — {what}; planted: " + "; ".join(DESCR[d] for d in defects)
        else:
            comment = f"# L{num:03d} — {what}; clean"
        docs.append({"name": name, "lines": lines, "finds": finds, "comment": comment, "ctx": c})
    return docs


# --------------------------------------------------------------------------
# Self-checks: every planted finding sits on a line that shows it, and clean
# documents contain none of the defect wordings.
# --------------------------------------------------------------------------
LINE_EVIDENCE = {
    "lease/term-over-20y": r"年|至",
    "lease/term-dates-mismatch": r"至|到",
    "lease/auto-renewal": r"自动续期|自动延续|顺延",
    "lease/sublease-unrestricted": r"转租",
    "lease/resolution-after-signing": r"会议|大会|决议",
    "lease/outsider-without-approval": r"^(乙方|承包方|受让方|承租方)",
    "lease/farmland-construction": r"耕地|流转土地|建设|挖塘",
    "lease/non-agricultural-use": r"建设|餐饮|修理",
    "lease/transfer-beyond-contract-term": r"承包期",
    "lease/rent-prepaid-multiyear": r"一次性|预付|交清",
    "lease/personal-payee-account": r"个人",
    "lease/double-lease": r"坐落|位于|鱼塘",
    "contract/amount-words-mismatch": r"元整",
    "contract/arbitration-or-litigation": r"仲裁.*(法院|起诉)",
    "contract/arbitration-body-unnamed": r"仲裁",
    "contract/deposit-over-20pct": r"定金",
    "contract/penalty-and-deposit-cumulative": r"定金.*违约金",
    "contract/penalty-excessive": r"违约金",
    "contract/unfair-standard-term": r"最终解释权|不承担任何责任|一切权利",
    "contract/repealed-law-cited": r"合同法|物权法|民法通则",
    "contract/unfilled-placeholder": r"＿|【",
    "contract/deposit-term-ambiguous": r"保证金|押金|订金",
}
CLEAN_FORBIDDEN = [r"合同法》", r"物权法", r"担保法", r"民法通则", r"民法总则", r"自动续", r"自动延续", r"顺延",
                   r"最终解释权", r"不承担任何责任", r"一切权利", r"当地仲裁", r"仲裁部门", r"个人账户", r"个人银行卡",
                   r"＿", r"【", r"□", r"XX", r"某某", r"一次性支付前", r"交清", r"外村", r"订金", r"押金",
                   r"无需另行征得", r"自行将租赁物转租", r"硬化场地", r"硬化处理"]


def self_check(docs):
    errs = []
    for d in docs:
        c = d["ctx"]
        text = "\n".join(d["lines"])
        for ln, rule in d["finds"]:
            if ln == 1:
                continue
            pat = LINE_EVIDENCE.get(rule)
            if pat and not re.search(pat, d["lines"][ln - 1]):
                errs.append(f"{d['name']}: line {ln} has no evidence for {rule}: {d['lines'][ln - 1]}")
        if not c.d:
            for pat in CLEAN_FORBIDDEN:
                if re.search(pat, text):
                    errs.append(f"{d['name']}: clean document contains {pat}")
            if "仲裁" in text and "法院" in text:
                errs.append(f"{d['name']}: clean document names both arbitration and court")
            for need in ("违约", "维修", "转租", "签", "住所|住址|地址", "评估|竞价|招租|产权交易"):
                if not re.search(need, text):
                    errs.append(f"{d['name']}: clean document lacks {need}")
            if c.kind in LAND_KINDS and "征收" not in text:
                errs.append(f"{d['name']}: clean land document lacks 征收补偿")
            if c.years > 20:
                errs.append(f"{d['name']}: clean term over 20 years")
        else:
            # the omitted items really are absent
            if "nores" in c.d and re.search(r"代表会议|代表大会|村民会议.*决议|决议", text.replace("决议复印件", "")):
                errs.append(f"{d['name']}: nores but a resolution is mentioned")
            if "noprice" in c.d and re.search(r"评估|竞价|招租|产权交易", text):
                errs.append(f"{d['name']}: noprice but a pricing basis is mentioned")
            if "nobreach" in c.d and "违约" in text:
                errs.append(f"{d['name']}: nobreach but 违约 appears")
            if "nodispute" in c.d and re.search(r"仲裁|法院|诉讼", text):
                errs.append(f"{d['name']}: nodispute but a route appears")
            if "norepair" in c.d and re.search(r"维修|修缮|修复", text):
                errs.append(f"{d['name']}: norepair but repair appears")
            if "nouse" in c.d and re.search(r"用途|用于", text):
                errs.append(f"{d['name']}: nouse but use appears")
            if "nocomp" in c.d and "征收" in text:
                errs.append(f"{d['name']}: nocomp but 征收 appears")
            if "nopay" in c.d and re.search(r"每年.*月.*日前|转账|账户|账号|按季|按半年|按年支付", text):
                errs.append(f"{d['name']}: nopay but payment terms appear")
            if "noaddr" in c.d and re.search(r"住所|住址|地址", text):
                errs.append(f"{d['name']}: noaddr but an address appears")
            if "nodate" in c.d and re.search(r"签订日期|签约时间", text):
                errs.append(f"{d['name']}: nodate but a signing date appears")
            if "nosig" in c.d and re.search(r"(?m)^\S{1,8}[（(](签字|盖章|公章)|经办人签字|签订日期|签约时间", text):
                errs.append(f"{d['name']}: nosig but a signature line appears")
        # every document: the dates it states agree with the plan unless planted
        if "mismatch" not in c.d and c.stated_years != c.years:
            errs.append(f"{d['name']}: unplanned term mismatch")
        if c.years > 20 and not c.d & {"term20", "term20dates"}:
            errs.append(f"{d['name']}: unplanned term over 20 years")
        if c.kind == "transfer" and c.end > c.contract_end and "beyond" not in c.d:
            errs.append(f"{d['name']}: unplanned transfer beyond contracting term")
        if not c.d & {"resafter", "resafterstart", "nores"} and not (c.res < c.sign <= c.start):
            errs.append(f"{d['name']}: resolution/signing/start order wrong")
    # 坐落 + area unique except the planted pair
    seen = {}
    for d in docs:
        key = (d["ctx"].loc, d["ctx"].area)
        seen.setdefault(key, []).append(d["name"])
    for key, names in seen.items():
        if len(names) > 1 and not all("double" in next(x for x in docs if x["name"] == n)["ctx"].d for n in names):
            errs.append(f"unplanned double lease: {names}")
    return errs


def serialize(d):
    txt = "\n".join(d["lines"]) + "\n"
    exp = d["comment"] + "\n# generated by scripts/corpus/generate_leases.py; lines counted from 1\n"
    exp += "".join(f"{ln} {rule}\n" for ln, rule in d["finds"])
    return txt, exp


KIND_CN = {"fishpond": "鱼塘", "transfer": "土地经营权流转", "orchard": "果园", "greenhouse": "大棚",
           "factory": "厂房", "shop": "门市房", "warehouse": "仓库", "constland": "集体经营性建设用地",
           "school": "闲置校舍"}


def index_md(docs):
    """scripts/corpus/leases-index.md: what each generated document is and what it expects."""
    out = ["# corpus/leases L031–L078 — index of the generated documents", "",
           "Written by `generate_leases.py` (do not edit by hand). \"clean\" = no warning/error finding expected.", "",
           "| file | asset | lessee | length | clean / findings (line rule) |", "|---|---|---|---|---|"]
    totals = {}
    clean = 0
    for d in docs:
        c = d["ctx"]
        f = "; ".join(f"{ln} {rule}" for ln, rule in d["finds"]) or "clean"
        clean += not d["finds"]
        for _, rule in d["finds"]:
            totals[rule] = totals.get(rule, 0) + 1
        out.append(f"| {d['name']}.txt | {KIND_CN[c.kind]} | {c.lessee} | {c.length}, {len(d['lines'])} lines | {f} |")
    out += ["", f"Clean: {clean}; with planted defects: {len(docs) - clean}; expected findings: {sum(totals.values())}.", "",
            "| rule | expected findings |", "|---|---|"]
    out += [f"| {k} | {v} |" for k, v in sorted(totals.items())]
    return "\n".join(out) + "\n"


def main():
    docs = build_all()
    errs = self_check(docs)
    if errs:
        print("\n".join(errs), file=sys.stderr)
        sys.exit(1)
    check = "--check" in sys.argv
    os.makedirs(OUT, exist_ok=True)
    stale = 0
    for d in docs:
        txt, exp = serialize(d)
        for ext, content in ((".txt", txt), (".expected", exp)):
            path = os.path.join(OUT, d["name"] + ext)
            data = content.encode("utf-8")
            if check:
                if not os.path.exists(path) or open(path, "rb").read() != data:
                    print(f"stale: {path}")
                    stale += 1
            else:
                with open(path, "wb") as f:
                    f.write(data)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "leases-index.md")
    data = index_md(docs).encode("utf-8")
    if check:
        if not os.path.exists(path) or open(path, "rb").read() != data:
            print(f"stale: {path}")
            stale += 1
        sys.exit(1 if stale else 0)
    with open(path, "wb") as f:
        f.write(data)
    print(f"wrote {len(docs)} documents to {OUT}")


if __name__ == "__main__":
    main()
