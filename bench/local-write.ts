/**
 * The .xlsx write at size: one pass's apply (a row updated, a row appended)
 * on a 2,000-row tracker, beside a plain write of the same Interviews sheet
 * XML (deflated and written to disk, nothing else): what writing the sheet
 * costs at the least, so the ratio shows the sink's own overhead.
 */
import { mkdtempSync, openSync, fsyncSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import type { RowOp } from '../shared/sync/ports.js';
import { XlsxSink } from '../server/xlsx/xlsx-sink.js';
import { figure, type Figure } from './figure.js';

const RUNS = 7;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** `template` is a 2,000-row tracker; its Interviews sheet is xl/worksheets/sheet2.xml (the layout's second sheet). */
export async function measureWrite(template: string): Promise<Figure> {
  const dir = mkdtempSync(join(tmpdir(), 'nr-bench-write-'));
  const path = join(dir, 'tracker.xlsx');
  const sinkMs: number[] = [];
  const plainMs: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      writeFileSync(path, readFileSync(template));
      const sink = new XlsxSink({ path, timeZone: 'UTC' });
      const snapshot = await sink.read();
      if (snapshot.rows.length < 2000) throw new Error(`the write bench wants a 2,000-row tracker, got ${snapshot.rows.length}`);
      const ops: RowOp[] = [
        { kind: 'update', eventId: snapshot.rows[0]!.eventId!, row: 0, cells: { title: `Moved ${run}` } },
        { kind: 'append', eventId: `bench-${run}`, cells: { title: 'Onsite', start: '2026-04-02 09:00', end: '2026-04-02 12:00' } },
      ];
      let started = performance.now();
      await sink.apply(ops, snapshot);
      sinkMs.push(performance.now() - started);

      const xml = await (await JSZip.loadAsync(readFileSync(path))).file('xl/worksheets/sheet2.xml')!.async('string');
      started = performance.now();
      const plain = join(dir, 'plain.bin');
      writeFileSync(plain, deflateRawSync(Buffer.from(xml), { level: 1 }));
      const handle = openSync(plain, 'r+');
      fsyncSync(handle);
      closeSync(handle);
      plainMs.push(performance.now() - started);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figure(
    'local.write_ms.2000_rows',
    median(sinkMs),
    'ms',
    '<= 4x the plain write (baseline: deflate + write + fsync of the same sheet XML)',
    median(plainMs),
  );
}
