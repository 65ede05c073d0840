#!/usr/bin/env python3
"""Derives Mizan's ontology tables (mizan-core resources) from the public CAMEO/GDELT/ICEWS/PLOVER facts.

Run once when the upstream facts change:  python3 tools/derive_ontology.py ../shared/data/cameo
The output tables are Mizan's own files: one row per code, columns documented in docs/ONTOLOGY.md.
"""
import csv, re, sys, os

src = sys.argv[1]
out = os.path.join(os.path.dirname(__file__), '..', 'mizan-core/src/main/resources/org/mizan/core')

names = {}
for line in open(os.path.join(src, 'CAMEO.eventcodes.txt'), encoding='utf-8').read().splitlines()[1:]:
    code, name = line.split('\t', 1)
    m = re.match(r'(.*?)(\d{2,4}):\[[-\d.]+\] (.*)', name)   # GDELT's merged 1056/106 line
    if m:
        names[code] = m.group(1).strip(); names[m.group(2)] = m.group(3).strip()
    else:
        names[code] = name.strip()

gold = {}
for line in open(os.path.join(src, 'CAMEO.goldsteinscale.txt'), encoding='utf-8').read().splitlines()[1:]:
    code, g = line.split('\t'); gold[code] = float(g)

icews = {}
with open(os.path.join(src, 'icews_cameo-codes.csv'), encoding='utf-8', errors='replace') as f:
    for row in csv.DictReader(f):
        icews[row['code']] = float(row['goldstein'])

plover = {}
for line in open(os.path.join(src, 'CAMEO2PLOVER-2021.txt'), encoding='utf-8'):
    line = line.split('#', 1)[0].strip()
    m = re.match(r'(\d{2,4}):\s*(.*)$', line)
    if not m: continue
    parts = [p.strip() for p in m.group(2).split(',')]
    while len(parts) < 3: parts.append('')
    plover[m.group(1)] = (parts[0], parts[1], ';'.join(p.strip() for p in parts[2].split(';') if p.strip()))

codes = sorted(set(names) | set(gold), key=lambda c: (c[:2], c))
def quad(root):
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 9 else 3 if r <= 14 else 4

with open(os.path.join(out, 'cameo', 'cameo-events.tsv'), 'w', encoding='utf-8') as f:
    f.write('# Mizan CAMEO event ontology. Columns: code, root, quad class, Goldstein (GDELT table), '
            'Goldstein (ICEWS table), PLOVER type, PLOVER mode, PLOVER context, name.\n')
    f.write('code\troot\tquad\tgoldstein\tgoldstein_icews\tplover_type\tplover_mode\tplover_context\tname\n')
    for c in codes:
        p = plover.get(c, ('', '', ''))
        gi = icews.get(c, gold.get(c))
        f.write('\t'.join([c, c[:2], str(quad(c[:2])), repr(gold[c]), repr(gi), p[0], p[1], p[2], names.get(c, '')]) + '\n')
print(len(codes), 'codes;', sum(1 for c in codes if c in plover), 'with PLOVER')

def copy_table(name, dest, header):
    rows = list(csv.reader(open(os.path.join(src, name), encoding='utf-8'), delimiter='\t'))[1:]
    with open(os.path.join(out, dest), 'w', encoding='utf-8') as f:
        f.write(header)
        for r in rows: f.write('\t'.join(x.strip() for x in r) + '\n')
    print(dest, len(rows))

copy_table('cameo_type_codes.tsv', 'actor/roles.tsv', '# CAMEO actor role/type codes\ncode\tlabel\n')
copy_table('cameo_knowngroup_codes.tsv', 'actor/known-groups.tsv', '# CAMEO known-group codes\ncode\tlabel\n')
copy_table('cameo_country_codes.tsv', 'actor/cameo-countries.tsv', '# CAMEO country and region codes\ncode\tlabel\n')
copy_table('gdelt_geo_fips10-4_to_iso3.tsv', 'actor/fips-iso3.tsv', '# FIPS 10-4 (GDELT geo) to ISO 3166\nfips\tiso3\tiso2\tname\tregion\n')
