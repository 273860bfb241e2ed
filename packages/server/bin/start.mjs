#!/usr/bin/env node
// Starts the server from its bundle when it is up to date (`npm start` builds it), otherwise
// runs the TypeScript directly (tsx), so there is no required build step between install and start.
import { isServerBundleFresh, serverBundle } from './server-bundle.mjs';

if (isServerBundleFresh()) {
  await import(serverBundle);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/main.ts');
}
