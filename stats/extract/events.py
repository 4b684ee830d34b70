"""Which attack of a document a figure belongs to, and its date."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from ..lexicon import Lexicon
from .clause import Clause

_TIME_WORD = re.compile(r"\d{1,2}[:.]\d{2}")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{2,4})")
MonthDay = tuple[int, int, int | None]  # month, day, year if stated
HEADER_LENGTH = 60  # a header line is short


@dataclass
class Events:
    """The attacks a document tells, as they are met: 0 is the first; "the night before" opens another."""

    current: int = 0
    keys: dict[object, int] = field(default_factory=dict)
    dates: dict[int, MonthDay] = field(default_factory=dict)
    from_previous: bool = False
    count: int = 1
    before: dict[int, int] = field(default_factory=dict)  # event told as "the night before" another
    header_date: MonthDay | None = None  # the date of the report's header line: the first attack's if none
    last_date_end: int = -1  # where the last date read ended

    def advance(self, c: Clause) -> None:
        """Move to another event when the sentence names another night or date."""
        for m in c.lex.time_re.finditer(c.text, c.sent.start, c.sent.end):
            if m.lastgroup == "previous":
                self._previous()
            elif m.lastgroup == "current" and self.from_previous:
                self.current = 0
                self.from_previous = False
        for tok in c.toks:
            if tok.kind == "DATE":
                self._date(c, tok.start, tok.end)

    def header(self, text: str, start: int, end: int, lex: Lexicon) -> None:
        """A date standing in a report's header line before any figure ("03.06.2025 (07.00)") dates the
        first attack, unless the text itself dates it."""
        if self.header_date is not None or end - start > HEADER_LENGTH:
            return
        low = text[start:end].lower()
        tokens = lex.lower_token_re.finditer(low) if len(low) == end - start else lex.token_re.finditer(
            text, start, end)
        for m in tokens:
            if m.lastgroup == "DATE" and (parsed := parse_date(m.group(), lex)) is not None:
                self.header_date = parsed
                return

    def _previous(self) -> None:
        key = ("previous", self.current)
        if key not in self.keys:
            self.keys[key] = self.count
            self.before[self.count] = self.current
            self.count += 1
        self.current = self.keys[key]
        self.from_previous = True

    def _date(self, c: Clause, start: int, end: int) -> None:
        parsed = parse_date(c.text[start:end], c.lex)
        if parsed is None:
            return
        last, self.last_date_end = self.last_date_end, end
        if c.sent.start <= last <= start and start - last <= 40 and "(" in c.text[last:start]:
            return  # "the night of 12 May (from 21:00 on 11 May)": the same night, its start
        words = c.text[max(c.sent.start, start - 14):start].lower().split()
        if words and _TIME_WORD.fullmatch(words[-1]):
            words.pop()  # "с 23:00 21 мая до 07:00 22 мая": the time of day between
        if words and words[-1] in c.lex.range_start:
            return  # "since 24 February": a period begins, no attack
        key: tuple[int, int] = (parsed[0], parsed[1])
        if key in self.keys:
            self.current = self.keys[key]
        elif self.current not in self.dates:
            self.keys[key] = self.current
        else:
            self.keys[key] = self.count
            self.current = self.count
            self.count += 1
        self.dates.setdefault(self.current, parsed)

    def year(self, doc_date: str | None) -> int | None:
        """The year of dates stated without one: the document's date, else the latest year the text states."""
        if doc_date and len(doc_date) >= 4 and doc_date[:4].isdigit():
            return int(doc_date[:4])
        stated = [year for _, _, year in [*self.dates.values(), *([self.header_date] if self.header_date else [])]
                  if year]
        return max(stated) if stated else None

    def date_of(self, event: int, year: int | None) -> str:
        """The ISO date of an event, or "" when the text does not say it."""
        found = self.dates.get(event, self.header_date if event == 0 else None)
        if found is None:
            base = self.before.get(event)
            if base is None:
                return ""
            # "the night before": the day before the attack it is told against
            later = self.date_of(base, year)
            if not later:
                return ""
            return (datetime.date.fromisoformat(later) - datetime.timedelta(days=1)).isoformat()
        month, day, stated_year = found
        y = stated_year or year
        if y is None:
            return ""
        try:
            return datetime.date(y, month, day).isoformat()
        except ValueError:
            return ""


def parse_date(surface: str, lex: Lexicon) -> MonthDay | None:
    """Month, day and year (if given) of a date token: "2025-06-28", "28.06.2025", "28 June", "June 28"."""
    low = surface.lower()
    iso = _ISO.fullmatch(low)
    if iso:
        return int(iso.group(2)), int(iso.group(3)), int(iso.group(1))
    dotted = _DOTTED.fullmatch(low)
    if dotted:
        year = int(dotted.group(3))
        return int(dotted.group(2)), int(dotted.group(1)), year + 2000 if year < 100 else year
    month = next((m for w in re.findall(r"\w+", low) if (m := _month(w.rstrip("."), lex))), None)
    numbers = [int(x) for x in re.findall(r"\d+", low)]
    days = [x for x in numbers if 1 <= x <= 31]
    years = [x for x in numbers if 1900 <= x <= 2100]
    if month is None or not days:
        return None
    return month, days[-1], years[0] if years else None


def _month(key: str, lex: Lexicon) -> int | None:
    if key in lex.months:
        return lex.months[key]
    for name, value in lex.months.items():
        if len(name) > 3 and key.startswith(name[:-1]) and len(key) <= len(name) + 2:
            return value
    return None
