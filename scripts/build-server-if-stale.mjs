#!/usr/bin/env node
// Builds the server's bundle (packages/server/dist/main.mjs) when its sources are newer, so
// `npm start` starts from plain JavaScript.
import { buildServerBundle, isServerBundleFresh } from '../packages/server/bin/server-bundle.mjs';

if (!isServerBundleFresh()) {
  console.log('Bygger serveren …');
  await buildServerBundle();
}
