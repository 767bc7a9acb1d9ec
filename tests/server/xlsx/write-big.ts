/** Child process for the crash test: announces, then writes 150 MB over the file atomically; it is killed meanwhile. */
import { writeFileAtomic } from '../../../server/xlsx/atomic-write.js';

const data = new Uint8Array(150 * 1024 * 1024).fill(7);
process.stdout.write('writing\n');
await writeFileAtomic(process.argv[2]!, data);
process.stdout.write('done\n');
