import { defineMessages } from '../../http/message-catalogue';

/** The housing-allocations module's texts for users, in Danish and English (merged into `http/messages.ts`). */
export const housingAllocationMessages = defineMessages({
  da: {
    lease_before_allocation: 'Lejeaftalen ({leaseSignedOn}) kan ikke være underskrevet før anvisningen ({allocatedOn}).',
    move_in_before_allocation: 'Indflytningen ({moveInOn}) kan ikke ligge før anvisningen ({allocatedOn}).',
    move_in_before_lease: 'Indflytningen ({moveInOn}) kan ikke ligge før lejeaftalen er underskrevet ({leaseSignedOn}).',
    move_in_requires_lease: 'Registrér først, hvornår lejeaftalen blev underskrevet.',
    withdrawn_before_allocation: 'Anvisningen kan ikke være trukket tilbage ({withdrawnOn}) før den blev givet ({allocatedOn}).',
    allocation_withdrawn: 'Anvisningen er trukket tilbage ({withdrawnOn}).',
    allocation_moved_in: 'Borgeren er flyttet ind ({moveInOn}); anvisningen kan ikke trækkes tilbage.',
    move_in_already_recorded: 'Indflytningen er allerede registreret ({moveInOn}). Ret boligsituationen, hvis datoen er forkert.',
    partner_not_housing_association: 'Vælg en boligorganisation blandt kommunens samarbejdspartnere.',
  },
  en: {
    lease_before_allocation: 'The lease ({leaseSignedOn}) cannot be signed before the allocation ({allocatedOn}).',
    move_in_before_allocation: 'The move-in ({moveInOn}) cannot be before the allocation ({allocatedOn}).',
    move_in_before_lease: 'The move-in ({moveInOn}) cannot be before the lease was signed ({leaseSignedOn}).',
    move_in_requires_lease: 'First record when the lease was signed.',
    withdrawn_before_allocation: 'The allocation cannot be withdrawn ({withdrawnOn}) before it was made ({allocatedOn}).',
    allocation_withdrawn: 'The allocation was withdrawn ({withdrawnOn}).',
    allocation_moved_in: 'The citizen moved in ({moveInOn}); the allocation cannot be withdrawn.',
    move_in_already_recorded: 'The move-in is already recorded ({moveInOn}). Correct the housing situation if the date is wrong.',
    partner_not_housing_association: 'Choose a housing association among the municipality’s partners.',
  },
});
