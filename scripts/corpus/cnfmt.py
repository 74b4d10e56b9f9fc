"""Number, money and date formatting helpers for the corpus generators.

Standard library only.  Everything here is pure (no randomness).
"""
import datetime as _dt

CN_DIGITS = "〇一二三四五六七八九"
CAP_DIGITS = "零壹贰叁肆伍陆柒捌玖"
FW_TABLE = str.maketrans("0123456789", "０１２３４５６７８９")


def fw(s):
    """ASCII digits -> full-width digits."""
    return str(s).translate(FW_TABLE)


def cn(n):
    """1..99 -> 一 .. 九十九 (lower-case Chinese numerals)."""
    if n < 10:
        return CN_DIGITS[n]
    if n < 20:
        return "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")


def _cap_section(x):
    s = ""
    zero = False
    for p, u in ((3, "仟"), (2, "佰"), (1, "拾"), (0, "")):
        d = (x // 10 ** p) % 10
        if d == 0:
            if s:
                zero = True
        else:
            if zero:
                s += "零"
                zero = False
            s += CAP_DIGITS[d] + u
    return s


def cap(n):
    """Integer yuan -> 大写, e.g. 120500 -> 壹拾贰万零伍佰元整."""
    n = int(n)
    if n == 0:
        return "零元整"
    yi, rem = divmod(n, 10 ** 8)
    wan, ge = divmod(rem, 10 ** 4)
    s = ""
    if yi:
        s += _cap_section(yi) + "亿"
    if wan:
        if yi and wan < 1000:
            s += "零"
        s += _cap_section(wan) + "万"
    if ge:
        if (yi or wan) and (ge < 1000 or (yi and not wan)):
            s += "零"
        s += _cap_section(ge)
    return s + "元整"


def thousands(n):
    return f"{int(n):,}"


def money(n, style, fullwidth=False):
    """Render an amount of yuan in one of several drafting styles."""
    n = int(n)
    c = cap(n)
    if style == "cap_fig":
        out = f"人民币{c}（¥{n:,.2f}）"
    elif style == "fig_cap":
        out = f"{n}元（大写：人民币{c}）"
    elif style == "wan" and n % 100 == 0:
        w = n / 10000
        ws = f"{w:.2f}".rstrip("0").rstrip(".")
        out = f"{ws}万元（大写：{c}）"
    elif style == "yen_cap":
        out = f"¥{n:,.2f}元（人民币{c}）"
    elif style == "plain":
        out = f"人民币{n:,}元"
    else:
        out = f"人民币{c}（小写：{n}元）"
    return fw(out) if fullwidth else out


def money_mismatch(n, wrong, style):
    """Capital numerals of `wrong`, figures of `n` (a planted mismatch)."""
    c = cap(wrong)
    if style == "cap_fig":
        return f"人民币{c}（¥{n:,.2f}）"
    if style == "fig_cap":
        return f"{n}元（大写：人民币{c}）"
    if style == "yen_cap":
        return f"¥{n:,.2f}元（人民币{c}）"
    return f"人民币{c}（小写：{n}元）"


def cn_year(y):
    return "".join(CN_DIGITS[int(ch)] for ch in str(y))


def date(d, style):
    if style == "cn":
        return f"{cn_year(d.year)}年{cn(d.month)}月{cn(d.day)}日"
    if style == "dash":
        return d.strftime("%Y-%m-%d")
    if style == "dot":
        return f"{d.year}.{d.month}.{d.day}"
    if style == "fw":
        return fw(f"{d.year}年{d.month}月{d.day}日")
    return f"{d.year}年{d.month}月{d.day}日"


def years(n, style):
    if style == "cn":
        return cn(n) + "年"
    if style == "fw":
        return fw(n) + "年"
    return f"{n}年"


def add_years(d, n):
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 Feb
        return d.replace(year=d.year + n, day=28)


def term_end(start, n):
    """Last day of an n-year term beginning on `start`."""
    return add_years(start, n) - _dt.timedelta(days=1)
