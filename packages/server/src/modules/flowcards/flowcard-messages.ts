import { defineMessages } from '../../http/message-catalogue';

/** The flowcards module's texts for users, in Danish and English (merged into `http/messages.ts`). */
export const flowcardMessages = defineMessages({
  da: {
    flowcard_invalid: 'Flowkortet kan ikke gemmes endnu: {count} ting skal rettes. Se beskederne ved trinnene.',
    flowcard_name_taken: 'Der findes allerede et flowkort med dette navn.',
    flowcard_archived_no_edit: 'Flowkortet er arkiveret. Tag det frem igen, før du ændrer det.',
    flowcard_changed_by_other:
      '{name} gemte version {version} {when} og ændrede: {changes}. Dine ændringer er ikke gemt: se den nye version, og prøv igen.',
    flowcard_change_name: 'navnet',
    flowcard_change_description: 'beskrivelsen',
    flowcard_change_step: 'trinnet «{title}»',
    flowcard_change_nothing: 'intet indhold',
    flowcard_step_untitled: 'uden titel',
    flowcard_no_steps: 'Flowkortet har ingen trin. Tilføj mindst ét trin.',
    flowcard_step_key_empty: 'Trin {position} («{title}») mangler en nøgle.',
    flowcard_step_key_duplicate:
      'Trin {position} («{title}») har samme nøgle ({key}) som et andet trin. Hvert trin skal have sin egen nøgle.',
    flowcard_step_title_empty: 'Trin {position} mangler en titel. Skriv kort, hvad der skal gøres.',
    flowcard_step_unit_missing:
      'Trin {position} («{title}») har ingen ansvarlig enhed. Vælg den enhed, der har ansvaret: en af jeres egne eller en samarbejdspartners.',
    flowcard_step_unit_unknown:
      'Trin {position} («{title}»): den valgte enhed er hverken en af jeres aktive enheder eller en enhed hos en af jeres samarbejdspartnere. Vælg en anden enhed.',
    flowcard_step_deadline_invalid: 'Trin {position} («{title}»): fristen skal være et helt antal arbejdsdage (0 eller flere).',
    flowcard_step_urgent_longer:
      'Trin {position} («{title}»): fristen når det haster (Housing First haster) må ikke være længere end den almindelige frist.',
    flowcard_dependency_unknown:
      'Trin {position} («{title}») venter på et trin, der ikke findes ({dependsOn}). Fjern afhængigheden.',
    flowcard_dependency_self: 'Trin {position} («{title}») kan ikke vente på sig selv. Fjern afhængigheden.',
    flowcard_anchor_unknown:
      'Trin {position} («{title}»): fristen regnes fra et trin, der ikke findes. Vælg et andet trin eller flowkortets start.',
    flowcard_anchor_not_dependency:
      'Trin {position} («{title}»): fristen regnes fra afslutningen af «{anchorTitle}», men trinnet venter ikke på «{anchorTitle}». Gør «{anchorTitle}» til en forudsætning, eller regn fristen fra flowkortets start.',
    flowcard_cycle:
      'Trinene venter på hinanden i ring: {steps}. Ingen af dem kan begynde. Fjern en af afhængighederne, så rækkefølgen går op.',
  },
  en: {
    flowcard_invalid: 'The flowcard cannot be saved yet: {count} things need fixing. See the messages at the steps.',
    flowcard_name_taken: 'There is already a flowcard with this name.',
    flowcard_archived_no_edit: 'The flowcard is archived. Bring it back before changing it.',
    flowcard_changed_by_other:
      '{name} saved version {version} {when} and changed: {changes}. Your changes were not saved: look at the new version and try again.',
    flowcard_change_name: 'the name',
    flowcard_change_description: 'the description',
    flowcard_change_step: 'the step “{title}”',
    flowcard_change_nothing: 'no content',
    flowcard_step_untitled: 'untitled',
    flowcard_no_steps: 'The flowcard has no steps. Add at least one step.',
    flowcard_step_key_empty: 'Step {position} (“{title}”) has no key.',
    flowcard_step_key_duplicate:
      'Step {position} (“{title}”) has the same key ({key}) as another step. Each step needs its own key.',
    flowcard_step_title_empty: 'Step {position} has no title. Write briefly what is to be done.',
    flowcard_step_unit_missing:
      'Step {position} (“{title}”) has no responsible unit. Choose the unit that is responsible: one of your own or a partner’s.',
    flowcard_step_unit_unknown:
      'Step {position} (“{title}”): the chosen unit is neither one of your active units nor a unit of one of your partners. Choose another unit.',
    flowcard_step_deadline_invalid:
      'Step {position} (“{title}”): the deadline must be a whole number of working days (0 or more).',
    flowcard_step_urgent_longer:
      'Step {position} (“{title}”): the deadline when urgent (Housing First haster) cannot be longer than the normal deadline.',
    flowcard_dependency_unknown:
      'Step {position} (“{title}”) waits for a step that does not exist ({dependsOn}). Remove the dependency.',
    flowcard_dependency_self: 'Step {position} (“{title}”) cannot wait for itself. Remove the dependency.',
    flowcard_anchor_unknown:
      'Step {position} (“{title}”): the deadline counts from a step that does not exist. Choose another step or the start of the flowcard.',
    flowcard_anchor_not_dependency:
      'Step {position} (“{title}”): the deadline counts from the end of “{anchorTitle}”, but the step does not wait for “{anchorTitle}”. Make “{anchorTitle}” a prerequisite, or count the deadline from the start of the flowcard.',
    flowcard_cycle:
      'The steps wait for each other in a circle: {steps}. None of them can start. Remove one of the dependencies so the order works.',
  },
});
