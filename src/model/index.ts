export * from './vocabulary.js';
export * from './case.js';
