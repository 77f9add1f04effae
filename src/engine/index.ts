// Public surface of the engine module; filled in as the module grows.
export {};
