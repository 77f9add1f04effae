// Public surface of the calendar module; filled in as the module grows.
export {};
