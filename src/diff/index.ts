// Public surface of the diff module; filled in as the module grows.
export {};
