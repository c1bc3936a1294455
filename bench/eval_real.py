"""Accuracy of the claims on real third-party excerpts (tests/eval/real/): dev and blind
splits scored apart.

The texts are not in git: `python bench/real_texts.py check` says which are missing and
how to gather them again. Only the excerpts present (and unchanged) are scored; the rest
are counted as missing. Each excerpt goes through the process stage's own path: language
by py3langid (not English: no claims), then the spaCy pipeline and `analyze`.

    python bench/eval_real.py                  # the dev split
    python bench/eval_real.py --split fresh-24  # the twenty-fourth fresh batch: only when a round of work is done
    python bench/eval_real.py --split blind-1  # the first blind split (seen once: no longer blind)
    python bench/eval_real.py --split blind-2  # the first fresh batch, fb-001..399 (seen once: no longer blind)
    python bench/eval_real.py --split blind-3  # the second, fb-400..799 (seen once: no longer blind)
    python bench/eval_real.py --split blind-4  # the third, fb-800..1199 (seen twice: no longer blind)
    python bench/eval_real.py --split blind-5  # the fourth, fb-1200..1599 (seen twice: no longer blind)
    python bench/eval_real.py --split blind-6  # the fifth, fb-1600..1999 (scored unread, then read: no longer blind)
    python bench/eval_real.py --split blind-7  # the sixth, fb-2000..2399 (scored once unread, then read: no longer blind)
    python bench/eval_real.py --split blind-8  # the seventh, fb-2400..2799 (scored once unread, then read: no longer blind)
    python bench/eval_real.py --split blind-9  # the eighth, fb-2800..3199 (scored unread, then read: no longer blind)
    python bench/eval_real.py --split blind-10  # the ninth, fb-3200..3599 (scored unread, then read: no longer blind)
    python bench/eval_real.py --split blind-11  # the tenth, fb-3600..3999 (scored unread, then read: no longer blind)
    python bench/eval_real.py --split blind-12  # the eleventh's first part, fb-4101..4116, fb-4301..4312 (likewise)
    python bench/eval_real.py --split blind-13  # the eleventh's second part, fb-4401..4412 (likewise)
    python bench/eval_real.py --split blind-14  # the twelfth, fb-4501..4543 (likewise)
    python bench/eval_real.py --split blind-15  # the thirteenth, fb-4601..4716 (likewise)
    python bench/eval_real.py --split blind-16  # the fourteenth, fb-4801..4916 (likewise)
    python bench/eval_real.py --split blind-17  # the fifteenth, fb-5001..5116 (likewise)
    python bench/eval_real.py --split blind-18  # the sixteenth, fb-5201..5316 (likewise)
    python bench/eval_real.py --split blind-19  # the seventeenth, fb-5401..5512 (scored unread, then read)
    python bench/eval_real.py --split blind-20  # the eighteenth, fb-5601..5716 (double-labelled; scored unread, then read)
    python bench/eval_real.py --split blind-21  # the nineteenth, fb-5801..5916 (double-labelled; scored unread, then read)
    python bench/eval_real.py --split blind-22  # the twentieth, fb-6001..6116 (double-labelled; scored unread, then read)
    python bench/eval_real.py --split blind-23  # the twenty-first, fb-6201..6316 (double-labelled; scored unread, then read)
    python bench/eval_real.py --split blind-24  # the twenty-second, fb-6401..6516 (double-labelled; scored unread, then read)
    python bench/eval_real.py --split blind-25  # the twenty-third, fb-6601..6716 (double-labelled; scored unread, not read yet)
    python bench/eval_real.py --split all      # every split that has been read (not fresh, not UNREAD)
    python bench/eval_real.py --verbose        # every miss and extra

Figures, per excerpt, asserted claims only:
- count claims, strict: same count, qualifier, predicate and noun, in the labelled sentence;
- count claims, loose: same count and predicate, in the labelled sentence;
- released persons: same surname; release reports: right on reports and on non-reports;
- claims found in non-English excerpts (should be none).
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.eval_claims import Score, _name_key  # noqa: E402
from bench.real_texts import load_cases, text_of  # noqa: E402



@dataclass
class Figures:
    strict: Score = field(default_factory=Score)
    loose: Score = field(default_factory=Score)
    persons: Score = field(default_factory=Score)
    reports: Score = field(default_factory=Score)      # tp/fn over excerpts that are reports
    non_reports: Score = field(default_factory=Score)  # tp/fn over excerpts that are not
    foreign_claims: int = 0
    excerpts: int = 0
    missing: int = 0


FRESH_PREFIX = "fb-"
# Fresh batches by id, each gathered and labelled from the guidelines alone after the one
# before it was read. (first id, split): a batch is "fresh-N" until it has been scored once
# and read, then it is development material under its blind-N name.
# fb-001..399: scored once with claims/6, read after ("blind-2");
# fb-400..799: scored once with claims/7, read in the session after ("blind-3");
# fb-800..1199: scored with claims/7 and claims/8 without reading, read at the start of the
# session after ("blind-4");
# fb-1200..1599: scored with claims/8 and claims/9 without reading, read right after
# ("blind-5");
# fb-1600..1999: labelled while fresh-4 was still unscored, scored once with claims/8 to /10
# without reading, read at the start of the session after ("blind-6");
# fb-2000..2399: labelled when fresh-4 was read, scored once with claims/10 and /11 without
# reading, read in the session after ("blind-7");
# fb-2400..2799: labelled while fresh-6 was read, scored once with claims/11 and /12 without
# reading, read in the session after ("blind-8");
# fb-2800..3199: labelled while fresh-7 was read, scored with claims/12 and /13 without
# reading (the same output), read in the same session once fresh-9 was complete ("blind-9");
# fb-3200..3599: labelled after fresh-8 was scored, before it was read; scored with claims/12
# to /14 without reading, read in the session after ("blind-10");
# fb-3600..3999: labelled while fresh-9 was read; scored with claims/14 and /15 without
# reading, read in the same session once fresh-11 was being labelled ("blind-11");
# fb-4000..4599: the eleventh batch, in parts. The first (fb-4101..4116 exchanges and
# hostages, fb-4301..4312 arrests and other senses) was labelled while fresh-10 was read, scored
# with claims/15 and /16 without reading and read in the session after ("blind-12"). The second,
# Belarus (fb-4401..4412), was labelled while the first was read, scored with claims/16 and
# /17 without reading (its hashes checked by a second gathering) and read in the session
# after ("blind-13"). Cases the other helpers of that session may still write
# (fb-4001.. Belarus, fb-4201.. and fb-4501.. amnesties elsewhere) were not there when fresh-11
# was scored: they are "fresh-12", to be scored on their own. Of those, fb-4501..4543 exist;
# they were gathered again on a new machine, scored once with claims/23 and /24 without
# reading, then read ("blind-14").
# fb-4600..4799: the thirteenth batch, labelled on a new machine while fresh-12's texts were
# being gathered again, before fresh-12 was scored; scored with claims/24 and /25 without
# reading (the same output), then read ("blind-15").
# fb-4800..4999: the fourteenth batch, labelled while fresh-13 was read; scored with claims/25
# and /26 without reading (the same output), then read ("blind-16").
# fb-5000..5199: the fifteenth batch, labelled while fresh-14 was read; scored with claims/26
# and /27 without reading (the same output), then read ("blind-17").
# fb-5200..5399: the sixteenth batch, labelled while fresh-15 was read; scored with claims/27
# and /28 without reading (the same output), then read ("blind-18").
# fb-5400..5599: the seventeenth batch, labelled while fresh-16 was read; scored with claims/28
# and /29 without reading (the same output); read at the start of the session after ("blind-19").
# fb-5600..5799: the eighteenth, labelled twice (the second labeller saw neither the first labels
# nor the rules) and adjudicated; scored with claims/29 and /30 without reading (the same
# output), then read ("blind-20").
# fb-5800..5999: the nineteenth, labelled twice and adjudicated like the eighteenth; scored with
# claims/29 and /30 without reading (the same output); kept unread for claims/31, then read
# ("blind-21"), and claims/32 made from its misses.
# fb-6000..6199: the twentieth, labelled twice and adjudicated; scored with claims/30 and /31
# without reading (the same output); kept unread for claims/32 (the same again), then read
# ("blind-22"), and claims/33 made from its misses.
# fb-6200..6399: the twenty-first, labelled twice and adjudicated; scored with claims/31 and /32
# without reading (the same output); kept unread as the check of claims/33 (the same again),
# then read ("blind-23"), and claims/34 made from its misses.
# fb-6400..6599: the twenty-second, labelled twice and adjudicated; scored with claims/33 and /34
# without reading (one claim apart: /34 made one more wrong and found one fewer right); then
# read ("blind-24"), and claims/35 made from its misses.
# fb-6600..6799: the twenty-third, labelled twice and adjudicated; scored with claims/33 and /34
# without reading (the same output); kept unread for claims/35 (the same again), then read
# ("blind-25"), and claims/36 made from its misses.
# fb-6800..6999: the twenty-fourth, labelled twice and adjudicated; scored with claims/35 and /36
# without reading (the same output), then read ("blind-26"), and claims/37 made from its misses.
# fb-7000..7199: the twenty-fifth, labelled twice and adjudicated; scored with claims/36, /37 and
# /38 without reading (/37 and /38 the same output, one wrong claim fewer than /36); kept unread
# as the check of the next change, then read ("blind-27"), and claims/39 made from its misses.
# fb-7200..7399: the twenty-sixth, labelled twice and adjudicated; scored with claims/38 and /39
# without reading (the same output); kept unread as the check of the next change, then read
# ("blind-28"), and claims/40 made from its misses.
# fb-7400..7599: the twenty-seventh, labelled twice and adjudicated; scored with claims/39 and /40
# without reading (the same output), then read ("blind-29"), and claims/41 made from its misses.
# fb-7600..7799: the twenty-eighth, labelled twice and adjudicated; scored with claims/40 and /41
# without reading (the same output), then read ("blind-30"), and claims/42 made from its misses.
# fb-7800..7999: the twenty-ninth, labelled twice and adjudicated; scored with claims/41 and /42
# without reading (the same output); kept unread as the check of the next change, then read
# ("blind-31"), and claims/43 made from its misses.
# fb-8000..8199: the thirtieth, labelled twice and adjudicated; scored with claims/42 and /43
# without reading (the same output); kept unread as the check of the next change, then read
# ("blind-32"), and claims/44 made from its misses.
# fb-8200..8399: the thirty-first, labelled twice and adjudicated; scored with claims/43 and /44
# without reading (the same output); kept unread beside blind-32, then read ("blind-33"), and
# claims/45 made from its misses.
# fb-8400..8599: the thirty-second, labelled twice and adjudicated; scored with claims/43 and
# /44 without reading, then read ("blind-34"), and claims/46 made from its misses.
# fb-8600..8799: the thirty-third, labelled twice and adjudicated; scored with claims/44, /45
# and /46 without reading (the same output), then read ("blind-35"), and claims/47 made from
# its misses.
# fb-8800..8999: the thirty-fourth, labelled twice and adjudicated; scored with claims/45, /46
# and /47 without reading (the same output), then read ("blind-36"), and claims/48 made from
# its misses.
# fb-9000..9199: the thirty-fifth, labelled twice and adjudicated; scored with claims/46 and
# /47 without reading (the same output), and with /48 as its check, then read ("blind-37"),
# and claims/49 made from its misses.
# fb-9200..9399: the thirty-sixth, labelled twice and adjudicated; scored with claims/47 and
# /48 without reading (the same output), and with /49 as its check, then read ("blind-38"),
# and claims/50 made from its misses.
# fb-9400..9599: the thirty-seventh, labelled twice and adjudicated; scored with claims/47 and
# /48 without reading (the same output), and with /49 and /50 as their checks, then read
# ("blind-39"), and claims/51 made from its misses.
# fb-9600..9799: the thirty-eighth, labelled twice and adjudicated; scored with claims/48, /49
# and /50 without reading (the same output), and with /51 as its check, then read
# ("blind-40"), and claims/52 made from its misses.
# fb-9800..9999: the thirty-ninth, labelled twice and adjudicated; scored with claims/48 to
# /52 without reading (the same output), then read ("blind-41"), and claims/53 made from its
# misses.
# fb-10000..10199: the fortieth, labelled twice and adjudicated; scored with claims/50 to /53
# without reading (the same output), then read ("blind-42"), and claims/54 made from its misses.
# fb-10200..10399: the forty-first, labelled twice and adjudicated; scored with claims/51 to /54
# without reading, then read ("blind-43"), and claims/55 made from its misses.
# fb-10400..10599: the forty-second, labelled twice and adjudicated; scored with claims/54 and
# /55 without reading (the same output), then read ("blind-44"), and claims/56 made from its
# misses.
# fb-10600..10799: the forty-third, labelled twice and adjudicated; scored with claims/54 to /56
# without reading (/55 a right claim more), then read ("blind-45"), and claims/57 made from its
# misses.
# fb-10800..10999: the forty-fourth, labelled twice and adjudicated; scored with claims/55 to /57
# without reading (the same output), then read ("blind-46"), and claims/58 made from its misses.
# fb-11000..11199: the forty-fifth, labelled twice and adjudicated; scored with claims/57 and
# /58 without reading (the same output), then read ("blind-47"), and claims/59 made from its
# misses.
# fb-11200..11399: the forty-sixth, labelled twice and adjudicated; scored with claims/57 to /59
# without reading (the same output), then read ("blind-48"), and claims/60 made from its misses.
# fb-11400..11599: the forty-seventh, labelled twice and adjudicated; scored with claims/58 to /60
# and /61 without reading (the same output), then read ("blind-49"), and claims/62 made from its
# misses.
# fb-11600..11799: the forty-eighth, labelled twice and adjudicated; scored with claims/61 and /62
# without reading (the same output), then read ("blind-50"), and claims/63 made from its misses.
# fb-11800..11999: the forty-ninth, labelled twice and adjudicated; scored with claims/62 to /64
# without reading (the same output), then read ("blind-51"), and claims/65 made from its misses.
# fb-12000..12199: the fiftieth, labelled twice and adjudicated; scored with claims/64 to /66
# without reading (the same output; /67 and /68 one right claim more), then read ("blind-52"),
# and claims/69 made from its misses.
# fb-12200..12399: the fifty-first, labelled twice and adjudicated; scored with claims/65 to /69
# without reading (the same output), then read ("blind-53"), and claims/70 made from its misses.
# fb-12400..12599: the fifty-second, labelled twice and adjudicated; scored with claims/66 to /70
# without reading (the same output), then read ("blind-54"), and claims/71 made from its misses.
# fb-12600..12799: the fifty-third, labelled twice and adjudicated; scored with claims/68 to /71
# without reading (the same output), then read ("blind-55"), and claims/72 made from its misses.
# fb-12800..12999: the fifty-fourth, labelled twice and adjudicated; scored with claims/69 to /72
# without reading (the same output), then read ("blind-56"), and claims/73 made from its misses.
# fb-13000..13199: the fifty-fifth, labelled twice and adjudicated; scored with claims/70 to /73
# without reading (the same output), then read ("blind-57"), and claims/74 made from its misses.
# fb-13200..13399: the fifty-sixth, labelled twice and adjudicated; scored with claims/71 to /74
# without reading (the same output), then read ("blind-58"), and claims/75 made from its misses.
# fb-13400..13599: the fifty-seventh, labelled twice and adjudicated; scored with claims/72 to /75
# without reading (the same output), then read ("blind-59"), and claims/76 made from its misses.
# fb-13600..13799: the fifty-eighth, labelled twice and adjudicated; scored with claims/73 to /76
# without reading (the same output), then read ("blind-60"), and claims/77 made from its misses.
# fb-13800..13999: the fifty-ninth, labelled twice and adjudicated; scored with claims/74 to /77
# without reading (the same output), then read ("blind-61"), and claims/78 made from its misses.
# fb-14000..14199: the sixtieth, labelled twice and adjudicated; scored with claims/76 to /78
# without reading (the same output), then read ("blind-62"), and claims/79 made from its misses.
# fb-14200..14399: the sixty-first, labelled twice and adjudicated; scored with claims/77 to /79
# without reading (the same output), then read ("blind-63"), and claims/80 made from its misses.
# fb-14400..14599: the sixty-second, labelled twice and adjudicated; scored with claims/78 to /80
# without reading (the same output), then read ("blind-64"), and claims/81 made from its misses.
# fb-14600..14799: the sixty-third, labelled twice and adjudicated; scored with claims/79 to /81
# without reading (the same output), then read ("blind-65"), and claims/82 made from its misses.
# fb-14800..14999: the sixty-fourth, labelled twice and adjudicated; scored with claims/80 (differing)
# and /81 to /82 without reading (the same output), then read ("blind-66"), and claims/83 made from its misses.
# fb-15000..15199: the sixty-fifth, labelled twice and adjudicated while claims/83 was made; scored
# with claims/82 and /83 without reading (the same output), then read ("blind-67"), and claims/84
# made from its misses.
# fb-15200..15399: the sixty-sixth, labelled twice and adjudicated while claims/83 was made; scored
# with claims/82 to /84 without reading (the same output), then read ("blind-68"), and claims/85
# made from its misses.
# fb-15400..15599: the sixty-seventh, labelled twice and adjudicated while claims/84 was made; scored
# with claims/83 to /85 without reading (the same output), then read ("blind-69"), and claims/86
# made from its misses.
# fb-15600..15799: the sixty-eighth, labelled twice and adjudicated while claims/84 was made; scored
# with claims/83 to /86 without reading (the same output), then read ("blind-70"), and claims/87
# made from its misses.
# fb-15800..15999: the sixty-ninth, labelled twice and adjudicated while claims/85 was made; scored
# with claims/84 and /85 without reading (the same output; claims/86 and /87 one wrong claim fewer,
# compared by the summary alone), then read ("blind-71"), and claims/88 made from its misses.
# fb-16000..16199: the seventieth, labelled twice and adjudicated after claims/85; scored with
# claims/85 to /88 without reading (the same output), then read at the end of the session of claims/88
# ("blind-72"), and claims/89 made from its misses.
# fb-16200..16399: the seventy-first, labelled twice and adjudicated while claims/86 was made;
# scored with claims/85 to /89 without reading (the same output), then read in the session of
# claims/89 ("blind-73"), and claims/90 made from its misses.
# fb-16400..16599: the seventy-second, labelled twice and adjudicated while claims/87 was made;
# scored with claims/86 to /90 without reading (the same output), then read in the session of
# claims/90 ("blind-74"), and claims/91 made from its misses.
# fb-16600..16799: the seventy-third, labelled twice and adjudicated while claims/89 was made;
# scored with claims/88 to /91 without reading (the same output), then read in the session of
# claims/91 ("blind-75"), and claims/92 made from its misses.
# fb-16800..16999: the seventy-fourth, labelled twice and adjudicated while claims/90 was made;
# scored with claims/89 to /92 without reading (/90 and /91 two right persons more, /92 one wrong
# claim fewer, compared by the summary alone), then read in the session of claims/92 ("blind-76"),
# and claims/93 made from its misses.
# fb-17000..17199: the seventy-fifth, labelled twice and adjudicated while claims/91 and /92 were
# made; scored with claims/91 to /94 without reading (the same output), then read in the session
# of claims/94 ("blind-77"), and claims/95 made from its misses.
# fb-17200..17399: the seventy-sixth, labelled twice and adjudicated while claims/93 and /94 were
# made; scored with claims/93 to /95 without reading (the same output), then read in the session
# of claims/95 ("blind-78"), and claims/96 made from its misses.
# fb-17400..17599: the seventy-seventh, labelled twice and adjudicated after claims/95; scored
# with claims/95 and /96 without reading (the same output), then read in the session of claims/96
# ("blind-79"), and claims/97 made from its misses.
# fb-17600..17799: the seventy-eighth, labelled twice and adjudicated while claims/96 was made;
# scored with claims/96 and /97 without reading (the same output), then read in the session of
# claims/97 ("blind-80"), and claims/98 made from its misses.
# fb-17800..17999: the seventy-ninth, labelled twice and adjudicated while claims/97 was made;
# scored with claims/97 and /98 without reading (the same output), then read in the session of
# claims/98 ("blind-81"), and claims/99 made from its misses.
# fb-18000..18199: the eightieth, labelled twice and adjudicated while claims/98 was made;
# scored with claims/98 and /99 without reading (/99 one right claim more, one wrong fewer, by the
# summary alone), then read in the session of claims/99 ("blind-82"), and claims/100 made from
# its misses.
# fb-18200..18399: the eighty-first, labelled twice and adjudicated while claims/99 was made;
# scored with claims/99 and /100 without reading, then read in the session of claims/100
# ("blind-83"), and claims/101 made from its misses.
# fb-18400..18599: the eighty-second, labelled twice and adjudicated while claims/100 was made;
# scored with claims/100 and /101 without reading, then read in the session of claims/101
# ("blind-84"), and claims/102 made from its misses.
# fb-18600..18799: the eighty-third, labelled twice and adjudicated while claims/101 was made;
# scored with claims/101 and /102 without reading, then read in the session of claims/102
# ("blind-85"), and claims/103 made from its misses.
# fb-18800..18999: the eighty-fourth, labelled twice and adjudicated while claims/103 was made;
# scored with claims/102 and /103 without reading, then read in the session of claims/103
# ("blind-86"), and claims/104 made from its misses.
# fb-19000..19199: the eighty-fifth, labelled twice and adjudicated while claims/104 was made;
# scored with claims/103 and /104 without reading, then read in the session of claims/104
# ("blind-87"), and claims/105 made from its misses.
# fb-19200..19399: the eighty-sixth, labelled twice and adjudicated while claims/105 was made;
# scored with claims/104 and /105 without reading, then read in the session of claims/105
# ("blind-88"), and claims/106 made from its misses.
# fb-19400..19599: the eighty-seventh, labelled twice and adjudicated while claims/106 was made;
# scored with claims/105 and /106 without reading ("blind-89").
# fb-19600..: the next ("fresh-88").
# scored blind and kept unread, to check the next change: left out of "all"
UNREAD = frozenset({"blind-89"})
BATCHES = ((19600, "fresh-88"), (19400, "blind-89"), (19200, "blind-88"), (19000, "blind-87"), (18800, "blind-86"), (18600, "blind-85"), (18400, "blind-84"), (18200, "blind-83"), (18000, "blind-82"), (17800, "blind-81"), (17600, "blind-80"), (17400, "blind-79"), (17200, "blind-78"), (17000, "blind-77"), (16800, "blind-76"), (16600, "blind-75"), (16400, "blind-74"), (16200, "blind-73"), (16000, "blind-72"), (15800, "blind-71"), (15600, "blind-70"), (15400, "blind-69"), (15200, "blind-68"), (15000, "blind-67"), (14800, "blind-66"), (14600, "blind-65"), (14400, "blind-64"), (14200, "blind-63"), (14000, "blind-62"), (13800, "blind-61"), (13600, "blind-60"), (13400, "blind-59"), (13200, "blind-58"), (13000, "blind-57"), (12800, "blind-56"), (12600, "blind-55"), (12400, "blind-54"), (12200, "blind-53"), (12000, "blind-52"), (11800, "blind-51"), (11600, "blind-50"), (11400, "blind-49"), (11200, "blind-48"), (11000, "blind-47"), (10800, "blind-46"), (10600, "blind-45"), (10400, "blind-44"), (10200, "blind-43"), (10000, "blind-42"), (9800, "blind-41"), (9600, "blind-40"), (9400, "blind-39"), (9200, "blind-38"), (9000, "blind-37"), (8800, "blind-36"), (8600, "blind-35"), (8400, "blind-34"), (8200, "blind-33"), (8000, "blind-32"), (7800, "blind-31"), (7600, "blind-30"), (7400, "blind-29"), (7200, "blind-28"), (7000, "blind-27"), (6800, "blind-26"), (6600, "blind-25"), (6400, "blind-24"), (6200, "blind-23"), (6000, "blind-22"), (5800, "blind-21"), (5600, "blind-20"), (5400, "blind-19"), (5200, "blind-18"), (5000, "blind-17"), (4800, "blind-16"), (4600, "blind-15"), (4500, "blind-14"), (4400, "blind-13"), (4300, "blind-12"), (4200, "blind-14"), (4100, "blind-12"),
           (4000, "blind-14"), (3600, "blind-11"), (3200, "blind-10"), (2800, "blind-9"), (2400, "blind-8"),
           (2000, "blind-7"), (1600, "blind-6"), (1200, "blind-5"), (800, "blind-4"), (400, "blind-3"), (0, "blind-2"))
# cases seen before their batch was scored, and the split they are scored with instead. Of the
# second batch, five lines of misses were printed by a run over every split while the batch was
# being labelled (blind-2); of the nineteenth, one label of fb-5901 was printed by a search of
# all labels for a phrase while it was being labelled (dev)
GLIMPSED = {"fb-406": "blind-2", "fb-407": "blind-2", "fb-5901": "dev"}


def is_blind(case_id: str) -> bool:
    """The first blind split, drawn by the case id's hash before any excerpt was scored (about
    5 in 16) and scored once, at the end of the first round of rules. Its misses have been
    read since, so it is no longer blind: `split_of` calls it "blind-1"."""
    return hashlib.sha256(case_id.encode()).hexdigest()[0] in "01234"


def split_of(case_id: str) -> str:
    """dev (rules are developed on it), blind-1 (seen once, see is_blind), blind-2 to blind-13
    (fresh batches seen once and read since) or fresh-N: a batch gathered and labelled from the
    guidelines alone after the last one was read, every excerpt of it blind, scored only when
    a round of work is done."""
    if case_id.startswith(FRESH_PREFIX):
        if case_id in GLIMPSED:
            return GLIMPSED[case_id]
        number = int(case_id[len(FRESH_PREFIX):])
        return next(split for first, split in BATCHES if number >= first)
    return "blind-1" if is_blind(case_id) else "dev"


def matches(first: list[tuple], second: list[tuple]) -> dict[int, int]:
    """Greedy one-to-one pairing of (key, lo, hi) items with equal keys whose spans overlap:
    index in ``first`` → index in ``second``. A predicted claim is the point span
    (start, start + 1), so it pairs with a label whose sentence holds its start."""
    paired: dict[int, int] = {}
    taken: set[int] = set()
    for i, (key, lo, hi) in enumerate(first):
        hit = next((j for j, (k, start, end) in enumerate(second)
                    if j not in taken and k == key and start < hi and lo < end), None)
        if hit is not None:
            paired[i] = hit
            taken.add(hit)
    return paired


def _match(gold: list[tuple], predicted: list[tuple], score: Score, case_id: str, text: str) -> None:
    """gold: (key, lo, hi); predicted: (key, start, sentence). Greedy one-to-one matching."""
    paired = matches(gold, [(key, start, start + 1) for key, start, _ in predicted])
    for i, (key, lo, hi) in enumerate(gold):
        if i not in paired:
            score.fn += 1
            score.errors.append(f"{case_id} MISSED {key} in: {' '.join(text[lo:hi].split())[:140]}")
        else:
            score.tp += 1
    used = set(paired.values())
    for i, (key, _, sentence) in enumerate(predicted):
        if i not in used:
            score.fp += 1
            score.errors.append(f"{case_id} EXTRA {key} in: {' '.join(sentence.split())[:140]}")


def score_case(case: dict, text: str, analysis, figures: Figures) -> None:
    figures.excerpts += 1
    cid = case["id"]
    claims = analysis.claims if analysis else []
    if case.get("language", "en") != "en":
        figures.foreign_claims += len(claims)
    gold = [c for c in case["count_claims"] if c["status"] == "asserted"]
    found = [c for c in claims if c.kind == "count" and c.status == "asserted"]
    _match([((c["count"], c["qualifier"], c["predicate"], c["noun"]), *c["sentence"]) for c in gold],
           [((c.count, c.qualifier, c.predicate, c.noun), c.start, c.sentence) for c in found],
           figures.strict, cid, text)
    _match([((c["count"], c["predicate"]), *c["sentence"]) for c in gold],
           [((c.count, c.predicate), c.start, c.sentence) for c in found], figures.loose, cid, text)
    gold_people = {_name_key(text[slice(*p["name"])]): text[slice(*p["name"])] for p in case["person_claims"]}
    found_people = {_name_key(c.person_name): c.person_name for c in claims if c.kind == "person"}
    for key, name in gold_people.items():
        figures.persons.tp += key in found_people
        if key not in found_people:
            figures.persons.fn += 1
            figures.persons.errors.append(f"{cid} MISSED person {name}")
    for key, name in found_people.items():
        if key not in gold_people:
            figures.persons.fp += 1
            figures.persons.errors.append(f"{cid} EXTRA person {name}")
    expected, got = case["release_report"]["value"], bool(analysis and analysis.release_report)
    bucket = figures.reports if expected else figures.non_reports
    if expected == got:
        bucket.tp += 1
    else:
        bucket.fn += 1
        bucket.errors.append(f"{cid} {'MISSED' if expected else 'EXTRA'} release report: {' '.join(text.split())[:100]}")


# The stored copy of a page may open with its date, " date 2021-06-14 ", run into the
# headline. It is the store's metadata, which the crawler gets apart from the text (the
# page's published date), so the scorer does the same.
_STORED_DATE = re.compile(r"\A\s*date (\d{4}-\d{2}-\d{2}) ")


def stored_date(text: str) -> tuple[str, str | None]:
    """The text with a leading stored date blanked out (offsets kept: the headline starts
    a line of its own) and that date, or the text as it is and None."""
    match = _STORED_DATE.match(text)
    if match is None:
        return text, None
    return " " * (match.end() - 1) + "\n" + text[match.end():], match.group(1)


def analyse(present: list[tuple[dict, str]], model: str | None = None) -> list:
    """Each (case, text) through the process stage's own path: language, then the pipeline."""
    from newsmon.models.records import Article
    from newsmon.pipeline.process.extract import EXTRACTOR_VERSION, _language
    from newsmon.pipeline.process.nlp import build_pipeline
    from newsmon.pipeline.process.stage import analyze_articles

    nlp = build_pipeline(model) if model else build_pipeline()
    items = []
    for case, text in present:
        body, published = stored_date(text)
        items.append((Article(page_url=case["url"], state="article", extractor_version=EXTRACTOR_VERSION,
                              text=body, language=_language(None, body, None)), published))
    return analyze_articles(nlp, items, 32)


def evaluate(split: str, model: str | None = None) -> Figures:
    # "all" is every split that has been read: not the fresh batches, which are scored only on
    # purpose, nor a batch scored and kept unread as a held-out check
    cases = [c for c in load_cases() if split_of(c["id"]) == split
             or split == "all" and not split_of(c["id"]).startswith("fresh") and split_of(c["id"]) not in UNREAD]
    figures = Figures()
    present = []
    for case in cases:
        text = text_of(case)
        if text is None:
            figures.missing += 1
        else:
            present.append((case, text))
    for (case, text), analysis in zip(present, analyse(present, model)):
        score_case(case, text, analysis, figures)
    return figures


def report(figures: Figures, split: str, verbose: bool) -> None:
    if verbose:
        for score in (figures.strict, figures.persons, figures.reports, figures.non_reports):
            for error in score.errors:
                print(error)
        print()
    print(f"{split}: {figures.excerpts} excerpts scored, {figures.missing} missing "
          f"({figures.strict.tp + figures.strict.fn} asserted count claims labelled)")
    print(figures.strict.line("count (strict)"))
    print(figures.loose.line("count (loose)"))
    print(figures.persons.line("persons"))
    reports, others = figures.reports, figures.non_reports
    print(f"{'release flag':<16} right on {reports.tp}/{reports.tp + reports.fn} reports "
          f"({reports.recall:.3f}), {others.tp}/{others.tp + others.fn} non-reports ({others.recall:.3f})")
    print(f"{'non-English':<16} {figures.foreign_claims} claims found (should be 0)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "blind-1", *sorted({name for _, name in BATCHES}), "all"),
                        default="dev",
                        help="which excerpts to score (default dev; fresh only when a round of work is done)")
    parser.add_argument("--verbose", action="store_true", help="list every missed and extra claim")
    parser.add_argument("--model", help="spaCy pipeline to load (default: the configured one)")
    args = parser.parse_args()
    report(evaluate(args.split, args.model), args.split, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
