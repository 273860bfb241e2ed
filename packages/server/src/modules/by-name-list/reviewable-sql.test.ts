import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readReviewableSqlCopy } from '../../database/reviewable-sql';
import { byNameListSqlCopy, courseFactsSqlCopy } from './reviewable-sql';

const here = path.dirname(fileURLToPath(import.meta.url));
const copies = [
  { file: path.join(here, 'by-name-list.sql'), render: byNameListSqlCopy },
  { file: path.join(here, '../course-status/course-status-facts.sql'), render: courseFactsSqlCopy },
];

describe('the committed SQL copies are what the modules run', () => {
  for (const copy of copies) {
    it(path.basename(copy.file), () => {
      const expected = copy.render();
      expect(readReviewableSqlCopy(copy.file, expected)).toBe(expected);
    });
  }
});
