// Public surface of the scenario module; filled in as the module grows.
export {};
