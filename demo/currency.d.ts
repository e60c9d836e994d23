// Types of currency.js, for the tests that import it.
export function today(now?: Date): string;
export function currencyWarning(asOf: string | undefined, checked: string | undefined, now?: string): string;
