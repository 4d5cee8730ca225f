/**
 * `scalp-viewer` command line: the teaching model without a browser, for slides and
 * spreadsheets. `scalp-viewer simulate scenario.json --csv` prints the treated area's
 * time course; see `scalp-viewer --help`.
 */
import { parseScenario } from '../model/scenario.ts';
import type { Scenario } from '../model/scenario.ts';
import { runScenario } from '../model/runScenario.ts';
import type { SimulationResult } from '../model/types.ts';

/** Where the CLI reads and writes; injected so tests need no process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): string;
  readStdin(): string;
}

export const HELP = `scalp-viewer — a teaching model of regenerative hair-loss therapy (not a prediction)

Usage:
  scalp-viewer simulate [scenario.json | -] [--csv | --json] [--sham] [--band] [--every DAYS]

  scenario.json   scenario JSON, version 1 (see scenario.schema.json); '-' reads standard input;
                  omitted: the default scenario (Norwood IV, conditioned medium, vertex, 10 mm,
                  sessions on days 0, 28, 56)
  --csv           comma-separated values (the default)
  --json          the same data as JSON
  --sham          add the sham twin of the plan (same scalp, same random draws)
  --band          add the low and high responder curves
  --every DAYS    one row every DAYS days (default 7: weekly); the last day is always included

Columns: day,visible_per_cm2,change_pct,growing_pct,vascular_boost_pct
  (+ sham_visible_per_cm2,sham_change_pct with --sham; + low_change_pct,high_change_pct with --band)
All figures are for the treated area. The vascular boost is illustrative.
`;

interface Row { [column: string]: number }

function rowsOf(s: Scenario, r: SimulationResult, sham: SimulationResult | undefined,
  band: { low: SimulationResult; high: SimulationResult } | undefined, every: number): Row[] {
  const days: number[] = [];
  for (let d = 0; d <= s.horizonDays; d += every) days.push(d);
  if (days[days.length - 1] !== s.horizonDays) days.push(s.horizonDays);
  const round = (x: number, digits: number) => Number(x.toFixed(digits));
  return days.map((day) => {
    const row: Row = {
      day,
      visible_per_cm2: round(r.treated.visiblePerCm2[day], 1),
      change_pct: round(r.treated.changePct[day], 1),
      growing_pct: round(r.treated.growingPct[day], 1),
      vascular_boost_pct: round(r.treated.vascularBoostPct[day], 1),
    };
    if (sham) {
      row.sham_visible_per_cm2 = round(sham.treated.visiblePerCm2[day], 1);
      row.sham_change_pct = round(sham.treated.changePct[day], 1);
    }
    if (band) {
      row.low_change_pct = round(band.low.treated.changePct[day], 1);
      row.high_change_pct = round(band.high.treated.changePct[day], 1);
    }
    return row;
  });
}

/** Runs the CLI with `argv` (without node and script). Returns the exit code; never throws. */
export function runCli(argv: string[], io: CliIo): number {
  try {
    return runCliUnsafe(argv, io);
  } catch (e) {
    io.stderr(`scalp-viewer: ${(e as Error).message}\n`);
    return 1;
  }
}

function runCliUnsafe(argv: string[], io: CliIo): number {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
    io.stdout(HELP);
    return argv.length === 0 ? 2 : 0;
  }
  const [command, ...rest] = argv;
  if (command !== 'simulate') {
    io.stderr(`scalp-viewer: unknown command ${JSON.stringify(command)}; try 'scalp-viewer --help'\n`);
    return 2;
  }
  let format: 'csv' | 'json' = 'csv';
  let sham = false;
  let band = false;
  let every = 7;
  let file: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--csv') format = 'csv';
    else if (a === '--json') format = 'json';
    else if (a === '--sham') sham = true;
    else if (a === '--band') band = true;
    else if (a === '--every') {
      const n = Number(rest[++i]);
      if (!Number.isInteger(n) || n < 1 || n > 365) {
        io.stderr(`scalp-viewer: --every must be a whole number of days from 1 to 365, got ${rest[i]}\n`);
        return 2;
      }
      every = n;
    } else if (a.startsWith('--')) {
      io.stderr(`scalp-viewer: unknown option ${a}; try 'scalp-viewer --help'\n`);
      return 2;
    } else if (file === undefined) file = a;
    else {
      io.stderr(`scalp-viewer: one scenario file at a time (got ${file} and ${a})\n`);
      return 2;
    }
  }
  let text = '{}';
  if (file === '-') text = io.readStdin();
  else if (file !== undefined) {
    try {
      text = io.readFile(file);
    } catch (e) {
      io.stderr(`scalp-viewer: cannot read ${file}: ${(e as Error).message}\n`);
      return 1;
    }
  }
  const parsed = parseScenario(text);
  for (const w of parsed.warnings) io.stderr(`scalp-viewer: warning: ${w.path}: ${w.message}\n`);
  if (!parsed.ok) {
    for (const e of parsed.errors) io.stderr(`scalp-viewer: ${e.path}: ${e.message}\n`);
    return 1;
  }
  const s = parsed.scenario;
  const run = runScenario(s, { sham, band });
  const rows = rowsOf(s, run.result, run.sham, run.band, every);
  if (format === 'json') {
    io.stdout(JSON.stringify({
      scenario: s,
      note: 'Teaching model, not a prediction of individual results. Treated area; vascular boost is illustrative.',
      treatedAreaCm2: Number(run.result.treatedAreaCm2.toFixed(2)),
      rows,
    }, null, 2) + '\n');
  } else {
    const columns = Object.keys(rows[0]);
    io.stdout(columns.join(',') + '\n');
    for (const r of rows) io.stdout(columns.map((c) => r[c]).join(',') + '\n');
  }
  return 0;
}
