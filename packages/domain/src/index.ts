export * from './access/roles';
export * from './access/sign-in-throttle';
