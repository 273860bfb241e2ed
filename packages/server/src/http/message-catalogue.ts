/**
 * How a module declares its texts for users. Each module keeps its messages beside it
 * (`modules/<m>/<m>-messages.ts`); `messages.ts` merges them with a static import list.
 */
import type { Locale } from '@hjemvej/contract';

/** One module's texts: every code in every language. */
export type MessageTexts<Code extends string> = Readonly<Record<Locale, Readonly<Record<Code, string>>>>;

/** The codes come from the Danish texts; an English text missing, or one too many, is a type error. */
export function defineMessages<Code extends string>(texts: {
  da: Record<Code, string>;
  en: Record<NoInfer<Code>, string>;
}): MessageTexts<Code> {
  return texts;
}

type CodeOf<Texts> = Texts extends MessageTexts<infer Code> ? Code : never;

/** One lookup per language from the modules' texts (codes are unique across modules: `messages.test.ts`). */
export function mergeMessages<const List extends readonly MessageTexts<string>[]>(
  list: List,
): MessageTexts<CodeOf<List[number]>> {
  const merged: Record<Locale, Record<string, string>> = { da: {}, en: {} };
  for (const texts of list) {
    Object.assign(merged.da, texts.da);
    Object.assign(merged.en, texts.en);
  }
  return merged as MessageTexts<CodeOf<List[number]>>;
}
