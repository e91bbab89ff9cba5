#!/usr/bin/env python3
"""Turns annotations.txt (hand-made decisions) into gold.jsonl (offsets).

Each surface is searched after the previous one in the same file, as a whole
word that may carry proclitics before it (و ف ب ل ك, لل). Offsets are UTF-16
code units of the UTF-8-decoded file, like QString's.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, '..', '..', '..', 'resources', 'corpus')
CLITICS = set('وفبلكال')


def is_letter(c):
    return c.isalpha()


def utf16(text, index):
    return len(text[:index].encode('utf-16-le')) // 2


def find(text, surface, start, glued=False):
    while True:
        i = text.find(surface, start)
        if i < 0:
            return -1
        end = i + len(surface)
        after_ok = glued or end >= len(text) or not is_letter(text[end])
        j = i
        while j > 0 and text[j - 1] in CLITICS and i - j < 3:
            j -= 1
        before_ok = j == 0 or not is_letter(text[j - 1])
        if after_ok and before_ok:
            return i
        start = i + 1


def main():
    files = {}
    order = []
    current = None
    with open(os.path.join(HERE, 'annotations.txt'), encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            if line.startswith('= '):
                current = line[2:].strip()
                files[current] = []
                order.append(current)
                continue
            parts = [p.strip() for p in line.split('|')]
            files[current].append((parts[0], parts[1], any(p.startswith('glued') for p in parts[2:])))
    out = []
    for name in order:
        with open(os.path.join(CORPUS, name), encoding='utf-8') as f:
            text = f.read()
        pos = 0
        mentions = []
        for ident, surface, glued in files[name]:
            i = find(text, surface, pos, glued)
            if i < 0:
                sys.exit(f'{name}: "{surface}" ({ident}) not found after offset {pos}')
            pos = i + len(surface)
            mentions.append({'id': ident, 'start': utf16(text, i),
                             'end': utf16(text, i + len(surface)), 'surface': surface})
        out.append(json.dumps({'file': name, 'mentions': mentions}, ensure_ascii=False))
    with open(os.path.join(HERE, 'gold.jsonl'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')
    print(f'{sum(len(v) for v in files.values())} mentions in {len(order)} files')


if __name__ == '__main__':
    main()
