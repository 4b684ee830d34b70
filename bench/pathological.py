"""Pathological inputs finish in time linear in their size (no regex backtracking blow-ups).

Run: python bench/pathological.py
"""

import time

from stats.extract import extract_text

cases = {
 'million digits': '1' * 1_000_000,
 'million digits in text': 'Russia launched ' + '9' * 1_000_000 + ' drones.',
 'separators': '1,' * 500_000 + '000 drones were shot down',
 'spaced separators': '1 000 ' * 200_000 + 'drones',
 '50MB line words': ('drones shot down 12 missiles launched ' * 1_400_000),
 'dots': '.' * 2_000_000 + ' 5 drones',
 'dashes': '-' * 2_000_000 + ' 5 drones',
 'newlines': '\n' * 2_000_000 + '5 drones were shot down',
 'kh chain': 'Kh-' * 300_000 + '101 missiles',
}
for name, text in cases.items():
    t = time.perf_counter()
    n = len(extract_text(text, language='en'))
    print(f"{name:28s} {len(text)/1e6:7.2f} MB {time.perf_counter()-t:7.2f}s figures={n}")
