import { postgresKind, runOnStore } from './fakes/stores';

// Every quiz engine test again, on PostgreSQL (a database per setup on the run's server).
runOnStore(postgresKind);
await import('./quiz-engine.test');
