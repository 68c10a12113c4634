"""One written Vietnamese syllable: is it well formed, and if not, what was meant.

Our own tables of onsets and rhymes, not a dictionary (the Vietnamese word lists are
GPL, and a dictionary knows one tone style and flags the other). A syllable is
(onset)(medial)(nucleus)(final) with at most one tone mark on the main vowel.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

# Combining tone marks in the order of the tone numbers 1..5: sắc, huyền, hỏi, ngã, nặng.
TONE_MARKS = ("\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
TONE_NAMES = ("ngang", "sắc", "huyền", "hỏi", "ngã", "nặng")
SAC, NANG = 1, 5

ONSETS = [
    "ngh",
    "ng",
    "nh",
    "ch",
    "gh",
    "gi",
    "kh",
    "ph",
    "qu",
    "th",
    "tr",
    "b",
    "c",
    "d",
    "đ",
    "g",
    "h",
    "k",
    "l",
    "m",
    "n",
    "p",
    "r",
    "s",
    "t",
    "v",
    "x",
]
VOWELS = frozenset("aăâeêioôơuưy")
LETTERS = VOWELS | frozenset("bcdđghklmnpqrstvx")
STOP_FINALS = ("p", "t", "c", "ch")

_PLAIN = """
a ac ach ai am an ang anh ao ap at au ay
ăc ăm ăn ăng ăp ăt
âc âm ân âng âp ât âu ây
e ec em en eng eo ep et
ê êch êm ên ênh êp êt êu
i ia ich im in inh ip it iu
iêc iêm iên iêng iêp iêt iêu
o oc oi om on ong op ot
ô ôc ôi ôm ôn ông ôp ôt
ơ ơi ơm ơn ơp ơt
u ua uc ui um un ung up ut
uôc uôi uôm uôn uông uôt
ư ưa ưc ưi ưm ưn ưng ưt ưu
ươc ươi ươm ươn ương ươp ươt ươu
y yêm yên yêng yêt yêu
oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt
oe oem oen oeo oet
uân uâng uât uây uê uêch uênh uêt uơ uy uya uych uyn uynh uyp uyt uyu uyên uyêt
"""
RHYMES = frozenset(_PLAIN.split())
LOAN_RHYMES = frozenset({"ooc", "oong"})  # boong, xoong, soóc, moóc
LOAN_ONSETS = frozenset({"b", "x", "s", "m"})
# With a tone mark after other onsets too: xe goòng, choòng, bánh coóng phù; toneless
# "coong", "loong" are kept for the Telex leftovers of công, lông.
TONED_LOAN_ONSETS = frozenset({"c", "ch", "g", "l", "t", "tr", "n", "r", "v", "đ"})
# After qu, beyond the medial rhymes: quên, quều, quắp, quạu, quít (as well as quýt).
QU_RHYMES = frozenset({"ên", "êu", "ăp", "au", "it"})
LABIALS = frozenset({"b", "m", "p", "ph", "v"})
MEDIAL_RHYMES = ("oa", "oă", "oe", "uâ", "uê", "uy", "uơ")
LABIAL_LOANS = frozenset({"uy", "uyt", "oay", "oan"})  # thùng phuy, xe buýt, moay-ơ, voan
FRONT = frozenset("ieêy")  # k, gh, ngh go only before these; c, g, ng never


# Syllables with no onset are few, and a slip that drops the first letter (một → ột,
# sử → ử) leaves one that is well formed but not in use. Those in use, hand-checked,
# either tone style (oà, uỷ as òa, ủy):
_ONSETLESS = """
a á à ả ã ạ ác ách ạch ai ái ải am ám ảm an án ang áng anh ánh ảnh ao áo ào ảo áp át
ạt áy ắc ặc ăm ẵm ăn ăng ắng ắp ắt âm ấm ầm ẩm ậm ân ấn ẩn ấp ập ất âu ấu ẩu ây ấy ẩy ĩ
e é è ẹ éc em ém én ẻn eo éo èo ẻo ẽo ẹo ép ẹp ét ê ế ề ể ếch ệch êm ếm ênh ểnh ễnh
i í ì ỉ ị ỉa ích ịch im ỉm in ín ỉn inh ình ít iu íu ỉu
o ó ò ọ óc ọc oi ói ỏi om òm ỏm ỏn ong óng õng óp ọp
ô ồ ổ ố ốc ộc ôi ối ổi ôm ốm ồm ôn ồn ổn ông ống ổng ốp ộp ơ ớ ờ ở ợ ơi ới ơn ớn ớt ợt ỡm
u ú ù ủ ụ ủa úa ùa úc ục ui úi ủi um ùm ùn ủn ung úng ùng ủng úp ụp út uốn uống uổng
ư ừ ứ ưa ứa ức ực ưng ứng ửng ưu ước ươm ướm ươn ườn ưỡn ương ướp ướt
y ý ỳ ỷ yếm yểm yên yến yết yêu yếu yểu
oa oà oách oạch oai oái oải oan oán oang oàng oanh oản oạp oát oăm oằn oẳn oắt oe oé oẹ
uẩn uất uế uể uy uý ủy uỳnh uỵch uyên uyển
"""
# y as a whole rhyme after an onset: hy, kỳ, lý, mỹ, sỹ, tỷ, vy, thy, quy; ny-lông, xy-lanh.
Y_ONSETS = frozenset({"h", "k", "l", "m", "n", "s", "t", "v", "x", "th", "qu"})


@dataclass(frozen=True)
class Letters:
    """A word split into toneless letters and its one tone (0 none) at `tone_at`."""

    base: str
    tone: int
    tone_at: int


def split_tone(word: str) -> Letters | None:
    """Toneless letters and the tone; None for two tone marks on one syllable."""
    letters: list[str] = []
    tone, tone_at = 0, -1
    for index, char in enumerate(word):
        base, marks = _letter(char)
        if marks:
            if tone or len(marks) > 1:
                return None
            tone, tone_at = marks[0], index
        letters.append(base)
    return Letters("".join(letters), tone, tone_at)


@cache
def _letter(char: str) -> tuple[str, tuple[int, ...]]:
    """A character without its tone marks, and the tones it carried (one, as a rule)."""
    parts = unicodedata.normalize("NFD", char)
    tones = tuple(TONE_MARKS.index(p) + 1 for p in parts if p in TONE_MARKS)
    kept = "".join(p for p in parts if p not in TONE_MARKS)
    return unicodedata.normalize("NFC", kept), tones


def with_tone(base: str, tone: int, at: int) -> str:
    """`base` with tone number `tone` on the letter at index `at`."""
    if not tone:
        return base
    marked = unicodedata.normalize("NFC", base[at] + TONE_MARKS[tone - 1])
    return base[:at] + marked + base[at + 1 :]


@dataclass(frozen=True)
class Parts:
    onset: str
    rhyme: str


def parse(base: str) -> Parts | None:
    """Onset and rhyme of a toneless lower-case syllable, or None when they break a rule."""
    for onset in _onset_choices(base):
        rhyme = base[len(onset) :]
        if _rhyme_ok(onset, rhyme):
            return Parts(onset, rhyme)
    return None


def parse_toned(base: str, tone: int) -> Parts | None:
    """As parse, with the loan rhymes a tone mark makes sure of (xe goòng)."""
    parts = parse(base)
    if parts is None and tone:
        for rhyme in LOAN_RHYMES:
            onset = base.removesuffix(rhyme)
            if onset != base and onset in TONED_LOAN_ONSETS:
                return Parts(onset, rhyme)
    return parts


def _onset_choices(base: str) -> list[str]:
    choices = [o for o in ONSETS if base.startswith(o)]
    choices.sort(key=len, reverse=True)
    if base.startswith("gi"):
        choices.append("g")  # gì, gìn: g before the vowel i
    return [*choices, ""]


def _rhyme_ok(onset: str, rhyme: str) -> bool:
    if not rhyme or rhyme[0] not in VOWELS:
        return False
    if onset == "qu":
        return _qu_rhyme_ok(rhyme)
    if onset == "gi":
        return rhyme[0] not in "iy" and (rhyme in RHYMES or "i" + rhyme in RHYMES)
    if rhyme in LOAN_RHYMES:
        return onset in LOAN_ONSETS
    if rhyme not in RHYMES:
        return False
    return _spelling_ok(onset, rhyme)


def _qu_rhyme_ok(rest: str) -> bool:
    """After qu the medial is written u: quan (oan), quy (uy), quốc (uôc), quê (uê)."""
    if rest[0] in "uư":
        return False
    return any(m + rest in RHYMES for m in ("o", "u")) or rest in QU_RHYMES


def _spelling_ok(onset: str, rhyme: str) -> bool:
    first = rhyme[0]
    front = first in FRONT
    if onset in LABIALS and rhyme not in LABIAL_LOANS and rhyme.startswith(MEDIAL_RHYMES):
        return False  # no medial after a labial: moa, buân, vuê are no syllables
    if onset in ("k", "gh", "ngh") and not front:
        return False
    if onset == "k" and first == "y" and rhyme != "y":
        return False
    if onset in ("c", "ng") and front:
        return False
    if onset == "c" and rhyme.startswith(("uâ", "uê", "uơ", "uy")):
        return False  # the medial u after /k/ is written qu
    if onset == "g" and first in "eê":
        return False
    if rhyme.startswith("iê") and not onset:
        return False  # yên, not iên
    if rhyme.startswith("yê") and onset:
        return False  # tiên, not tyên
    return not (onset in ("gh", "ngh") and first == "y")


def tone_places(parts: Parts) -> tuple[int, ...]:
    """Indexes in the rhyme where the tone mark may sit; both places for open oa, oe, uy."""
    rhyme = parts.rhyme
    vowels = [i for i, c in enumerate(rhyme) if c in VOWELS]
    marked = [i for i in vowels if rhyme[i] in "ăâêôơư"]
    if marked:
        return (marked[-1],)
    closed = vowels[-1] < len(rhyme) - 1
    if len(vowels) == 1 or closed:
        return (vowels[-1],)
    if len(vowels) == 3:
        return (vowels[1],)
    pair = rhyme[vowels[0]] + rhyme[vowels[1]]
    if pair in ("oa", "oe", "uy"):
        return (vowels[0], vowels[1])
    return (vowels[0],)


@dataclass(frozen=True)
class Verdict:
    ok: bool
    rule: str = ""  # why not: letters, onset, rhyme, tone, stop-tone, tone-place, two-tones
    suggestions: tuple[str, ...] = ()


VALID = Verdict(True)


@lru_cache(maxsize=65536)
def check(word: str) -> Verdict:
    """Whether a lower-case NFC syllable is well formed, and the fixes when they are clear."""
    letters = split_tone(word)
    if letters is None:
        return Verdict(False, "two-tones")
    base = letters.base
    if not base or any(c not in LETTERS for c in base):
        return Verdict(False, "letters")
    parts = parse_toned(base, letters.tone)
    if parts is None:
        return Verdict(False, "spelling", _respelled(base, letters))
    if letters.tone and base[letters.tone_at] not in VOWELS:
        return Verdict(False, "tone-place")
    if _stop_final(parts.rhyme) and letters.tone not in (SAC, NANG):
        return Verdict(False, "stop-tone", _stop_fixes(base, parts, letters.tone))
    if letters.tone:
        at = letters.tone_at - len(parts.onset)
        places = tone_places(parts)
        if at not in places:
            fixed = with_tone(base, letters.tone, len(parts.onset) + places[-1])
            return Verdict(False, "tone-place", (fixed,))
    return VALID


def is_valid(word: str) -> bool:
    """Well formed, without working out suggestions."""
    letters = split_tone(word)
    if letters is None or not letters.base or any(c not in LETTERS for c in letters.base):
        return False
    parts = parse_toned(letters.base, letters.tone)
    if parts is None:
        return False
    if _stop_final(parts.rhyme) and letters.tone not in (SAC, NANG):
        return False
    return not letters.tone or letters.tone_at - len(parts.onset) in tone_places(parts)


def _stop_final(rhyme: str) -> bool:
    return rhyme.endswith(STOP_FINALS)


def _stop_fixes(base: str, parts: Parts, tone: int) -> tuple[str, ...]:
    """A stop-final syllable takes sắc or nặng; a low tone (huyền, ngã, none) most often
    meant nặng, hỏi most often sắc."""
    at = len(parts.onset) + tone_places(parts)[-1]
    order = (SAC, NANG) if tone == 3 else (NANG, SAC)
    return tuple(with_tone(base, t, at) for t in order)


def _respelled(base: str, letters: Letters) -> tuple[str, ...]:
    """The one spelling-rule fix, when there is exactly one: nghành → ngành, gế → ghế."""
    swaps = (("ngh", "ng"), ("ng", "ngh"), ("gh", "g"), ("g", "gh"), ("k", "c"), ("c", "k"))
    found: list[str] = []
    for wrong, right in swaps:
        if not base.startswith(wrong):
            continue
        shift = len(right) - len(wrong)
        candidate = with_tone(right + base[len(wrong) :], letters.tone, letters.tone_at + shift)
        if is_valid(candidate) and candidate not in found:
            found.append(candidate)
    return tuple(found) if len(found) == 1 else ()


@cache
def _onsetless() -> frozenset[tuple[str, int]]:
    """The onsetless syllables in use as (letters, tone), whichever style wrote them."""
    found = (split_tone(word) for word in _ONSETLESS.split())
    return frozenset((letters.base, letters.tone) for letters in found if letters is not None)


@lru_cache(maxsize=65536)
def rare(word: str) -> bool:
    """A well-formed lower-case syllable that Vietnamese does not use: an onsetless one
    outside the table (ột), y after an onset that never takes it (đy). Such a syllable
    is most often a slip; it is a warning, not an error. (An onset p is left alone:
    Tày and Nùng words of Lạng Sơn take any tone after it, bánh pẻng, khăn piêu.)"""
    letters = split_tone(word)
    if letters is None or not is_valid(word):
        return False
    parts = parse_toned(letters.base, letters.tone)
    assert parts is not None  # valid
    if not parts.onset:
        return (letters.base, letters.tone) not in _onsetless()
    return parts.rhyme == "y" and parts.onset not in Y_ONSETS
