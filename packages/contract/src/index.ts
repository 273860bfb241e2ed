export * from './common';
export * from './auth';
export * from './organisation';
export * from './users';
export * from './audit';
export * from './system';
export * from './citizens';
