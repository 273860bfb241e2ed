#!/usr/bin/env node
// The `hjemvej` command-line tool (npx hjemvej …).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
