import { describe, it, expect } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import type { CliIo } from '../../src/cli/main.ts';

function io(files: Record<string, string> = {}, stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const api: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: (p) => {
      if (!(p in files)) throw new Error(`ENOENT: no such file, open '${p}'`);
      return files[p];
    },
    readStdin: () => stdin,
  };
  return { api, out: () => out.join(''), err: () => err.join('') };
}

const patch = JSON.stringify({ seed: 3, horizonDays: 112, treatment: { area: 'vertex', spacingMm: 10 } });

describe('scalp-viewer simulate (CLI)', () => {
  it('prints the treated area weekly as CSV with the documented header', () => {
    const c = io({ 's.json': patch });
    expect(runCli(['simulate', 's.json', '--csv'], c.api)).toBe(0);
    const lines = c.out().trim().split('\n');
    expect(lines[0]).toBe('day,visible_per_cm2,change_pct,growing_pct,vascular_boost_pct');
    expect(lines.length).toBe(1 + 17); // days 0, 7, …, 112
    const [day0, visible0, change0] = lines[1].split(',').map(Number);
    expect(day0).toBe(0);
    expect(visible0).toBeGreaterThan(20);
    expect(change0).toBe(0);
    expect(Number(lines[17].split(',')[0])).toBe(112);
  });

  it('prints the same numbers as JSON, with the sham twin on request', () => {
    const csv = io({ 's.json': patch });
    runCli(['simulate', 's.json', '--csv', '--sham'], csv.api);
    const json = io({ 's.json': patch });
    expect(runCli(['simulate', 's.json', '--json', '--sham'], json.api)).toBe(0);
    const data = JSON.parse(json.out());
    const csvRows = csv.out().trim().split('\n');
    expect(csvRows[0]).toContain('sham_change_pct');
    const last = csvRows[csvRows.length - 1].split(',').map(Number);
    const lastJson = data.rows[data.rows.length - 1];
    expect(lastJson.change_pct).toBe(last[2]);
    expect(lastJson.sham_change_pct).toBe(last[6]);
    expect(data.note).toContain('not a prediction');
  });

  it('names the field and the reason for a bad scenario, and exits 1', () => {
    const c = io({ 'bad.json': '{"treatment":{"spacingMm":-2}}' });
    expect(runCli(['simulate', 'bad.json'], c.api)).toBe(1);
    expect(c.err()).toContain('treatment.spacingMm: must be between 3 and 40, got -2');
  });

  it('says clearly when the file is missing or the option unknown', () => {
    const c = io();
    expect(runCli(['simulate', 'nope.json'], c.api)).toBe(1);
    expect(c.err()).toContain('cannot read nope.json');
    const d = io();
    expect(runCli(['simulate', '--fast'], d.api)).toBe(2);
    expect(d.err()).toContain('unknown option --fast');
  });

  it('reads a scenario from standard input', () => {
    const c = io({}, patch);
    expect(runCli(['simulate', '-', '--every', '28'], c.api)).toBe(0);
    expect(c.out().trim().split('\n').length).toBe(1 + 5); // 0, 28, 56, 84, 112
  });
});
