/**
 * Roles and permissions: the one place that says who may do what.
 *
 * Permissions are coarse capabilities; *which* records a permission reaches is decided
 * by the server's scope builder (need-to-know), never by the permission alone.
 */

export const organisationKinds = ['municipality', 'shelter', 'partner', 'national_agency', 'operator'] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const partnerTypes = ['ngo', 'housing_association', 'regional_psychiatry', 'other'] as const;
export type PartnerType = (typeof partnerTypes)[number];

export const shelterOperators = ['municipal', 'self_governing'] as const;
export type ShelterOperator = (typeof shelterOperators)[number];

export const unitKinds = [
  'myndighed',
  'jobcenter',
  'boliganvisning',
  'tilskud',
  'cti',
  'icm',
  'act',
  'm_act',
  'hjemmepleje',
  'misbrugsbehandling',
  'shelter',
  'other',
] as const;
export type UnitKind = (typeof unitKinds)[number];

export const roles = [
  'caseworker',
  'support_worker',
  'shelter_staff',
  'shelter_leader',
  'unit_member',
  'partner_member',
  'leader',
  'municipal_admin',
  'national_consultant',
  'legal_reviewer',
  'national_admin',
  'system_admin',
] as const;
export type Role = (typeof roles)[number];

export const permissions = [
  /** See the own organisation, its units and partners. */
  'organisation.read',
  /** Create and change units and partner relations of the own organisation. */
  'organisation.manage',
  /** See colleagues (name, e-mail, role, units) in the own organisation. */
  'users.read',
  /** Create, change, deactivate users and reset their passwords in the own organisation. */
  'users.manage',
  /** Search the audit log for the own organisation's data and users. */
  'audit.read',
  /** Read citizens' personal data within need-to-know scope. */
  'citizens.read',
  /** Register and change citizens' personal data within need-to-know scope. */
  'citizens.write',
  /** See a citizen's full CPR number (everyone else sees ddmmyy-xxxx); each reveal is audited. */
  'citizens.cpr',
  /** Write the municipality's flowcards (workflow descriptions) and its collaboration settings. */
  'flowcards.manage',
  /** Work the tasks of the own units: take, comment, block, finish; create tasks by hand. */
  'tasks.work',
  /** See every overdue and blocked task in the own units and receive escalations (leaders). */
  'tasks.oversee',
  /** Record and withdraw a citizen's consent to share data with a partner. */
  'consents.manage',
  /** Write collaboration agreements (samarbejdsaftaler) between units and partners. */
  'agreements.manage',
  /**
   * The key figures of the own organisation (a municipality's citizens, a shelter's own stays),
   * opening onto the people behind each figure as far as the citizen scope reaches.
   */
  'statistics.municipal',
  /** Aggregated figures only: never individuals. */
  'statistics.national',
  /** Create programmes (members, methods) and log the travelling team's activities: no citizen data. */
  'programmes.manage',
  /** Apply for a taskforce course for the own municipality, and follow its course (leaders, administrators). */
  'taskforce.apply',
  /** The national taskforce: plan the seasons' starts, answer applications and run the courses. */
  'taskforce.manage',
  /**
   * Ankestyrelsen's legal case review in a taskforce course: draw the sample and score the sampled
   * cases, reading them only under the municipality's valid, time-limited grant.
   */
  'taskforce.review',
  /** Operate the whole installation: all organisations. */
  'system.manage',
] as const;
export type Permission = (typeof permissions)[number];

interface RoleDefinition {
  readonly permissions: readonly Permission[];
  /** The organisation kinds a user with this role may belong to. */
  readonly organisationKinds: readonly OrganisationKind[];
}

const caseWork: readonly Permission[] = ['organisation.read', 'users.read', 'citizens.read', 'citizens.write', 'tasks.work'];

export const roleDefinitions: Readonly<Record<Role, RoleDefinition>> = {
  caseworker: { permissions: [...caseWork, 'citizens.cpr', 'consents.manage'], organisationKinds: ['municipality'] },
  support_worker: { permissions: [...caseWork, 'consents.manage'], organisationKinds: ['municipality'] },
  shelter_staff: { permissions: caseWork, organisationKinds: ['shelter'] },
  shelter_leader: {
    permissions: [
      ...caseWork,
      'citizens.cpr',
      'users.manage',
      'organisation.manage',
      'audit.read',
      'tasks.oversee',
      'agreements.manage',
      'statistics.municipal',
    ],
    organisationKinds: ['shelter'],
  },
  unit_member: { permissions: caseWork, organisationKinds: ['municipality'] },
  partner_member: { permissions: ['organisation.read', 'citizens.read', 'tasks.work'], organisationKinds: ['partner'] },
  leader: {
    permissions: [
      ...caseWork,
      'citizens.cpr',
      'audit.read',
      'flowcards.manage',
      'tasks.oversee',
      'consents.manage',
      'agreements.manage',
      'statistics.municipal',
      'taskforce.apply',
    ],
    organisationKinds: ['municipality', 'shelter'],
  },
  municipal_admin: {
    permissions: [
      'organisation.read',
      'organisation.manage',
      'users.read',
      'users.manage',
      'audit.read',
      'flowcards.manage',
      'agreements.manage',
      'statistics.municipal',
      'taskforce.apply',
    ],
    organisationKinds: ['municipality'],
  },
  national_consultant: {
    permissions: ['organisation.read', 'statistics.national', 'programmes.manage', 'taskforce.manage'],
    organisationKinds: ['national_agency'],
  },
  /** Ankestyrelsen's reviewer in the taskforce: reads the courses, reviews the sampled cases under a grant. */
  legal_reviewer: {
    permissions: ['organisation.read', 'taskforce.review'],
    organisationKinds: ['national_agency'],
  },
  /** The national agency's administrator: its users, and who of the taskforce works on each course. */
  national_admin: {
    permissions: ['organisation.read', 'organisation.manage', 'users.read', 'users.manage', 'audit.read'],
    organisationKinds: ['national_agency'],
  },
  system_admin: {
    permissions: ['organisation.read', 'organisation.manage', 'users.read', 'users.manage', 'audit.read', 'system.manage'],
    organisationKinds: ['operator'],
  },
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return roleDefinitions[role].permissions.includes(permission);
}

export function permissionsOf(role: Role): readonly Permission[] {
  return roleDefinitions[role].permissions;
}

export function isRoleAllowedInOrganisation(role: Role, kind: OrganisationKind): boolean {
  return roleDefinitions[role].organisationKinds.includes(kind);
}

/** The roles an administrator of the given organisation kind may hand out. */
export function assignableRoles(kind: OrganisationKind): Role[] {
  return roles.filter((role) => isRoleAllowedInOrganisation(role, kind));
}
