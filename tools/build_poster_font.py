"""Build enterprises/fonts/NotoSansSC-Bold-poster.otf, the CJK font the identity-QR posters are set in.

Not run by `make`: the subset is committed, so installing the project needs no system font. Rebuild it only to change
the character set, on a machine with Debian's fonts-noto-cjk, fontTools and Unicode's Unihan data:

    apt-get install fonts-noto-cjk && pip install fonttools
    python tools/build_poster_font.py /usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc UNIHAN_DIR

Characters kept: the 8105 of the 通用规范汉字表 (2013, Unihan field kTGH, the official list that names of
enterprises are written in), GB 2312, printable ASCII, CJK and full-width punctuation. Noto Sans CJK is under the
SIL Open Font License 1.1, which allows subsetting and redistribution (Reserved Font Name: "Source", not used here).
"""

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

SC_FACE_INDEX = 2  # NotoSansCJK-*.ttc holds JP, KR, SC, TC, HK faces: index 2 is Simplified Chinese
TARGET = Path(__file__).resolve().parent.parent / "enterprises" / "fonts" / "NotoSansSC-Bold-poster.otf"


def tongyong_guifan_hanzi(unihan_dir: Path) -> set[int]:
    codepoints = set()
    for path in unihan_dir.glob("Unihan_*.txt"):
        for line in path.read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if len(fields) == 3 and fields[1] == "kTGH":
                codepoints.add(int(fields[0][2:], 16))
    if len(codepoints) != 8105:
        raise SystemExit(f"expected 8105 kTGH characters, found {len(codepoints)}")
    return codepoints


def gb2312_characters() -> set[int]:
    found = set()
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                found.add(ord(bytes([high, low]).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    return found


def main(collection_path: str, unihan_dir: str) -> None:
    wanted = tongyong_guifan_hanzi(Path(unihan_dir)) | gb2312_characters()
    wanted |= set(range(0x20, 0x7F)) | set(range(0x2010, 0x2027)) | set(range(0x3000, 0x3040))
    wanted |= set(range(0xFF01, 0xFF5F)) | {0x00B7, 0x00D7, 0x25A1}  # U+25A1 □ stands in for a missing glyph
    font = TTCollection(collection_path).fonts[SC_FACE_INDEX]
    options = subset.Options()
    options.layout_features = ["kern", "palt", "vert"]
    options.name_IDs = ["*"]
    options.hinting = False  # FreeType's autohinter does as well at 300 dpi, and hints are a third of the file
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=wanted)
    subsetter.subset(font)
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    font.save(TARGET)
    print(f"{TARGET}: {len(font.getBestCmap())} characters, {TARGET.stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main(*sys.argv[1:3])
