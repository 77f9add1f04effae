// Public surface of the pack module; filled in as the module grows.
export {};
