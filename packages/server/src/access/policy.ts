/**
 * Authorisation of one action on one record, after the record was found in the actor's scope
 * (a stranger has already had 404). The decisions are the domain's pure rules
 * (`@hjemvej/domain` `access/policies.ts`); a module's `<module>-policy.ts` pairs them with what
 * a refusal answers (403 by default). The same rules give the `abilities` sent with each record,
 * so what the web offers and what the server allows cannot disagree.
 *
 *   const person = await requirePerson(ctx, citizenId, true);   // 404 when not in scope
 *   authorize(ctx, citizenPolicy.writeCourse, person.root);     // 403 when not allowed
 */
import { abilitiesOf, type Abilities, type PolicyActor, type Rule } from '@hjemvej/domain';
import { ForbiddenError, type AppError } from '../http/errors';
import type { Actor } from './actor';

export function policyActorOf(actor: Actor): PolicyActor {
  return {
    role: actor.role,
    organisationId: actor.organisationId,
    organisationKind: actor.organisationKind,
    unitIds: actor.units.map((unit) => unit.id),
    unitKinds: actor.units.map((unit) => unit.kind),
    userId: actor.userId,
  };
}

/** One action of a policy: the rule that allows it and the error a refusal throws. */
export interface PolicyAction<Subject> {
  readonly allows: Rule<Subject>;
  readonly refuse: (subject: Subject) => AppError;
}

export type Policy<Subject, Name extends string> = { readonly [A in Name]: PolicyAction<Subject> };

/**
 * A module's policy over one kind of record: every rule becomes an action; `refusals` names
 * the answers other than a plain 403 (`forbidden`).
 */
export function policyAbout<Subject>() {
  return <Name extends string>(
    rules: Readonly<Record<Name, Rule<Subject>>>,
    refusals: Partial<Record<Name, (subject: Subject) => AppError>> = {},
  ): Policy<Subject, Name> => {
    const actions = {} as Record<Name, PolicyAction<Subject>>;
    for (const name of Object.keys(rules) as Name[]) {
      actions[name] = { allows: rules[name], refuse: refusals[name] ?? (() => new ForbiddenError()) };
    }
    return actions;
  };
}

/** Throws the action's refusal unless the actor may do it to the subject. */
export function authorize<Subject>(ctx: { readonly actor: Actor }, action: PolicyAction<Subject>, subject: Subject): void {
  if (!action.allows(policyActorOf(ctx.actor), subject)) throw action.refuse(subject);
}

/** The caller's abilities on one record (`{ canEdit, … }`), from the very actions `authorize` checks. */
export function abilitiesFor<Subject, Name extends string>(
  ctx: { readonly actor: Actor },
  policy: Policy<Subject, Name>,
  subject: Subject,
): Abilities<Record<Name, Rule<Subject>>> {
  const rules = {} as Record<Name, Rule<Subject>>;
  for (const name of Object.keys(policy) as Name[]) rules[name] = policy[name].allows;
  return abilitiesOf(rules, policyActorOf(ctx.actor), subject);
}
