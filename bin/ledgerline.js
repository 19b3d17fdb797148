#!/usr/bin/env node
// The product runs from its TypeScript sources through tsx: no build step between a fresh
// clone and a running bot. The generated Prisma client is created by `npm install` (postinstall).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
