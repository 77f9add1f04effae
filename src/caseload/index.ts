// Public surface of the caseload module; filled in as the module grows.
export {};
