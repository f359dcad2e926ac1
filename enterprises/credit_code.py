"""统一社会信用代码 (GB 32100-2015): 18 characters, the last one a check character over the first 17."""

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # 31 characters: no I, O, S, V, Z
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def check_character(first17: str) -> str:
    total = sum(ALPHABET.index(ch) * weight for ch, weight in zip(first17, WEIGHTS, strict=True))
    return ALPHABET[(31 - total % 31) % 31]


def normalise(code: str) -> str:
    return code.strip().upper()


def problem(code: str) -> str | None:
    """Why this is not a valid credit code, in Chinese; None when it is valid."""
    if len(code) != 18:
        return "统一社会信用代码应为 18 位"
    if any(ch not in ALPHABET for ch in code):
        return "统一社会信用代码含有不允许的字符"
    if not code[2:8].isdigit():
        return "统一社会信用代码第 3-8 位应为行政区划代码"
    if check_character(code[:17]) != code[17]:
        return "统一社会信用代码校验位不正确"
    return None


def complete(first17: str) -> str:
    """Append the check character (demo data and tests)."""
    return first17 + check_character(first17)
