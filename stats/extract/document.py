"""A document's figures: which sentences to read, then the passes that complete what the rules read
(lists, events and dates, antecedents, attackers, repeats)."""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Iterable, Iterator

from .. import language as language_mod
from ..contract import OUTCOMES, is_part_of
from ..gate import (
    attack_positions,
    keyword_positions,
    names_an_attack,
    names_figure_noun,
    names_region,
    region_positions,
    term_at,
)
from ..lexicon import Lexicon, load
from ..markup import Positions, strip_markup
from ..regions import officials_named
from ..terms import whole_phrases
from ..text import Sentence, split_sentences, starts_line
from . import antecedents, lists, places, repeats, single
from .attacker import (
    attacker,
    by_story,
    lead_speaker,
    opposite,
    share_side,
    side_cues,
    side_of_the_lead,
    story_teller,
    strong,
)
from .classes import resolve_class
from .clause import Clause
from .cues import coordinated
from .events import Events
from .launchers import launcher_fire_only
from .outcomes import kept_neutralized, launched_and_downed, merge_launched, neutralize_verb, repelled_attack
from .phrases import CLOSING_QUOTES, QUOTES
from .phrases import mentions as phrase_mentions
from .places import CAPITAL, capital_of, document_region, names_a_place, place, sole_region
from .reading import read_clause
from .records import Candidate, Figure
from .repeats import deduplicate, drop_counted_debris, drop_headline_singles, drop_restated_people, drop_toll_increments

_TIMESTAMP = re.compile(r"\W*(?:\w{3,},?\s+)?\d{1,2}[:.]\d{2}\b")  # "08:47 —", "Monday 08:47"; not "at 23:52"
Read = tuple[Clause | None, list[Candidate]]  # a sentence read (or None: not worth reading) and its figures


def extract_text(text: str, language: str | None = None, doc_date: str | None = None,
                 lexicon: Lexicon | None = None) -> list[Figure]:
    """Every attack figure in a text, in the order they appear.

    The language is detected unless given (or a compiled `lexicon` is given, e.g. of a vocabulary file
    being written: ``stats.lexicon.load_file(path)``); `doc_date` (ISO) gives dates without a year theirs.
    """
    clean, where = strip_markup(text)  # **bold**, [links](...), <tags> are read through
    lex = lexicon or load(language or language_mod.detect(clean))
    doc = _Document(clean, lex, text, where)
    if not doc.names_an_attack():
        return []  # names no weapon and no attack: casualties alone are not figures of an attack
    parsed = doc.read_sentences()
    if all(clause is None for clause, _ in parsed):
        return []  # no sentence worth reading
    figures = doc.walk(parsed)
    out = doc.finish(figures, parsed, doc_date)
    for f in out:  # spans into the text as given, markup and all
        if where is not None:
            f.start, f.end = where[f.start], where[f.end - 1] + 1
        f.surface = text[f.start:f.end]
    return out


@functools.lru_cache(maxsize=16)
def _anaphor_re(lex: Lexicon) -> re.Pattern[str]:
    phrases = sorted(lex.words["region_anaphors"], key=len, reverse=True) or ["(?!)"]
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)")


def _opens_with(line: str, phrases: Iterable[str]) -> bool:
    """Does the line open with one of the phrases as whole words ("Earlier, ..." but not "Earliest")?"""
    return any(line.startswith(p) and not line[len(p):len(p) + 1].isalpha() for p in phrases)


_LAST_WORDS = re.compile(r"(?:(\w+)\s+)?(\w+)$")


class _Document:
    def __init__(self, text: str, lex: Lexicon, original: str | None = None, where: Positions | None = None) -> None:
        self.text = text
        self.original = text if original is None else original  # the text as given, markup and all
        self.where = where  # where each character of `text` stands in `original` (None: the same place)
        self.lex = lex
        self.lowered = text.lower()
        self.exact = len(self.lowered) == len(text)  # else lower-casing moved characters: read every sentence
        self.scan = self.lowered if self.exact else text  # what the side patterns search (lower case if exact)
        self.events = Events()
        self._unread: dict[int, Clause] = {}  # the tokens of sentences not read for figures, once asked for
        self._launcher_only: bool | None = None  # the document names rocket-launcher rockets and no other munition

    @functools.cached_property
    def sentences(self) -> list[Sentence]:
        """The sentences, split when first needed: most texts of an archive name no attack and are never split."""
        return split_sentences(self.text, self.lex.words["abbreviations"])

    @functools.cached_property
    def teller(self) -> str:
        return story_teller(self.scan, self.sentences[0] if self.sentences else None, self.lex, self.exact)

    def names_an_attack(self) -> bool:
        return names_an_attack(self.lex, self.lowered) if self.exact else bool(attack_positions(self.lex, self.lowered))

    def read_sentences(self) -> list[Read]:
        """Each sentence read by the rules, or None when it names no weapon or person and has no number
        within three sentences of one that does; the items under a list's header ("ЗНИЩЕНО:") are read
        with its measure."""
        text, lex = self.text, self.lex
        hits = keyword_positions(lex, self.lowered) if self.exact else list(range(len(text)))
        parsed: list[Read] = []
        items: list[int] = []  # the sentences that start like an item of a list
        recent = -10
        header: str | None = None  # the measure of the list being read
        for index, sent in enumerate(self.sentences):
            named = self._names_figure_noun(hits, sent) or (sent.end == len(text) and self._cut_noun()) or (
                index - recent == 1 and text[sent.start:sent.end].split(" ", 1)[0].lower() in lex.words[
                    "they_pronouns"])  # "Вони були збиті" after a count: its fate (pronouns.they)
            item = lists.starts_item(text, sent.start, sent.end) or (header is not None and lists.unbulleted_item(
                text, sent))  # ("таку зброю:\nдва КАБ;\nFPV-дрон;": a list's lines with no bullet)
            if item:
                items.append(index)
            if header is not None and not (item or sent.title or sent.end - sent.start <= lists.HEADER_LENGTH):
                header = None  # a line of prose: the list has ended
            if not named and parsed and parsed[-1][0] is not None and (lists.LIST_ITEM.match(
                    text, sent.start, sent.end) or (item and lex.number_re.search(text, sent.start, sent.end)) or (
                    parsed[-1][1] and lists.NAMED_ITEM.match(text, sent.start, sent.end))):
                named = True  # the next line of a break-down list ("5 – над территорией Орловской области,",
                # "· Курская область - 28", "Одещина – 10" after a line read with a figure)
            if named:
                recent = index
            elif not (index - recent <= 3 and lex.number_re.search(text, sent.start, sent.end)):
                header = self._header(index) or header
                parsed.append((None, []))  # no weapon named here or just before, or no number: no figure
                continue
            clause = Clause(text, sent, lex, inherited=header if item or sent.title else None,
                            lowered=self.lowered if self.exact else None)
            if index > 0:
                clause.previous = functools.partial(self._clause_before, parsed, index)
            cands = [c for c in read_clause(clause) if not c.dropped]
            if not cands and lists.opens_list(text[sent.start:sent.end]):
                header = lists.header_measure(clause) or header  # naming its users: "Mobile fire groups destroyed:"
            for c in cands:
                c.sentence = index
                c.item = item
            parsed.append((clause, cands))
        for k in lists.tally_items(self.text, self.sentences, items, self.lex.tally_re):
            parsed[k] = (parsed[k][0], [])  # a running tally of losses (D9)
        return parsed

    def _header(self, index: int) -> str | None:
        """The measure of a list's header line ("ЗНИЩЕНО:"), or None."""
        if not lists.header_line(self.text, self.sentences[index]):
            return None  # (tested before the line is tokenized: most short lines are no header)
        return lists.header_measure(self._unread_clause(index))

    def _place_from_before(self, index: int, parsed: list[Read], cands: list[Candidate]) -> None:
        """Figures with no place that the nearest sentence before naming places places, when it names one
        region: casualties ("Russian missiles hit Kyiv overnight. Four people were killed."), and any figure
        over "the region" or "the city" with no name ("над областю збито чотири шахеди"); not past a
        sentence of the whole country ("Russia fired 48 drones at Ukrainian cities. Five people were killed")."""
        unplaced = [c for c in cands if not c.region and c.weapon is not None]
        if unplaced and not self._names_an_anaphor(index):
            unplaced = [c for c in unplaced if c.weapon == "people"]
        if not unplaced:
            return
        for back in range(index - 1, -1, -1):
            before = self._clause_at(parsed, back)
            if names_a_place(before):
                region = sole_region(before)
                for cand in unplaced:
                    cand.region = region or cand.region
                return
            if self._names_whole_country(back):
                return

    def _names_an_anaphor(self, index: int) -> bool:
        """Does the sentence name "the region" or "the city" with no name (`region_anaphors`, whole words: "на
        регион" is not "на региональные центры")?"""
        return _anaphor_re(self.lex).search(self._line(index)) is not None

    def _line(self, index: int) -> str:
        """The sentence lower-cased, white space made single (what phrase lists are matched on)."""
        sent = self.sentences[index]
        return " ".join(self.lowered[sent.start:sent.end].split())

    def _clause_before(self, parsed: list[Read], index: int) -> Clause:
        return self._clause_at(parsed, index - 1)

    def _clause_at(self, parsed: list[Read], index: int) -> Clause:
        """The tokens of sentence `index`: as read, or made now for a sentence not read for figures (its sentence
        before as read too)."""
        clause = parsed[index][0]
        if clause is None:
            clause = self._unread_clause(index)
            if index > 0:
                clause.previous = functools.partial(self._clause_before, parsed, index)
        return clause

    def _unread_clause(self, index: int) -> Clause:
        """The tokens of a sentence not read for figures (a header, the sentence before casualties), made once."""
        clause = self._unread.get(index)
        if clause is None:
            clause = self._unread[index] = Clause(self.text, self.sentences[index], self.lex,
                                                  lowered=self.lowered if self.exact else None)
        return clause

    def _cut_noun(self) -> bool:
        """Does the text end inside a weapon's noun ("... сбит беспилотный летатель", a post cut short)?"""
        last = self.lowered[-2:-1] if self.lowered.endswith("\n") else self.lowered[-1:]
        if not (last.isalnum() or last == "_"):
            return False  # the text ends with a mark or a space: no word is cut off (the test below, sooner)
        words = _LAST_WORDS.search(self.lowered[-100:])
        if words is None:
            return False
        cut = self.lex.completion(words.group(2), words.group(1) or "")
        return cut is not None and cut.head is not None

    def _names_figure_noun(self, hits: list[int], sent: Sentence) -> bool:
        first = bisect.bisect_left(hits, sent.start)
        while first < len(hits) and hits[first] < sent.end:
            if not self.exact or term_at(self.lex, self.lowered, hits[first], names_figure_noun):
                return True
            first += 1
        return False

    def walk(self, parsed: list[Read]) -> list[Candidate]:
        """The passes over the sentences read, in order: lists, events, antecedents, attackers, repeats."""
        lead = lead_speaker(self.scan, self.lex, self._lead_end(), lowered=self.exact)
        default = opposite(lead) if lead else "russia"  # whose attack the text tells, from its lead's source
        context = default  # whose attack the text is telling, from the side cues so far
        history: antecedents.History = []
        figures: list[Candidate] = []
        list_whole: Candidate | None = None
        for index, (clause, cands) in enumerate(parsed):
            sent = self.sentences[index]
            if not figures and sent.title:
                self.events.header(self.text, sent.start, sent.end, self.lex)
            if clause is None:
                list_whole = self._list_opened(index, parsed, history)
                # a sentence without figures still tells whose attack the next ones are about ("Russia's
                # defence ministry said on Sunday:", a headline naming the source)
                context = (strong(side_cues(self.scan, sent, self.lex, self.teller, self.exact)) or [context])[-1]
                continue
            if _TIMESTAMP.match(self.text, sent.start) and starts_line(self.text, sent.start):
                context = "russia"  # a new live-blog entry (a line's first words) starts a new story, of its own source
            list_whole = lists.continue_list(clause, cands, list_whole) or self._list_opened(index, parsed, history)
            if not cands and figures and figures[-1].sentence == index - 1 and not figures[-1].models:
                self._models_go_on(clause, figures[-1])
            cands = self._without_ground_fire(index, clause, cands, parsed)
            if cands and any(c.weapon == "people" for c in cands) and self._launcher_fire(parsed):
                cands = [c for c in cands if c.weapon != "people"]  # of rocket-launcher fire (D17)
            if cands and any(clause.word(k, "demining_words") for k in range(clause.n)):
                # ordnance made safe by deminers: outcomes, and counts of no measure stated
                cands = [c for c in cands if c.measure not in OUTCOMES and c.index not in clause.defaulted]
            if history:
                lists.carry_measure(clause, cands, history[-1])
            mentions = phrase_mentions(clause)
            if cands:
                self.events.advance(clause)
            cues = side_cues(self.scan, sent, self.lex, self.teller, self.exact)
            # "Kyiv's military counted attacks by 700 drones last month": the side a sentence names as its
            # source tells of the other side's weapons (an aircraft downed is told by its own side's cues)
            resolved = single.join_coordinated_people(clause, place(clause, self._resolve(cands, mentions, history)))
            for cand in resolved:
                if cand.part_of is not None and not cand.region:
                    cand.region = cand.part_of.region  # "· Мещовский район 3" under a total over its oblast
            self._place_from_before(index, parsed, resolved)
            source = None if strong(cues) or not resolved else lead_speaker(
                self.scan, self.lex, sent.end, sent.start, self.exact)
            repelled: list[Candidate] = []
            for cand in resolved:
                told = opposite(source) if source is not None and cand.weapon != "aircraft" else context
                cand.attacker = attacker(cand, cues, told, self.teller)
                cand.side_by_story = source is None and by_story(cand, cues)
                if cand.region == CAPITAL:
                    cand.region = capital_of(cand.attacker)  # the capital of the country attacked
                if cand.measure == "lost" and cand.weapon != "aircraft":
                    cand.measure = "jammed"
                if repelled_attack(clause, cand):
                    repelled.append(dataclasses.replace(cand, measure="launched"))  # D4
                    cand.measure = "neutralized"
                elif (outcome := launched_and_downed(clause, cand)) is not None:
                    if outcome[1]:
                        repelled.append(dataclasses.replace(cand, measure="launched"))  # D4
                    cand.measure = outcome[0]
                elif cand.measure == "neutralized" and cand.attacker == "ukraine" and neutralize_verb(clause, cand):
                    cand.measure, cand.neutral_kept = "shot_down", kept_neutralized(clause, cand)  # (D23)
            share_side(resolved, cues)
            resolved = merge_launched(resolved, repelled)
            in_hospital = any(c.measure == "injured" for c in resolved) and any(
                clause.hospital_word(k) or clause.phrase_starting(k, "care_places") for k in range(clause.n))
            resolved = drop_restated_people(resolved, figures, in_hospital)
            context = (strong(cues) or [context])[-1]
            history.append(resolved + mentions)
            figures.extend(resolved)
        return figures

    def _lead_end(self) -> int:
        """Where a text's lead ends: its second sentence, or, when the text opens with a quotation, the sentence
        that closes it with its speaker ("«От взрыва БПЛА пострадал житель. ...», – рассказал Гладков")."""
        end = self.sentences[min(1, len(self.sentences) - 1)].end
        opened = self.text.lstrip()[:1]
        if opened in QUOTES:
            at = self.text.index(opened) + 1
            close = min((i for i in (self.text.find(q, at) for q in CLOSING_QUOTES) if i >= 0), default=-1)
            within = [s.end for s in self.sentences[:5] if s.start <= close < s.end]
            end = max(end, within[0]) if within else end
        return end

    @staticmethod
    def _models_go_on(clause: Clause, last: Candidate) -> None:
        """A line of models under a figure of no model names its models ("- 18 крилатих ракет" then
        "Х-101/Х-555, «Калібр»")."""
        names = lists.models_only(clause)
        models = [m for m in clause.lex.models if m.name in names]
        if models and last.weapon in ("missile", "cruise_missile", "ballistic_missile", "drone", "aircraft"):
            last.models = names
            last.weapon = resolve_class(last.weapon, models) if last.weapon == "missile" else last.weapon

    def _list_opened(self, index: int, parsed: list[Read], history: antecedents.History) -> Candidate | None:
        """"ЗБИТО/ПОДАВЛЕНО – 451" then "in that number:", or "...сбито 97 БПЛА" then "Дроны сбили в следующих
        регионах:": a line of no count of its own opens a list of the figure before."""
        sent = self.sentences[index]
        if not (lists.opens_list(self.text[sent.start:sent.end]) and index > 0 and history):
            return None
        clause, cands = parsed[index]
        if clause is not None and (cands or clause.names_people()):
            return None  # a line with a count opens its own list; one of people none of weapons ("Число раненых:")
        wholes = [c for c in history[-1] if c.rule != "mention" and not c.part]
        return wholes[-1] if wholes and parsed[index - 1][0] is not None else None

    def _without_ground_fire(self, index: int, clause: Clause, cands: list[Candidate], parsed: list[Read]
                             ) -> list[Candidate]:
        """"...fired artillery. A man was injured.": casualties after a sentence of ground fire are not ours, nor
        after a day's shelling and air strikes told together ("632 shells from mortars, tanks and drones. Three
        people were injured": D5)."""
        if not cands or not any(c.weapon == "people" for c in cands) or clause.names_air_attack():
            return cands
        before = self._clause_before(parsed, index) if index > 0 else None
        if (before is not None and (before.fire_before() or before.counts_strikes())) or clause.counts_strikes():
            return [c for c in cands if c.weapon != "people"]  # ("350 ударів за добу, загинули троє": D5)
        return cands

    def _launcher_fire(self, parsed: list[Read]) -> bool:
        if self._launcher_only is None:
            self._launcher_only = launcher_fire_only([clause for clause, _ in parsed if clause is not None])
        return self._launcher_only

    def _resolve(self, cands: list[Candidate], mentions: list[Candidate], history: antecedents.History
                 ) -> list[Candidate]:
        cands = [c for c in cands if not (c.breakdown and c.measure is None)]
        extra: list[Candidate] = []
        for cand in cands:
            cand.event = self.events.current
            extra += antecedents.resolve(cand, cands, mentions, history, self.text)
        for copy in extra:
            copy.event = self.events.current
        cands = sorted(cands + extra, key=lambda c: c.index)
        return [c for c in cands if c.weapon is not None and c.value >= 0 and not c.dropped and (
            c.rule != "the-single" or c.single_ok or (c.measure == "hit" and not self._counted(c, history)))]

    @staticmethod
    def _counted(cand: Candidate, history: antecedents.History) -> bool:
        """Has a figure of the weapon of "the drone hit a house", or of its kind, been told before (then it is one
        of those; else its hit is the fate of one weapon, D1)?"""
        return any(c.weapon is not None and cand.weapon is not None and c.rule != "mention" and (
            c.weapon == cand.weapon or is_part_of(c.weapon, cand.weapon) or is_part_of(cand.weapon, c.weapon))
            for past in history for c in past)

    def finish(self, figures: list[Candidate], parsed: list[Read], doc_date: str | None) -> list[Figure]:
        """Drop casualties of a text that names no attack and restated figures (a headline that sums up a body
        of another night counts as the body's); date and write the rest."""
        if any(c.weapon == "people" for c in figures) and not self._names_attack(parsed):
            figures = [c for c in figures if c.weapon != "people"]  # casualties with no attack named: not ours
        figures = repeats.neutralized_parts(repeats.split_shared(repeats.parts_of_all(repeats.combined_totals(
            drop_toll_increments(repeats.drop_one_of_a_count(drop_counted_debris(figures)))))))  # (see each)
        lists.side_of_parts(figures)
        if self.lex.has_articles:
            figures = drop_headline_singles(figures, self.sentences)
        self._headline_tells_the_body(figures)
        self._place_by_document(figures, parsed)
        side_of_the_lead(figures)
        year = self.events.year(doc_date)
        out: list[Figure] = []
        for cand in deduplicate(figures, self.sentences, lambda first, then: coordinated(
                self._clause_at(parsed, then.sentence), then.index), lambda index: self._additive(parsed, index)):
            sent = self.sentences[cand.sentence]
            out.append(Figure(
                event=cand.event, date=self.events.date_of(cand.event, year), attacker=cand.attacker,
                weapon=cand.weapon or "aerial_weapon", model="/".join(cand.models), measure=cand.measure or "launched",
                value=cand.value, qualifier=cand.qualifier, start=cand.start, end=cand.end,
                evidence=self._evidence(sent), rule=f"{self.lex.language}:{cand.rule}",
                surface=self.text[cand.start:cand.end], region=cand.region, group=cand.group,
            ))
        return out

    def _headline_tells_the_body(self, figures: list[Candidate]) -> None:
        """Headline figures of the first attack whose body tells none of it (the body opens with "last week" or
        another night) and restates one of them in its first attack are of that attack: the headline sums up the
        body (not "50 drones overnight" over "the night before, 40 drones")."""
        titles = [c for c in figures if self.sentences[c.sentence].title]
        body = [c for c in figures if not self.sentences[c.sentence].title]
        if not (titles and body and all(c.event == 0 for c in titles) and not any(c.event == 0 for c in body)):
            return
        first = [(c.weapon, c.measure, c.value) for c in body if c.event == body[0].event]
        if any((c.weapon, c.measure, c.value) in first for c in titles):  # (the body restates the headline)
            for cand in titles:
                cand.event = body[0].event

    def _additive(self, parsed: list[Read], index: int) -> bool:
        """Does the sentence tell of more than was told before ("The enemy also launched ...")?"""
        c = self._clause_at(parsed, index)
        return any(c.word(k, "additive_words") for k in range(c.n))

    def _place_by_document(self, figures: list[Candidate], parsed: list[Read]) -> None:
        """Figures with no place of a document about one region (a governor's report, a regional newsroom's
        story) are in that region, from the sentence that first names it on; not a total of figures placed in
        it ("20 drones, 12 of them over the region"), nor a figure of a sentence that names the whole country
        ("the air force counted 41 drones fired at Ukraine") or of the sentences after it, until one names the
        region again."""
        places.weapons_where_their_people_are(figures, self.teller)
        if not (unplaced := [c for c in figures if not c.region]):
            return
        # the officials the headline and the lead name ("Gladkov: ...", "повідомив Лисак") name their regions
        officials = {i: named for i, sent in enumerate(self.sentences[:2])
                     if (named := officials_named(self.text, sent.start, sent.end))}
        last_figure = max(c.sentence for c in figures)
        # a place named after the last figure in a sentence of the past ("Recently, ... in Novorossiysk") is
        # no place of the document
        indices = sorted(i for i in set(self._naming_regions(parsed)) | set(officials) if i <= last_figure or not
                         _opens_with(self._line(i), self.lex.words["background_openers"]))
        found = document_region(((i, self._clause_at(parsed, i)) for i in indices), officials)
        if found is None:
            return
        region, naming = found
        placed = [c for c in figures if c.region]
        national = {i for i in range(naming[0], len(parsed)) if self._names_whole_country(i)}
        inside = [i for i in range(len(parsed)) if i in naming or i in national]  # where the place changes
        for cand in unplaced:
            last = bisect.bisect_right(inside, cand.sentence) - 1
            if last < 0 or inside[last] in national or any(
                    p.weapon == cand.weapon and p.measure == cand.measure and p.value < cand.value for p in placed) \
                    or any(p.sentence == cand.sentence and p.index > cand.index and p.value < cand.value and (
                        p.of_them or p.part or p.rule == "of-them") for p in placed):
                continue  # (a whole whose part the sentence places: "запустив 50 дронів, з них 30 збито над Київщиною")
            places.settle(cand, region, self.teller)

    def _naming_regions(self, parsed: list[Read]) -> Iterator[int]:
        """The sentences that may name a region, in order (all of them where lower-casing moved characters); a
        sentence read already needs no confirmation of the keyword (its tokens tell)."""
        if not self.exact:
            yield from range(len(self.sentences))
            return
        starts = [sent.start for sent in self.sentences]
        last = -1
        for end in region_positions(self.lex, self.lowered):
            index = bisect.bisect_right(starts, end) - 1
            if index > last and (parsed[index][0] is not None or term_at(self.lex, self.lowered, end, names_region)):
                yield index
                last = index

    def _names_whole_country(self, index: int) -> bool:
        """Does the sentence place its figures in a whole country (`whole_country`: "attacks on Ukraine")?"""
        return whole_phrases(self.lex.words["whole_country"]).search(self._line(index)) is not None

    def _evidence(self, sent: Sentence) -> str:
        """The sentence as the text gives it (markup and all), white space made single."""
        start, end = sent.start, sent.end
        if self.where is not None:
            start, end = self.where[start], self.where[end - 1] + 1
        return " ".join(self.original[start:end].split())

    def _names_attack(self, parsed: list[Read]) -> bool:
        """Does a sentence of the text name a weapon or an attack? (Those not read for figures are read here.) A text
        whose only attack is a shelling and the hits it made names none ("обстріл міста ... Є влучання", D5)."""
        clauses = [clause for clause, _ in parsed if clause is not None]
        if any(c.names_air_attack_word() for c in clauses):
            return True  # (most texts: the sentences read already name a weapon)
        starts = [sent.start for sent in self.sentences]
        unread = sorted({bisect.bisect_right(starts, pos) - 1 for pos in attack_positions(self.lex, self.lowered)})
        more = [self._unread_clause(i) for i in unread if i >= 0 and parsed[i][0] is None]
        clauses += more
        return any(c.names_air_attack_word() for c in more) or (any(c.names_attack() for c in clauses) and not any(
            t.has("shelling") for c in clauses for t in c.toks))
