import { defineMessages } from '../../http/message-catalogue';

/** The versioning module's texts for users, in Danish and English (merged into `http/messages.ts`). */
export const versionMessages = defineMessages({
  da: {
    version_unknown: 'Version {version} findes ikke.',
  },
  en: {
    version_unknown: 'Version {version} does not exist.',
  },
});
