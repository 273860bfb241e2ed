import { defineMessages } from '../../http/message-catalogue';

/** The tasks module's texts for users, in Danish and English (merged into `http/messages.ts`). */
export const taskMessages = defineMessages({
  da: {
    task_not_your_unit: 'Opgaven hører til {unit}. Kun enhedens medlemmer kan tage, sætte på venteliste eller løse den.',
    task_already_done: 'Opgaven er allerede løst ({name}, {when}). Genåbn den, hvis der mangler noget.',
    task_cancelled: 'Opgaven er annulleret.',
    task_waiting_for: 'Opgaven kan først løses, når de tidligere trin er løst: {steps}.',
    task_already_yours: 'Du har allerede taget opgaven.',
    task_not_taken: 'Ingen har taget opgaven.',
    task_already_blocked: 'Opgaven venter allerede.',
    task_not_blocked: 'Opgaven venter ikke.',
    task_not_done: 'Kun en løst opgave kan genåbnes.',
    checklist_item_missing: 'Punktet findes ikke (listen har {count} punkter).',
    task_unit_not_allowed: 'Vælg en af kommunens enheder eller en samarbejdspartners enhed.',
    task_due_in_past: 'Fristen kan ikke ligge før i dag.',
    flowcard_not_found: 'Flowkortet findes ikke i din kommune.',
    flowcard_archived: 'Flowkortet "{name}" er arkiveret og kan ikke startes.',
    flowcard_without_steps: 'Flowkortet "{name}" har ingen trin.',
    flowcard_already_running: 'Flowkortet er allerede startet for borgeren og ikke afsluttet.',
    flowcard_unit_unavailable:
      'Trinnet "{step}" er givet til en enhed, som ikke længere er aktiv eller samarbejdspartner. Ret flowkortet først.',
  },
  en: {
    task_not_your_unit: 'The task belongs to {unit}. Only the unit’s members can take, put on hold or finish it.',
    task_already_done: 'The task is already done ({name}, {when}). Reopen it if something is missing.',
    task_cancelled: 'The task has been cancelled.',
    task_waiting_for: 'The task can only be done once the earlier steps are done: {steps}.',
    task_already_yours: 'You have already taken the task.',
    task_not_taken: 'Nobody has taken the task.',
    task_already_blocked: 'The task is already waiting.',
    task_not_blocked: 'The task is not waiting.',
    task_not_done: 'Only a done task can be reopened.',
    checklist_item_missing: 'There is no such item (the list has {count} items).',
    task_unit_not_allowed: 'Choose one of the municipality’s units or a partner’s unit.',
    task_due_in_past: 'The deadline cannot be before today.',
    flowcard_not_found: 'The flowcard does not exist in your municipality.',
    flowcard_archived: 'The flowcard "{name}" is archived and cannot be started.',
    flowcard_without_steps: 'The flowcard "{name}" has no steps.',
    flowcard_already_running: 'The flowcard has already been started for the citizen and is not finished.',
    flowcard_unit_unavailable:
      'The step "{step}" is given to a unit that is no longer active or a partner. Correct the flowcard first.',
  },
});
