// Public surface of the importers module; filled in as the module grows.
export {};
