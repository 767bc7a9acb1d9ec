import { build } from 'esbuild';
const ins = async (e) => new Set(Object.keys((await build({ entryPoints: [e], bundle: true, write: false, format: 'iife', metafile: true, logLevel: 'silent' })).metafile.inputs));
const a = await ins('appsscript/sidebar/main.ts'), b = await ins('appsscript/sidebar/screens/main.ts');
console.log([...b].filter(p => a.has(p)).join('\n'));
