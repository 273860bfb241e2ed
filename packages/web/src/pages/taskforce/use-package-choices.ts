import { formatIsoDate } from '../../format/date';
import { useLanguage } from '../../i18n/use-language';

/** A frozen data package as the lists name it: its version and the period it covers. */
interface PackageVersion {
  id: string;
  version: number;
  from: string;
  to: string;
}

/** What a package's label says: its version and its period's dates as shown. */
// A type, not an interface: i18next takes it as interpolation values only with an implicit index signature.
export type PackageLabelValues = { version: number; from: string; to: string };

/**
 * Frozen data packages as a select's choices: each labelled by the caller's text (`t(key, values)`)
 * with its version and its period in the reader's date format.
 */
export function usePackageChoices() {
  const { locale } = useLanguage();
  return <P extends PackageVersion>(packages: readonly P[], label: (values: PackageLabelValues, p: P) => string) =>
    packages.map((p) => ({
      value: p.id,
      label: label({ version: p.version, from: formatIsoDate(p.from, locale), to: formatIsoDate(p.to, locale) }, p),
    }));
}
