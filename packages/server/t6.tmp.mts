import { PGlite } from '@electric-sql/pglite';
import { valueParsers } from './src/database/type-parsers';
const dir = process.argv[2]!; const mode = process.argv[3];
const db = await PGlite.create({ dataDir: dir, ...(mode?.includes('p') ? { parsers: valueParsers } : {}) });
if (mode?.includes('s')) await db.exec("SET TIME ZONE 'UTC'");
await db.close();
console.error('closed', dir, mode);
