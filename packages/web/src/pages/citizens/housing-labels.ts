import { isHomeless, type HousingCategory } from '@hjemvej/domain';
import type { BadgeTone } from '../../components/status-badge';

/** Homeless: warning; own home or residential offer: success; unknown: neutral. */
export function housingTone(category: HousingCategory): BadgeTone {
  if (category === 'unknown') return 'neutral';
  return isHomeless(category) ? 'warning' : 'success';
}
