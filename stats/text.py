"""Sentences and tokens of a document, with their character spans."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .lexicon import Lexicon, Senses

# A candidate sentence end: terminal punctuation (with closing quotes or brackets) before white
# space, or glued to the next sentence's first word after a word or number of two characters or more
# ("Kherson.Russia", "of 50.Poltava", 'said."The': a page's paragraphs joined with no space; not "U.S." nor
# "3.5"), or a line break.
_END = re.compile(r"[.!?…]+[\"»”’')\]]*(?=\s)|[.!?](?<=[^\W_]{2}.)[\"»”“]?(?=[^\W\d_](?:[^\W\d_]|\s))|\n")
_BLANK = re.compile(r"[ \t]*\n")
_NEXT = re.compile(r"\s*([\"«“‘(\[–—-]?\s*)(\S)")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    title: bool  # a line of its own without closing punctuation: a headline, a list item, a label


def starts_line(text: str, start: int) -> bool:
    """Does offset `start` open a line of the text (its first character, or the one after a line break)?"""
    return start == 0 or text[start - 1] == "\n"


def split_sentences(text: str, abbreviations: frozenset[str] = frozenset()) -> list[Sentence]:
    """Sentences of a text, as spans. Every line break ends a sentence; a dot after one of the
    abbreviations (lower case, without the dot) or after a single letter does not."""
    out: list[Sentence] = []
    start = 0
    paragraph = 0
    length = len(text)
    for match in _END.finditer(text):
        end = match.end()
        if match.group() != "\n":
            following = _NEXT.match(text, end)
            if following is None:
                continue
            nxt = following.group(2)
            # a capital, a digit, an opening quote or dash, or a symbol that opens a line of a post ("▫️",
            # "💥", "•") starts the next sentence
            if not (nxt.isupper() or nxt.isdigit() or following.group(1).strip() or nxt == "•"
                    or unicodedata.category(nxt).startswith("S")):
                continue
            word = text[max(start, match.start() - 12) : match.start()].split()
            if word and match.group().startswith(".") and _is_abbreviation(word[-1], abbreviations):
                continue
        elif _line_goes_on(text, match.start(), end):
            continue
        _add(text, start, end, paragraph, out)
        if match.group() == "\n" and _BLANK.match(text, end):
            paragraph += 1  # a blank line starts a new paragraph
        start = end
    _add(text, start, length, paragraph, out)
    return out


_NUMBER_LINE = re.compile(r"[ \t]*(?:[-–—•*+][ \t]*)?\d[\d ,.]*[ \t]*$")
_LINE_END = re.compile(r"[^\W\d_][\"»”’')]?[ \t]*$")


def _line_goes_on(text: str, newline: int, after: int) -> bool:
    """Does a phrase go on past this line break? A number alone on its line above its noun ("2" then
    "ударних БПЛА", a table's layout), or a line ending in a word followed by one starting with a small
    letter ("2 керовані авіаційні" then "ракети Х-59", a wrapped card line)."""
    if after >= len(text) or not text[after].isalpha():
        return False
    line_start = text.rfind("\n", 0, newline) + 1
    if newline - line_start > 200:
        return False
    if _NUMBER_LINE.match(text, line_start, newline):
        return True
    return text[after].islower() and _LINE_END.search(text, line_start, newline) is not None


def _is_abbreviation(word: str, abbreviations: frozenset[str]) -> bool:
    low = word.lower().lstrip("([\"'«“")
    return low in abbreviations or (len(low) == 1 and low.isalpha())


MAX_SENTENCE = 1500  # a longer "sentence" (a run without punctuation) is read in pieces of about this size


def _add(text: str, start: int, end: int, paragraph: int, out: list[Sentence]) -> None:
    while end - start > MAX_SENTENCE:
        cut = max(text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE),
                  text.rfind(",", start + MAX_SENTENCE // 2, start + MAX_SENTENCE))
        cut = cut + 1 if cut > start else start + MAX_SENTENCE
        _add_one(text, start, cut, paragraph, out)
        start = cut
    _add_one(text, start, end, paragraph, out)


def _add_one(text: str, start: int, end: int, paragraph: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return
    # a whole line: only white space between the sentence and the line breaks around it (looked for nearby,
    # so a text of one endless line stays linear)
    near = max(0, start - 200)
    cut = text.rfind("\n", near, start)
    whole_left = (cut != -1 or start <= 200) and not text[cut + 1 if cut != -1 else near:start].strip()
    whole_line = whole_left
    if whole_left:
        far = min(len(text), end + 200)
        cut = text.find("\n", end, far)
        whole_line = (cut != -1 or end + 200 >= len(text)) and not text[end:cut if cut != -1 else far].strip()
    title = whole_line and text[end - 1] not in ".!?…:;\"»”’)"
    out.append(Sentence(start, end, paragraph, title))


NO_ROLES: frozenset[str] = frozenset()


@dataclass(slots=True)
class Token:
    kind: str  # DATE V TIME PCT MONEY RANGE HYPH NUM DEC W P
    start: int
    end: int
    low: str
    sense: Senses | None = None
    value: int | None = None
    roles: frozenset[str] | set[str] = NO_ROLES  # the sense's roles (none without a sense)

    def has(self, role: str) -> bool:
        return role in self.roles


_DIGITS = re.compile(r"\D")
_RANGE_DASH = re.compile(r"\s?[-–—]\s?")
RANGE_ROLES: frozenset[str] = frozenset({"RANGE"})  # a number read from a range (its kind was RANGE)


def _range_bounds(surface: str) -> int | None:
    """The lower number of a range of two counts written in digits ("12-15", "100 – 170"), when the higher is
    more and at most twice as much (not "2022-2024", "1-30"): a count of at least it (D18)."""
    if surface.endswith("%"):
        return None  # "85-86%": a share
    low, _, high = _RANGE_DASH.sub("|", surface, count=1).partition("|")
    a, b = int(_DIGITS.sub("", low) or 0), int(_DIGITS.sub("", high) or 0)
    return a if 0 < a < b <= 2 * a + 1 and not (1900 <= a <= 2100 and b <= 2100) else None


def tokenize(text: str, start: int, end: int, lex: Lexicon, lowered: str | None = None) -> list[Token]:
    """Tokens of text[start:end]; number words are merged into NUM tokens with their value. With the text
    lower-cased (`lowered`, of the same length), the faster case-sensitive pattern reads it."""
    raw: list[Token] = []
    append = raw.append
    if lowered is not None:
        matches = lex.lower_token_re.finditer(lowered, start, end)
    else:
        matches = lex.token_re.finditer(text, start, end)
    for m in matches:
        kind = m.lastgroup or "P"
        s, e = m.span()
        low = m.group() if lowered is not None else text[s:e].lower()
        if kind == "P" or (kind == "W" and (low.isalnum() or not _HYPHEN.search(low))):
            append(Token(kind, s, e, low))  # most tokens: a plain word or a mark
        else:
            _add_token(raw, kind, s, e, low, text[s:e], lex)
    if raw and raw[-1].end == len(text) and (raw[-1].kind == "W" or (raw[-1].kind == "V" and (
            raw[-1].sense is None or (raw[-1].sense.head is None and raw[-1].sense.model is None)))):
        _complete_cut(text, raw, lex)  # (a cut word may match a stem of a modifier: "беспилотн", "БПЛ")
    return _merge_numbers(raw)


def _complete_cut(text: str, raw: list[Token], lex: Lexicon) -> None:
    """A text cut off inside a word: the term it began, where only one fits ("БПЛ(А)"; "подавлен средствами
    радиоэлек(тронной борьбы)", a cue of several words, whose tokens become one)."""
    cut = lex.completion(raw[-1].low, raw[-2].low if len(raw) > 1 else "")
    if cut is not None:
        raw[-1].kind, raw[-1].sense, raw[-1].roles = "V", cut, cut.roles
        return
    words: list[Token] = [raw[-1]]
    for tok in reversed(raw[-4:-1]):
        if tok.kind not in ("W", "V") or text[tok.end:words[0].start].strip():
            break
        words.insert(0, tok)
    found = lex.cut_phrase(tuple(t.low for t in words)) if len(words) > 1 else None
    if found is not None:
        n, sense = found
        first = words[-n]
        del raw[-n:]
        raw.append(Token("V", first.start, words[-1].end, text[first.start:words[-1].end].lower(), sense,
                         roles=sense.roles))


def _add_token(raw: list[Token], kind: str, s: int, e: int, low: str, surface: str, lex: Lexicon) -> None:
    """A token of the vocabulary, a number, or a hyphenated word, with what it means."""
    tok = Token(kind, s, e, low)
    if kind == "V":
        tok.sense = lex.lookup(surface)
        if tok.sense is not None:
            tok.roles = tok.sense.roles
    elif kind == "NUM":
        tok.value = int(_DIGITS.sub("", surface))
    elif kind == "RANGE" and (bounds := _range_bounds(surface)) is not None:
        tok.kind, tok.value, tok.roles = "NUM", bounds, RANGE_ROLES  # "12-15 ракет": at least 12 (D18)
    elif kind == "HYPH" and (case := _case_number(surface, lex)) is not None:
        tok.kind, tok.value = "NUM", case  # "112-ма ударними БпЛА", "81-го"
    elif kind == "HYPH" and (counted := _number_noun(surface, s, lex)):
        raw.extend(counted)  # "a 100-missile barrage": the number and the weapon it counts
        return
    elif kind == "W":
        parts = _split_number_words(surface, s, lex)
        if parts:
            raw.extend(parts)
            return
        # "Neptune-MD", "Shahed-136M": a variant of a known model; "безпілотник-імітатор": a kind of the
        # weapon the first part names
        model = _model_prefix(surface, lex) or _head_prefix(surface, lex)
        if model is not None:
            tok.kind, tok.sense, tok.roles = "V", model, model.roles
    raw.append(tok)


_HYPHEN = re.compile(r"[-‐‑‒–—]")
_CASE_NUMBER = re.compile(r"(\d+)[-‐‑]([^\W\d_]+)")


def _case_number(surface: str, lex: Lexicon) -> int | None:
    m = _CASE_NUMBER.fullmatch(surface)
    if m is None or m.group(2).lower() not in lex.case_endings:
        return None
    return int(m.group(1))


_NUMBER_NOUN = re.compile(r"(\d+)[-‐‑]([^\W\d_]+)")


def _number_noun(surface: str, offset: int, lex: Lexicon) -> list[Token]:
    """"147-drone", "100-missile": a count joined to the weapon noun it counts, as the number and the noun."""
    m = _NUMBER_NOUN.fullmatch(surface)
    sense = lex.lookup(m.group(2)) if m is not None else None
    if m is None or sense is None or sense.head in (None, "people") or sense.cues:
        return []
    return [Token("NUM", offset, offset + m.end(1), m.group(1), value=int(m.group(1))),
            Token("V", offset + m.start(2), offset + len(surface), m.group(2).lower(), sense, roles=sense.roles)]


MODEL_PREFIX = 40  # a model's name is no longer than this: longer hyphenated words are read no further


def _model_prefix(surface: str, lex: Lexicon) -> Senses | None:
    cuts = [m.start() for m in _HYPHEN.finditer(surface, 0, MODEL_PREFIX)]
    for cut in reversed(cuts):
        sense = lex.lookup(surface[:cut])
        if sense is not None and sense.model is not None:
            return sense
    return None


def _head_prefix(surface: str, lex: Lexicon) -> Senses | None:
    m = _HYPHEN.search(surface, 0, MODEL_PREFIX)
    sense = lex.lookup(surface[:m.start()]) if m is not None else None
    if m is not None and surface[m.end():].lower() in lex.words["hyphen_not_weapon"]:
        return None  # "дронів-перехоплювачів": the interceptors, not the weapon the first part names
    # not an aircraft: "самолёт-носитель авиабомб" names the bombs it carries
    return sense if sense is not None and sense.head not in (None, "people", "aircraft") and not sense.cues else None


def _split_number_words(surface: str, offset: int, lex: Lexicon) -> list[Token]:
    """"twenty-five" as the tokens twenty, -, five (merged into one number afterwards)."""
    out: list[Token] = []
    pos = 0
    for piece in _HYPHEN.split(surface):
        sense = lex.lookup(piece)
        if sense is None or sense.number is None:
            return []
        if out:
            out.append(Token("P", offset + pos - 1, offset + pos, "-"))
        out.append(Token("V", offset + pos, offset + pos + len(piece), piece.lower(), sense, roles=sense.roles))
        pos += len(piece) + 1
    return out


def _merge_numbers(toks: list[Token]) -> list[Token]:
    if not any(t.sense is not None and t.sense.number is not None for t in toks):
        return toks  # no number word, no scale: nothing to merge
    out: list[Token] = []
    i = 0
    n = len(toks)
    while i < n:
        tok = toks[i]
        sense = tok.sense
        if sense is not None and sense.number is not None and sense.number_kind == "phrase" and not _opens_run(toks, i):
            out.append(Token("NUM", tok.start, tok.end, tok.low, sense, sense.number, tok.roles))
            i += 1
            continue
        if tok.kind == "DEC" and i + 1 < n and _scale(toks[i + 1]) and \
                (value := float(tok.low.replace(",", ".")) * _scale(toks[i + 1])).is_integer():
            end, i = _past_abbreviation_dot(toks, i + 1)
            out.append(Token("NUM", tok.start, end, tok.low, None, int(value)))  # "3,5 тисячі": 3,500
            continue
        if tok.kind == "NUM" and i + 1 < n and _scale(toks[i + 1]) and tok.value is not None:
            scale = _scale(toks[i + 1])
            rest = toks[i + 2] if i + 2 < n else None
            if rest is not None and rest.kind == "NUM" and rest.sense is None and rest.value is not None \
                    and 0 < rest.value < scale:  # "2 тисячі 275": 2,275
                out.append(Token("NUM", tok.start, rest.end, tok.low, None, tok.value * scale + rest.value))
                i += 3
                continue
            end, i = _past_abbreviation_dot(toks, i + 1)
            out.append(Token("NUM", tok.start, end, tok.low, None, tok.value * scale))
            continue
        if sense is None or sense.number is None or (sense.number_kind == "scale" and not _scale_alone(toks, i)):
            out.append(tok)
            i += 1
            continue
        # a run of number words: twenty-five, one hundred and twenty, двадцять п'ять
        j = i
        total = current = 0
        last = i
        while j < n:
            t = toks[j]
            s = t.sense
            if s is not None and s.number is not None and (s.number_kind != "phrase" or j == i):
                if s.number_kind == "phrase":  # "a hundred and twenty": a phrase of a scale opens the run
                    total, current = (s.number, 0) if s.number % 1000 == 0 else (0, s.number)
                elif s.number_kind == "scale":
                    if s.number == 100:
                        current = max(current, 1) * 100
                    else:
                        total += max(current, 1) * s.number
                        current = 0
                elif current % 100 and s.number_kind != "hundred" and current % 10 == 0 and s.number < 10:
                    current += s.number  # twenty + five
                elif current == 0 or (current % 100 == 0 and s.number < 100) or (
                    current % 1000 == 0 and current and s.number < 1000
                ):
                    current += s.number
                else:
                    break
                last = j
                j += 1
                continue
            # a hyphen between words, or "and" after a hundred or thousand
            following = toks[j + 1].sense if j + 1 < n else None
            if following is not None and following.number is not None:
                joiner = t.low in "-‐‑" or (t.has("joiner") and (current % 100 == 0 or total) and current + total)
                if joiner and following.number_kind != "phrase":
                    j += 1
                    continue
            break
        value = total + current
        first = toks[i]
        out.append(Token("NUM", first.start, toks[last].end, first.low, first.sense, value, first.roles))
        i = last + 1
    return out


def _opens_run(toks: list[Token], i: int) -> bool:
    """Does the number phrase at i stand for a hundred or a thousand that more number words follow, past a
    joiner ("a hundred and twenty", "a thousand two hundred")?"""
    sense = toks[i].sense
    k = i + 1 + (i + 1 < len(toks) and toks[i + 1].has("joiner"))
    following = toks[k].sense if k < len(toks) else None
    if sense is None or not sense.number or following is None or following.number is None:
        return False
    return sense.number % 100 == 0 and following.number_kind != "phrase" and following.number < sense.number


def _scale_alone(toks: list[Token], i: int) -> bool:
    """A scale word with no number before it that is a number itself: after a qualifier ("понад тисячу",
    "около сотни": a thousand, a hundred; "сотни дронов" alone is hundreds), or in a form that names one of
    it ("тисячу дронів")."""
    before = toks[i - 1].sense if i else None
    if before is not None and before.number is not None:
        return False
    return toks[i].has("single_scales") or (before is not None and before.qualifier is not None)


def _past_abbreviation_dot(toks: list[Token], k: int) -> tuple[int, int]:
    """The end of a scale word at k and the index after it, past the dot of its abbreviation when the sentence
    goes on ("1,5 тис. дронів": the dot belongs to "тис")."""
    if k + 2 < len(toks) and toks[k + 1].low == "." and toks[k + 1].start == toks[k].end:
        return toks[k + 1].end, k + 2
    return toks[k].end, k + 1


def _scale(tok: Token) -> int:
    sense = tok.sense
    if sense is not None and sense.number_kind == "scale" and sense.number is not None and sense.number >= 1000:
        return sense.number
    return 0
