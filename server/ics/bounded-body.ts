/** Reads a response body up to a byte limit counted after decompression, so a gzip bomb stops at the limit. */
import type { IncomingMessage } from 'node:http';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { NextRoundError } from '../../shared/errors.js';
import { decodeIcsBytes } from '../../shared/ics/index.js';

/**
 * @throws NextRoundError FETCH_REFUSED when the body (decompressed) passes
 *   `maxBytes`, or when its encoding is unknown.
 */
export function readBoundedBody(response: IncomingMessage, maxBytes: number, where: string): Promise<string> {
  const tooLarge = () =>
    new NextRoundError('FETCH_REFUSED', `Refused to fetch ${where}: the calendar is larger than ${maxBytes} bytes.`, {
      where,
    });
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    return Promise.reject(tooLarge());
  }
  const encoding = String(response.headers['content-encoding'] ?? 'identity')
    .toLowerCase()
    .trim();
  let stream: Readable = response;
  if (encoding === 'gzip' || encoding === 'x-gzip') stream = response.pipe(createGunzip());
  else if (encoding === 'deflate') stream = response.pipe(createInflate());
  else if (encoding === 'br') stream = response.pipe(createBrotliDecompress());
  else if (encoding !== 'identity') {
    response.destroy();
    return Promise.reject(new NextRoundError('FETCH_REFUSED', `Refused to fetch ${where}: unknown content encoding "${encoding}".`, { where }));
  }

  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (error: unknown, text?: string) => {
      if (done) return;
      done = true;
      if (error) {
        stream.destroy();
        response.destroy();
        reject(error);
      } else resolve(text!);
    };
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) finish(tooLarge());
      else chunks.push(chunk);
    });
    stream.on('end', () => finish(null, decodeIcsBytes(Buffer.concat(chunks))));
    stream.on('error', (error) => finish(new NextRoundError('UNAVAILABLE', `Could not read ${where}: ${error.message}.`, { where, cause: error })));
    response.on('error', (error) => finish(error));
    response.on('aborted', () => finish(new NextRoundError('UNAVAILABLE', `${where} closed the connection early.`, { where })));
  });
}
