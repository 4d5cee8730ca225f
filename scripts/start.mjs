#!/usr/bin/env node
// `npm start`: serve the demo pages on 127.0.0.1 and say where they are.
import { createServer } from 'vite';

const server = await createServer({ server: { host: '127.0.0.1', port: Number(process.env.PORT) || 5173 } });
await server.listen();
const base = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
console.log(`\n<scalp-viewer> demos:`);
console.log(`  clinic page   ${base}demo/index.html`);
console.log(`  kiosk         ${base}demo/kiosk.html`);
console.log(`  teaching      ${base}demo/teaching.html`);
console.log(`  strict CSP    ${base}demo/csp.html`);
console.log(`\nCtrl+C to stop.`);
